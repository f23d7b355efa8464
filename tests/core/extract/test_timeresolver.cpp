#include "extract/timeresolver.h"

#include <gtest/gtest.h>

using namespace Guanxi;
using namespace Guanxi::Internal;

namespace {

const QDate kPublished(2024, 8, 11); // a Sunday, ISO week 2024-W32

QString first(QStringView text, QDate published = kPublished, int contextYear = 0)
{
    const auto found = TimeResolver::find(text, published, contextYear);
    return found.isEmpty() ? QString() : found.first().time.toString();
}

} // namespace

TEST(TimeResolver, YearEnd)
{
    EXPECT_EQ(first(u"2015 年底,OpenAI向世界宣布自己的成立"), QStringLiteral("2015"));
}

TEST(TimeResolver, YearMonthDay)
{
    EXPECT_EQ(first(u"2024年6月"), QStringLiteral("2024-06"));
    EXPECT_EQ(first(u"同年10月15日", kPublished, 2021), QStringLiteral("2021-10-15"));
}

TEST(TimeResolver, MonthTakesThePublicationYear)
{
    EXPECT_EQ(first(u"他于6月宣布创办了新公司"), QStringLiteral("2024-06"));
}

TEST(TimeResolver, MonthAndDayTakeThePublicationYear)
{
    EXPECT_EQ(first(u"8月5日,马斯克再次提起诉讼"), QStringLiteral("2024-08-05"));
}

TEST(TimeResolver, MonthTakesTheYearLastNamed)
{
    EXPECT_EQ(first(u"5月双方达成和解", kPublished, 2021), QStringLiteral("2021-05"));
}

TEST(TimeResolver, ThisWeekAndLastWeekAreIsoWeeks)
{
    EXPECT_EQ(first(u"本周,马斯克提起诉讼"), QStringLiteral("2024-W32"));
    EXPECT_EQ(first(u"上周,微软将OpenAI列为竞争对手"), QStringLiteral("2024-W31"));
}

TEST(TimeResolver, NamedWeekdayIsThatDay)
{
    EXPECT_EQ(first(u"就在上周三", QDate(2024, 9, 25)), QStringLiteral("2024-09-18"));
    EXPECT_EQ(first(u"本周一", QDate(2025, 8, 13)), QStringLiteral("2025-08-11"));
}

TEST(TimeResolver, Yesterday)
{
    EXPECT_EQ(first(u"昨日,卡梅隆宣布加入", QDate(2024, 9, 25)), QStringLiteral("2024-09-24"));
}

TEST(TimeResolver, LastMonthAndItsDays)
{
    EXPECT_EQ(first(u"上月1日", QDate(2024, 9, 25)), QStringLiteral("2024-08-01"));
    EXPECT_EQ(first(u"上月", QDate(2025, 1, 20)), QStringLiteral("2024-12"));
}

TEST(TimeResolver, LastYearWithMonth)
{
    EXPECT_EQ(first(u"去年8月", kPublished), QStringLiteral("2023-08"));
}

TEST(TimeResolver, EarlierThisYearIsTheYear)
{
    EXPECT_EQ(first(u"今年早些时候"), QStringLiteral("2024"));
}

TEST(TimeResolver, YearsAgo)
{
    EXPECT_EQ(first(u"这是9年前共同创建OpenAI"), QStringLiteral("2015"));
}

TEST(TimeResolver, RelativeTimesNeedAPublicationDate)
{
    EXPECT_TRUE(TimeResolver::find(u"本周 上周三 昨日 去年8月 9年前", QDate(), 0).isEmpty());
    EXPECT_EQ(first(u"2019年", QDate()), QStringLiteral("2019"));
}

TEST(TimeResolver, TextWithoutTimesFindsNothing)
{
    EXPECT_TRUE(TimeResolver::find(u"周受资是TikTok首席执行官", kPublished, 0).isEmpty());
}

// 近日, 日前, 此前, 当天 say only "recently" or "that day": no time rather than a wrong one.
TEST(TimeResolver, VagueRecentTimesGiveNoTime)
{
    for (const char16_t *text : {u"极光视觉日前宣布完成融资", u"近日，赵雨桐加入极光视觉", u"此前他在华为工作",
                                 u"当天，公司宣布了新的任命"})
        EXPECT_TRUE(TimeResolver::find(text, kPublished, 0).isEmpty()) << QString::fromUtf16(text).toStdString();
}

// 当天 does not hide a date stated in the same clause.
TEST(TimeResolver, VagueTimeBesideADateKeepsTheDate)
{
    EXPECT_EQ(first(u"7月28日当天，智谱发布了新模型"), QStringLiteral("2024-07-28"));
}
