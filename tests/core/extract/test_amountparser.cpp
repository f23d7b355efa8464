#include "extract/amountparser.h"

#include <gtest/gtest.h>

using namespace Guanxi::Internal;

TEST(AmountParser, BillionsOfDollars)
{
    const auto a = AmountParser::find(u"虽有微软10亿美元的撑腰");
    ASSERT_EQ(a.size(), 1);
    EXPECT_EQ(a[0].written, QStringLiteral("10亿美元"));
    EXPECT_DOUBLE_EQ(a[0].value, 1e9);
    EXPECT_EQ(a[0].currency, QStringLiteral("USD"));
}

TEST(AmountParser, DecimalHundredMillions)
{
    const auto a = AmountParser::find(u"公司完成1.01亿美元融资");
    ASSERT_EQ(a.size(), 1);
    EXPECT_DOUBLE_EQ(a[0].value, 1.01e8);
}

TEST(AmountParser, RenminbiIsCny)
{
    const auto a = AmountParser::find(u"完成50亿元人民币A轮融资");
    ASSERT_EQ(a.size(), 1);
    EXPECT_DOUBLE_EQ(a[0].value, 5e9);
    EXPECT_EQ(a[0].currency, QStringLiteral("CNY"));
    EXPECT_EQ(a[0].written, QStringLiteral("50亿元人民币"));
}

TEST(AmountParser, ApproximateTenThousands)
{
    const auto a = AmountParser::find(u"获得约8000万美元新融资");
    ASSERT_EQ(a.size(), 1);
    EXPECT_DOUBLE_EQ(a[0].value, 8e7);
    EXPECT_EQ(a[0].written, QStringLiteral("8000万美元"));
}

TEST(AmountParser, NumbersWithoutCurrencyAreNotAmounts)
{
    EXPECT_TRUE(AmountParser::find(u"目前11个人中，仅剩下2位").isEmpty());
}
