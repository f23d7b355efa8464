#include "historyorder.h"

#include <algorithm>
#include <limits>
#include <tuple>

namespace Guanxi {

namespace {

// Where an entry is said: one evidence sentence in a stored article.
struct Position
{
    qint64 document = 0;
    qsizetype start = 0;
    friend auto operator<=>(const Position &, const Position &) = default;
};

QList<Position> positionsOf(const Relation &relation)
{
    QList<Position> out;
    for (const Evidence &e : relation.evidence)
        if (e.documentId.isValid() && e.hasSpan() && !e.isUserEdit)
            out.append({e.documentId.value(), e.start});
    std::sort(out.begin(), out.end());
    return out;
}

// The place of an entry in the timeline, compared as a tuple: the index of
// the dated entry it sits at, then before (0), at (1) or after (2) it, then
// its own position, so several undated entries at one dated entry keep
// their article order.
using Key = std::tuple<qsizetype, int, Position>;

} // namespace

void orderHistory(QList<HistoryEntry> &entries)
{
    // Dated first, by time; stable, so equal times keep the order they were stored in.
    std::stable_sort(entries.begin(), entries.end(), [](const HistoryEntry &a, const HistoryEntry &b) {
        const bool aDated = a.relation.time.isValid();
        const bool bDated = b.relation.time.isValid();
        if (aDated != bDated)
            return aDated;
        return aDated && a.relation.time < b.relation.time;
    });
    const qsizetype datedCount =
        std::count_if(entries.cbegin(), entries.cend(), [](const HistoryEntry &e) { return e.relation.time.isValid(); });
    if (datedCount == entries.size())
        return;
    QList<QList<Position>> positions;
    for (const HistoryEntry &entry : std::as_const(entries))
        positions.append(positionsOf(entry.relation));
    QList<Key> keys;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (i < datedCount) {
            keys.append({i, 1, Position()});
            continue;
        }
        const QList<Position> &own = positions[i];
        // The nearest dated entry said before it in one of its articles...
        std::optional<std::pair<Position, qsizetype>> before;
        // ...else the nearest said after it.
        std::optional<std::pair<Position, qsizetype>> after;
        for (const Position &at : own) {
            for (qsizetype d = 0; d < datedCount; ++d) {
                for (const Position &dated : positions[d]) {
                    if (dated.document != at.document)
                        continue;
                    if (dated <= at && (!before || before->first < dated))
                        before = std::make_pair(dated, d);
                    else if (at < dated && (!after || dated < after->first))
                        after = std::make_pair(dated, d);
                }
            }
        }
        const Position first = own.isEmpty() ? Position{std::numeric_limits<qint64>::max(), 0} : own.first();
        if (before)
            keys.append({before->second, 2, first});
        else if (after)
            keys.append({after->second, 0, first});
        else
            keys.append({datedCount, 3, first});
    }
    QList<qsizetype> order(entries.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&keys](qsizetype a, qsizetype b) { return keys[a] < keys[b]; });
    QList<HistoryEntry> sorted;
    sorted.reserve(entries.size());
    for (qsizetype i : std::as_const(order))
        sorted.append(std::move(entries[i]));
    entries = std::move(sorted);
}

} // namespace Guanxi
