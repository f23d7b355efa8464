#include "store/historyorder.h"

#include <gtest/gtest.h>

using namespace Guanxi;

namespace {

// One entry: `type` at `organisation` (a one-letter name), said at `start`
// of document `document` (a start of -1: the sentence alone, no offsets).
HistoryEntry entry(const QString &organisation, const QString &time, qint64 document, qsizetype start,
                   RelationType type = RelationType::Joined)
{
    HistoryEntry e;
    e.relation.type = type;
    if (!time.isEmpty())
        e.relation.time = *TimePoint::parse(time);
    e.relation.evidence.append(Evidence{.documentId = DocumentId(document), .sentence = organisation,
                                        .start = start, .end = start < 0 ? -1 : start + 10});
    e.organization.name = organisation;
    e.organization.id = EntityId(organisation.at(0).unicode());
    return e;
}

QStringList ordered(QList<HistoryEntry> entries)
{
    orderHistory(entries);
    QStringList out;
    for (const HistoryEntry &e : std::as_const(entries))
        out.append(e.organization.name + QLatin1Char(' ') + toString(e.relation.type));
    return out;
}

} // namespace

TEST(HistoryOrder, DatedEntriesAreInTimeOrderWhateverTheArticleOrder)
{
    EXPECT_EQ(ordered({entry(QStringLiteral("B"), QStringLiteral("2020"), 1, 0),
                       entry(QStringLiteral("A"), QStringLiteral("2015"), 1, 100)}),
              (QStringList{QStringLiteral("A joined"), QStringLiteral("B joined")}));
}

TEST(HistoryOrder, AnUndatedEntryFollowsTheDatedOneSaidBeforeItInItsArticle)
{
    EXPECT_EQ(ordered({entry(QStringLiteral("A"), QStringLiteral("2015"), 1, 0),
                       entry(QStringLiteral("C"), QStringLiteral("2020"), 1, 200),
                       entry(QStringLiteral("B"), QString(), 1, 100)}),
              (QStringList{QStringLiteral("A joined"), QStringLiteral("B joined"), QStringLiteral("C joined")}));
}

TEST(HistoryOrder, AnUndatedEntrySaidBeforeEveryDatedOneComesJustBeforeTheFirstAfterIt)
{
    // B is said before C in article 1; A, in another article, is earlier in time.
    EXPECT_EQ(ordered({entry(QStringLiteral("B"), QString(), 1, 0),
                       entry(QStringLiteral("C"), QStringLiteral("2020"), 1, 100),
                       entry(QStringLiteral("A"), QStringLiteral("2005"), 2, 0)}),
              (QStringList{QStringLiteral("A joined"), QStringLiteral("B joined"), QStringLiteral("C joined")}));
}

TEST(HistoryOrder, UndatedEntriesAtOneDatedEntryKeepTheirArticleOrder)
{
    EXPECT_EQ(ordered({entry(QStringLiteral("A"), QStringLiteral("2015"), 1, 0),
                       entry(QStringLiteral("C"), QString(), 1, 300),
                       entry(QStringLiteral("B"), QString(), 1, 200)}),
              (QStringList{QStringLiteral("A joined"), QStringLiteral("B joined"), QStringLiteral("C joined")}));
}

TEST(HistoryOrder, UndatedEntriesWithNoDatedOneInTheirArticlesComeLastInArticleOrder)
{
    EXPECT_EQ(ordered({entry(QStringLiteral("Z"), QString(), 3, 50),
                       entry(QStringLiteral("Y"), QString(), 3, 10),
                       entry(QStringLiteral("A"), QStringLiteral("2015"), 1, 0)}),
              (QStringList{QStringLiteral("A joined"), QStringLiteral("Y joined"), QStringLiteral("Z joined")}));
}

TEST(HistoryOrder, AnUndatedEntryWithoutEvidenceInAnArticleComesLast)
{
    QList<HistoryEntry> entries{entry(QStringLiteral("A"), QStringLiteral("2015"), 1, 0),
                                entry(QStringLiteral("B"), QString(), 1, 100)};
    entries.prepend(entry(QStringLiteral("N"), QString(), 1, 50));
    entries.first().relation.evidence.first().isUserEdit = true;
    EXPECT_EQ(ordered(entries), (QStringList{QStringLiteral("A joined"), QStringLiteral("B joined"), QStringLiteral("N joined")}));
}

