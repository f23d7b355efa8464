#include "graphscorer.h"

#include "common/namekey.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>
#include <tuple>

namespace Guanxi::Test {

namespace {

QSet<QString> namesOf(const Entity &e)
{
    QSet<QString> out;
    for (const QString &n : e.allNames()) {
        const QString k = nameKey(n);
        if (!k.isEmpty())
            out.insert(k);
    }
    return out;
}

void prf(int tp, int fp, int fn, double &p, double &r, double &f)
{
    p = tp + fp ? double(tp) / (tp + fp) : 0.0;
    r = tp + fn ? double(tp) / (tp + fn) : 0.0;
    f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

bool timeAgrees(const TimePoint &gold, const TimePoint &pred)
{
    return gold.isValid() && pred.isValid() && gold.contains(pred);
}

bool isParty(RelationType t) { return t == RelationType::PlaintiffIn || t == RelationType::DefendantIn; }

} // namespace

GraphScore scoreGraph(const GraphDocument &gold, const GraphDocument &pred)
{
    GraphScore score;
    QHash<QString, const Entity *> gE, pE;
    QHash<QString, QSet<QString>> gN, pN;
    QStringList plainG, plainP, lawG, lawP;
    for (const Entity &e : gold.entities) {
        gE.insert(e.key, &e);
        gN.insert(e.key, namesOf(e));
        (e.type == EntityType::Lawsuit ? lawG : plainG).append(e.key);
    }
    for (const Entity &e : pred.entities) {
        pE.insert(e.key, &e);
        pN.insert(e.key, namesOf(e));
        (e.type == EntityType::Lawsuit ? lawP : plainP).append(e.key);
    }

    // Maximum bipartite matching (Kuhn), predicted -> gold, in document order as score.py does.
    QHash<QString, QStringList> adj;
    for (const QString &p : plainP)
        for (const QString &g : plainG)
            if (pE[p]->type == gE[g]->type && pN[p].intersects(gN[g]))
                adj[p].append(g);
    QHash<QString, QString> matchR; // gold -> predicted
    std::function<bool(const QString &, QSet<QString> &)> augment = [&](const QString &l, QSet<QString> &seen) {
        for (const QString &r : adj.value(l)) {
            if (seen.contains(r))
                continue;
            seen.insert(r);
            if (!matchR.contains(r) || augment(matchR[r], seen)) {
                matchR[r] = l;
                return true;
            }
        }
        return false;
    };
    for (const QString &l : plainP) {
        QSet<QString> seen;
        augment(l, seen);
    }
    QHash<QString, QString> m; // predicted -> gold
    for (auto it = matchR.cbegin(); it != matchR.cend(); ++it)
        m.insert(it.value(), it.key());

    // Lawsuits: greedy by shared parties.
    const auto parties = [](const QList<Relation> &rels, const std::function<QString(const QString &)> &map,
                            const QString &law) {
        QSet<QString> out;
        for (const Relation &r : rels)
            if (isParty(r.type) && r.target == law) {
                const QString mapped = map(r.source);
                if (!mapped.isEmpty())
                    out.insert(toString(r.type) + QLatin1Char('|') + mapped);
            }
        return out;
    };
    QHash<QString, QSet<QString>> gp, pp;
    for (const QString &g : lawG)
        gp[g] = parties(gold.relations, [](const QString &x) { return x; }, g);
    for (const QString &p : lawP)
        pp[p] = parties(pred.relations, [&](const QString &x) { return m.value(x); }, p);
    QList<std::tuple<int, QString, QString>> pairs;
    for (const QString &p : lawP)
        for (const QString &g : lawG)
            pairs.append({int((pp[p] & gp[g]).size()) + (pN[p].intersects(gN[g]) ? 1 : 0), p, g});
    std::sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) { return a > b; });
    QSet<QString> usedP, usedG;
    for (const auto &[ov, p, g] : pairs)
        if (ov > 0 && !usedP.contains(p) && !usedG.contains(g)) {
            m[p] = g;
            usedP.insert(p);
            usedG.insert(g);
        }

