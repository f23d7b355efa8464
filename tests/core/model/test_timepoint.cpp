#include "model/timepoint.h"

#include <gtest/gtest.h>

using namespace Guanxi;

TEST(TimePoint, ParsesEachPrecisionAndFormatsItBack)
{
    for (const char *text : {"2015", "2024-06", "2024-W31", "2024-08-05", "2020-W53"}) {
        const auto t = TimePoint::parse(QString::fromLatin1(text));
        ASSERT_TRUE(t.has_value()) << text;
        EXPECT_EQ(t->toString().toStdString(), text);
    }
}

TEST(TimePoint, RejectsMalformedText)
{
    for (const char *text : {"", "15", "2024-13", "2024-02-30", "2024-W54", "2021-W53", "2024/06", "2024-6", "yesterday"})
        EXPECT_FALSE(TimePoint::parse(QString::fromLatin1(text)).has_value()) << text;
}

TEST(TimePoint, WeekCoversMondayToSunday)
{
    const auto week = TimePoint::parse(u"2024-W31");
    ASSERT_TRUE(week);
    EXPECT_EQ(week->first(), QDate(2024, 7, 29));
    EXPECT_EQ(week->last(), QDate(2024, 8, 4));
}

TEST(TimePoint, WeekOfDateCrossingYearBoundary)
{
    EXPECT_EQ(TimePoint::weekOf(QDate(2024, 12, 30)).toString(), QStringLiteral("2025-W01"));
    EXPECT_EQ(TimePoint::weekOf(QDate(2021, 1, 3)).toString(), QStringLiteral("2020-W53"));
}

TEST(TimePoint, ContainsFinerPeriodsInside)
{
    const TimePoint y2015 = TimePoint::year(2015);
    EXPECT_TRUE(y2015.contains(TimePoint::month(2015, 12)));
    EXPECT_FALSE(TimePoint::month(2015, 12).contains(y2015));
    EXPECT_TRUE(TimePoint::isoWeek(2024, 31).contains(TimePoint::day(QDate(2024, 7, 30))));
    EXPECT_FALSE(TimePoint::isoWeek(2024, 31).contains(TimePoint::month(2024, 8)));
    EXPECT_FALSE(TimePoint().contains(y2015));
}

TEST(TimePoint, OrdersByFirstDayThenCoarserFirst)
{
    EXPECT_LT(TimePoint::year(2015), TimePoint::month(2015, 1));
    EXPECT_LT(TimePoint::month(2015, 12), TimePoint::year(2019));
    EXPECT_FALSE(TimePoint::year(2019) < TimePoint::year(2019));
}
