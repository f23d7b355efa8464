#include "documentstate.h"

#include "common/namekey.h"
#include "text/textfolder.h"

namespace Guanxi::Internal {

namespace {

QString typedKey(EntityType type, const QString &name)
{
    return toString(type) + QLatin1Char(':') + nameKey(TextFolder::fold(name));
}

} // namespace

int DocumentState::resolve(const Mention &m)
{
    if (m.entity >= 0 && m.entity < entities.size()) {
        addNames(m.entity, m);
        return m.entity;
    }
    int lexEntry = m.lexiconEntry;
    // A pair's other name may be the known one: 埃隆·马斯克(Elon Musk).
    if (lexEntry < 0) {
        for (const QString &a : m.aliases) {
            const QString form = AliasMatcher::matchForm(TextFolder::fold(a));
            const auto hit = m_lexicon.matcher().matchAt(form, 0);
            if (hit && hit->length == form.size() && m_lexicon.entry(hit->value).type == m.type) {
                lexEntry = hit->value;
                break;
            }
        }
    }
    int index = -1;
    if (lexEntry >= 0)
        index = m_byLexicon.value(lexEntry, -1);
    if (index < 0) {
        QStringList names = m.aliases;
        names.prepend(m.surface);
        names.prepend(m.name);
        if (lexEntry >= 0) {
            names.append(m_lexicon.entry(lexEntry).name);
            names.append(m_lexicon.entry(lexEntry).aliases);
        }
        for (const QString &n : std::as_const(names)) {
            index = m_byKey.value(typedKey(m.type, n), -1);
            if (index >= 0)
                break;
        }
    }
    if (index < 0) {
        DocEntity e;
        e.type = m.type;
        e.kind = m.type == EntityType::Organization ? (m.kind == OrgKind::None ? OrgKind::Company : m.kind)
                                                     : OrgKind::None;
        e.name = m.name.isEmpty() ? m.surface : m.name;
        if (lexEntry >= 0) {
            const Lexicon::Entry &le = m_lexicon.entry(lexEntry);
            e.name = le.name;
            e.kind = le.type == EntityType::Organization ? le.kind : OrgKind::None;
        } else if (m.type == EntityType::Person) {
            // Foreign people are known by their own name: 詹姆斯·卡梅隆(James Cameron).
            for (const QString &a : m.aliases)
                if (a.contains(QLatin1Char(' ')))
                    e.name = a;
        }
        index = int(entities.size());
        entities.append(e);
    }
    if (lexEntry >= 0 && !m_byLexicon.contains(lexEntry)) {
        m_byLexicon.insert(lexEntry, index);
        entities[index].lexiconEntry = lexEntry;
        const Lexicon::Entry &le = m_lexicon.entry(lexEntry);
        Mention known;
        known.name = le.name;
        known.aliases = le.aliases;
        addNames(index, known);
    }
    addNames(index, m);
    return index;
}

void DocumentState::addNames(int index, const Mention &m)
{
    DocEntity &e = entities[index];
    QStringList names = {m.name, m.surface};
    names.append(m.aliases);
    for (const QString &n : std::as_const(names)) {
        const QString name = n.trimmed();
        if (name.isEmpty())
            continue;
        if (!e.aliases.contains(name))
            e.aliases.append(name);
        // Simplified and half-width forms too, so a search in either finds it.
        const QString folded = TextFolder::fold(name);
        if (folded != name && !e.aliases.contains(folded))
            e.aliases.append(folded);
        m_byKey.insert(typedKey(e.type, name), index);
    }
}

AliasMatcher DocumentState::buildGazetteer(const QList<std::pair<QString, OrgKind>> &orgSuffixes) const
{
    AliasMatcher g;
    QList<std::pair<QString, int>> shortForms;
    for (qsizetype i = 0; i < entities.size(); ++i) {
        const DocEntity &e = entities.at(i);
        if (e.type == EntityType::Lawsuit)
            continue;
        for (const QString &a : e.aliases) {
            const QString f = TextFolder::fold(a);
            // One-character forms are too ambiguous to find on their own.
            if (f.size() >= 2 || (f.size() == 1 && f.front().unicode() < 0x80 && e.lexiconEntry >= 0))
                g.add(f, int(i));
            if (e.type != EntityType::Organization || f.isEmpty() || f.front().unicode() < 0x2E80)
                continue;
            for (const auto &[suffix, kind] : orgSuffixes) {
                if (kind != OrgKind::Company || suffix == QStringLiteral("公司") || !f.endsWith(suffix)
                    || f.size() - suffix.size() < 2)
                    continue;
                shortForms.append({f.chopped(suffix.size()), int(i)});
                break;
            }
        }
    }
    // Full names first, so a short form never takes another entity's name.
    for (const auto &[form, index] : shortForms) {
        const QString key = AliasMatcher::matchForm(form);
        const auto known = m_lexicon.matcher().matchAt(key, 0);
        if (!(known && known->length == key.size()))
            g.add(form, index);
    }
    g.finalize();
    return g;
}

void DocumentState::countMentions(QStringView lower, const QList<TextSpan> &spans, const AliasMatcher &gazetteer)
{
    mentionCounts.clear();
    for (const TextSpan &span : spans) {
        const QStringView sentence = lower.first(span.end);
        for (qsizetype p = span.start; p < span.end;) {
            if (const auto hit = gazetteer.matchAt(sentence, p)) {
                ++mentionCounts[hit->value];
                p += hit->length;
            } else {
                ++p;
            }
        }
    }
}

int DocumentState::addLawsuit(const QSet<int> &plaintiffs, const QSet<int> &defendants, const QString &court,
                              const TimePoint &time, const Evidence &evidence)
{
    // The same parties are the same suit, told again.
    for (int l : std::as_const(lawsuits)) {
        DocEntity &e = entities[l];
        if (e.plaintiffs == plaintiffs && (e.defendants == defendants || defendants.isEmpty())
            && (court.isEmpty() || e.court.isEmpty() || e.court == court)) {
            if (e.court.isEmpty())
                e.court = court;
            if (!e.time.isValid())
                e.time = time;
            return l;
        }
    }
    DocEntity e;
    e.type = EntityType::Lawsuit;
    e.court = court;
    e.status = LawsuitStatus::Filed;
    e.time = time;
    e.plaintiffs = plaintiffs;
    e.defendants = defendants;
    e.evidence.append(evidence);
    const int index = int(entities.size());
    entities.append(e);
    lawsuits.append(index);
    return index;
}

void DocumentState::chooseTopic()
{
    int best = 0;
    for (auto it = mentionCounts.cbegin(); it != mentionCounts.cend(); ++it) {
        const DocEntity &e = entities.at(it.key());
        if (e.type != EntityType::Organization || (e.kind != OrgKind::Company && e.kind != OrgKind::Nonprofit))
            continue;
        if (it.value() > best || (it.value() == best && it.key() < topicOrg)) {
            best = it.value();
            topicOrg = it.key();
        }
    }
}

int DocumentState::knownOrgOf(int person) const
{
    for (qsizetype i = relations.size() - 1; i >= 0; --i) {
        const DocRelation &r = relations.at(i);
        if (r.source == person && r.confidence >= 0.5
            && (r.type == RelationType::Founded || r.type == RelationType::Joined || r.type == RelationType::WorksAt))
            return r.target;
    }
    return -1;
}

void DocumentState::addRelation(DocRelation r)
{
    if (r.source < 0 || r.target < 0 || r.source == r.target)
        return;
    if (!isAllowed(r.type, entities.at(r.source).type, entities.at(r.target).type))
        return;
    for (DocRelation &known : relations) {
        const bool sameEnds = (known.source == r.source && known.target == r.target)
            || (isSymmetric(r.type) && known.source == r.target && known.target == r.source);
        if (known.type != r.type || !sameEnds)
            continue;
        // One fact told twice: keep the better-supported reading, fill what it lacks.
        const bool sameTime = !known.time.isValid() || !r.time.isValid() || known.time == r.time
            || known.time.contains(r.time) || r.time.contains(known.time);
        if (!sameTime)
            continue;
        if (r.confidence > known.confidence) {
            known.confidence = r.confidence;
            known.evidence = r.evidence;
        }
        if (!known.time.isValid() || (r.time.isValid() && known.time.contains(r.time) && !(known.time == r.time))) {
            if (r.time.isValid())
                known.time = r.time;
        }
        if (known.role.isEmpty())
            known.role = r.role;
        if (known.amount.isEmpty()) {
            known.amount = r.amount;
            known.amountValue = r.amountValue;
            known.currency = r.currency;
        }
        if (known.duration.isEmpty())
            known.duration = r.duration;
        return;
    }
    relations.append(std::move(r));
}

} // namespace Guanxi::Internal
