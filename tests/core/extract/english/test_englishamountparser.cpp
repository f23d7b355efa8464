#include "extract/english/englishamountparser.h"

#include <QString>

#include <gtest/gtest.h>

using namespace Guanxi::Internal;

namespace {

EnglishAmountParser::Amount only(const QString &text)
{
    const auto found = EnglishAmountParser::find(text);
    EXPECT_EQ(found.size(), 1) << text.toStdString();
    return found.isEmpty() ? EnglishAmountParser::Amount{} : found.first();
}

} // namespace

TEST(EnglishAmountParser, DollarsInBillions)
{
    const auto a = only(QStringLiteral("Microsoft invested $1 billion in OpenAI."));
    EXPECT_DOUBLE_EQ(a.value, 1e9);
    EXPECT_EQ(a.currency, QStringLiteral("USD"));
    EXPECT_EQ(a.written, QStringLiteral("$1 billion"));
}

TEST(EnglishAmountParser, AbbreviatedScaleIsNormalised)
{
    const auto a = only(QStringLiteral("a 1bn dollar round"));
    EXPECT_DOUBLE_EQ(a.value, 1e9);
    EXPECT_EQ(a.written, QStringLiteral("$1 billion"));
}

TEST(EnglishAmountParser, UsDollarPrefixWithDecimals)
{
    const auto a = only(QStringLiteral("a US$97.4 billion bid"));
    EXPECT_DOUBLE_EQ(a.value, 97.4e9);
    EXPECT_EQ(a.currency, QStringLiteral("USD"));
    EXPECT_EQ(a.written, QStringLiteral("$97.4 billion"));
}

TEST(EnglishAmountParser, EurosBySignAndByWord)
{
    EXPECT_EQ(only(QStringLiteral("a €600 million round")).currency, QStringLiteral("EUR"));
    const auto a = only(QStringLiteral("raised 385 million euros"));
    EXPECT_EQ(a.currency, QStringLiteral("EUR"));
    EXPECT_DOUBLE_EQ(a.value, 385e6);
}

TEST(EnglishAmountParser, YearsAndCountsAreNoAmounts)
{
    EXPECT_TRUE(EnglishAmountParser::find(u"in 2015 three of 10 founders left").isEmpty());
}
