#include "store/historyorder.h"

#include <gtest/gtest.h>

using namespace Guanxi;

namespace {

// One entry: `name` at `organisation`, said at `start` of document `document`.
HistoryEntry entry(const QString &organisation, const QString &time, qint64 document, qsizetype start)
{
    HistoryEntry e;
    e.relation.type = RelationType::Joined;
    if (!time.isEmpty())
        e.relation.time = *TimePoint::parse(time);
    e.relation.evidence.append(Evidence{.documentId = DocumentId(document), .sentence = organisation,
                                        .start = start, .end = start + 10});
    e.organization.name = organisation;
    return e;
}

QStringList ordered(QList<HistoryEntry> entries)
{
    orderHistory(entries);
    QStringList out;
    for (const HistoryEntry &e : std::as_const(entries))
        out.append(e.organization.name);
    return out;
}

} // namespace

TEST(HistoryOrder, DatedEntriesAreInTimeOrderWhateverTheArticleOrder)
{
    EXPECT_EQ(ordered({entry(QStringLiteral("B"), QStringLiteral("2020"), 1, 0),
                       entry(QStringLiteral("A"), QStringLiteral("2015"), 1, 100)}),
              (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
}

TEST(HistoryOrder, AnUndatedEntryFollowsTheDatedOneSaidBeforeItInItsArticle)
{
    EXPECT_EQ(ordered({entry(QStringLiteral("A"), QStringLiteral("2015"), 1, 0),
                       entry(QStringLiteral("C"), QStringLiteral("2020"), 1, 200),
                       entry(QStringLiteral("B"), QString(), 1, 100)}),
              (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
}

TEST(HistoryOrder, AnUndatedEntrySaidBeforeEveryDatedOneComesJustBeforeTheFirstAfterIt)
{
    // B is said before C in article 1; A, in another article, is earlier in time.
    EXPECT_EQ(ordered({entry(QStringLiteral("B"), QString(), 1, 0),
                       entry(QStringLiteral("C"), QStringLiteral("2020"), 1, 100),
                       entry(QStringLiteral("A"), QStringLiteral("2005"), 2, 0)}),
              (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
}

TEST(HistoryOrder, UndatedEntriesAtOneDatedEntryKeepTheirArticleOrder)
{
    EXPECT_EQ(ordered({entry(QStringLiteral("A"), QStringLiteral("2015"), 1, 0),
                       entry(QStringLiteral("C"), QString(), 1, 300),
                       entry(QStringLiteral("B"), QString(), 1, 200)}),
              (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
}

TEST(HistoryOrder, UndatedEntriesWithNoDatedOneInTheirArticlesComeLastInArticleOrder)
{
    EXPECT_EQ(ordered({entry(QStringLiteral("Z"), QString(), 3, 50),
                       entry(QStringLiteral("Y"), QString(), 3, 10),
                       entry(QStringLiteral("A"), QStringLiteral("2015"), 1, 0)}),
              (QStringList{QStringLiteral("A"), QStringLiteral("Y"), QStringLiteral("Z")}));
}

TEST(HistoryOrder, AnUndatedEntryWithoutEvidenceInAnArticleComesLast)
{
    QList<HistoryEntry> entries{entry(QStringLiteral("A"), QStringLiteral("2015"), 1, 0),
                                entry(QStringLiteral("B"), QString(), 1, 100)};
    entries.prepend(entry(QStringLiteral("N"), QString(), 1, 50));
    entries.first().relation.evidence.first().isUserEdit = true;
    EXPECT_EQ(ordered(entries), (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("N")}));
}
