#include "extract/triggermatcher.h"

#include <gtest/gtest.h>

using namespace Guanxi::Internal;

namespace {

TriggerMatcher investmentTriggers()
{
    TriggerMatcher m;
    m.addTrigger(QStringLiteral("投资"), 0);
    m.addTrigger(QStringLiteral("加入"), 1);
    m.addNonTrigger(QStringLiteral("投资银行"));
    m.addNonTrigger(QStringLiteral("天使投资人"));
    m.finalize();
    return m;
}

} // namespace

TEST(TriggerMatcher, FindsATriggerWord)
{
    const TriggerMatcher m = investmentTriggers();
    const auto hit = m.matchAt(u"红杉投资了这家公司", 2);
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->length, 2);
    EXPECT_EQ(hit->value, 0);
}

TEST(TriggerMatcher, TriggerAtTheStartOfANonTriggerWordIsNoHit)
{
    EXPECT_FALSE(investmentTriggers().matchAt(u"此前在中金公司投资银行部任职", 7));
}

TEST(TriggerMatcher, TriggerInsideANonTriggerWordIsNoHit)
{
    EXPECT_FALSE(investmentTriggers().matchAt(u"天使投资人邹建国", 2));
}

TEST(TriggerMatcher, NonTriggerWordElsewhereInTheTextChangesNothing)
{
    const TriggerMatcher m = investmentTriggers();
    EXPECT_TRUE(m.matchAt(u"投资银行家加入公司", 5));
    EXPECT_TRUE(m.matchAt(u"他投资了投资银行", 1));
}
