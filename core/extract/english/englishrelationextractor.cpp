#include "extract/english/englishrelationextractor.h"

#include "extract/english/englishamountparser.h"
#include "extract/english/englishmentionfinder.h"
#include "extract/english/englishtimeresolver.h"

#include <QRegularExpression>

#include <algorithm>

namespace Guanxi::Internal {

namespace {

// A defendant described as the company the former employee founded ("the startup he co-founded").
constexpr QStringView kFoundersCompany[] = {u"he co-founded", u"she co-founded", u"he founded", u"she founded",
                                            u"he started", u"she started", u"he later founded", u"she later founded"};

constexpr double kConfident = 0.9;
constexpr double kGuessed = 0.6;     // the organisation comes from the article's topic
constexpr double kReported = 0.6;    // reportedly, rumoured
constexpr double kModal = 0.35;      // may, plans to, in talks: below the output bar
constexpr double kNegated = 0.2;

struct Clause
{
    qsizetype start = 0;
    qsizetype end = 0;
    QList<int> mentions;  // indices into the sentence's mentions
    TimePoint time;
    double cap = kConfident; // the highest confidence its cues allow
    int subject = -1;        // mention index opening a relative clause's antecedent, or -1
};

struct Work
{
    const EnglishRules &rules;
    const Lexicon &lexicon;
    RelationExtractor::Sentence &s;
    DocumentState &state;
    EnglishContext &ctx;
    QList<Clause> clauses;
    QList<EnglishAmountParser::Amount> amounts;
    Evidence evidence;
    qsizetype limit = 0;       // where the next verb trigger starts: objects lie before it
    struct CueHit
    {
        qsizetype pos;
        double cap;
        bool wholeSentence;
    };
    QList<CueHit> cues;
    double sentenceCap = kConfident;
    // The highest confidence the cues allow a fact told at pos: a clause cue
    // counts for what follows it ("would not release"), not for what came before.
    double capAt(qsizetype pos) const
    {
        double cap = sentenceCap;
        const int ci = clauseOf(pos);
        for (const CueHit &h : cues)
            if (!h.wholeSentence && h.pos < pos && clauseOf(h.pos) == ci)
                cap = std::min(cap, h.cap);
        return cap;
    }
    bool roundHere = false;    // this sentence told a round (ctx.roundCompany is its company)
    int foundedHere = -1;      // the organisation this sentence told the founding of

    // Empty when b is before a: a name may end past the clause or gap a caller measures to,
    // and that is "nothing between", not a negative length.
    QStringView lowerText(qsizetype a, qsizetype b) const { return s.lower.sliced(a, std::max<qsizetype>(b - a, 0)); }
    const Mention &m(int i) const { return s.mentions.at(i); }
    EntityType typeOf(int entity) const { return state.entities.at(entity).type; }
    bool isOrg(int e) const { return e >= 0 && typeOf(e) == EntityType::Organization; }
    bool isPerson(int e) const { return e >= 0 && typeOf(e) == EntityType::Person; }
    bool isProduct(int e) const { return e >= 0 && typeOf(e) == EntityType::Product; }
    bool isCourt(int e) const { return isOrg(e) && state.entities.at(e).kind == OrgKind::Court; }
    bool isMedia(int e) const { return isOrg(e) && state.entities.at(e).kind == OrgKind::Media; }
    bool isActor(int e) const { return isPerson(e) || (isOrg(e) && !isCourt(e) && !isMedia(e)); }

    // Clauses are in text order: the last one starting at or before pos.
    int clauseOf(qsizetype pos) const
    {
        const auto it = std::upper_bound(clauses.cbegin(), clauses.cend(), pos,
                                         [](qsizetype p, const Clause &c) { return p < c.start; });
        return it == clauses.cbegin() ? 0 : int(it - clauses.cbegin()) - 1;
    }
    // The word just before position p (lower-case), or empty.
    QString wordBefore(qsizetype p) const
    {
        qsizetype e = p;
        while (e > s.span.start && s.lower[e - 1] == u' ')
            --e;
        qsizetype b = e;
        while (b > s.span.start && (s.lower[b - 1].isLetterOrNumber() || s.lower[b - 1] == u'-'))
            --b;
        return s.lower.sliced(b, e - b).toString();
    }

    void splitClauses();
    void resolvePronouns();
    void findTimesAndCues();
    void applyTriggers();
    void applyRoles();
    void applyPossessives();
    void applyCaptions();
    // The court the sentence names: a known one, else a court phrase ("a California state court").
    QString courtNamed() const;
    void remember();

    // Mentions joined to mention i by ", " / " and " / ", and " (both ways), i included, in order.
    QList<int> listAround(int i) const;
    // The text between mentions a and b joins a list ("X, Y and Z", "CEO X and CTO Y").
    bool isListGap(int a, int b) const;
    // The actor of clause c before pos: a person first when `preferPerson`.
    int subjectBefore(const Clause &c, qsizetype pos, bool preferPerson, bool allowProduct = false) const;
    // Mentions after pos in clause c satisfying pred: the first and the names listed with it.
    template<typename Pred> QList<int> listAfter(const Clause &c, qsizetype pos, Pred pred) const
    {
        for (int i : c.mentions)
            if (m(i).start >= pos && m(i).start < limit && m(i).entity >= 0 && pred(m(i).entity)) {
                QList<int> out;
                for (int j : listAround(i))
                    if (m(j).start >= pos && m(j).start < limit && pred(m(j).entity))
                        out.append(j);
                return out;
            }
        return {};
    }
    // "Saudi Arabia's Kingdom Holding": the first name only qualifies the second.
    bool isModifier(int i) const
    {
        const qsizetype end = m(i).end;
        if (end + 2 >= s.span.end || !(s.folded[end] == u'\'' || s.folded[end] == u'\u2019') || s.lower[end + 1] != u's')
            return false;
        return i + 1 < s.mentions.size() && m(i + 1).start == end + 3;
    }
    // "NVentures, Nvidia's venture capital arm": mention i owns the name before it and is no
    // member of the list that name is in.
    bool isOwnerApposition(int i) const
    {
        if (i == 0 || s.folded.sliced(m(i - 1).end, m(i).start - m(i - 1).end) != QLatin1String(", "))
            return false;
        const qsizetype end = m(i).end;
        if (end + 2 >= s.span.end || !(s.folded[end] == u'\'' || s.folded[end] == u'\u2019') || s.lower[end + 1] != u's')
            return false;
        static const QRegularExpression owned(QStringLiteral(
            "^ (?:[a-z-]+ ){0,3}(?:arm|unit|subsidiary|division|affiliate)(?=$|[,.;])"));
        const qsizetype next = i + 1 < s.mentions.size() ? m(i + 1).start : s.span.end;
        // "OpenAI'Sora": the next name can begin right after the apostrophe, inside the "'s".
        if (next < end + 2)
            return false;
        return owned.match(lowerText(end + 2, next).toString()).hasMatch();
    }
    // "NVentures, the venture capital arm of chipmaker Nvidia": mention i owns the name
    // before it; it is no party of what that name does.
    bool isArmOwner(int i) const
    {
        if (i == 0 || m(i - 1).end > m(i).start)
            return false;
        static const QRegularExpression arm(QStringLiteral(
            "^, the (?:[a-z-]+ ){0,3}(?:arm|unit|subsidiary|division|affiliate) of (?:[a-z-]+ ){0,2}$"));
        return arm.match(lowerText(m(i - 1).end, m(i).start).toString()).hasMatch();
    }
    const EnglishAmountParser::Amount *amountIn(const Clause &c) const
    {
        for (const auto &a : amounts)
            if (a.start >= c.start && a.start < c.end)
                return &a;
        return nullptr;
    }
    QString roleAfter(qsizetype pos, qsizetype end) const;
    // The organisation whose rivals a noun at pos names ("its main rivals", "Heliograph's two
    // largest rivals"): the mention, or -1.
    int rivalsOwner(const Clause &c, qsizetype pos) const
    {
        static const QRegularExpression possessive(QStringLiteral("^(?:['\\x{2019}]s)?(?: [a-z-]+){0,3} $"));
        for (int i : c.mentions) {
            if (m(i).end > pos || !isOrg(m(i).entity))
                continue;
            const bool its = m(i).isPronoun && m(i).surface.compare(QLatin1String("its"), Qt::CaseInsensitive) == 0;
            const QString gap = lowerText(m(i).end, pos).toString();
            if ((its || gap.startsWith(u'\'') || gap.startsWith(QChar(0x2019))) && possessive.match(gap).hasMatch())
                return i;
        }
        return -1;
    }
    // The organisation a person is tied to: by this text, else by the lexicon
    // (org=) when the text names that organisation too; -1 if neither.
    int affiliationOf(int person) const
    {
        const int known = state.knownOrgOf(person);
        if (known >= 0)
            return known;
        const int entry = state.entities.at(person).lexiconEntry;
        if (entry < 0)
            return -1;
        const QString org = lexicon.entry(entry).attrs.value(QStringLiteral("org"));
        for (qsizetype i = 0; i < state.entities.size(); ++i)
            if (!org.isEmpty() && state.entities.at(i).type == EntityType::Organization && state.entities.at(i).name == org
                && !state.entities.at(i).evidence.isEmpty())
                return int(i);
        return -1;
    }
    // The first organisation of clause c before pos, or -1.
    int firstOrgBefore(const Clause &c, qsizetype pos) const
    {
        for (int i : c.mentions)
            if (m(i).start < pos && isOrg(m(i).entity) && !isCourt(m(i).entity) && !isMedia(m(i).entity))
                return i;
        return -1;
    }

