#include "graphscorer.h"

#include "extract/extractor.h"
#include "model/graphjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace Guanxi;
using namespace Guanxi::Test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::shared_ptr<const Extractor> makeExtractor(bool withTestLexicon)
{
    ExtractorOptions options;
    if (withTestLexicon)
        options.extraLexicons = {QStringLiteral(GUANXI_TEST_DATA_DIR "/extraction/lexicon/test_entities.tsv")};
    auto created = Extractor::create(options);
    return created ? *created : nullptr;
}

// Extracts `article` and scores it against `goldPath` with score.py's rules,
// printing the misses under `label` (the case's name: every case's article is
// input.txt), or nothing when it is empty.
GraphScore extractAndScore(const Extractor &extractor, const QString &article, const QString &goldPath, const QString &label)
{
    auto gold = GraphJson::read(readAll(goldPath));
    EXPECT_TRUE(gold) << goldPath.toStdString() << ": " << (gold ? "" : gold.error().toString().toStdString());
    if (!gold)
        return {};
    auto doc = extractor.extract(readAll(article), ExtractRequest{QFileInfo(article).fileName(), gold->info.published});
    EXPECT_TRUE(doc);
    if (!doc)
        return {};
    const GraphScore s = scoreGraph(*gold, *doc);
    if (label.isEmpty())
        return s;
    for (const QString &m : s.missedRelations)
        std::cout << "  missed " << m.toStdString() << "\n";
    for (const QString &m : s.extraRelations)
        std::cout << "  extra  " << m.toStdString() << "\n";
    std::cout << label.toStdString() << ": entity F1 " << s.entityF1 << ", relation F1 "
              << s.relationF1 << ", time " << s.timeAccuracy << "\n";
    return s;
}

// Our own articles (tests/data/extraction/<case>/input.txt + expected.json),
// each case's name with its score.
QList<std::pair<QString, GraphScore>> scoreOwnArticles(bool print)
{
    const auto extractor = makeExtractor(true);
    EXPECT_TRUE(extractor);
    if (!extractor)
        return {};
    QList<std::pair<QString, GraphScore>> scores;
    const QDir root(QStringLiteral(GUANXI_TEST_DATA_DIR "/extraction"));
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString input = root.filePath(name + QStringLiteral("/input.txt"));
        const QString expected = root.filePath(name + QStringLiteral("/expected.json"));
        if (QFileInfo::exists(input) && QFileInfo::exists(expected))
            scores.append({name, extractAndScore(*extractor, input, expected, print ? name : QString())});
    }
    return scores;
}

} // namespace

// The extractor must keep finding what each of our own articles states.
TEST(ExtractorGolden, OwnArticlesStayAboveTheBar)
{
    const auto scores = scoreOwnArticles(true);
    for (const auto &[name, s] : scores) {
        EXPECT_GE(s.entityF1, 0.85) << name.toStdString();
        EXPECT_GE(s.relationF1, 0.70) << name.toStdString();
    }
    EXPECT_GE(scores.size(), 4);
}

// The bar above lets one case slip far; the mean (0.94 in session 9) catches a
// slip spread over many.
TEST(ExtractorGolden, OwnArticlesKeepTheirMeanRelationF1)
{
    const auto scores = scoreOwnArticles(false);
    ASSERT_FALSE(scores.isEmpty());
    double sum = 0;
    for (const auto &[name, s] : scores)
        sum += s.relationF1;
    EXPECT_GE(sum / scores.size(), 0.92);
}

// The evaluation's sample article, with the bundled lexicons only, as users run it.
TEST(ExtractorGolden, SampleArticleMeetsTheEvaluationBars)
{
    const QString article = QStringLiteral(GUANXI_EVAL_DIR "/000_84226dfc0b281014.txt");
    if (!QFileInfo::exists(article))
        GTEST_SKIP() << "no evaluation data at " GUANXI_EVAL_DIR;
    const auto extractor = makeExtractor(false);
    ASSERT_TRUE(extractor);
    const GraphScore s = extractAndScore(*extractor, article, QStringLiteral(GUANXI_EVAL_DIR "/000_84226dfc0b281014.gold.json"),
                                           QFileInfo(article).fileName());
    EXPECT_GE(s.entityF1, 0.95);
    EXPECT_GE(s.relationF1, 0.85);
    EXPECT_GE(s.timeAccuracy, 0.80);
}

// A long input made of the sample repeated to 1 MB, as one document: the same
// entities and relations as one copy, and every sentence of every copy read
// (each entity's evidence sentences are one copy's times the copies). Speed is measured by
// bench_extract, not here (docs/performance.md).
TEST(ExtractorGolden, RepeatedSampleGivesOneCopysGraph)
{
    const QString article = QStringLiteral(GUANXI_EVAL_DIR "/000_84226dfc0b281014.txt");
    if (!QFileInfo::exists(article))
        GTEST_SKIP() << "no evaluation data at " GUANXI_EVAL_DIR;
    const auto extractor = makeExtractor(false);
    ASSERT_TRUE(extractor);
    const QString one = QString::fromUtf8(readAll(article));
    const qsizetype bytes = one.toUtf8().size();
    const int copies = int((1'000'000 + bytes - 1) / bytes);
    const QString text = one.repeated(copies);
    const ExtractRequest request{QStringLiteral("long.txt"), QDate(2024, 8, 11)};
    const auto single = extractor->extractText(one, request);
    const auto repeated = extractor->extractText(text, request);
    ASSERT_TRUE(single);
    ASSERT_TRUE(repeated);
    const auto graph = [](const GraphDocument &doc) {
        QHash<QString, QString> names;
        QMap<QString, std::pair<EntityType, qsizetype>> entities; // name -> type, evidence sentences
        for (const Entity &e : doc.entities) {
            names.insert(e.key, e.name);
            entities.insert(e.name, {e.type, e.evidence.size()});
        }
        QStringList relations;
        for (const Relation &r : doc.relations)
            relations.append(QStringLiteral("%1 %2 %3").arg(int(r.type)).arg(names.value(r.source), names.value(r.target)));
        relations.sort();
        relations.removeDuplicates();
        return std::make_pair(entities, relations);
    };
    const auto [oneEntities, oneRelations] = graph(*single);
    const auto [entities, relations] = graph(*repeated);
    ASSERT_GE(oneRelations.size(), 10);
    EXPECT_EQ(relations, oneRelations);
    ASSERT_EQ(entities.keys(), oneEntities.keys());
    for (auto it = oneEntities.cbegin(); it != oneEntities.cend(); ++it) {
        // A lawsuit keeps the sentence that first named it.
        const qsizetype expected = it->first == EntityType::Lawsuit ? it->second : it->second * copies;
        EXPECT_EQ(entities.value(it.key()).second, expected) << it.key().toStdString();
    }
}
