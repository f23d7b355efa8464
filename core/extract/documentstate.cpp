#include "documentstate.h"

#include "startsat.h"

#include "common/namekey.h"
#include "text/textfolder.h"

#include <algorithm>
#include <cmath>

namespace Guanxi::Internal {

namespace {


quint64 endsKey(RelationType type, int source, int target)
{
    constexpr quint64 mask = (quint64(1) << 28) - 1;
    return (quint64(type) << 56) | ((quint64(source) & mask) << 28) | (quint64(target) & mask);
}

bool isEmployment(RelationType type)
{
    return type == RelationType::Founded || type == RelationType::Joined || type == RelationType::WorksAt;
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
        // 安娜·米勒 after 詹姆斯·米勒: a shared family name alone does not make two
        // people with different full names one.
        const auto multiPart = [](const QString &n) {
            return n.contains(QChar(u'·')) || n.contains(QLatin1Char(' '));
        };
        const auto otherFullName = [&](int candidate) {
            for (const QString &a : entities.at(candidate).aliases)
                if (multiPart(a) && !names.contains(a))
                    return true;
            return false;
        };
        // 青梧互娱 after 青梧网络: a business line of a brand (a business suffix) is a company
        // of its own, though both names share the brand (青梧); 澜图AI and 澜图科技 are one.
        const auto endsInBusiness = [&](const QString &name) {
            return std::any_of(m_businessSuffixes.cbegin(), m_businessSuffixes.cend(),
                               [&](const QString &sx) { return name.size() > sx.size() && name.endsWith(sx); });
        };
        const auto otherCompany = [&](int candidate, const QString &n) {
            const QString &known = entities.at(candidate).name;
            return m.type == EntityType::Organization && n.size() < m.surface.size() && keyOf(known) != keyOf(n)
                && !m.surface.contains(known) && !known.contains(m.surface)
                && (endsInBusiness(formsOf(m.surface).folded) || endsInBusiness(formsOf(known).folded));
        };
        for (qsizetype k = 0; k < names.size(); ++k) {
            const QString &n = names.at(k);
            index = m_byKey.value({int(m.type), keyOf(n)}, -1);
            if (index >= 0 && m.type == EntityType::Person && multiPart(m.surface) && !multiPart(n)
                && otherFullName(index))
                index = -1;
            if (index >= 0 && k >= 2 && lexEntry < 0 && otherCompany(index, n))
                index = -1;
            if (index >= 0)
                break;
        }
    }
    // 香港高等法院 … 高等法院: a court named again without its place is the same court.
    const OrgKind courtKind = lexEntry >= 0 ? m_lexicon.entry(lexEntry).kind : m.kind;
    if (index < 0 && m.type == EntityType::Organization && courtKind == OrgKind::Court) {
        QStringList names = m.aliases;
        names.append({m.surface, m.name});
        for (qsizetype i = 0; i < entities.size() && index < 0; ++i) {
            const DocEntity &e = entities.at(i);
            if (e.type != EntityType::Organization || e.kind != OrgKind::Court)
                continue;
            for (const QString &n : std::as_const(names)) {
                const QString &a = formsOf(n).folded;
                const bool sameCourt = std::any_of(e.aliases.cbegin(), e.aliases.cend(), [&](const QString &known) {
                    const QString &k = formsOf(known).folded;
                    return std::min(a.size(), k.size()) >= 4 && (a.endsWith(k) || k.endsWith(a));
                });
                if (sameCourt) {
                    index = int(i);
                    break;
                }
            }
        }
    }
    // Inflection after Inflection AI: a Latin name told again without its last word (AI, Labs,
    // Inc) is the organisation named in full, an unknown word alone being no company of its own.
    if (index < 0 && m.type == EntityType::Organization && lexEntry < 0 && m.surface.size() >= 4
        && !m.surface.contains(QLatin1Char(' ')) && m.surface.front().isUpper() && m.surface.front().unicode() < 0x80) {
        const QString prefix = m.surface + QLatin1Char(' ');
        for (qsizetype i = 0; i < entities.size() && index < 0; ++i) {
            if (entities.at(i).type != EntityType::Organization)
                continue;
            for (const QString &a : entities.at(i).aliases)
                if (a.startsWith(prefix) && !a.sliced(prefix.size()).contains(QLatin1Char(' '))) {
                    index = int(i);
                    break;
                }
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
    ++entities[index].timesNamed;
    return index;
}

void DocumentState::typeByFamilyNames()
{
    QSet<QString> bareFamilies; // guessed people named by one Latin word
    for (const DocEntity &e : std::as_const(entities))
        if (e.type == EntityType::Person && e.lexiconEntry < 0 && !e.name.contains(QLatin1Char(' '))
            && !e.name.isEmpty() && e.name.front().unicode() < 0x80)
            bareFamilies.insert(e.name);
    if (bareFamilies.isEmpty())
        return;
    for (qsizetype i = 0; i < entities.size(); ++i) {
        DocEntity &e = entities[i];
        if (e.type != EntityType::Organization || e.lexiconEntry >= 0)
            continue;
        const QStringList words = e.name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const bool nameLike = words.size() >= 2 && words.size() <= 3
            && std::all_of(words.cbegin(), words.cend(), [](const QString &w) {
                   return w.size() >= 2 && w.front().unicode() < 0x80 && w.front().isUpper()
                       && std::all_of(w.cbegin() + 1, w.cend(), [](QChar c) { return c.unicode() < 0x80 && c.isLower(); });
               });
        if (!nameLike || !bareFamilies.contains(words.last()))
            continue;
        e.type = EntityType::Person;
        e.kind = OrgKind::None;
        for (const QString &a : std::as_const(e.aliases))
            m_byKey.insert({int(e.type), keyOf(a)}, int(i));
    }
}

bool DocumentState::knows(const QString &name) const
{
    const QString &key = keyOf(name);
    for (const EntityType type : {EntityType::Person, EntityType::Organization, EntityType::Product})
        if (m_byKey.contains({int(type), key}))
            return true;
    return false;
}

void DocumentState::findGluedNames()
{
    const auto chinese = [](const QString &n) {
        return std::all_of(n.cbegin(), n.cend(), [](QChar c) { return c.script() == QChar::Script_Han; });
    };
    QHash<QString, QList<int>> byPrefix; // 褚望 -> 褚望发, 褚望仍 (unknown three-character people)
    QSet<QString> twoCharacter;          // names of two-character people
    for (qsizetype i = 0; i < entities.size(); ++i) {
        const DocEntity &e = entities.at(i);
        if (e.type != EntityType::Person || !chinese(e.name))
            continue;
        if (e.name.size() == 2)
            twoCharacter.insert(e.name);
        else if (e.name.size() == 3 && e.lexiconEntry < 0)
            byPrefix[e.name.left(2)].append(int(i));
    }
    for (auto it = byPrefix.cbegin(); it != byPrefix.cend(); ++it) {
        if (!twoCharacter.contains(it.key()) && it.value().size() < 2)
            continue;
        for (int i : it.value())
            if (entities.at(i).timesNamed <= 1)
                gluedNames.insert(entities.at(i).name, it.key());
    }
}

void DocumentState::cutGluedName(Mention &m) const
{
    if (gluedNames.isEmpty() || m.isPronoun)
        return;
    const auto cut = gluedNames.constFind(m.surface);
    if (cut == gluedNames.cend())
        return;
    m.end = m.start + cut->size();
    m.surface = m.name = *cut;
    m.entity = -1;
    m.aliases.clear();
}

const DocumentState::NameForms &DocumentState::formsOf(const QString &name) const
{
    auto it = m_forms.find(name);
    if (it == m_forms.end()) {
        NameForms forms;
        forms.folded = TextFolder::fold(name);
        forms.key = nameKey(forms.folded);
        it = m_forms.insert(name, forms);
    }
    return *it;
}

void DocumentState::addNames(int index, const Mention &m)
{
    DocEntity &e = entities[index];
    // Most entities have a few names: a scan finds them, and a hash per entity
    // (over 1 KB for a single name) was a fifth of a long document's memory.
    // The set is built once an entity has more names than a scan should read.
    constexpr qsizetype kScannedAliases = 8;
    const auto insert = [&](const QString &name) {
        if (e.aliasSet.isEmpty()) {
            if (e.aliases.contains(name))
                return;
            e.aliases.append(name);
            if (e.aliases.size() > kScannedAliases)
                e.aliasSet = QSet<QString>(e.aliases.cbegin(), e.aliases.cend());
            return;
        }
        // One hash per set insert: the size tells whether the name was new.
        const qsizetype known = e.aliasSet.size();
        e.aliasSet.insert(name);
        if (e.aliasSet.size() != known)
            e.aliases.append(name);
    };
    const auto add = [&](const QString &n) {
        const QString name = n.trimmed();
        if (name.isEmpty())
            return;
        insert(name);
        // Simplified and half-width forms too, so a search in either finds it.
        const NameForms &forms = formsOf(name);
        if (forms.folded != name)
            insert(forms.folded);
        m_byKey.insert({int(e.type), forms.key}, index);
    };
    add(m.name);
    if (m.surface != m.name) // (most often the same: adding it again changes nothing)
        add(m.surface);
    for (const QString &a : m.aliases)
        add(a);
}

void DocumentState::noteWritten(int index, QStringView original)
{
    // Han characters keep the writer's script; everything else is folded as for
    // matching (full-width ＢＵ reads better as BU in every script).
    QString written;
    written.reserve(original.size());
    for (const QChar c : original)
        written.append(c.script() == QChar::Script_Han ? c : TextFolder::foldChar(c));
    written = written.trimmed();
    DocEntity &e = entities[index];
    if (written.isEmpty() || written == e.name)
        return;
    Mention m;
    m.name = written;
    addNames(index, m);
    if (e.written.isEmpty() && e.lexiconEntry < 0 && formsOf(written).folded == e.name)
        e.written = written;
}

const QString &DocumentState::shownName(int index) const
{
    const DocEntity &e = entities.at(index);
    return !e.written.isEmpty() && e.lexiconEntry < 0 && formsOf(e.written).folded == e.name ? e.written : e.name;
}

AliasMatcher DocumentState::buildGazetteer(const QList<std::pair<QString, OrgKind>> &orgSuffixes) const
{
    AliasMatcher g;
    QList<std::pair<QString, int>> shortForms;
    // The last characters of the company suffixes: most names end in none, and
    // are turned away before the scan of the suffix list.
    CharSet suffixEnds;
    bool anyEnd = false; // an empty suffix would end every name
    for (const auto &[suffix, kind] : orgSuffixes) {
        if (kind == OrgKind::Company && !suffix.isEmpty())
            suffixEnds.insert(suffix.back());
        anyEnd = anyEnd || suffix.isEmpty();
    }
    // Daniel Park … Park: a foreign person's family name alone is that person (when
    // only one person of the document bears it), not a new organisation named Park.
    // 丹尼尔·格罗斯 … 格罗斯: so is the last part of a transliterated name, the known
    // people's too.
    QHash<QString, int> familyNames;
    for (qsizetype i = 0; i < entities.size(); ++i) {
        const DocEntity &e = entities.at(i);
        if (e.type != EntityType::Person)
            continue;
        for (const QString &a : e.aliases) {
            const QString f = formsOf(a).folded;
            const qsizetype dot = f.lastIndexOf(QChar(u'·'));
            if (dot <= 0 || f.size() - dot - 1 < 2 || f.back().unicode() < 0x2E80)
                continue;
            const QString family = f.sliced(dot + 1);
            const auto it = familyNames.constFind(family);
            familyNames.insert(family, it == familyNames.cend() || *it == int(i) ? int(i) : -1);
        }
        if (e.lexiconEntry >= 0)
            continue;
        for (const QString &a : e.aliases) {
            const qsizetype space = a.lastIndexOf(QLatin1Char(' '));
            const QString family = space > 0 ? a.sliced(space + 1) : QString();
            if (family.size() < 3 || family.front().unicode() >= 0x80 || !family.front().isUpper())
                continue;
            const auto it = familyNames.constFind(family);
            familyNames.insert(family, it == familyNames.cend() || *it == int(i) ? int(i) : -1);
        }
    }
    // Which entity each name belongs to, for the guesses that another name explains.
    QHash<QString, int> owners;
    for (qsizetype i = 0; i < entities.size(); ++i)
        for (const QString &a : entities.at(i).aliases)
            owners.insert(formsOf(a).folded, int(i));
    const auto ownedByAnother = [&](QStringView form, qsizetype i) {
        const auto it = owners.constFind(form.toString());
        return it != owners.cend() && *it != int(i);
    };
    // A guessed organisation that is another one's name with one more character
    // glued on (晶曜光电告: 告 "sues"), or a clause ending in another company's
    // name (晶曜光电要求禁止颖光半导体), is not looked for again: the finder then
    // sees the known name there and drops the guess. (People are left alone: a
    // two-character cut of a three-character name, 韩东 of 韩东明, is the likelier error.)
    const auto explained = [&](qsizetype i) {
        const DocEntity &e = entities.at(i);
        if (e.lexiconEntry >= 0 || e.type != EntityType::Organization)
            return false;
        const QString f = formsOf(e.name).folded;
        if (f.size() < 3 || f.back().unicode() < 0x2E80)
            return false;
        if (ownedByAnother(QStringView(f).chopped(1), i))
            return true;
        for (qsizetype k = 2; e.type == EntityType::Organization && f.size() - k >= 4; ++k)
            if (ownedByAnother(QStringView(f).sliced(k), i)
                && entities.at(owners.value(f.sliced(k))).type == EntityType::Organization)
                return true;
        return false;
    };
    for (qsizetype i = 0; i < entities.size(); ++i) {
        const DocEntity &e = entities.at(i);
        if (e.type == EntityType::Lawsuit || explained(i))
            continue;
        for (const QString &a : e.aliases) {
            const QString f = formsOf(a).folded;
            // (A bare family name typed a person by its verb, Natarajan担任CEO, too.)
            if (e.lexiconEntry < 0 && familyNames.value(f, -1) >= 0 && familyNames.value(f) != int(i))
                continue;
            // One-character forms are too ambiguous to find on their own.
            if (f.size() >= 2 || (f.size() == 1 && f.front().unicode() < 0x80 && e.lexiconEntry >= 0))
                g.add(f, int(i));
            if (e.type != EntityType::Organization || f.isEmpty() || f.front().unicode() < 0x2E80
                || !(anyEnd || suffixEnds.contains(f.back())))
                continue;
            for (const auto &[suffix, kind] : orgSuffixes) {
                if (kind != OrgKind::Company || !endsAt(f, f.size(), suffix) || suffix == u"公司"
                    || f.size() - suffix.size() < 2)
                    continue;
                shortForms.append({f.chopped(suffix.size()), int(i)});
                break;
            }
        }
    }
    for (auto it = familyNames.cbegin(); it != familyNames.cend(); ++it)
        if (*it >= 0)
            g.add(formsOf(it.key()).folded, *it);
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
    headlineEntities.clear();
    for (const TextSpan &span : spans) {
        const QStringView sentence = lower.first(span.end);
        for (qsizetype p = span.start; p < span.end;) {
            if (const auto hit = gazetteer.matchAt(sentence, p)) {
                ++mentionCounts[hit->value];
                if (span.start == spans.first().start)
                    headlineEntities.insert(hit->value);
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
    // The same parties are the same suit, told again. Only suits one of the
    // plaintiffs brought can match, so look at those, oldest first.
    const QList<int> candidates = plaintiffs.isEmpty() ? lawsuits : m_suitsByPlaintiff.value(*plaintiffs.cbegin());
    for (int l : std::as_const(candidates)) {
        DocEntity &e = entities[l];
        // A retelling without defendants (随后向浦东法院提起诉讼 after 二审判决) is the
        // same suit even before another court: one suit goes through several.
        const bool retold = defendants.isEmpty() && !e.defendants.isEmpty();
        if (e.plaintiffs == plaintiffs && (e.defendants == defendants || defendants.isEmpty())
            && (retold || court.isEmpty() || e.court.isEmpty() || e.court == court)) {
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
    for (int p : plaintiffs)
        m_suitsByPlaintiff[p].append(index);
    indexDefendants(index);
    return index;
}

void DocumentState::setDefendants(int lawsuit, const QSet<int> &defendants)
{
    entities[lawsuit].defendants = defendants;
    indexDefendants(lawsuit);
}

void DocumentState::addPlaintiff(int lawsuit, int party)
{
    if (entities[lawsuit].plaintiffs.contains(party))
        return;
    entities[lawsuit].plaintiffs.insert(party);
    m_suitsByPlaintiff[party].append(lawsuit);
}

void DocumentState::indexDefendants(int lawsuit)
{
    for (int d : std::as_const(entities.at(lawsuit).defendants)) {
        QList<int> &list = m_suitsByDefendant[d];
        if (list.isEmpty() || list.last() != lawsuit)
            list.append(lawsuit);
    }
}

bool DocumentState::mayDevelop(int org, int product) const
{
    const int entry = entities.at(product).lexiconEntry;
    const QString maker = entry >= 0 ? m_lexicon.entry(entry).attrs.value(QStringLiteral("developer")) : QString();
    if (maker.isEmpty())
        return true;
    // A unit sharing the product's brand: 通义实验室 (Tongyi Lab) of 通义万相 (Tongyi Wanxiang).
    const auto brand = [](const QString &name) {
        if (!name.isEmpty() && name.front().unicode() < 0x80)
            return name.section(QLatin1Char(' '), 0, 0).toLower();
        return name.size() >= 3 ? name.first(2) : QString();
    };
    const QString b = brand(entities.at(org).name);
    if (b.size() >= 2 && b == brand(entities.at(product).name))
        return true;
    const int known = entities.at(org).lexiconEntry;
    if (known < 0)
        return false;
    const Lexicon::Entry &o = m_lexicon.entry(known);
    return o.name == maker || o.attrs.value(QStringLiteral("parent")) == maker || parentOf(maker) == o.name;
}

QString DocumentState::parentOf(const QString &name) const
{
    if (const auto it = m_parents.constFind(name); it != m_parents.cend())
        return *it;
    QString parent;
    for (const Lexicon::Entry &e : m_lexicon.entries())
        if (e.name == name) {
            parent = e.attrs.value(QStringLiteral("parent"));
            break;
        }
    m_parents.insert(name, parent);
    return parent;
}

namespace {
// The latest suit, by index, that one of the parties has in this index of suits by party.
int lastSuitOf(const QHash<int, QList<int>> &suitsByParty, const QSet<int> &parties)
{
    int best = -1;
    for (int p : parties) {
        const auto it = suitsByParty.constFind(p);
        if (it != suitsByParty.cend() && !it->isEmpty())
            best = std::max(best, it->last());
    }
    return best;
}
} // namespace

int DocumentState::lastSuitBy(const QSet<int> &parties) const
{
    return lastSuitOf(m_suitsByPlaintiff, parties);
}

int DocumentState::lastSuitAgainst(const QSet<int> &parties) const
{
    return lastSuitOf(m_suitsByDefendant, parties);
}

void DocumentState::chooseTopic()
{
    // A headline names what the article is about (百川智能高管接连出走), even when
    // its background names another company more often.
    bool inHeadline = false;
    for (int e : std::as_const(headlineEntities)) {
        const DocEntity &d = entities.at(e);
        inHeadline = inHeadline
            || (d.type == EntityType::Organization && (d.kind == OrgKind::Company || d.kind == OrgKind::Nonprofit));
    }
    int mostNamed = 0;
    for (auto it = mentionCounts.cbegin(); it != mentionCounts.cend(); ++it)
        if (entities.at(it.key()).type == EntityType::Person
            && (it.value() > mostNamed || (it.value() == mostNamed && it.key() < topicPerson))) {
            mostNamed = it.value();
            topicPerson = it.key();
        }
    int best = 0;
    for (auto it = mentionCounts.cbegin(); it != mentionCounts.cend(); ++it) {
        const DocEntity &e = entities.at(it.key());
        if (e.type != EntityType::Organization || (e.kind != OrgKind::Company && e.kind != OrgKind::Nonprofit))
            continue;
        if (inHeadline && !headlineEntities.contains(it.key()))
            continue;
        if (it.value() > best || (it.value() == best && it.key() < topicOrg)) {
            best = it.value();
            topicOrg = it.key();
        }
    }
}

int DocumentState::knownOrgOf(int person) const
{
    const QList<int> list = m_employmentOf.value(person);
    for (qsizetype i = list.size() - 1; i >= 0; --i) {
        const DocRelation &r = relations.at(list.at(i));
        if (r.confidence >= 0.5)
            return r.target;
    }
    return -1;
}

QList<int> DocumentState::relationsOf(RelationType type, int source, int target) const
{
    return m_relationsByEnds.value(endsKey(type, source, target));
}

void DocumentState::addRelation(DocRelation r)
{
    if (r.source < 0 || r.target < 0 || r.source == r.target)
        return;
    if (!isAllowed(r.type, entities.at(r.source).type, entities.at(r.target).type))
        return;
    // 转往北加州联邦地方法院重新起诉: news takes a suit to a court; nobody joins, leaves, works
    // at, founds or invests in one there.
    if (entities.at(r.target).kind == OrgKind::Court
        && (r.type == RelationType::Joined || r.type == RelationType::Left || r.type == RelationType::WorksAt
            || r.type == RelationType::OnLeave || r.type == RelationType::Founded || r.type == RelationType::InvestedIn))
        return;
    QList<int> same = relationsOf(r.type, r.source, r.target);
    if (isSymmetric(r.type)) {
        same.append(relationsOf(r.type, r.target, r.source));
        std::sort(same.begin(), same.end());
    }
    for (int i : std::as_const(same)) {
        DocRelation &known = relations[i];
        // One fact told twice: keep the better-supported reading, fill what it lacks.
        const bool sameTime = !known.time.isValid() || !r.time.isValid() || known.time == r.time
            || known.time.contains(r.time) || r.time.contains(known.time);
        if (!sameTime)
            continue;
        // Two rounds with their amounts told are two investments (天使轮3000万元, A轮2.8亿元);
        // 6亿元 and 6亿元人民币 are one.
        if (r.type == RelationType::InvestedIn && r.amountValue && known.amountValue
            && (std::abs(*r.amountValue - *known.amountValue) > 0.005 * std::max(*r.amountValue, *known.amountValue)
                || r.currency != known.currency))
            continue;
        // 首席执行官兼董事长: two posts at one organisation are two facts; a title and
        // its qualified form (前首席架构师, 首席架构师) are one.
        if (r.type == RelationType::WorksAt && !r.role.isEmpty() && !known.role.isEmpty()
            && !known.role.contains(r.role) && !r.role.contains(known.role))
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
    const int index = int(relations.size());
    m_relationsByEnds[endsKey(r.type, r.source, r.target)].append(index);
    if (isEmployment(r.type))
        m_employmentOf[r.source].append(index);
    if (r.type == RelationType::Develops)
        m_developsOf[r.target].append(index);
    relations.append(std::move(r));
}

int DocumentState::developerOf(int product) const
{
    // Its develops relations only (indexed): scanning every relation made each
    // product-rival sentence cost the document's length.
    int best = -1;
    double confidence = 0.5;
    for (int index : m_developsOf.value(product)) {
        const DocRelation &r = relations.at(index);
        if (r.confidence >= confidence)
            best = r.source, confidence = r.confidence;
    }
    return best;
}

void DocumentState::denyRelationsOf(RelationType type, int source)
{
    for (DocRelation &r : relations)
        if (r.type == type && r.source == source && !r.time.isValid())
            r.confidence = std::min(r.confidence, 0.3);
}

} // namespace Guanxi::Internal
