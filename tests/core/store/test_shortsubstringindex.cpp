#include "store/shortsubstringindex.h"

#include <gtest/gtest.h>

using Guanxi::Internal::ShortSubstringIndex;

TEST(ShortSubstringIndex, PairTokensPairEachCharacterWithTheNextOrTheEndMark)
{
    EXPECT_EQ(ShortSubstringIndex::pairTokens(QStringLiteral("ab")),
              QStringLiteral("p000061000062 p000062110000"));
    EXPECT_EQ(ShortSubstringIndex::pairTokens(QStringLiteral("马")), QStringLiteral("p009a6c110000"));
    EXPECT_TRUE(ShortSubstringIndex::pairTokens(QString()).isEmpty());
}

TEST(ShortSubstringIndex, TwoCharactersMatchTheirPairAndOneCharacterEveryPairItStarts)
{
    EXPECT_EQ(ShortSubstringIndex::matchExpression(QStringLiteral("ab")), QStringLiteral("p000061000062"));
    EXPECT_EQ(ShortSubstringIndex::matchExpression(QStringLiteral("b")), QStringLiteral("p000062*"));
}

TEST(ShortSubstringIndex, LongerOrEmptyKeysHaveNoExpression)
{
    EXPECT_TRUE(ShortSubstringIndex::matchExpression(QStringLiteral("abc")).isEmpty());
    EXPECT_TRUE(ShortSubstringIndex::matchExpression(QString()).isEmpty());
}

TEST(ShortSubstringIndex, CharactersOutsideTheBmpAreOneCodePointEach)
{
    EXPECT_EQ(ShortSubstringIndex::matchExpression(QString::fromUcs4(U"\U00020000\U00020001")),
              QStringLiteral("p020000020001"));
}
