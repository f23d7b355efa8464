#include "extract/english/englishtimeresolver.h"

#include <QString>

#include <gtest/gtest.h>

using namespace Guanxi;
using namespace Guanxi::Internal;

namespace {

// Published on Wednesday 2024-08-07.
const QDate kPublished(2024, 8, 7);

QString first(const QString &text, QDate published = kPublished, int contextYear = 0)
{
    const auto found = EnglishTimeResolver::find(text.toLower(), published, contextYear);
    return found.isEmpty() ? QString() : found.first().time.toString();
}

} // namespace

TEST(EnglishTimeResolver, FullDateIsADay)
{
    EXPECT_EQ(first(QStringLiteral("The suit was filed on September 10, 2019, in Delaware.")), QStringLiteral("2019-09-10"));
}

TEST(EnglishTimeResolver, DayBeforeMonthIsADay)
{
    EXPECT_EQ(first(QStringLiteral("It closed on 5 August 2024.")), QStringLiteral("2024-08-05"));
}

TEST(EnglishTimeResolver, MonthAndYearIsAMonth)
{
    EXPECT_EQ(first(QStringLiteral("He left in May 2024.")), QStringLiteral("2024-05"));
}

TEST(EnglishTimeResolver, YearAfterInIsAYear)
{
    EXPECT_EQ(first(QStringLiteral("OpenAI was founded in 2015.")), QStringLiteral("2015"));
}

TEST(EnglishTimeResolver, BareMonthIsTheLastSuchMonthBeforePublication)
{
    EXPECT_EQ(first(QStringLiteral("He left in May.")), QStringLiteral("2024-05"));
    EXPECT_EQ(first(QStringLiteral("It launched in December.")), QStringLiteral("2023-12"));
}

TEST(EnglishTimeResolver, BareMonthFollowsAYearNamedEarlierInTheSentence)
{
    EXPECT_EQ(EnglishTimeResolver::find(u"in 2019 it raised money and in march it hired him", kPublished, 0)
                  .last().time.toString(),
              QStringLiteral("2019-03"));
}

TEST(EnglishTimeResolver, WeekdayIsTheLastSuchDayOnOrBeforePublication)
{
    EXPECT_EQ(first(QStringLiteral("Musk filed the suit on Monday.")), QStringLiteral("2024-08-05"));
    EXPECT_EQ(first(QStringLiteral("the company said Tuesday")), QStringLiteral("2024-08-06"));
}

TEST(EnglishTimeResolver, LastWeekIsTheIsoWeekBefore)
{
    EXPECT_EQ(first(QStringLiteral("Microsoft named OpenAI a competitor last week.")), QStringLiteral("2024-W31"));
}

TEST(EnglishTimeResolver, EarlierThisYearIsThePublicationYear)
{
    EXPECT_EQ(first(QStringLiteral("Musk sued earlier this year.")), QStringLiteral("2024"));
}

TEST(EnglishTimeResolver, YearsAgoCountsBackFromPublication)
{
    EXPECT_EQ(first(QStringLiteral("since co-founding OpenAI nine years ago")), QStringLiteral("2015"));
}

TEST(EnglishTimeResolver, YearsAfterCountsFromTheYearLastNamed)
{
    EXPECT_EQ(first(QStringLiteral("three years after that, he left"), kPublished, 2015), QStringLiteral("2018"));
}

TEST(EnglishTimeResolver, RelativeTimesAreLeftOutWithoutAPublicationDate)
{
    EXPECT_TRUE(EnglishTimeResolver::find(u"he left on monday, last week and earlier this year", QDate(), 0).isEmpty());
}

TEST(EnglishTimeResolver, MayAsAVerbIsNoMonth)
{
    EXPECT_TRUE(EnglishTimeResolver::find(u"microsoft may invest in the company", kPublished, 0).isEmpty());
}

TEST(EnglishTimeResolver, MonthAndYearAfterInIsThatMonthNotTheLastSuch)
{
    EXPECT_EQ(first(QStringLiteral("Suleyman joined Microsoft in March 2024 after co-founding Inflection AI.")),
              QStringLiteral("2024-03"));
}

TEST(EnglishTimeResolver, MonthOfLastYearIsThatMonthAYearBack)
{
    EXPECT_EQ(first(QStringLiteral("It raised $400 million in June last year.")), QStringLiteral("2023-06"));  // published 2024-08-07
}
