#include "searchindex.h"

#include "text/pinyin.h"
#include "text/textfolder.h"

#include <QHash>

#include <algorithm>

namespace Guanxi {

namespace {

// Exact beats prefix beats substring; within each, a name as written beats
// its pinyin, which beats its initials. Shorter candidates win ties.
double scoreOf(const QString &candidate, const QString &query, double exact, double prefix, double substring)
{
    if (candidate.isEmpty())
        return 0.0;
    if (candidate == query)
        return exact;
    if (candidate.startsWith(query))
        return prefix + 0.1 * double(query.size()) / double(candidate.size());
    if (candidate.contains(query))
        return substring + 0.1 * double(query.size()) / double(candidate.size());
    return 0.0;
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

QString SearchIndex::normalise(const QString &text)
{
    const QString folded = TextFolder::fold(text).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded)
        if (c.isLetterOrNumber())
            out.append(c);
    return out;
}

void SearchIndex::clear()
{
    m_names.clear();
}

void SearchIndex::addEntity(const Entity &entity)
{
    for (const QString &name : entity.allNames()) {
        Name entry{entity.key, entity.name, name, normalise(name), {}, {}};
        if (entry.normal.isEmpty())
            continue;
        if (Pinyin::hasHan(name)) {
            const QString simplified = TextFolder::fold(name);
            entry.pinyin = Pinyin::toneless(simplified);
            entry.initials = Pinyin::initials(simplified);
        }
        m_names.append(entry);
    }
}

void SearchIndex::addEntities(const QList<Entity> &entities)
{
    for (const Entity &entity : entities)
        addEntity(entity);
}

QList<SearchIndex::Match> SearchIndex::find(const QString &query, int limit) const
{
    const QString normal = normalise(query);
    if (normal.isEmpty())
        return {};
    const bool isLatinQuery = isAscii(normal);
    QHash<QString, Match> best;  // one match per entity: its best-scoring name
    for (const Name &name : m_names) {
        double score = scoreOf(name.normal, normal, 3.0, 2.0, 1.0);
        if (isLatinQuery && score < 2.0) {
            score = std::max(score, scoreOf(name.pinyin, normal, 2.8, 1.8, 0.8));
            // Initials only as a whole or a prefix: "ms" inside many names means nothing.
            if (normal.size() >= 2)
                score = std::max(score, scoreOf(name.initials, normal, 1.6, 1.2, 0.0));
        }
        if (score <= 0.0)
            continue;
        auto it = best.find(name.key);
        if (it == best.end() || it->score < score)
            best.insert(name.key, Match{name.key, name.entityName, name.name, score});
    }
    QList<Match> matches = best.values();
    std::sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.name.size() != b.name.size())
            return a.name.size() < b.name.size();
        return a.name < b.name;
    });
    if (limit >= 0 && matches.size() > limit)
        matches.resize(limit);
    return matches;
}

QString SearchIndex::bestKey(const QString &query) const
{
    const QList<Match> matches = find(query, 1);
    return matches.isEmpty() ? QString() : matches.first().key;
}

} // namespace Guanxi
