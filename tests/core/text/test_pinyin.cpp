#include "text/pinyin.h"

#include <gtest/gtest.h>

using namespace Guanxi;

TEST(Pinyin, SpellsAChineseNameWithoutTonesOrSpaces)
{
    EXPECT_EQ(Pinyin::toneless(u"马斯克"), QStringLiteral("masike"));
    EXPECT_EQ(Pinyin::toneless(u"奥特曼"), QStringLiteral("aoteman"));
}

TEST(Pinyin, DropsTheMiddleDotOfTransliteratedForeignNames)
{
    EXPECT_EQ(Pinyin::toneless(u"埃隆·马斯克"), QStringLiteral("ailongmasike"));
}

TEST(Pinyin, KeepsLatinLettersLowerCased)
{
    EXPECT_EQ(Pinyin::toneless(u"OpenAI 公司"), QStringLiteral("openaigongsi"));
    EXPECT_EQ(Pinyin::toneless(u"Sam Altman"), QStringLiteral("samaltman"));
}

TEST(Pinyin, GivesTheInitialOfEachSyllable)
{
    EXPECT_EQ(Pinyin::initials(u"马斯克"), QStringLiteral("msk"));
}

TEST(Pinyin, GivesNoInitialsForTextWithoutHan)
{
    EXPECT_TRUE(Pinyin::initials(u"Musk").isEmpty());
    EXPECT_FALSE(Pinyin::hasHan(u"Musk"));
    EXPECT_TRUE(Pinyin::hasHan(u"Musk 马"));
}

TEST(Pinyin, EmptyTextGivesEmptySpelling)
{
    EXPECT_TRUE(Pinyin::toneless(u"").isEmpty());
    EXPECT_TRUE(Pinyin::initials(u"").isEmpty());
}
