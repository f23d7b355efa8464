#include "text/textfolder.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>

using namespace Guanxi;

namespace {

QString fold(const char16_t *s)
{
    return TextFolder::fold(QStringView(s));
}

} // namespace

TEST(TextFolder, TraditionalBecomesSimplified)
{
    EXPECT_EQ(fold(u"離開"), QStringView(u"离开"));
    EXPECT_EQ(fold(u"閉關休假"), QStringView(u"闭关休假"));
    EXPECT_EQ(fold(u"馬斯克與奧特曼"), QStringView(u"马斯克与奥特曼"));
}

TEST(TextFolder, SimplifiedIsUnchanged)
{
    const QString s = QString::fromUtf8("马斯克离开了公司创建了新的团队。「」“”");
    EXPECT_EQ(TextFolder::fold(s), s);
}

TEST(TextFolder, CharactersStandardInSimplifiedAreKept)
{
    const QString s = QString::fromUtf8("著名的乾隆皇帝在大阪一片狼藉瞭望塔");
    EXPECT_EQ(TextFolder::fold(s), s);
}

TEST(TextFolder, CornerBracketsKeepTheirLength)
{
    const QString s = QString::fromUtf8("『』「」");
    const QString f = TextFolder::fold(s);
    EXPECT_EQ(f.size(), s.size());
    EXPECT_EQ(f, s);
}

TEST(TextFolder, FullWidthLatinBecomesHalfWidth)
{
    EXPECT_EQ(fold(u"ＯｐｅｎＡＩ"), QStringView(u"OpenAI"));
    EXPECT_EQ(fold(u"２０２５年"), QStringView(u"2025年"));
    EXPECT_EQ(fold(u"（Ａ＋Ｂ）！，"), QStringView(u"(A+B)!,"));
}

TEST(TextFolder, CaseIsKept)
{
    EXPECT_EQ(fold(u"ＯＰＥＮai"), QStringView(u"OPENai"));
}

TEST(TextFolder, FancySpacesBecomeSpaces)
{
    EXPECT_EQ(fold(u"A\u3000B\u00A0C\u2009D"), QStringView(u"A B C D"));
}

TEST(TextFolder, LineBreaksAndTabsAreKept)
{
    EXPECT_EQ(fold(u"a\tb\nc\r\n"), QStringView(u"a\tb\nc\r\n"));
}

TEST(TextFolder, CompatibilityIdeographIsUnified)
{
    // U+F91D is a compatibility form of 欄 (U+6B04), whose simplified form is 栏.
    EXPECT_EQ(fold(u"\uF91D"), QStringView(u"栏"));
}

TEST(TextFolder, MultiUnitNfkcIsLeftAlone)
{
    // ﬁ is "fi" under NFKC: two units, so it stays to keep the length.
    EXPECT_EQ(fold(u"\uFB01"), QStringView(u"\uFB01"));
    EXPECT_EQ(fold(u"…"), QStringView(u"…"));
}

TEST(TextFolder, SurrogatePairsPassThrough)
{
    const QString s = QString::fromUtf8("A😀𠀀B");
    EXPECT_EQ(TextFolder::fold(s), s);
}

TEST(TextFolder, LengthIsAlwaysEqual)
{
    QString all;
    for (char32_t u = 1; u < 0x10000; ++u)
        all.append(QChar(char16_t(u)));
    EXPECT_EQ(TextFolder::fold(all).size(), all.size());
    EXPECT_TRUE(TextFolder::fold(QString()).isEmpty());
}

TEST(TextFolder, TableBuildsWellUnderASecond)
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    GTEST_SKIP() << "timing is meaningless under a sanitizer";
#endif
    EXPECT_LT(TextFolder::tableBuildNanoseconds(), 1'000'000'000);
}
