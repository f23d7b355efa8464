#include "store/searchsyntax.h"

#include <gtest/gtest.h>

using Guanxi::Internal::SearchSyntax;

TEST(SearchSyntax, FtsPhraseQuotesAndDoublesInnerQuotes)
{
    EXPECT_EQ(SearchSyntax::ftsPhrase(QStringLiteral("Musk")), QStringLiteral("\"Musk\""));
    EXPECT_EQ(SearchSyntax::ftsPhrase(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(SearchSyntax::ftsPhrase(QStringLiteral("NEAR(")), QStringLiteral("\"NEAR(\""));
}

TEST(SearchSyntax, LikeContainsEscapesWildcards)
{
    EXPECT_EQ(SearchSyntax::likeContains(QStringLiteral("马斯")), QStringLiteral("%马斯%"));
    EXPECT_EQ(SearchSyntax::likeContains(QStringLiteral("5%_\\")), QStringLiteral("%5\\%\\_\\\\%"));
}

TEST(SearchSyntax, TrigramsNeedThreeCodePoints)
{
    EXPECT_FALSE(SearchSyntax::isLongEnoughForTrigrams(QStringLiteral("马斯")));
    EXPECT_TRUE(SearchSyntax::isLongEnoughForTrigrams(QStringLiteral("马斯克")));
    // Two characters outside the BMP are four UTF-16 units but two code points.
    EXPECT_FALSE(SearchSyntax::isLongEnoughForTrigrams(QString::fromUcs4(U"\U00020000\U00020001")));
}