    QSet<QString> matchedG;
    int entTp = 0, entFp = 0, entFn = 0;
    for (auto it = m.cbegin(); it != m.cend(); ++it) {
        matchedG.insert(it.value());
        if (!gE[it.value()]->isOptional)
            ++entTp;
    }
    for (const Entity &e : pred.entities)
        entFp += m.contains(e.key) ? 0 : 1;
    for (const Entity &e : gold.entities)
        entFn += (!e.isOptional && !matchedG.contains(e.key)) ? 1 : 0;
    prf(entTp, entFp, entFn, score.entityPrecision, score.entityRecall, score.entityF1);

    const auto key = [](RelationType t, QString s, QString d) {
        if (isSymmetric(t) && d < s)
            std::swap(s, d);
        return toString(t) + QLatin1Char('|') + s + QLatin1Char('|') + d;
    };
    QHash<QString, QList<int>> groups;
    for (int i = 0; i < gold.relations.size(); ++i) {
        const Relation &r = gold.relations[i];
        groups[key(r.type, r.source, r.target)].append(i);
    }
    QList<std::pair<int, QString>> preds; // predicted index, key
    QSet<QString> seen;
    for (int i = 0; i < pred.relations.size(); ++i) {
        const Relation &r = pred.relations[i];
        const QString s = m.value(r.source), d = m.value(r.target);
        const QString k = (!s.isEmpty() && !d.isEmpty()) ? key(r.type, s, d) : QString();
        const QString dup = k + QLatin1Char('#') + r.time.toString();
        if (!k.isEmpty() && seen.contains(dup))
            continue;
        seen.insert(dup);
        preds.append({i, k});
    }
    QSet<int> taken;
    QHash<int, int> assigned;
    for (bool needTime : {true, false}) {
        for (int n = 0; n < preds.size(); ++n) {
            const auto &[pi, k] = preds[n];
            if (assigned.contains(n) || k.isEmpty())
                continue;
            QList<int> cands;
            for (int g : groups.value(k))
                if (!taken.contains(g)
                    && (!needTime || (gold.relations[g].time.isValid() && timeAgrees(gold.relations[g].time, pred.relations[pi].time))))
                    cands.append(g);
            std::stable_sort(cands.begin(), cands.end(),
                             [&](int a, int b) { return !gold.relations[a].isOptional && gold.relations[b].isOptional; });
            if (!cands.isEmpty()) {
                taken.insert(cands.first());
                assigned.insert(n, cands.first());
            }
        }
    }
    int relTp = 0, relFp = 0, relFn = 0, timesOk = 0, timesAll = 0;
    const auto describe = [](const GraphDocument &doc, const Relation &r) {
        const Entity *s = doc.entity(r.source);
        const Entity *d = doc.entity(r.target);
        return toString(r.type) + QLatin1Char(' ') + (s ? s->name : r.source) + QStringLiteral(" -> ")
            + (d ? d->name : r.target);
    };
    for (int n = 0; n < preds.size(); ++n) {
        const Relation &r = pred.relations[preds[n].first];
        if (!assigned.contains(n)) {
            ++relFp;
            score.extraRelations.append(describe(pred, r));
            continue;
        }
        const Relation &g = gold.relations[assigned[n]];
        if (g.isOptional)
            continue;
        ++relTp;
        if (g.time.isValid()) {
            ++timesAll;
            timesOk += timeAgrees(g.time, r.time) ? 1 : 0;
        }
    }
    for (int i = 0; i < gold.relations.size(); ++i)
        if (!taken.contains(i) && !gold.relations[i].isOptional) {
            ++relFn;
            score.missedRelations.append(describe(gold, gold.relations[i]));
        }
    prf(relTp, relFp, relFn, score.relationPrecision, score.relationRecall, score.relationF1);
    score.timeAccuracy = timesAll ? double(timesOk) / timesAll : -1;
    return score;
}

} // namespace Guanxi::Test
