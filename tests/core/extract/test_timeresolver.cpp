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

TEST(TimeResolver, PartOfADayIsThatDay)
{
    EXPECT_EQ(first(u"董事会昨晚宣布", QDate(2025, 3, 4)), QStringLiteral("2025-03-03"));
    EXPECT_EQ(first(u"今晨发出公告", QDate(2025, 3, 4)), QStringLiteral("2025-03-04"));
    EXPECT_EQ(first(u"他前晚已辞职", QDate(2025, 3, 4)), QStringLiteral("2025-03-02"));
}

TEST(TimeResolver, TaiwanDayWithItsDateInsideIsThatDay)
{
    EXPECT_EQ(first(u"新创公司今(4)日宣布", QDate(2025, 3, 4)), QStringLiteral("2025-03-04"));
    EXPECT_EQ(first(u"董事会昨(3)日决议", QDate(2025, 3, 4)), QStringLiteral("2025-03-03"));
}

TEST(TimeResolver, EveIsNoDay)
{
    EXPECT_TRUE(TimeResolver::find(u"上市前夜", QDate(2025, 3, 4), 0).isEmpty());
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

namespace {

// The times found in text counted from an earlier time; "-" for one that could not be resolved.
QStringList counted(QStringView text, const TimePoint &anchor)
{
    QStringList out;
    for (const auto &f : TimeResolver::find(text, kPublished, 0, anchor))
        out.append(f.time.isValid() ? f.time.toString() : QStringLiteral("-"));
    return out;
}

} // namespace

TEST(TimeResolver, HalfAYearLaterCountsSixMonthsFromTheMonthBefore)
{
    EXPECT_EQ(counted(u"半年后创办了速仓", TimePoint::month(2023, 3)), QStringList{QStringLiteral("2023-09")});
}

TEST(TimeResolver, YearsLaterCountFromTheYearBefore)
{
    EXPECT_EQ(counted(u"两年后离开了腾讯", TimePoint::year(2021)), QStringList{QStringLiteral("2023")});
    EXPECT_EQ(counted(u"3年之后离开了腾讯", TimePoint::year(2021)), QStringList{QStringLiteral("2024")});
}

TEST(TimeResolver, YearsLaterFromAMonthKeepTheMonth)
{
    EXPECT_EQ(counted(u"一年半后创办了新公司", TimePoint::month(2022, 11)), QStringList{QStringLiteral("2024-05")});
}

TEST(TimeResolver, MonthsLaterCountFromTheMonthBefore)
{
    EXPECT_EQ(counted(u"5个月后加入了百度", TimePoint::month(2023, 10)), QStringList{QStringLiteral("2024-03")});
}

TEST(TimeResolver, DaysLaterCountFromTheDayBefore)
{
    EXPECT_EQ(counted(u"10天后宣布辞职", TimePoint::day(QDate(2024, 3, 25))), QStringList{QStringLiteral("2024-04-04")});
}

TEST(TimeResolver, HalfAYearAfterABareYearIsUnresolved)
{
    EXPECT_EQ(counted(u"半年后创办了速仓", TimePoint::year(2021)), QStringList{QStringLiteral("-")});
}

TEST(TimeResolver, CountedTimeWithoutAnEarlierOneIsUnresolved)
{
    EXPECT_EQ(counted(u"两年后离开了腾讯", TimePoint()), QStringList{QStringLiteral("-")});
}

TEST(TimeResolver, VagueLaterTimesAreUnresolved)
{
    const TimePoint anchor = TimePoint::year(2021);
    EXPECT_EQ(counted(u"此后他加入了百度", anchor), QStringList{QStringLiteral("-")});
    EXPECT_EQ(counted(u"数年后他加入了百度", anchor), QStringList{QStringLiteral("-")});
    EXPECT_EQ(counted(u"两年多后他加入了百度", anchor), QStringList{QStringLiteral("-")});
    EXPECT_EQ(counted(u"之后他加入了百度", anchor), QStringList{QStringLiteral("-")});
}

TEST(TimeResolver, AfterAnEventDatesNothing)
{
    EXPECT_TRUE(counted(u"他离职之后加入了百度", TimePoint::year(2021)).isEmpty());
}

TEST(TimeResolver, NamedTimeWinsOverAnUnresolvedOne)
{
    EXPECT_EQ(counted(u"公司其后于2024年1月提起诉讼", TimePoint::month(2023, 3)), QStringList{QStringLiteral("2024-01")});
}

TEST(TimeResolver, MonthNumberBeforeHouIsNoCount)
{
    EXPECT_EQ(counted(u"3月后公司发布了新模型", TimePoint::year(2021)), QStringList{QStringLiteral("2024-03")});
}

TEST(TimeResolver, DecimalBeforeYearsIsNoCount)
{
    EXPECT_EQ(counted(u"估值1.5年后翻倍", TimePoint::year(2021)), QStringList{});
}

TEST(TimeResolver, NextYearIsTheYearAfterTheOneBefore)
{
    EXPECT_EQ(counted(u"次年离开了腾讯", TimePoint::month(2021, 5)), QStringList{QStringLiteral("2022")});
    EXPECT_EQ(counted(u"翌年3月离开了腾讯", TimePoint::year(2021)), QStringList{QStringLiteral("2022-03")});
    EXPECT_EQ(counted(u"第二年离开了腾讯", TimePoint::year(2021)), QStringList{QStringLiteral("2022")});
}

TEST(TimeResolver, GeYearIsTheYearAfterTheOneBefore)
{
    EXPECT_EQ(counted(u"隔年創立了穎光", TimePoint::month(2022, 8)), QStringList{QStringLiteral("2023")});
}

TEST(TimeResolver, NextYearWithoutAnEarlierOneIsUnresolved)
{
    EXPECT_EQ(counted(u"次年离开了腾讯", TimePoint()), QStringList{QStringLiteral("-")});
}

TEST(TimeResolver, CountingStartsFromTheLastTimeInTheText)
{
    EXPECT_EQ(counted(u"2019年加入百度,两年后离开", TimePoint::year(2010)),
              (QStringList{QStringLiteral("2019"), QStringLiteral("2021")}));
}

TEST(TimeResolver, TaiwanTodayByItsDayOfTheMonth)
{
    EXPECT_EQ(first(u"該公司今（9）日宣布完成募資"), QStringLiteral("2024-08-09"));
}

TEST(TimeResolver, TaiwanYesterdayInTheMonthBefore)
{
    EXPECT_EQ(first(u"董事會昨(31)日通過人事案", QDate(2024, 9, 1)), QStringLiteral("2024-08-31"));
}

TEST(TimeResolver, FromThisDayIsTheDayNamedBefore)
{
    const auto found = TimeResolver::find(u"即日起卸任总裁", kPublished, 0, TimePoint::year(2024),
                                          TimePoint::day(QDate(2024, 8, 10)));
    ASSERT_FALSE(found.isEmpty());
    EXPECT_EQ(found.first().time.toString(), QStringLiteral("2024-08-10"));
}

TEST(TimeResolver, FromThisDayWithNoDayBeforeIsThePublicationDay)
{
    EXPECT_EQ(first(u"自即日起由她接任"), QStringLiteral("2024-08-11"));
}

TEST(TimeResolver, RepublicOfChinaYearCountsFrom1912)
{
    EXPECT_EQ(first(u"他在民国113年4月请辞"), QStringLiteral("2024-04"));
    EXPECT_EQ(first(u"戴鸿霖104年自联发科加入"), QStringLiteral("2015"));
}

TEST(TimeResolver, ThreeDigitCountOfYearsIsNoYear)
{
    EXPECT_EQ(first(u"这家有100年历史的公司"), QString());
}

TEST(TimeResolver, DayAloneIsInThePublicationMonth)
{
    EXPECT_EQ(first(u"华芯电子18日宣布", QDate(2025, 6, 20)), QStringLiteral("2025-06-18"));
    EXPECT_EQ(first(u"公司28日宣布", QDate(2025, 6, 20)), QStringLiteral("2025-05-28"));
}

TEST(TimeResolver, DaysCountedAreNoDate)
{
    EXPECT_EQ(first(u"须在7日内完成", QDate(2025, 6, 20)), QString());
}
