#include "extract/extractor.h"
#include "store/graphstore.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Guanxi;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool hasCjk(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

} // namespace

// The Chinese sample article and an English one about the same people, in one
// store: one node per person and company, with evidence in both languages.
TEST(CrossLanguage, ChineseAndEnglishArticlesMergeInOneStore)
{
    auto extractor = Extractor::create();
    ASSERT_TRUE(extractor);
    auto zh = (*extractor)->extract(readAll(QStringLiteral(GUANXI_EVAL_DIR "/000_84226dfc0b281014.txt")),
                                    ExtractRequest{QStringLiteral("000_84226dfc0b281014.txt"), QDate(2024, 8, 11), {}});
    auto en = (*extractor)->extract(readAll(QStringLiteral(GUANXI_TEST_DATA_DIR "/extraction/en_ssi_launch/input.txt")),
                                    ExtractRequest{QStringLiteral("ssi_launch.txt"), QDate(2024, 9, 5), {}});
    ASSERT_TRUE(zh);
    ASSERT_TRUE(en);
    EXPECT_EQ(zh->info.language, QStringLiteral("zh"));
    EXPECT_EQ(en->info.language, QStringLiteral("en"));

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto store = GraphStore::open(dir.filePath(QStringLiteral("graph.db")));
    ASSERT_TRUE(store);
    ASSERT_TRUE((*store)->ingest(*zh));
    ASSERT_TRUE((*store)->ingest(*en));
    auto graph = (*store)->graph();
    ASSERT_TRUE(graph);

    const auto nodesNamed = [&](const QString &name) {
        QList<const Entity *> out;
        for (const Entity &e : graph->entities)
            if (e.name == name || e.aliases.contains(name))
                out.append(&e);
        return out;
    };
    ASSERT_EQ(nodesNamed(QStringLiteral("Ilya Sutskever")).size(), 1);
    ASSERT_EQ(nodesNamed(QStringLiteral("Safe Superintelligence")).size(), 1);
    EXPECT_EQ(nodesNamed(QStringLiteral("OpenAI")).size(), 1);
    // Both languages' names on the one node.
    EXPECT_TRUE(nodesNamed(QStringLiteral("Ilya Sutskever")).first()->aliases.contains(QStringLiteral("苏茨克维")));

    // Sutskever's departure history holds sentences from both articles.
    const Entity *sutskever = nodesNamed(QStringLiteral("Ilya Sutskever")).first();
    auto history = (*store)->history(sutskever->id);
    ASSERT_TRUE(history);
    bool chinese = false, english = false;
    for (const HistoryEntry &h : *history)
        for (const Evidence &ev : h.relation.evidence) {
            chinese = chinese || hasCjk(ev.sentence);
            english = english || (!hasCjk(ev.sentence) && ev.sentence.contains(QStringLiteral("Sutskever")));
        }
    EXPECT_TRUE(chinese);
    EXPECT_TRUE(english);
}