TEST(HistoryOrder, AnUndatedWorkAtAnOrganisationFollowsItsDatedFounding)
{
    // Said before the founding in the article: the career's logic wins.
    EXPECT_EQ(ordered({entry(QStringLiteral("A"), QString(), 1, 0, RelationType::WorksAt),
                       entry(QStringLiteral("A"), QStringLiteral("2015"), 1, 100, RelationType::Founded),
                       entry(QStringLiteral("B"), QStringLiteral("2020"), 1, 200)}),
              (QStringList{QStringLiteral("A founded"), QStringLiteral("A works_at"), QStringLiteral("B joined")}));
}

TEST(HistoryOrder, AnUndatedWorkPrecedesTheDatedDepartureFromTheSameOrganisation)
{
    EXPECT_EQ(ordered({entry(QStringLiteral("A"), QStringLiteral("2020"), 1, 0, RelationType::Left),
                       entry(QStringLiteral("A"), QString(), 2, 0, RelationType::WorksAt),
                       entry(QStringLiteral("B"), QStringLiteral("2010"), 3, 0)}),
              (QStringList{QStringLiteral("B joined"), QStringLiteral("A works_at"), QStringLiteral("A left")}));
}

TEST(HistoryOrder, UndatedEntriesAtOneDatedEntryGoWorkThenLeave)
{
    EXPECT_EQ(ordered({entry(QStringLiteral("A"), QStringLiteral("2015"), 1, 0, RelationType::Founded),
                       entry(QStringLiteral("A"), QString(), 1, 10, RelationType::Left),
                       entry(QStringLiteral("A"), QString(), 1, 200, RelationType::WorksAt)}),
              (QStringList{QStringLiteral("A founded"), QStringLiteral("A works_at"), QStringLiteral("A left")}));
}

TEST(HistoryOrder, WithoutOffsetsAnEntryFollowsTheDatedEntryOfItsSentence)
{
    // The sentence of each entry is its organisation's name: C's is A's.
    QList<HistoryEntry> entries{entry(QStringLiteral("A"), QStringLiteral("2015"), 1, -1),
                                entry(QStringLiteral("B"), QStringLiteral("2020"), 1, -1),
                                entry(QStringLiteral("C"), QString(), 1, -1)};
    entries[2].relation.evidence.first().sentence = QStringLiteral("A");
    EXPECT_EQ(ordered(entries), (QStringList{QStringLiteral("A joined"), QStringLiteral("C joined"),
                                             QStringLiteral("B joined")}));
}

TEST(HistoryOrder, APastPostSaidBesideANewStartElsewhereComesBeforeIt)
{
    // 前研究总监X创办了新公司B (2024): the post at A is the one he had before.
    HistoryEntry post = entry(QStringLiteral("A"), QString(), 1, 100, RelationType::WorksAt);
    post.relation.role = QStringLiteral("前研究总监");
    EXPECT_EQ(ordered({entry(QStringLiteral("B"), QStringLiteral("2024-06"), 1, 100, RelationType::Founded), post}),
              (QStringList{QStringLiteral("A works_at"), QStringLiteral("B founded")}));
}

TEST(HistoryOrder, ACurrentPostSaidBesideANewStartElsewhereStaysAfterIt)
{
    HistoryEntry post = entry(QStringLiteral("A"), QString(), 1, 100, RelationType::WorksAt);
    post.relation.role = QStringLiteral("董事");
    EXPECT_EQ(ordered({entry(QStringLiteral("B"), QStringLiteral("2024-06"), 1, 100, RelationType::Founded), post}),
              (QStringList{QStringLiteral("B founded"), QStringLiteral("A works_at")}));
}

TEST(HistoryOrder, UndatedStagesAtOneOrganisationStayTogether)
{
    // Left A is said after B's founding, but goes with the earlier post at A.
    HistoryEntry post = entry(QStringLiteral("A"), QString(), 1, 100, RelationType::WorksAt);
    post.relation.role = QStringLiteral("前研究总监");
    EXPECT_EQ(ordered({entry(QStringLiteral("B"), QStringLiteral("2024-06"), 1, 100, RelationType::Founded),
                       entry(QStringLiteral("A"), QString(), 1, 300, RelationType::Left), post}),
              (QStringList{QStringLiteral("A works_at"), QStringLiteral("A left"), QStringLiteral("B founded")}));
}
