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

TEST(AmountParser, ChineseNumeralBillionsOfDollars)
{
    const auto a = AmountParser::find(u"获得十亿美元投资");
    ASSERT_EQ(a.size(), 1);
    EXPECT_DOUBLE_EQ(a[0].value, 1e9);
    EXPECT_EQ(a[0].currency, QStringLiteral("USD"));
    EXPECT_EQ(a[0].written, QStringLiteral("十亿美元"));
}

TEST(AmountParser, ChineseNumeralHundredMillionsOfYuan)
{
    const auto a = AmountParser::find(u"完成三亿元B轮融资");
    ASSERT_EQ(a.size(), 1);
    EXPECT_DOUBLE_EQ(a[0].value, 3e8);
    EXPECT_EQ(a[0].currency, QStringLiteral("CNY"));
}

TEST(AmountParser, ChineseNumeralWithTensAndThousands)
{
    EXPECT_DOUBLE_EQ(AmountParser::find(u"一百二十亿元").value(0).value, 1.2e10);
    EXPECT_DOUBLE_EQ(AmountParser::find(u"五千万美元").value(0).value, 5e7);
    EXPECT_DOUBLE_EQ(AmountParser::find(u"一亿五千万美元").value(0).value, 1.5e8);
    EXPECT_DOUBLE_EQ(AmountParser::find(u"三万亿元").value(0).value, 3e12);
}

TEST(AmountParser, DecimalTrillions)
{
    const auto a = AmountParser::find(u"市值1.5万亿美元");
    ASSERT_EQ(a.size(), 1);
    EXPECT_DOUBLE_EQ(a[0].value, 1.5e12);
}

TEST(AmountParser, SeveralBillionIsNoAmount)
{
    EXPECT_TRUE(AmountParser::find(u"获得数十亿美元投资").isEmpty());
    EXPECT_TRUE(AmountParser::find(u"获得十几亿美元投资").isEmpty());
}

TEST(AmountParser, LoneChineseDigitBeforeYuanIsNoAmount)
{
    EXPECT_TRUE(AmountParser::find(u"打破二元结构").isEmpty());
}