    void emit(RelationType type, int src, int dst, const Clause &c, double confidence, const QString &role = {},
              bool titleOnly = false)
    {
        if (src < 0 || dst < 0)
            return;
        DocRelation r;
        r.type = type;
        r.source = src;
        r.target = dst;
        if (!titleOnly)
            r.time = c.time;
        r.timeFromTitle = titleOnly;
        r.role = role;
        r.confidence = std::min(confidence, c.cap);
        r.evidence = evidence;
        if (type == RelationType::Founded && r.confidence >= 0.5 && !titleOnly)
            foundedHere = dst;
        state.addRelation(std::move(r));
    }
    void emitInvestment(int investor, int company, const Clause &c, const EnglishAmountParser::Amount *amount)
    {
        if (investor < 0 || company < 0 || investor == company || !isActor(investor))
            return;
        DocRelation r;
        r.type = RelationType::InvestedIn;
        r.source = investor;
        r.target = company;
        r.time = c.time.isValid() ? c.time : (company == ctx.roundCompany ? ctx.roundTime : TimePoint());
        if (amount) {
            r.amount = amount->written;
            r.amountValue = amount->value;
            r.currency = amount->currency;
        } else if (company == ctx.roundCompany && !ctx.roundAmount.isEmpty()) {
            r.amount = ctx.roundAmount;
            r.amountValue = ctx.roundValue;
            r.currency = ctx.roundCurrency;
        }
        r.confidence = std::min(kConfident, c.cap);
        r.evidence = evidence;
        state.addRelation(std::move(r));
    }
};

// A company officer's title: "chief ... officer", "chief executive", CEO, president, chairman.
bool isOfficerTitle(const QString &role)
{
    static const QStringList officers = {QStringLiteral("ceo"), QStringLiteral("cto"), QStringLiteral("cfo"),
                                         QStringLiteral("coo"), QStringLiteral("president"), QStringLiteral("chairman"),
                                         QStringLiteral("chairwoman"), QStringLiteral("executive chairman"),
                                         QStringLiteral("co-ceo"), QStringLiteral("general counsel")};
    return role.startsWith(QLatin1String("chief ")) || officers.contains(role);
}

bool isJoiner(QStringView gap)
{
    static const QStringList joiners = {QStringLiteral(", "), QStringLiteral(" and "), QStringLiteral(", and "),
                                        QStringLiteral(" & "), QStringLiteral(" as well as "), QStringLiteral(", as well as ")};
    return joiners.contains(gap.toString());
}

void Work::splitClauses()
{
    static const QRegularExpression breaks(QStringLiteral(
        "(;|\\s[\\x{2014}\\x{2013}]\\s|\\x{2014}|\\(|\\)|, (?=(?:and|but|while|which|who|whose|where|although|though|"
        "after|before|when|since|as|whereas|according)\\b))"));
    const QString text = s.lower.sliced(s.span.start, s.span.length()).toString();
    qsizetype start = s.span.start;
    auto it = breaks.globalMatch(text);
    while (it.hasNext()) {
        const auto mt = it.next();
        const qsizetype at = s.span.start + mt.capturedStart();
        if (at > start)
            clauses.append({start, at, {}, {}, kConfident, -1});
        start = s.span.start + mt.capturedEnd();
    }
    clauses.append({start, s.span.end, {}, {}, kConfident, -1});
    for (qsizetype i = 0; i < s.mentions.size(); ++i)
        clauses[clauseOf(s.mentions[i].start)].mentions.append(int(i));
    // "Suleyman, who co-founded DeepMind": the relative clause's subject is the name before it.
    for (qsizetype ci = 1; ci < clauses.size(); ++ci) {
        const QStringView head = lowerText(clauses[ci].start, std::min(clauses[ci].end, clauses[ci].start + 6));
        if (!(head.startsWith(u"who ") || head.startsWith(u"which ") || head.startsWith(u"whose ")))
            continue;
        for (qsizetype i = s.mentions.size() - 1; i >= 0; --i)
            if (s.mentions[i].end <= clauses[ci].start && isActor(s.mentions[i].entity)) {
                clauses[ci].subject = int(i);
                break;
            }
    }
}

void Work::resolvePronouns()
{
    int firstPersonHere = -1;
    int firstOrgHere = -1;
    for (qsizetype i = 0; i < s.mentions.size(); ++i) {
        Mention &mm = s.mentions[i];
        if (mm.isPronoun) {
            if (mm.type == EntityType::Person) {
                // "ElevenLabs has gone after Kowalski. The company sued him": an object
                // pronoun is the person named last, a subject one the last subject.
                const bool object = mm.surface.compare(QLatin1String("him"), Qt::CaseInsensitive) == 0;
                const int previous = object && ctx.lastPerson >= 0 ? ctx.lastPerson
                                   : ctx.lastSubjectPerson >= 0    ? ctx.lastSubjectPerson
                                                                   : ctx.lastPerson;
                mm.entity = firstPersonHere >= 0 ? firstPersonHere : previous;
            } else {
                // An object ("invested in the company") is not the clause's own subject.
                static const QStringList objectWords = {
                    QStringLiteral("in"), QStringLiteral("at"), QStringLiteral("from"), QStringLiteral("of"),
                    QStringLiteral("with"), QStringLiteral("to"), QStringLiteral("joined"), QStringLiteral("left"),
                    QStringLiteral("backed"), QStringLiteral("sued"), QStringLiteral("for"), QStringLiteral("against")};
                const bool object = objectWords.contains(wordBefore(mm.start));
                // The clause's subject: a person if one comes first ("OpenAI co-founder John
                // Schulman has left the company": OpenAI only qualifies him).
                const int clauseSubject = [&] {
                    const Clause &c = clauses[clauseOf(mm.start)];
                    int org = -1;
                    for (int j : c.mentions) {
                        if (j >= i)
                            break;
                        if (isPerson(s.mentions[j].entity))
                            return s.mentions[j].entity;
                        if (org < 0 && isActor(s.mentions[j].entity))
                            org = s.mentions[j].entity;
                    }
                    return org;
                }();
                const QList<int> candidates = object
                    ? QList<int>{ctx.lastSubjectOrg, firstOrgHere, state.topicOrg, ctx.lastOrg}
                    : QList<int>{firstOrgHere, ctx.lastSubjectOrg, state.topicOrg, ctx.lastOrg};
                for (int cand : candidates)
                    if (isOrg(cand) && !(object && cand == clauseSubject)) {
                        mm.entity = cand;
                        break;
                    }
            }
            if (mm.entity < 0)
                continue;
            mm.type = typeOf(mm.entity);
        }
        if (isPerson(mm.entity) && firstPersonHere < 0)
            firstPersonHere = mm.entity;
        if (isOrg(mm.entity) && !isCourt(mm.entity) && !isMedia(mm.entity) && firstOrgHere < 0)
            firstOrgHere = mm.entity;
    }
    // Pronouns nobody stands for are no mentions.
    for (qsizetype i = s.mentions.size() - 1; i >= 0; --i)
        if (s.mentions[i].entity < 0)
            s.mentions.removeAt(i);
}

void Work::findTimesAndCues()
{
    const QStringView text = lowerText(s.span.start, s.span.end);
    const auto found = EnglishTimeResolver::find(text, s.published, ctx.contextYear);
    QList<std::pair<qsizetype, TimePoint>> times;
    // "November 4, 2026 - Halvard ... said on Tuesday", "May 27 (Reuters) - ...": a dateline
    // opening the sentence dates the story, not its facts, when the sentence names another time.
    static const QRegularExpression datelineEnd(QStringLiteral("^\\s*(?:\\([^)]{1,30}\\))?\\s*[-\\x{2013}\\x{2014}]\\s"));
    const bool dateline = found.size() >= 2 && text.first(found.first().start).trimmed().isEmpty()
        && datelineEnd.match(text.sliced(found.first().end).toString()).hasMatch();
    for (const auto &f : found) {
        if (dateline && &f == &found.first())
            continue;
        times.append({s.span.start + f.start, f.time});
        if (f.setsYear)
            ctx.contextYear = f.time.first().year();
    }
    // A clause's own time, else the one before it in the sentence, else the first after
    // ("General Catalyst led the round ..., the company said on Tuesday").
    TimePoint carried;
    for (Clause &c : clauses) {
        for (const auto &[pos, t] : times)
            if (pos >= c.start && pos < c.end && !c.time.isValid())
                c.time = t;
        if (!c.time.isValid())
            c.time = carried;
        else
            carried = c.time;
    }
    if (!times.isEmpty())
        for (Clause &c : clauses)
            if (!c.time.isValid())
                c.time = times.first().second;

    for (const auto &a : EnglishAmountParser::find(s.folded.sliced(s.span.start, s.span.length()))) {
        EnglishAmountParser::Amount shifted = a;
        shifted.start += s.span.start;
        shifted.end += s.span.start;
        amounts.append(shifted);
    }

    const QList<EnglishMentionFinder::Token> tokens = EnglishMentionFinder::tokenize(s.lower, s.span);
    for (const auto &t : tokens) {
        const auto hit = rules.cueMatcher().matchAt(s.lower.first(s.span.end), t.start);
        if (!hit)
            continue;
        // "in May" is a time, not a modal.
        if (std::any_of(found.cbegin(), found.cend(), [&](const auto &f) {
                return t.start >= s.span.start + f.start && t.start < s.span.start + f.end;
            }))
            continue;
        const EnglishRules::Cue &cue = rules.cues().at(hit->value);
        const double cap = cue.kind == EnglishRules::CueKind::Negation ? kNegated
                         : cue.kind == EnglishRules::CueKind::Modal    ? kModal
                                                                       : kReported;
        if (cue.wholeSentence)
            sentenceCap = std::min(sentenceCap, cap);
        cues.append({t.start, cap, cue.wholeSentence});
    }
    for (Clause &c : clauses)
        c.cap = sentenceCap;
}

bool Work::isListGap(int a, int b) const
{
    const QStringView gap = s.folded.sliced(m(a).end, m(b).start - m(a).end);
    if (isJoiner(gap))
        return true;
    // "by CEO Maya Castellanos and CTO Arjun Mehta": a title before the next name keeps the list.
    for (const QStringView j : {u", and ", u" and ", u", "})
        if (gap.startsWith(j)) {
            const qsizetype at = m(a).end + j.size();
            const auto role = rules.roleMatcher().matchAt(s.lower.first(m(b).start), at);
            return role && at + role->length + 1 == m(b).start && s.lower[at + role->length] == u' ';
        }
    return false;
}

QList<int> Work::listAround(int i) const
{
    QList<int> out = {i};
    // Same type only: "Ilya Sutskever, OpenAI's co-founder" is an apposition, not a list.
    const auto sameKind = [&](int a, int b) { return typeOf(m(a).entity) == typeOf(m(b).entity); };
    for (int j = i - 1; j >= 0; --j) {
        if (!isListGap(j, j + 1) || !sameKind(j, i))
            break;
        out.prepend(j);
    }
    for (int j = i + 1; j < s.mentions.size(); ++j) {
        if (!isListGap(j - 1, j) || !sameKind(j, i) || isOwnerApposition(j))
            break;
        out.append(j);
    }
    return out;
}

int Work::subjectBefore(const Clause &c, qsizetype pos, bool preferPerson, bool allowProduct) const
{
    const auto ok = [&](int e) { return isActor(e) || (allowProduct && isProduct(e)); };
    // A person: the nearest before the verb ("OpenAI co-founder John Schulman left");
    // anything else: the first of the clause ("Mistral AI, the startup founded by ..., raised").
    const auto pick = [&](bool person) -> int {
        int found = -1;
        for (int i : c.mentions)
            if (m(i).start < pos && ok(m(i).entity) && (!person || isPerson(m(i).entity))) {
                found = i;
                if (!person)
                    break;
            }
        return found;
    };
    if (c.subject >= 0 && (!preferPerson || isPerson(m(c.subject).entity)))
        return c.subject;
    if (preferPerson)
        if (const int p = pick(true); p >= 0)
            return p;
    if (const int any = pick(false); any >= 0)
        return any;
    if (c.subject >= 0)
        return c.subject;
    // "..., and later joined Google": the subject of the clause before.
    const int ci = clauseOf(c.start);
    for (int prev = ci - 1; prev >= 0; --prev) {
        const Clause &pc = clauses[prev];
        if (pc.subject >= 0)
            return pc.subject;
        for (int i : pc.mentions)
            if (ok(m(i).entity) && (!preferPerson || isPerson(m(i).entity)))
                return i;
    }
    return -1;
}

QString Work::roleAfter(qsizetype pos, qsizetype end) const
{
    // "as chief scientist", "as CEO of".
    const QStringView rest = lowerText(pos, end);
    const qsizetype as = rest.indexOf(QLatin1String(" as "));
    if (as < 0 || as > 40)
        return {};
    qsizetype p = pos + as + 4;
    while (p < end && !s.lower[p].isLetter())
        ++p;
    for (qsizetype q = p; q < std::min(end, p + 12); ++q)
        if (const auto hit = rules.roleMatcher().matchAt(s.lower.first(end), q))
            return rules.roles().at(hit->value);
    return {};
}

void Work::applyTriggers()
{
    using P = EnglishRules::Pattern;
    const QStringView sentence = s.lower.first(s.span.end);
    const QList<EnglishMentionFinder::Token> tokens = EnglishMentionFinder::tokenize(s.lower, s.span);
    struct Found
    {
        qsizetype start;
        qsizetype end;
        int trigger;
    };
    QList<Found> found;
    qsizetype covered = -1;
    for (const auto &t : tokens) {
        if (t.start < covered)
            continue;
        const auto hit = rules.triggerMatcher().matchAt(sentence, t.start);
        if (!hit)
            continue;
        if (std::any_of(s.mentions.cbegin(), s.mentions.cend(),
                        [&](const Mention &mm) { return t.start >= mm.start && t.start < mm.end; }))
            continue;
        covered = t.start + hit->length;
        found.append({t.start, covered, hit->value});
    }
    for (qsizetype fi = 0; fi < found.size(); ++fi) {
        const qsizetype tStart = found[fi].start;
        const qsizetype tEnd = found[fi].end;
        const EnglishRules::Trigger &tr = rules.triggers().at(found[fi].trigger);
        Clause &c = clauses[clauseOf(tStart)];
        c.cap = capAt(tStart);
        // Objects lie before the next verb ("left in May and later started SSI"); nouns
        // ("rival", "co-founder") sit inside an object and do not end it.
        limit = c.end;
        for (qsizetype fj = fi + 1; fj < found.size(); ++fj) {
            const auto p = rules.triggers().at(found[fj].trigger).pattern;
            if (p != P::Title && p != P::Rival) {
                limit = std::min(c.end, found[fj].start);
                break;
            }
        }
        const auto orgs = [&](int e) { return isOrg(e) && !isCourt(e) && !isMedia(e); };
        const auto products = [&](int e) { return isProduct(e); };
        const auto actors = [&](int e) { return isActor(e); };
        const RelationType rel = tr.relation.value_or(RelationType::WorksAt);

        // "Halvard was founded in 2021 by Okafor": a passive with a time or place before "by"
        // is the by-pattern, its agents after "by".
        EnglishRules::Pattern pattern = tr.pattern;
        qsizetype agentsFrom = tEnd;
        if (pattern == P::Svo && rel == RelationType::Founded) {
            const QStringView before = lowerText(std::max(c.start, tStart - 6), tStart);
            const QStringView after = lowerText(tEnd, std::min(c.end, tEnd + 32));
            const qsizetype by = after.indexOf(QLatin1String(" by "));
            const bool passive = before.endsWith(QLatin1String("was ")) || before.endsWith(QLatin1String("were "));
            if (passive && after.startsWith(QLatin1String(" in ")) && by > 0 && !after.first(by).contains(u',')) {
                pattern = P::By;
                agentsFrom = tEnd + by + 4;
            } else if (passive && after.startsWith(QLatin1String(" with "))) {
                // "Ledgerline was co-founded with Grace Whitaker": she is one of its founders.
                pattern = P::By;
                agentsFrom = tEnd + 6;
            }
        }

        switch (pattern) {
        case P::Svo: {
            const bool personFirst = rel == RelationType::Founded || rel == RelationType::Joined
                || rel == RelationType::WorksAt || rel == RelationType::Left;
            const int subj = subjectBefore(c, tStart, personFirst);
            // "The three co-founded Parallax Labs": the people the sentence before named.
            static const QRegularExpression group(QStringLiteral(
                "^(?:the (?:two|three|four|five|pair|trio|founders)|they|together,? they)(?: later| then| also| had)? $"));
            if (subj < 0 && (rel == RelationType::Founded || rel == RelationType::Joined || rel == RelationType::Left)
                && ctx.lastPeople.size() >= 2 && group.match(lowerText(c.start, tStart)).hasMatch()) {
                for (int dst : listAfter(c, tEnd, orgs))
                    for (int person : std::as_const(ctx.lastPeople))
                        emit(rel, person, m(dst).entity, c, kGuessed + 0.1);
                break;
            }
            if (subj < 0)
                break;
            const bool productTarget = rel == RelationType::Develops;
            // "joined Corvane in 2019 from Intuit", "who joined from Xpeng's robotics unit": the
            // organisation after "from" is where the person worked before, not what they joined.
            int formerEmployer = -1;
            if (rel == RelationType::Joined)
                for (int i : c.mentions)
                    if (m(i).start >= tEnd && m(i).start < limit && orgs(m(i).entity) && wordBefore(m(i).start) == u"from") {
                        // "from Meta's FAIR research lab": the unit named after its owner.
                        formerEmployer = isModifier(i) && orgs(m(i + 1).entity) ? i + 1 : i;
                        break;
                    }
            QList<int> targets = productTarget ? listAfter(c, tEnd, products) : listAfter(c, tEnd, orgs);
            if (formerEmployer >= 0) {
                targets.removeIf([&](int i) { return i >= formerEmployer; });
                if (isPerson(m(subj).entity)) {
                    emit(RelationType::WorksAt, m(subj).entity, m(formerEmployer).entity, c, kConfident,
                         QStringLiteral("former"), true);
                    // With nothing else joined, the company the text is about.
                    if (targets.isEmpty() && isOrg(state.topicOrg) && state.topicOrg != m(formerEmployer).entity)
                        emit(RelationType::Joined, m(subj).entity, state.topicOrg, c, kGuessed);
                }
            }
            // "Halcyon, which Ashdown co-founded in 2021 with Tomasz Wilk": the antecedent is the
            // object of a relative clause whose own subject stands before the verb.
            bool objectRelative = false;
            if (targets.isEmpty() && c.subject >= 0 && subj != c.subject && orgs(m(c.subject).entity)
                && m(subj).start < tStart && !productTarget) {
                const QStringView head = lowerText(c.start, std::min(c.end, c.start + 6));
                if (head.startsWith(QLatin1String("which ")) || head.startsWith(QLatin1String("that "))) {
                    targets = {c.subject};
                    objectRelative = true;
                }
            }
            if (targets.isEmpty())
                break;
            const qsizetype objectEnd = objectRelative ? tEnd : m(targets.last()).end;
            const QString role = roleAfter(objectEnd, c.end);
            const auto *amount = rel == RelationType::InvestedIn ? amountIn(c) : nullptr;
            for (int src : listAround(subj)) {
                if (s.mentions[src].start >= tStart || (objectRelative && src == c.subject))
                    continue;
                for (int dst : targets) {
                    if (rel == RelationType::InvestedIn)
                        emitInvestment(m(src).entity, m(dst).entity, c, amount);
                    else
                        emit(rel, m(src).entity, m(dst).entity, c, kConfident, role);
                }
            }
            // "co-founded OpenAI with Altman and Brockman": the others founded it too.
            if (rel == RelationType::Founded) {
                const QStringView after = lowerText(objectEnd, c.end);
                const qsizetype with = after.indexOf(QLatin1String(" with "));
                if (with >= 0 && with < 30)
                    for (qsizetype i = 0; i < s.mentions.size(); ++i)
                        if (m(int(i)).start > objectEnd + with && isPerson(m(int(i)).entity))
                            for (int dst : targets)
                                emit(rel, m(int(i)).entity, m(dst).entity, c, kConfident);
            }
            break;
        }
        case P::By: {
            // The thing before the phrase, the agents after it.
            int target = -1;
            for (int i : c.mentions)
                if (m(i).end <= tStart && (rel == RelationType::Develops ? isProduct(m(i).entity) : orgs(m(i).entity)))
                    target = i;
            if (target < 0 && c.subject >= 0)
                target = c.subject;
            // "The seed round was led by X": the round told before is the company's.
            const bool roundBefore = rel == RelationType::InvestedIn && ctx.roundCompany >= 0
                && (lowerText(c.start, tStart).contains(QLatin1String("round"))
                    || lowerText(c.start, tStart).contains(QLatin1String("funding")));
            if (target < 0 && !roundBefore)
                break;
            QList<int> sources = rel == RelationType::Develops ? listAfter(c, agentsFrom, orgs) : listAfter(c, agentsFrom, actors);
            sources.removeIf([&](int i) { return isArmOwner(i); });
            // "founded by former Meta and Google researchers": those organisations only describe the people.
            if (rel == RelationType::Founded && !sources.isEmpty()) {
                static const QStringList groups = {QStringLiteral("researchers"), QStringLiteral("executives"),
                                                   QStringLiteral("engineers"), QStringLiteral("alumni"),
                                                   QStringLiteral("veterans"), QStringLiteral("employees"),
                                                   QStringLiteral("scientists")};
                const QStringView after = lowerText(m(sources.last()).end, c.end).trimmed();
                for (const QString &g : groups)
                    if (after.startsWith(g))
                        sources.removeIf([&](int i) { return isOrg(m(i).entity); });
            }
            // "founded by former Salesforce co-CEO Bret Taylor": a company then a title names
            // where the founder worked; the person after the title is the founder.
            if (rel == RelationType::Founded)
                for (int &src : sources)
                    if (isOrg(m(src).entity) && src + 1 < s.mentions.size() && isPerson(m(src + 1).entity)
                        && m(src + 1).start - m(src).end <= 24
                        && rules.roleMatcher().matchAt(s.lower.first(m(src + 1).start), m(src).end + 1).has_value())
                        src = src + 1;
            // "raised $1 billion in a round led by X": the round's company, not the name before.
            const int company = rel == RelationType::InvestedIn && (roundHere || target < 0) ? ctx.roundCompany : m(target).entity;
            for (int src : sources) {
                if (rel == RelationType::InvestedIn)
                    emitInvestment(m(src).entity, company, c, amountIn(c));
                else
                    emit(rel, m(src).entity, m(target).entity, c, kConfident);
            }
            // Founders named after the founding with "with": started in 2023 by Mensch, together with ...
            if (rel == RelationType::Founded && !sources.isEmpty())
                for (int i : c.mentions)
                    if (m(i).start > m(sources.last()).end && isPerson(m(i).entity)
                        && lowerText(m(sources.last()).end, m(i).start).contains(QLatin1String("with ")))
                        emit(rel, m(i).entity, m(target).entity, c, kConfident);
            // "founded by Okafor, a former Amazon engineer, and Lindgren, who ...": the apposition
            // ends the clause, the next founder opens the next one with "and".
            // "by Lin, who spent four years at Tesla ..., and Ye, ...": a relative clause about
            // the first founder may come between.
            if (rel == RelationType::Founded && !sources.isEmpty() && isPerson(m(sources.last()).entity)) {
                for (int ci = clauseOf(c.start) + 1; ci < clauses.size(); ++ci) {
                    const Clause &next = clauses[ci];
                    const QStringView head = lowerText(next.start, std::min(next.end, next.start + 6));
                    if (head.startsWith(QLatin1String("who ")) || head.startsWith(QLatin1String("which ")))
                        continue;
                    if (head.startsWith(QLatin1String("and ")) && !next.mentions.isEmpty()
                        && isPerson(m(next.mentions.first()).entity)
                        && lowerText(next.start + 4, m(next.mentions.first()).start).trimmed().isEmpty())
                        emit(rel, m(next.mentions.first()).entity, m(target).entity, c, kConfident);
                    break;
                }
            }
            break;
        }
        case P::Rev: {
            const int subj = subjectBefore(c, tStart, false);
            if (subj < 0 || !orgs(m(subj).entity))
                break;
            const bool joining = rel == RelationType::Joined;
            const QList<int> sources = joining ? listAfter(c, tEnd, [&](int e) { return isPerson(e); })
                                               : listAfter(c, tEnd, orgs);
            const QString role = sources.isEmpty() ? QString() : roleAfter(m(sources.last()).end, c.end);
            for (int src : sources)
                emit(rel, m(src).entity, m(subj).entity, c, kConfident, role);
            break;
        }
        case P::Leave: {
            const int subj = subjectBefore(c, tStart, true);
            if (subj < 0)
                break;
            const QList<int> targets = listAfter(c, tEnd, orgs);
            int target = targets.isEmpty() ? -1 : m(targets.first()).entity;
            double confidence = kConfident;
            if (target < 0) {
                // The text's own tie, not the lexicon's: that is where the person is now.
                target = isPerson(m(subj).entity) ? state.knownOrgOf(m(subj).entity) : -1;
                if (target < 0) {
                    target = state.topicOrg;
                    confidence = kGuessed;
                }
            }
            if (target < 0 || target == m(subj).entity)
                break;
            const QString role = roleAfter(tStart, c.end);
            for (int src : listAround(subj)) {
                if (m(src).start >= tStart || !(isPerson(m(src).entity) || orgs(m(src).entity)))
                    continue;
                if (rel == RelationType::OnLeave) {
                    DocRelation r;
                    r.type = rel;
                    r.source = m(src).entity;
                    r.target = target;
                    r.time = c.time;
                    const QStringView rest = lowerText(tStart, c.end);
                    if (rest.contains(QLatin1String("a year")) || rest.contains(QLatin1String("one year"))
                        || rest.contains(QLatin1String("end of the year")))
                        r.duration = QStringLiteral("P1Y");
                    else if (rest.contains(QLatin1String("six months")))
                        r.duration = QStringLiteral("P6M");
                    else if (rest.contains(QLatin1String("three months")))
                        r.duration = QStringLiteral("P3M");
                    r.confidence = std::min(confidence, c.cap);
                    r.evidence = evidence;
                    state.addRelation(std::move(r));
                } else {
                    emit(rel, m(src).entity, target, c, confidence, role);
                }
            }
            break;
        }
        case P::Title: {
            // "OpenAI co-founder John Schulman", "Hoffman, a co-founder of LinkedIn".
            if (rel == RelationType::Develops) {
                // "OpenAI, the maker of ChatGPT".
                int maker = -1;
                for (int i : c.mentions)
                    if (m(i).end <= tStart && orgs(m(i).entity))
                        maker = m(i).entity;
                for (int i : listAfter(c, tEnd, products))
                    emit(rel, maker, m(i).entity, c, kConfident, {}, true);
                break;
            }
            int org = -1, person = -1;
            for (int i : c.mentions) {
                const Mention &mm = m(i);
                if (mm.end <= tStart && orgs(mm.entity)) {
                    const QStringView gap = lowerText(mm.end, tStart);
                    if (gap.size() <= 12 && !gap.contains(u','))
                        org = mm.entity;
                }
                if (mm.start >= tEnd && person < 0 && isPerson(mm.entity) && lowerText(tEnd, mm.start).trimmed().size() <= 1)
                    person = mm.entity;
            }
            if (org < 0) {
                const QStringView after = lowerText(tEnd, c.end);
                if (after.startsWith(QLatin1String(" of ")) || after.startsWith(QLatin1String(" at ")))
                    for (int i : c.mentions)
                        if (m(i).start >= tEnd && orgs(m(i).entity)) {
                            org = m(i).entity;
                            break;
                        }
            }
            if (person < 0)
                for (int i : c.mentions)
                    if (m(i).end <= tStart && isPerson(m(i).entity))
                        person = m(i).entity;
            if (person >= 0 && org >= 0)
                emit(rel, person, org, c, kConfident, {}, true);
            break;
        }
        case P::Raise: {
            // "closed" and "secured" are money words only with money or a round in the clause.
            const auto *amount = amountIn(c);
            const QStringView clauseText = lowerText(c.start, c.end);
            if (!amount && !clauseText.contains(QLatin1String("round")) && !clauseText.contains(QLatin1String("funding")))
                break;
            int subj = firstOrgBefore(c, tStart);
            // "Kestrel AI, which has raised $65 million": the relative clause's company.
            if (subj < 0 && (lowerText(c.start, tStart).trimmed().startsWith(QLatin1String("which"))
                             || lowerText(c.start, tStart).trimmed().startsWith(QLatin1String("that"))))
                for (qsizetype i = 0; i < s.mentions.size(); ++i)
                    if (m(int(i)).end <= c.start && orgs(m(int(i)).entity))
                        subj = int(i);
            if (subj < 0)
                break;
            const int company = m(subj).entity;
            roundHere = true;
            ctx.roundCompany = company;
            ctx.roundTime = c.time;
            ctx.roundAmount = amount ? amount->written : QString();
            ctx.roundValue = amount ? amount->value : 0;
            ctx.roundCurrency = amount ? amount->currency : QString();
            for (int i : c.mentions)
                if (m(i).start >= tEnd && m(i).start < limit && isActor(m(i).entity) && m(i).entity != company
                    && !isModifier(i) && !isOwnerApposition(i) && !isArmOwner(i))
                    emitInvestment(m(i).entity, company, c, amount);
            break;
        }
        case P::Round: {
            const QStringView clauseText = lowerText(c.start, c.end);
            int company = -1;
            for (int i : c.mentions)
                if (m(i).start >= tEnd && orgs(m(i).entity) && wordBefore(m(i).start) == QLatin1String("in"))
                    company = m(i).entity;
            if (company < 0)
                company = ctx.roundCompany;
            // "led AI efforts at Apple" is no round: money words must be there.
            static const QStringList money = {QStringLiteral("round"), QStringLiteral("funding"), QStringLiteral("financing"),
                                              QStringLiteral("investment"), QStringLiteral("investors"), QStringLiteral("backers"),
                                              QStringLiteral("participat"), QStringLiteral("stake")};
            const bool aboutMoney = amountIn(c) || std::any_of(money.cbegin(), money.cend(), [&](const QString &w) {
                                        return clauseText.contains(w);
                                    });
            if (company < 0 || !aboutMoney)
                break;
            QList<int> investors;
            // "..., with Lux Capital also participating": the names right before the phrase, not the
            // clause's subject (the company raising).
            int subj = subjectBefore(c, tStart, false);
            for (int i : c.mentions)
                if (m(i).end <= tStart && lowerText(m(i).end, tStart).trimmed().isEmpty() && isActor(m(i).entity)
                    && m(i).entity != company)
                    subj = i;
            if (subj >= 0 && m(subj).start < tStart)
                investors = listAround(subj);
            for (int i : c.mentions)
                if (m(i).start >= tEnd && m(i).start < limit && isActor(m(i).entity) && m(i).entity != company
                    && wordBefore(m(i).start) != QLatin1String("in") && !isModifier(i) && !isOwnerApposition(i)
                    && !isArmOwner(i))
                    investors.append(i);
            const auto *amount = amountIn(c);
            for (int i : std::as_const(investors))
                if (m(i).start < tStart || m(i).start >= tEnd)
                    emitInvestment(m(i).entity, company, c, amount);
            break;
        }
        case P::Make: {
            const int subj = subjectBefore(c, tStart, rel == RelationType::Founded);
            if (subj < 0)
                break;
            int maker = m(subj).entity;
            QList<int> made = listAfter(c, tEnd, products);
            // "launched Acme", "launched a startup called Acme": the company launched is the
            // verb's object, not a name further on ("Its model, launched in March, competes with
            // offerings from Anthropic").
            if (made.isEmpty()) {
                made = listAfter(c, tEnd, orgs);
                if (!made.isEmpty()) {
                    const QStringView gap = lowerText(tEnd, m(made.first()).start);
                    if (gap.contains(u',') || gap.size() > 30 || gap.contains(QLatin1String(" with "))
                        || gap.contains(QLatin1String(" from ")) || gap.startsWith(QLatin1String(" in ")))
                        made.clear();
                }
            }
            for (int i : made) {
                const int e = m(i).entity;
                if (isProduct(e)) {
                    // A person "helped build ChatGPT": for whom the text does not say.
                    if (isOrg(maker))
                        emit(RelationType::Develops, maker, e, c, kConfident);
                } else if (rel == RelationType::Founded && orgs(e) && e != maker) {
                    emit(RelationType::Founded, maker, e, c, kConfident);
                }
            }
            break;
        }
        case P::Rival: {
            // "Kinetra counts Unitree, UBTech and AgiBot among its main rivals", "Synopsys and
            // Cadence, Heliograph's two largest rivals": an owner's rivals named before it.
            if (const int owner = rivalsOwner(c, tStart); owner >= 0) {
                QList<int> named;
                for (int i : c.mentions)
                    if (m(i).end <= m(owner).start && orgs(m(i).entity) && m(i).entity != m(owner).entity)
                        named.append(i);
                if (!named.isEmpty()) {
                    for (int i : std::as_const(named))
                        emit(RelationType::CompetitorOf, m(owner).entity, m(i).entity, c, kConfident);
                    break;
                }
            }
            // The other side: the name right before ("OpenAI rival Anthropic", "X's competitor") or,
            // for a verb ("competes with"), the clause's subject.
            int before = -1;
            const bool verb = tr.phrase.contains(QLatin1Char(' ')) || tr.phrase.startsWith(QLatin1String("compet"));
            for (int i : c.mentions)
                if (m(i).end <= tStart && orgs(m(i).entity)) {
                    const QStringView gap = lowerText(m(i).end, tStart);
                    if (verb || gap.size() <= 8)
                        before = i;
                }
            if (verb) {
                const int subj = firstOrgBefore(c, tStart);
                if (subj >= 0 && (c.subject < 0 || !isOrg(m(c.subject).entity)))
                    before = subj;
                else if (c.subject >= 0 && isOrg(m(c.subject).entity))
                    before = c.subject;
            }
            const QList<int> after = listAfter(c, tEnd, orgs);
            if (before >= 0 && !after.isEmpty()) {
                for (int i : after)
                    emit(RelationType::CompetitorOf, m(before).entity, m(i).entity, c, kConfident);
            } else if (before >= 0) {
                const QList<int> group = listAround(before);
                for (qsizetype a = 0; a < group.size(); ++a)
                    for (qsizetype b = a + 1; b < group.size(); ++b)
                        emit(RelationType::CompetitorOf, m(group[a]).entity, m(group[b]).entity, c, kConfident);
            } else if (!after.isEmpty() && state.topicOrg >= 0) {
                // "rivals such as Anthropic": the article's company is the other side.
                for (int i : after)
                    emit(RelationType::CompetitorOf, state.topicOrg, m(i).entity, c, kGuessed);
            }
            break;
        }
        case P::Suit:
        case P::Counter: {
            if (c.cap < 0.5)
                break;
            const int subj = subjectBefore(c, tStart, false);
            QSet<int> plaintiffs, defendants;
            if (subj >= 0)
                for (int i : listAround(subj))
                    if (m(i).start < tStart && isActor(m(i).entity))
                        plaintiffs.insert(m(i).entity);
            // "sued him in Delaware, arguing that ... among them Tomasz Lis": what the
            // complaint says names no more parties.
            static const QRegularExpression grounds(QStringLiteral(
                ", (?:arguing|alleging|accusing|claiming|saying|among them|including|over|for)\\b"));
            qsizetype partiesEnd = limit;
            if (const auto g = grounds.match(s.lower.sliced(tEnd, std::max<qsizetype>(limit - tEnd, 0))); g.hasMatch())
                partiesEnd = tEnd + g.capturedStart();
            for (int i : c.mentions)
                if (m(i).start >= tEnd && m(i).start < partiesEnd && isActor(m(i).entity) && !isModifier(i))
                    defendants.insert(m(i).entity);
            if (tr.pattern == P::Counter && defendants.isEmpty() && ctx.lastLawsuit >= 0)
                defendants = state.entities.at(ctx.lastLawsuit).plaintiffs;
            defendants -= plaintiffs;
            // "sued its former chief technology officer and the startup he co-founded": parties
            // named by the post they held at the plaintiff, resolved once the text names them.
            QStringList describedPosts;
            bool foundersCompany = false;
            if (defendants.isEmpty() && !plaintiffs.isEmpty()) {
                const QStringView lowerAll = s.lower.first(s.span.end);
                const QStringView rest = lowerAll.sliced(tEnd, std::min(limit, s.span.end) - tEnd);
                for (const QStringView its : {u"its former ", u"its ex-", u"its one-time "})
                    for (qsizetype at = rest.indexOf(its); at >= 0; at = rest.indexOf(its, at + 1))
                        if (const auto post = rules.roleMatcher().matchAt(lowerAll, tEnd + at + its.size()))
                            describedPosts.append(s.folded.sliced(tEnd + at + its.size(), post->length).toString());
                // (The founding verb is a trigger of its own, past `limit`: read to the clause's end.)
                const QStringView clauseRest = lowerAll.sliced(tEnd, c.end - tEnd);
                foundersCompany = !describedPosts.isEmpty()
                    && std::any_of(std::begin(kFoundersCompany), std::end(kFoundersCompany),
                                   [&](QStringView w) { return clauseRest.contains(w); });
            }
            if (plaintiffs.isEmpty() || (defendants.isEmpty() && describedPosts.isEmpty()))
                break;
            const QString court = courtNamed();
            ctx.lastLawsuit = state.addLawsuit(plaintiffs, defendants, court, c.time, evidence);
            if (!describedPosts.isEmpty()) {
                state.entities[ctx.lastLawsuit].describedPosts = describedPosts;
                state.entities[ctx.lastLawsuit].describedFoundersCompany = foundersCompany;
            }
            break;
        }
        case P::Status: {
            if (c.cap < 0.5)
                break;
            int suit = ctx.lastLawsuit;
            for (const Mention &mm : std::as_const(s.mentions))
                for (int l : std::as_const(state.lawsuits))
                    if (state.entities.at(l).plaintiffs.contains(mm.entity) || state.entities.at(l).defendants.contains(mm.entity))
                        suit = suit >= 0 ? suit : l;
            if (suit >= 0) {
                state.entities[suit].status = tr.status;
                state.entities[suit].evidence.append(evidence);
            }
            break;
        }
        }
    }
}

QString Work::courtNamed() const
{
    for (const Mention &mm : std::as_const(s.mentions))
        if (isCourt(mm.entity))
            return state.entities.at(mm.entity).name;
    const QStringView sentence = s.lower.first(s.span.end);
    for (const auto &tk : EnglishMentionFinder::tokenize(s.lower, s.span)) {
        const auto ch = rules.phraseMatcher().matchAt(sentence, tk.start);
        if (!ch || rules.phraseCategory(ch->value) != EnglishRules::PhraseCategory::Court)
            continue;
        // "a California state court": the place before the court word belongs to it.
        qsizetype from = tk.start;
        const qsizetype prev = from - 1;
        if (prev > s.span.start && s.folded[prev] == u' ') {
            qsizetype b = prev;
            while (b > s.span.start && s.folded[b - 1].isLetter())
                --b;
            if (s.folded[b].isUpper())
                from = b;
        }
        return s.original.sliced(from, tk.start + ch->length - from).toString();
    }
    return {};
}

void Work::applyCaptions()
{
    // "The case is Corvane Semiconductor Inc. v. Haldane, 5:26-cv-03317": a
    // caption names a suit, plaintiff first. It is the suit the text told
    // (the same parties, or the plaintiff's suit against parties it only
    // described) or one of its own; the caption becomes its name.
    static const QRegularExpression versus(QStringLiteral("^\\.?\\s+(?:v|vs)\\.?\\s+$"));
    static const QRegularExpression etAl(QStringLiteral("^,?\\s+et al\\.?"));
    for (qsizetype i = 0; i + 1 < s.mentions.size(); ++i) {
        const Mention &a = s.mentions[i];
        const Mention &b = s.mentions[i + 1];
        if (a.isPronoun || b.isPronoun || !isActor(a.entity) || !isActor(b.entity) || a.entity == b.entity
            || !versus.match(s.lower.sliced(a.end, b.start - a.end)).hasMatch())
            continue;
        qsizetype end = b.end;
        if (const auto more = etAl.match(s.lower.sliced(end, s.span.end - end)); more.hasMatch())
            end += more.capturedLength();
        const Clause &c = clauses[clauseOf(a.start)];
        if (c.cap < 0.5)
            continue;
        int suit = -1;
        for (int l : std::as_const(state.lawsuits)) {
            const DocEntity &e = state.entities.at(l);
            if (e.plaintiffs.contains(a.entity) && (e.defendants.contains(b.entity) || e.defendants.isEmpty())) {
                suit = l;
                break;
            }
        }
        const QString court = courtNamed();
        if (suit < 0)
            suit = state.addLawsuit({a.entity}, {b.entity}, court, c.time, evidence);
        DocEntity &e = state.entities[suit];
        if (e.defendants.isEmpty())
            state.setDefendants(suit, {b.entity});
        if (e.court.isEmpty())
            e.court = court;
        const QString caption = s.original.sliced(a.start, end - a.start).toString();
        if (!e.aliases.contains(caption))
            e.aliases.append(caption);
        e.evidence.append(evidence);
        ctx.lastLawsuit = suit;
    }
}

void Work::applyRoles()
{
    // "Chief Executive Sam Altman", "Arthur Mensch, a former Google DeepMind researcher",
    // "Mensch is the company's chief executive", "chief scientist of OpenAI".
    const QStringView sentence = s.lower.first(s.span.end);
    const QList<EnglishMentionFinder::Token> tokens = EnglishMentionFinder::tokenize(s.lower, s.span);
    qsizetype covered = -1;
    for (const auto &t : tokens) {
        if (t.start < covered)
            continue;
        const auto hit = rules.roleMatcher().matchAt(sentence, t.start);
        if (!hit)
            continue;
        const qsizetype rStart = t.start;
        const qsizetype rEnd = t.start + hit->length;
        covered = rEnd;
        if (std::any_of(s.mentions.cbegin(), s.mentions.cend(),
                        [&](const Mention &mm) { return rStart >= mm.start && rStart < mm.end; }))
            continue;
        Clause c = clauses[clauseOf(rStart)];
        c.cap = sentenceCap;
        const QString role = rules.roles().at(hit->value);
        int org = -1, person = -1;
        bool personAfter = false;
        for (int i : c.mentions) {
            const Mention &mm = m(i);
            if (mm.end <= rStart && isOrg(mm.entity) && !isCourt(mm.entity) && !isMedia(mm.entity)) {
                // "OpenAI's former chief scientist", "its president"; not "the board that fired chief executive X".
                const QStringView gap = lowerText(mm.end, rStart);
                const bool possessive = gap.startsWith(u"'s") || gap.startsWith(u"\u2019s")
                    || mm.surface.compare(QLatin1String("its"), Qt::CaseInsensitive) == 0;
                static const QRegularExpression clauseWord(QStringLiteral("\\b(that|which|who|when|after|before)\\b"));
                if (gap.size() <= 30 && !gap.contains(u',') && (possessive || !mm.isPronoun)
                    && !clauseWord.match(gap.toString()).hasMatch())
                    org = mm.entity;
            }
            if (mm.start >= rEnd && person < 0 && isPerson(mm.entity) && lowerText(rEnd, mm.start).trimmed().size() <= 1) {
                person = mm.entity;
                personAfter = true;
            }
        }
        if (org < 0) {
            const QStringView after = lowerText(rEnd, c.end);
            // "chief scientist of OpenAI", "a partner at Sequoia", "a principal scientist on Amazon's team".
            if (after.startsWith(QLatin1String(" of ")) || after.startsWith(QLatin1String(" at "))
                || after.startsWith(QLatin1String(" on ")))
                for (int i : c.mentions)
                    if (m(i).start >= rEnd && isOrg(m(i).entity)) {
                        org = m(i).entity;
                        break;
                    }
        }
        bool stated = false; // "Okafor is chief executive": the title is said of the person before it
        if (person < 0) {
            // The person the title is said of: "Hoffman, a longtime ... board member", "Mensch is ... chief executive".
            for (int i : c.mentions)
                if (m(i).end <= rStart && isPerson(m(i).entity)) {
                    person = m(i).entity;
                    static const QStringList copulas = {QStringLiteral("is"), QStringLiteral("serves as"),
                                                        QStringLiteral("is now"), QStringLiteral("remains")};
                    stated = copulas.contains(lowerText(m(i).end, rStart).trimmed().toString());
                }
            if (person < 0 && c.subject >= 0 && isPerson(m(c.subject).entity))
                person = m(c.subject).entity;
        }
        if (person < 0)
            continue;
        double confidence = kConfident;
        // "Okafor is chief executive": of the company the text last had the person found or join
        // (a founder's former employer, named in passing, is no better guess).
        if (org < 0 && stated)
            for (qsizetype k = state.relations.size() - 1; k >= 0 && org < 0; --k) {
                const DocRelation &r = state.relations.at(k);
                if (r.source == person && r.confidence >= 0.5
                    && (r.type == RelationType::Founded || r.type == RelationType::Joined))
                    org = r.target;
            }
        // A title named with no organisation is held where the text has tied the person.
        if (org < 0 && (personAfter || stated))
            org = affiliationOf(person);
        // "The company said that Chief Financial Officer Martin Greaves will leave": an officer's
        // title with no employer named is one at the company the sentence, else the article, is
        // about (a guess; an analyst or a partner could be anyone's).
        if (org < 0 && personAfter && isOfficerTitle(role)) {
            for (const Mention &mm : std::as_const(s.mentions))
                if (mm.start < rStart && mm.isPronoun && isOrg(mm.entity) && !isCourt(mm.entity)) {
                    org = mm.entity;
                    break;
                }
            if (org < 0 && isOrg(state.topicOrg)) {
                org = state.topicOrg;
                confidence = kGuessed;
            }
        }
        if (org < 0)
            continue;
        const QString before = wordBefore(rStart);
        const QString written = before == QLatin1String("former") ? QStringLiteral("former ") + role : role;
        emit(RelationType::WorksAt, person, org, c, confidence, written, true);
    }
}

void Work::applyPossessives()
{
    // "NVentures, Nvidia's venture capital arm", "NVentures, the venture capital arm of
    // chipmaker Nvidia": the name before belongs to the owner.
    for (qsizetype i = 1; i < s.mentions.size(); ++i)
        if ((isOwnerApposition(int(i)) || isArmOwner(int(i))) && isOrg(m(int(i) - 1).entity) && isOrg(m(int(i)).entity))
            emit(RelationType::SubsidiaryOf, m(int(i) - 1).entity, m(int(i)).entity, clauses[clauseOf(m(int(i)).start)],
                 kConfident, {}, true);
    // "Kapadia's startup, Ledgerline,": a person's startup is one they founded.
    static const QRegularExpression startup(QStringLiteral(
        "^['\\x{2019}]s (?:new |own |ai |young |fledgling )?(?:startup|start-up|company|venture), $"));
    for (qsizetype i = 0; i + 1 < s.mentions.size(); ++i) {
        const Mention &a = s.mentions[i];
        const Mention &b = s.mentions[i + 1];
        if (isPerson(a.entity) && isOrg(b.entity) && !isCourt(b.entity)
            && startup.match(s.lower.sliced(a.end, b.start - a.end)).hasMatch()) {
            Clause c = clauses[clauseOf(a.start)];
            c.cap = sentenceCap;
            emit(RelationType::Founded, a.entity, b.entity, c, kConfident, {}, true);
        }
    }
    // "OpenAI's GPT-4o", "Meta's Llama models": the owner develops the product.
    for (qsizetype i = 0; i + 1 < s.mentions.size(); ++i) {
        const Mention &a = s.mentions[i];
        const Mention &b = s.mentions[i + 1];
        if (!isOrg(a.entity) || !isProduct(b.entity))
            continue;
        const QStringView gap = s.folded.sliced(a.end, b.start - a.end);
        // "Halvard's flagship robot, the Halvard H2": a short description, then the product's name.
        // "Quillmate's flagship product, Quillmate Review 2.0": or with no article.
        static const QRegularExpression described(QStringLiteral("^['\\x{2019}]s (?:[a-z-]+ ){0,2}[a-z-]+, (?:the )?$"));
        // "its Meridian family of models", "its flagship Kestrel-R2": the company "its" stands for.
        static const QRegularExpression afterIts(QStringLiteral("^ (?:(?:flagship|first|latest|newest|new|own|main|next) ){0,2}$"));
        const bool its = a.isPronoun && a.surface.compare(QLatin1String("its"), Qt::CaseInsensitive) == 0;
        if (its && afterIts.match(gap.toString()).hasMatch() && state.entities.at(b.entity).lexiconEntry < 0) {
            // "its" is the company it was resolved to only when the sentence names no other
            // before it: "a license to Kestrel's models, including its flagship" (Kestrel, not the
            // subject) and "Northstar, started by … Tesla's Autopilot, releasing its Polaris
            // models" (the subject, not the nearest) have no one rule, so neither is guessed.
            // (A known product's maker comes from the lexicon.)
            int owner = a.entity;
            for (qsizetype k = i - 1; k >= 0 && owner >= 0; --k)
                if (!s.mentions[k].isPronoun && isOrg(s.mentions[k].entity) && s.mentions[k].entity != owner)
                    owner = -1;
            if (owner < 0)
                continue;
            Clause c = clauses[clauseOf(a.start)];
            c.cap = sentenceCap;
            emit(RelationType::Develops, owner, b.entity, c, kGuessed, {}, true);
        } else if (!a.isPronoun
                   && (gap == u"'s " || gap == u"\u2019s " || gap == u"' " || described.match(gap.toString()).hasMatch())) {
            Clause c = clauses[clauseOf(a.start)];
            c.cap = sentenceCap;
            emit(RelationType::Develops, a.entity, b.entity, c, kConfident, {}, true);
        }
    }
}

void Work::remember()
{
    for (const Clause &c : std::as_const(clauses)) {
        // A relative clause's first name is an object ("who also runs Tesla").
        bool first = c.subject < 0;
        for (int i : c.mentions) {
            const int e = m(i).entity;
            if (isPerson(e)) {
                ctx.lastPerson = e;
                if (first)
                    ctx.lastSubjectPerson = e;
            } else if (isOrg(e) && !isCourt(e) && !isMedia(e)) {
                ctx.lastOrg = e;
                if (first)
                    ctx.lastSubjectOrg = e;
            }
            first = false;
        }
    }
    QList<int> people;
    for (const Mention &mm : std::as_const(s.mentions))
        if (isPerson(mm.entity) && !people.contains(mm.entity))
            people.append(mm.entity);
    if (people.size() >= 2)
        ctx.lastPeople = people;
    // "Raman founded Tessellate, ... The company raised": a company just founded is what follows is about.
    if (isOrg(foundedHere))
        ctx.lastSubjectOrg = foundedHere;
}

} // namespace

void EnglishRelationExtractor::process(RelationExtractor::Sentence &sentence, DocumentState &state,
                                       EnglishContext &context) const
{
    Work w{m_rules, m_lexicon, sentence, state, context, {}, {}, {}, 0, {}, kConfident, false};
    w.evidence.document = sentence.documentName;
    w.evidence.start = sentence.span.start;
    w.evidence.end = sentence.span.end;
    w.evidence.sentence = sentence.original.sliced(sentence.span.start, sentence.span.length()).toString();
    w.splitClauses();
    w.resolvePronouns();
    // Pronoun removal shifted indices: rebuild the clauses' mention lists.
    for (Clause &c : w.clauses)
        c.mentions.clear();
    for (qsizetype i = 0; i < sentence.mentions.size(); ++i)
        w.clauses[w.clauseOf(sentence.mentions[i].start)].mentions.append(int(i));
    for (Clause &c : w.clauses) {
        if (c.subject < 0)
            continue;
        c.subject = -1;
        for (qsizetype i = sentence.mentions.size() - 1; i >= 0; --i)
            if (sentence.mentions[i].end <= c.start && w.isActor(sentence.mentions[i].entity)) {
                c.subject = int(i);
                break;
            }
    }
    w.findTimesAndCues();
    w.applyTriggers();
    w.applyRoles();
    w.applyPossessives();
    w.applyCaptions();
    w.remember();
    // Evidence for the pronouns' entities too: "he left" is about him.
    for (const Mention &m : std::as_const(sentence.mentions)) {
        if (!m.isPronoun || m.entity < 0)
            continue;
        auto &ev = state.entities[m.entity].evidence;
        if (ev.isEmpty() || ev.last().start != sentence.span.start)
            ev.append(w.evidence);
    }
}

} // namespace Guanxi::Internal
