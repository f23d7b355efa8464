#include "historyorder.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>
#include <optional>
#include <tuple>

namespace Guanxi {

namespace {

// Where an entry is said: one evidence sentence in a stored article. An
// evidence without offsets (pre-extracted JSON may have none) is known by
// its sentence alone: the same sentence is the same place, no other order.
struct Position
{
    qint64 document = 0;
    qsizetype start = -1;
    QString sentence;
};

Position unplaced()
{
    return {std::numeric_limits<qint64>::max(), std::numeric_limits<qsizetype>::max(), {}};
}

// -1 before, 0 the same place, 1 after; nullopt when the two cannot be compared.
std::optional<int> compare(const Position &a, const Position &b)
{
    if (a.document != b.document)
        return std::nullopt;
    if (a.start >= 0 && b.start >= 0)
        return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
    if (!a.sentence.isEmpty() && a.sentence == b.sentence)
        return 0;
    return std::nullopt;
}

QList<Position> positionsOf(const Relation &relation)
{
    QList<Position> out;
    for (const Evidence &e : relation.evidence)
        if (e.documentId.isValid() && !e.isUserEdit)
            out.append({e.documentId.value(), e.hasSpan() ? e.start : -1, e.sentence});
    std::sort(out.begin(), out.end(), [](const Position &a, const Position &b) {
        return std::tie(a.document, a.start) < std::tie(b.document, b.start);
    });
    return out;
}

// A career's stages at one organisation, in the order they happen.
int stageOf(RelationType type)
{
    switch (type) {
    case RelationType::Founded:
    case RelationType::Joined:
        return 0;
    case RelationType::WorksAt:
        return 1;
    case RelationType::OnLeave:
        return 2;
    default:
        return 3;  // left
    }
}

// A post the sentence names as past (left, 前研究总监, former CTO): said beside a
// new start elsewhere (前研究总监X创办了Y), it is the one before that start.
bool isPastPost(const Relation &r)
{
    if (r.type == RelationType::Left)
        return true;
    if (r.type != RelationType::WorksAt)
        return false;
    const QString role = r.role.trimmed();
    return role.startsWith(QChar(u'前')) || role.startsWith(QChar(u'原'))
        || role.startsWith(QLatin1String("former"), Qt::CaseInsensitive)
        || role.startsWith(QLatin1String("ex-"), Qt::CaseInsensitive);
}

// The place of an entry in the timeline, compared as a tuple: the index of
// the dated entry it sits at; before (0), at (1) or after (2) it, or with
// nothing to place it by (3); its stage; its article position.
using Key = std::tuple<qsizetype, int, int, qint64, qsizetype>;

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
        const int stage = stageOf(entries[i].relation.type);
        if (i < datedCount) {
            keys.append({i, 1, stage, 0, 0});
            continue;
        }
        const QList<Position> &own = positions[i];
        const Position first = own.isEmpty() ? unplaced() : own.first();
        const auto key = [&](qsizetype anchor, int side) {
            return Key{anchor, side, stage, first.document, first.start};
        };
        // The same organisation: after its last dated stage up to this one, else before its first later stage.
        std::optional<qsizetype> sameAfter, sameBefore;
        for (qsizetype d = 0; d < datedCount; ++d) {
            if (entries[d].organization.id != entries[i].organization.id)
                continue;
            if (stageOf(entries[d].relation.type) <= stage)
                sameAfter = d;
            else if (!sameBefore)
                sameBefore = d;
        }
        if (sameAfter || sameBefore) {
            keys.append(sameAfter ? key(*sameAfter, 2) : key(*sameBefore, 0));
            continue;
        }
        // The article: the nearest dated entry said before it (or in its
        // sentence), else the nearest said after it; a past post said beside a
        // dated start elsewhere goes just before that start.
        std::optional<std::pair<Position, qsizetype>> before, after;
        std::optional<qsizetype> startAfterPost;
        for (const Position &at : own) {
            for (qsizetype d = 0; d < datedCount; ++d) {
                for (const Position &dated : positions[d]) {
                    const std::optional<int> order = compare(dated, at);
                    if (!order)
                        continue;
                    if (*order == 0 && stageOf(entries[d].relation.type) == 0 && isPastPost(entries[i].relation)
                        && !startAfterPost)
                        startAfterPost = d;
                    if (*order <= 0 && (!before || compare(before->first, dated).value_or(0) <= 0))
                        before = std::make_pair(dated, d);
                    else if (*order > 0 && (!after || compare(dated, after->first).value_or(0) < 0))
                        after = std::make_pair(dated, d);
                }
            }
        }
        if (startAfterPost)
            keys.append(key(*startAfterPost, 0));
        else if (before)
            keys.append(key(before->second, 2));
        else if (after)
            keys.append(key(after->second, 0));
        else
            keys.append(key(datedCount, 3));
    }
    // The undated stages at an organisation with no dated one stay together, at
    // the earliest place any of them was given (works_at then left, not split
    // by a start elsewhere said between them).
    QSet<EntityId> dated;
    for (qsizetype d = 0; d < datedCount; ++d)
        dated.insert(entries[d].organization.id);
    QHash<EntityId, std::pair<qsizetype, int>> earliest;
    for (qsizetype i = datedCount; i < entries.size(); ++i) {
        const EntityId org = entries[i].organization.id;
        if (dated.contains(org))
            continue;
        const std::pair<qsizetype, int> place{std::get<0>(keys[i]), std::get<1>(keys[i])};
        const auto it = earliest.constFind(org);
        if (it == earliest.cend() || place < *it)
            earliest.insert(org, place);
    }
    for (qsizetype i = datedCount; i < entries.size(); ++i) {
        const auto it = earliest.constFind(entries[i].organization.id);
        if (it == earliest.cend())
            continue;
        const auto [anchor, side] = *it;
        std::get<0>(keys[i]) = anchor;
        std::get<1>(keys[i]) = side;
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
