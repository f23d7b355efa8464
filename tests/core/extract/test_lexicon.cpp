#include "extract/lexicon.h"

#include "text/textfolder.h"

#include <QTemporaryDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace Guanxi;
using namespace Guanxi::Internal;

TEST(Lexicon, LoadsEntriesWithAliases)
{
    Lexicon lex;
    ASSERT_TRUE(lex.addText(QStringLiteral("person\t\tElon Musk\t马斯克|Musk\t\n"
                                           "organization\tmedia\tTechCrunch\ttechcrunch\t\n"),
                            QStringLiteral("t.tsv")));
    lex.finalize();
    ASSERT_EQ(lex.entries().size(), 2);
    EXPECT_EQ(lex.entry(0).aliases, (QStringList{QStringLiteral("马斯克"), QStringLiteral("Musk")}));
    EXPECT_EQ(lex.entry(1).kind, OrgKind::Media);
    const auto hit = lex.matcher().matchAt(AliasMatcher::matchForm(u"马斯克表示"), 0);
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->value, 0);
}

TEST(Lexicon, TraditionalTextMatchesThroughFolding)
{
    Lexicon lex;
    ASSERT_TRUE(lex.addText(QStringLiteral("organization\tcompany\tByteDance\t字节跳动\t\n"), QStringLiteral("t.tsv")));
    lex.finalize();
    const QString folded = AliasMatcher::matchForm(TextFolder::fold(u"字節跳動"));
    EXPECT_TRUE(lex.matcher().matchAt(folded, 0));
}

TEST(Lexicon, UnknownTypeIsAnErrorNamingFileAndLine)
{
    Lexicon lex;
    const auto r = lex.addText(QStringLiteral("# comment\nrobot\t\tR2D2\t\t\n"), QStringLiteral("mine.tsv"));
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message().contains(QStringLiteral("mine.tsv:2")));
}

TEST(Lexicon, MissingColumnsIsAnError)
{
    Lexicon lex;
    EXPECT_FALSE(lex.addText(QStringLiteral("person only\n"), QStringLiteral("x.tsv")));
}

TEST(Lexicon, UnreadableFileIsAnIoError)
{
    const auto r = Lexicon::load({QStringLiteral("/nonexistent/lexicon.tsv")});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().category(), Error::Category::Io);
}

TEST(Lexicon, LaterEntryForTheSameNameAddsAliases)
{
    Lexicon lex;
    ASSERT_TRUE(lex.addText(QStringLiteral("person\t\tSam Altman\t奥特曼\t\nperson\t\tSam Altman\t萨姆·奥尔特曼\t\n"),
                            QStringLiteral("t.tsv")));
    ASSERT_EQ(lex.entries().size(), 1);
    EXPECT_EQ(lex.entry(0).aliases.size(), 2);
}

TEST(Lexicon, ShortAliasMatchesOnlyInContext)
{
    Lexicon lex;
    ASSERT_TRUE(lex.addText(QStringLiteral("organization\tmedia\tThe Verge\tThe Verge网站\tshort=1;short_aliases=The Verge\n"
                                           "organization\tcompany\tMeta\tmeta|脸书\tshort=1;short_aliases=meta\n"),
                            QStringLiteral("t.tsv")));
    lex.finalize();
    const auto at = [&](const QString &cased, qsizetype pos) {
        return lex.matcher().matchAt(AliasMatcher::matchForm(cased), pos, cased);
    };
    EXPECT_FALSE(at(QStringLiteral("on the verge of it"), 3));
    EXPECT_TRUE(at(QStringLiteral("据The Verge报道"), 1));
    EXPECT_FALSE(at(QStringLiteral("so meta, really"), 3));
    EXPECT_TRUE(at(QStringLiteral("so Meta said"), 3));
}

TEST(Lexicon, LowerCaseLatinAliasIsGuardedWithoutAttribute)
{
    EXPECT_TRUE(Lexicon::isGuarded(QStringLiteral("cursor"), {}));
    EXPECT_FALSE(Lexicon::isGuarded(QStringLiteral("OpenAI"), {}));
    EXPECT_TRUE(Lexicon::isGuarded(QStringLiteral("Cursor"), {QStringLiteral("Cursor")}));
}
