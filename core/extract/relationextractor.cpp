#include "relationextractor.h"

#include "amountparser.h"
#include "cjkchar.h"
#include "isoneof.h"
#include "startsat.h"
#include "timeresolver.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace Guanxi::Internal {

namespace {

constexpr double kConfident = 0.9;
constexpr double kContextual = 0.7;
constexpr double kDoubted = 0.3;

// Whether position p lies inside a name: a trigger word there is part of it.
bool isInsideMention(const QList<Mention> &mentions, qsizetype p)
{
    return std::any_of(mentions.cbegin(), mentions.cend(),
                       [p](const Mention &m) { return p >= m.start && p < m.end; });
}

bool isClauseBreak(QChar c)
{
    // A plain scan: QStringView::contains sets up a general string search for
    // every character (about 3 % of extraction, asked at every position).
    // 丨 and | part an outlet's tag from a headline (36氪独家丨…).
    static constexpr QStringView breaks = u"，,；;：:。！？!?丨|";
    return std::find(breaks.begin(), breaks.end(), c) != breaks.end();
}
// 5,000万美元: a comma grouping digits, which folding made look like the
// clause break ，.
bool isDigitGroupComma(QStringView text, qsizetype p)
{
    const auto digit = [&](qsizetype i) { return i >= 0 && i < text.size() && text[i] >= u'0' && text[i] <= u'9'; };
    return text[p] == u',' && digit(p - 1) && digit(p + 1) && digit(p + 2) && digit(p + 3) && !digit(p + 4);
}
// Whether a clause opens with a verb of claiming or accusing (指控, 声称, 称):
// what follows is the claim's content.
bool isClaim(QStringView clause)
{
    static const char16_t *const verbs[] = {u"指控", u"控告", u"指责", u"声称", u"诉称", u"坚称", u"称"};
    for (const char16_t *v : verbs)
        if (startsAt(clause, 0, v))
            return true;
    return false;
}
// Whether a clause opens with an accusation (指控X…): X is whom a suit is against.
bool isAccusation(QStringView clause)
{
    // (入禀…，指苹果与OpenAI合谋: Hong Kong's 指 alone, but not 指出, 指引, 指导…)
    return startsAt(clause, 0, u"指控") || startsAt(clause, 0, u"控告") || startsAt(clause, 0, u"指责")
        || startsAt(clause, 0, u"诉称")
        || (clause.size() > 2 && clause.startsWith(u'指') && !isOneOf(clause[1], u"出引导南标数定令望挥示"));
}
// Whether a clause opens on the relief a suit seeks (要求乙赔偿, 请求判令乙支付): the
// party it names is whom the suit is against.
bool isDemand(QStringView clause)
{
    return startsAt(clause, 0, u"要求") || startsAt(clause, 0, u"请求") || startsAt(clause, 0, u"诉请");
}
// Whether the name at `start` follows 与/同/跟 (与刘思源共同创立): a companion of the
// subject, not the subject, when nothing before it in the clause names anyone.
bool followsWith(QStringView folded, qsizetype start)
{
    return start > 0 && isOneOf(folded[start - 1], u"与同跟");
}
// The text past a note in brackets that opens `text` (光速创投(Lightspeed Venture Partners)和,
// 金山办公（688111.SH）公告, 格罗斯（Daniel Gross）、), else `text` itself; with `maxNote`, only a
// note closing within that many characters counts.
QStringView pastBracketedNote(QStringView text, qsizetype maxNote = -1)
{
    if (!text.startsWith(u'(') && !text.startsWith(u'（'))
        return text;
    const qsizetype close = std::max(text.indexOf(u')'), text.indexOf(u'）'));
    if (close < 0 || (maxNote >= 0 && close > maxNote))
        return text;
    return text.sliced(close + 1);
}
bool isJoinerText(QStringView gap)
{
    // Only list punctuation and conjunctions between two names: 阿里、腾讯和小米
    // (and the book brackets of titles listed side by side: 《纽约每日新闻》《芝加哥论坛报》).
    for (QChar c : gap)
        if (!isOneOf(c, u"、和与及以 《》"))
            return false;
    return true;
}

struct Clause
{
    qsizetype start = 0;
    qsizetype end = 0;
    QList<int> mentions;     // indices into the sentence's mentions
    TimePoint time;
    QList<TimePoint> times;
    QList<qsizetype> timeEnds; // where each of `times` ends in the sentence
    bool doubted = false;
    bool negated = false;    // a negation cue of its own (并未, 否认), not a rumour
    bool denied = false;     // doubted by a negation (its own, or one reaching it), not only by speculation
    bool planned = false;    // doubted only by a plan of its own (计划明年发布X): a plan, not a rumour
    int subject = -1;        // entity
};

// The working data of one sentence and the pattern rules over it.
struct Work
{
    const RuleBook &rules;
    RelationExtractor::Sentence &s;
    DocumentState &state;
    ReadingContext &ctx;
    QList<Clause> clauses;
    QList<bool> modifier;    // per mention: names another mention's organisation (搜狗前首席执行官王小川)
    QList<int> titledBy;     // per person mention: the organisation of the title before it, else -1
    // Per position of the sentence: the trigger starting there, else -1 (filled on first use).
    mutable QList<int> triggerAt;
    int triggerStartingAt(qsizetype pos) const
    {
        if (triggerAt.isEmpty()) {
            const QStringView lower = s.lower.first(s.span.end);
            triggerAt.fill(-1, s.span.end - s.span.start);
            for (qsizetype q = s.span.start; q < s.span.end; ++q)
                if (const auto hit = rules.triggerMatcher().matchAt(lower, q))
                    triggerAt[q - s.span.start] = hit->value;
        }
        return pos >= s.span.start && pos < s.span.end ? triggerAt.at(pos - s.span.start) : -1;
    }
    Evidence evidence;
    int orgAtStart = -1;
    bool presupposed = false; // the trigger read now opens a relative clause (X创办的Y)
    bool refersToLastRound = false; // the sentence speaks of 本轮/该轮/此轮
    QList<std::pair<int, int>> employedHere; // (person, organisation) founded/joined/works_at, this sentence

    QStringView text(qsizetype a, qsizetype b) const { return s.folded.sliced(a, b - a); }
    const Mention &m(int i) const { return s.mentions.at(i); }
    EntityType typeOf(int entity) const { return state.entities.at(entity).type; }
    bool isOrg(int entity) const { return entity >= 0 && typeOf(entity) == EntityType::Organization; }
    bool isPerson(int entity) const { return entity >= 0 && typeOf(entity) == EntityType::Person; }
    bool isProduct(int entity) const { return entity >= 0 && typeOf(entity) == EntityType::Product; }
    bool isCourt(int entity) const { return isOrg(entity) && state.entities.at(entity).kind == OrgKind::Court; }
    bool isActor(int entity) const { return isPerson(entity) || (isOrg(entity) && !isCourt(entity)); }

    int clauseOf(qsizetype pos) const
    {
        for (qsizetype i = 0; i < clauses.size(); ++i)
            if (pos >= clauses[i].start && pos < clauses[i].end)
                return int(i);
        return int(clauses.size()) - 1;
    }

    void resolvePronouns();
    void splitClauses();
    void markModifiers();
    void applyTitles();
    void applyTriggers();
    bool isOwnersQualifiedProduct(QStringView gap, qsizetype from, qsizetype to) const;
    void applyOwnedProducts();
    void applyCaseNames();
    void applyInvestorNouns();
    void applyStakeHolders();
    void inheritPost(int ci, qsizetype by, qsizetype verb);
    int investorNounAt(qsizetype from, qsizetype maxGap) const;

    // Mentions of clause c in [from, to) that satisfy pred, in order.
    template<typename Pred>
    QList<int> mentionsIn(const Clause &c, qsizetype from, qsizetype to, Pred pred) const
    {
        QList<int> out;
        for (int i : c.mentions)
            if (m(i).start >= from && m(i).end <= to && m(i).entity >= 0 && pred(i))
                out.append(i);
        return out;
    }
    // The names joined to mention i by 、/和/与 (both directions).
    QList<int> listAround(int i) const;
    // After person mention a, "和/与/及 [前] ORG [product] title PERSON": that person's mention, else -1.
    int describedPersonAfter(int a) const;
    QList<int> suitGrounds(int clauseIndex, qsizetype verb) const;
    bool joinsTitledPerson(int a, int b) const;
    int possessedPerson(int i) const;
    int subjectBefore(const Clause &c, qsizetype pos, bool personOnly) const;
    int relativeSubject(const Clause &c, qsizetype pos) const;
    std::pair<int, int> relativeClauseHead(const Clause &c, qsizetype tEnd) const;
    bool endsInCompanyNoun(QStringView text) const;
    int contextOrg(int exclude, qsizetype pos) const;
    int nextClauseSubject(int clauseIndex) const;
    std::optional<std::pair<qsizetype, qsizetype>> qualifiedRole(qsizetype from, qsizetype maxGap) const;
    // Whether a trigger word starts in [from, to): a later verb owns what follows it.
    bool hasTriggerBetween(qsizetype from, qsizetype to) const;
    // Whether a verb of joining, leaving or taking a post (曾任该公司…) starts in [from, to).
    bool hasMoveBetween(qsizetype from, qsizetype to) const;
    bool closesDemonstrative(qsizetype pos) const;
    // Whether a report verb (公告, 宣布; event adverbs may come first) follows at pos: X公告，.
    bool reportFollows(qsizetype pos) const;
    // Whether the character at pos is inside a not_preposition word (对 of 对齐).
    bool insideNotPreposition(qsizetype pos) const;
    std::pair<qsizetype, qsizetype> lastReceiveVerb(QStringView before, bool loneHuo) const;
    // An amount starts at `at`, or after 约/逾/近/共/了 there (认购约4,500万美元).
    bool hasOwnAmountAt(const QList<AmountParser::Amount> &amounts, qsizetype at) const;
    // Whether [from, to) counts years of service before 的 (工作|了三年的|大疆).
    bool isTenureBefore(qsizetype from, qsizetype to) const;
    // What a subscription with no company named buys into (认购5,000万美元): this sentence's
    // round, else the text's own company (an offering lists the issuer's rounds), else the last round's.
    int subscribedCompany(int roundCompany) const
    {
        return roundCompany >= 0 ? roundCompany : state.topicOrg >= 0 ? state.topicOrg : state.lastRoundCompany;
    }
    bool followsRoundVerb(qsizetype from) const;
    bool ownSubjectBeforeWith(const Clause &c) const;
    bool countryOf(int i) const;
    bool isRelativeGap(qsizetype from, qsizetype to) const;
    // The organisation the person last founded, joined, worked at or left, other than `except`.
    int previousEmployer(int person, const QList<int> &except) const;
    void applyInvestorLists();
    void applyReceivedRounds();
    void applyListedDefendants();
    // The people a clause opening with 两人/二人/他们 stands for: those named in the
    // clauses before it in the sentence, else the last list of the sentence before.
    QList<int> pluralSubjects(int clauseIndex) const;
    // The organisation a person founded, joined or works at by this sentence's words, or -1.
    int sentenceOrgOf(int person) const;
    // For a verb at `verb` right after 及其/和其/与其: the entity named before 及 (its
    // parenthesised other name skipped), else -1.
    int antecedentOfQi(qsizetype verb) const;
    bool followsJiQi(qsizetype verb) const;
    // Whether the organisation of mention i titles a person named right after it in its
    // clause (前波士顿动力工程师Hale, 谷歌研究员张明); meta的扎克伯格 is the company's own voice.
    bool qualifiesPerson(int i) const
    {
        const Clause &c = clauses[clauseOf(m(i).start)];
        for (int j : c.mentions)
            if (m(j).start >= m(i).end) {
                const QStringView gap = text(m(i).end, m(j).start);
                return isPerson(m(j).entity) && gap.size() <= 10 && !gap.isEmpty() && gap != u"的";
            }
        return false;
    }
    // Whether a title (not inside a name) stands in clause c before `verb`.
    bool hasUnnamedHolder(const Clause &c, qsizetype verb) const;
    // 他离职半年后创立速仓: for a clause with no date of its own, the month (or year)
    // that many months after the person's last dated departure, else no time.
    TimePoint timeAfterLeaving(const Clause &c, qsizetype verb, int person) const;
    // The date of the departure told by a person name and a leaving verb ending at `at`
    // in clause c (邵屹川出走|9个月后), from the relations read so far; else no time.
    TimePoint departureBefore(const Clause &c, qsizetype at) const;

    void emit(RelationType type, int src, int dst, const Clause &c, double confidence,
              const QString &role = {}, bool titleOnly = false)
    {
        commit(relation(type, src, dst, c, confidence, role, titleOnly));
    }
    DocRelation relation(RelationType type, int src, int dst, const Clause &c, double confidence,
                         const QString &role = {}, bool titleOnly = false) const
    {
        DocRelation r;
        r.type = type;
        r.source = src;
        r.target = dst;
        if (!titleOnly)
            r.time = c.time;
        // 本轮由X领投 (after 10月13日…宣布完成C轮融资): the round's time, not the time
        // carried from an earlier clause or none.
        if (type == RelationType::InvestedIn && refersToLastRound && dst == state.lastRoundCompany
            && c.times.isEmpty() && state.lastRoundTime.isValid())
            r.time = state.lastRoundTime;
        r.timeFromTitle = titleOnly;
        r.role = role;
        // Mira Murati创办的Thinking Machines Lab可能会…: a relative clause states a fact
        // the speculation takes for granted; only a negation reaches it.
        // 计划明年发布首款产品X: the maker's own plan names a product it develops.
        const bool planned = type == RelationType::Develops && c.planned;
        const bool doubted = c.doubted && !(presupposed && !c.denied) && !planned;
        r.confidence = doubted && !titleOnly ? std::min(confidence, kDoubted) : confidence;
        r.evidence = evidence;
        return r;
    }
    void commit(DocRelation r)
    {
        const RelationType type = r.type;
        const int src = r.source, dst = r.target;
        if ((type == RelationType::Founded || type == RelationType::Joined || type == RelationType::WorksAt)
            && isPerson(src) && isOrg(dst) && r.confidence > kDoubted)
            employedHere.append({src, dst});
        if (type == RelationType::InvestedIn && r.confidence > kDoubted)
            ctx.lastInvestor = src, ctx.lastInvestee = dst;
        state.addRelation(std::move(r));
    }
};

// 这家由前OpenAI研究副总裁达里奥·阿莫迪于2021年创办的公司: 公司 closing a long phrase
// that opens its clause with 这家 or 该 is the company just named, not the article's.
bool Work::closesDemonstrative(qsizetype pos) const
{
    qsizetype start = pos;
    while (start > s.span.start && !isClauseBreak(s.folded[start - 1]))
        --start;
    const QStringView phrase = text(start, pos);
    return startsAt(phrase, 0, u"这家") || startsAt(phrase, 0, u"该");
}

bool Work::insideNotPreposition(qsizetype pos) const
{
    for (const QString &w : rules.notPrepositions())
        for (qsizetype k = 0; k < w.size(); ++k)
            if (w[k] == s.folded[pos] && pos - k >= s.span.start && startsAt(s.folded.first(s.span.end), pos - k, w))
                return true;
    return false;
}

bool Work::reportFollows(qsizetype pos) const
{
    // 金山办公（688111.SH）公告: a stock code or another note in brackets between.
    const QStringView rest = pastBracketedNote(text(pos, s.span.end), 24);
    qsizetype at = 0;
    for (const QString &a : rules.eventAdverbs())
        if (startsAt(rest, 0, a)) {
            at = a.size();
            break;
        }
    const QStringView verb = rest.sliced(at);
    return std::any_of(rules.reportVerbs().cbegin(), rules.reportVerbs().cend(),
                       [&](const QString &v) { return startsAt(verb, 0, v); });
}

void Work::resolvePronouns()
{
    for (qsizetype i = 0; i < s.mentions.size(); ++i) {
        Mention &mm = s.mentions[i];
        if (mm.isPronoun) {
            if (mm.surface == QStringLiteral("前者") || mm.surface == QStringLiteral("后者")) {
                // 丰田向小马智行注资，后者…: the two named before it in the sentence, else the
                // last list of the sentences before.
                QList<int> before;
                for (qsizetype k = 0; k < i; ++k)
                    if (const Mention &o = s.mentions.at(k); !o.isPronoun && o.entity >= 0 && isActor(o.entity)
                        && !before.contains(o.entity))
                        before.append(o.entity);
                const QList<int> &pair = before.size() >= 2 ? before : ctx.lastList;
                if (pair.size() >= 2)
                    mm.entity = mm.surface.startsWith(QChar(u'前')) ? pair.first() : pair.last();
            } else if (mm.type == EntityType::Person) {
                mm.entity = ctx.lastSubjectPerson >= 0 ? ctx.lastSubjectPerson : ctx.lastPerson;
                // 这位“95后”研究员的履历并不复杂。她本科…: a paragraph that names no one before its
                // pronoun speaks of the person the text names most, when the text names them far
                // more than the last subject.
                // (Named before the pronoun, not only later in the text.)
                if (!ctx.paragraphNamedPerson && state.topicPerson >= 0 && mm.entity != state.topicPerson
                    && !state.entities.at(state.topicPerson).evidence.isEmpty()
                    && state.mentionCounts.value(state.topicPerson) >= std::max(3, 2 * state.mentionCounts.value(mm.entity)))
                    mm.entity = state.topicPerson;
            } else if (mm.surface == QStringLiteral("公司") && ctx.paragraphOrg >= 0 && !closesDemonstrative(mm.start)) {
                mm.entity = ctx.paragraphOrg;
            } else if (mm.surface == QStringLiteral("公司") && state.topicOrg >= 0 && !closesDemonstrative(mm.start)
                       && state.entities.at(state.topicOrg).kind == OrgKind::Company
                       && (ctx.topicSeen || (ctx.lastSubjectOrg < 0 && ctx.lastOrg < 0))) {
                // (A lab, a university or a court the text is about is no 公司: 微软亚洲研究院的
                // 出走者…公司又完成A轮融资 speaks of the startup.)
                // The article's company, unless this section (a brief after a heading)
                // has not named it: then the company it is about, or the last one named.
                mm.entity = state.topicOrg;
            } else if (mm.surface == QStringLiteral("公司") && (ctx.lastSubjectOrg >= 0 || ctx.lastOrg >= 0)) {
                mm.entity = ctx.lastSubjectOrg >= 0 ? ctx.lastSubjectOrg : ctx.lastOrg;
            } else if (mm.surface == QStringLiteral("其") && ctx.lastSubjectOrg >= 0
                       && (mm.start == s.span.start || isClauseBreak(s.folded[mm.start - 1]))) {
                // 星澜科技…与阿里巴巴、拼多多竞争。其自研大模型: "its" opening a clause is the
                // subject's, not the rival's (起诉腾讯，指其限制: after a verb, the object's).
                mm.entity = ctx.lastSubjectOrg;
            } else if ((mm.surface.startsWith(u"这家") || mm.surface.startsWith(u"该")) && ctx.lastSubjectOrg >= 0
                       && ctx.lastOrgInvests && (mm.start == s.span.start || isClauseBreak(s.folded[mm.start - 1]))) {
                // 深维智元完成融资，由高瓴创投领投，奇绩创坛跟投。这家公司发布了…: a demonstrative
                // opening a clause is the company spoken of, not the round's investor named last.
                mm.entity = ctx.lastSubjectOrg;
            } else {
                mm.entity = ctx.lastOrg;
            }
            if (mm.entity < 0)
                continue;
            mm.type = state.entities.at(mm.entity).type;
        }
        if (mm.entity < 0)
            continue;
        // The first name of a clause is its subject, the likeliest antecedent of 他.
        // (公司首席执行官吴涛表示: the first person of the clause, past the names qualifying it.)
        qsizetype from = s.span.start;
        for (qsizetype j = i - 1; j >= 0; --j)
            if (isPerson(s.mentions[j].entity)) {
                from = s.mentions[j].end;
                break;
            }
        bool opensClause = from == s.span.start;
        for (qsizetype p = from; p < mm.start && !opensClause; ++p)
            opensClause = isClauseBreak(s.folded[p]);
        if (opensClause && isPerson(mm.entity) && !followsWith(s.folded, mm.start))
            ctx.lastSubjectPerson = mm.entity;
        ctx.paragraphNamedPerson = ctx.paragraphNamedPerson || isPerson(mm.entity);
        if (isPerson(mm.entity))
            ctx.lastPerson = mm.entity;
        else if (isOrg(mm.entity) && !isCourt(mm.entity) && state.entities.at(mm.entity).kind != OrgKind::Media
                 && !modifier[i]) {
            // X的主要对手是A和B。该公司…: rivals listed after the copula are not what a later
            // 该公司 stands for; the company whose rivals they are stays the last one spoken of.
            qsizetype clauseStart = mm.start;
            while (clauseStart > s.span.start && !isClauseBreak(s.folded[clauseStart - 1]))
                --clauseStart;
            const QStringView lead = QStringView(s.folded).sliced(clauseStart, mm.start - clauseStart);
            static const QStringList rivalCopulas = {QStringLiteral("对手是"), QStringLiteral("对手为"),
                                                     QStringLiteral("对手包括"), QStringLiteral("对手有")};
            const bool listedRival = std::any_of(rivalCopulas.cbegin(), rivalCopulas.cend(),
                                                 [&](const QString &w) { return containsWord(lead, w); });
            const bool invests = followsRoundVerb(mm.end);
            if (!listedRival) {
                ctx.lastOrg = mm.entity;
                ctx.lastOrgInvests = invests;
            }
            ctx.topicSeen = ctx.topicSeen || mm.entity == state.topicOrg;
            // The organisation opening a clause (nothing but its words before it) is its subject;
        // after a preposition (由X孵化的Y, 向X) it is not.
            bool opens = true;
            for (qsizetype p = mm.start - 1; p >= s.span.start && opens && !isClauseBreak(s.folded[p]); --p)
                opens = !isInsideMention(s.mentions, p) && !isJoinerText(QStringView(s.folded).sliced(p, 1))
                    && !(isOneOf(s.folded[p], u"与和由被从向对据把") && !insideNotPreposition(p));
            // 英伟达、AMD等跟投，其联合创始人…: investors following a round are no subject spoken of.
            // 由穆拉蒂创办的Thinking Machines Lab，…: the head of a relative clause opening with 由 is its subject.
            const Clause &own = clauses[clauseOf(mm.start)];
            const bool relativeHead = own.subject == mm.entity && text(own.start, own.end).startsWith(u'由')
                && mm.start > own.start && s.folded[mm.start - 1] == QChar(u'的');
            if ((opens || relativeHead) && !followsWith(s.folded, mm.start) && !invests)
                ctx.lastSubjectOrg = mm.entity;
            // A paragraph opening with a company's report (X公告，) tells that company's news.
            if (ctx.atParagraphStart && mm.start == s.span.start && !mm.isPronoun
                && state.entities.at(mm.entity).kind == OrgKind::Company && reportFollows(mm.end))
                ctx.paragraphOrg = mm.entity;
        }
    }
    // 他还对Altman和OpenAI发起了多项诉讼: a person named after the pronoun in its own
    // clause is not what the pronoun stands for (that would be 自己). The antecedent
    // was wrong, so it is lost for every such pronoun of the sentence.
    QSet<int> wrong;
    for (const Mention &p : std::as_const(s.mentions)) {
        if (!p.isPronoun || p.type != EntityType::Person || p.entity < 0)
            continue;
        for (const Mention &n : std::as_const(s.mentions))
            if (!n.isPronoun && n.entity == p.entity && n.start > p.start && clauseOf(n.start) == clauseOf(p.start))
                wrong.insert(p.entity);
    }
    for (Mention &p : s.mentions)
        if (p.isPronoun && p.type == EntityType::Person && wrong.contains(p.entity))
            p.entity = -1;
}

void Work::splitClauses()
{
    Clause c;
    c.start = s.span.start;
    // (山姆·奧特曼（Sam Altman，又譯阿特曼）等人共同創辦: a comma inside a short note in
    // brackets splits no clause.)
    qsizetype closes = -1;
    for (qsizetype p = s.span.start; p < s.span.end; ++p) {
        if (p > closes && (s.folded[p] == QChar(u'(') || s.folded[p] == QChar(u'（'))) {
            const QStringView ahead = text(p, std::min(s.span.end, p + 40));
            const qsizetype close = std::max(ahead.indexOf(u')'), ahead.indexOf(u'）'));
            if (close > 0)
                closes = p + close;
        }
        if (p < closes && p + 1 < s.span.end)
            continue;
        if ((isClauseBreak(s.folded[p]) && !isDigitGroupComma(s.folded, p)) || p + 1 == s.span.end) {
            c.end = p + 1;
            clauses.append(c);
            c = Clause();
            c.start = p + 1;
        }
    }
    for (qsizetype i = 0; i < s.mentions.size(); ++i)
        clauses[clauseOf(s.mentions[i].start)].mentions.append(int(i));

    // Times: the clause's own, else the one before it in the sentence. A clause
    // that reports a claim (起诉奥特曼,指控自己被误导参与了OpenAI的共同创立) tells of
    // earlier facts: the time of the suit or the statement is not theirs.
    // 半年后, 次年 count from the last time named in this sentence or the one before.
    // 公司同时获得…融资, 同日, 当天: a sentence opening on the time just told takes it.
    // 公告显示, 邮件显示: one opening on a report takes the time the report was issued.
    TimePoint carried;
    TimePoint anchor = ctx.anchorTime;
    ctx.anchorTime = TimePoint();
    {
        const QStringView opening = text(s.span.start, std::min(s.span.end, s.span.start + 6));
        for (const QString &w : rules.timeLeads())
            if (containsWord(opening, w))
                carried = ctx.lastTime;
        for (const QString &w : rules.reportNouns())
            if (containsWord(opening, w) && ctx.reportTimes.contains(w))
                carried = ctx.reportTimes.value(w);
    }
    for (Clause &cl : clauses) {
        auto found = TimeResolver::find(text(cl.start, cl.end), s.published, ctx.contextYear, anchor, ctx.lastDay);
        // 邵屹川出走9个月后，他的同事…: a count right after a named person's departure runs
        // from the date that departure was told, whatever time came last.
        if (!found.isEmpty())
            if (const TimePoint left = departureBefore(cl, cl.start + found.first().start); left.isValid()) {
                const auto count = TimeResolver::find(text(cl.start + found.first().start, cl.end), s.published, 0);
                if (!count.isEmpty() && !count.first().time.isValid())
                    found = TimeResolver::find(text(cl.start, cl.end), s.published, ctx.contextYear, left, ctx.lastDay);
            }
        for (const auto &f : found) {
            cl.times.append(f.time);
            cl.timeEnds.append(cl.start + f.end);
            if (f.time.precision() == TimePoint::Precision::Day)
                ctx.lastDay = f.time;
            if (f.setsYear)
                ctx.contextYear = f.time.first().year();
            anchor = ctx.anchorTime = f.time; // after 此后, no time to count from
        }
        const bool reportsClaim = isClaim(text(cl.start, cl.end));
        cl.time = cl.times.isEmpty() ? (reportsClaim ? TimePoint() : carried) : cl.times.first();
        if (cl.times.isEmpty() && anchor.isValid()
            && std::any_of(rules.thenWords().cbegin(), rules.thenWords().cend(),
                           [&](const QString &w) { return containsWord(text(cl.start, cl.end), w); }))
            cl.time = anchor;
        if (!cl.times.isEmpty()) {
            carried = cl.times.last();
            // 同日/同时 refer to an event's date, not to a background year (2019年由德勤加入).
            if (carried.isValid() && carried.precision() != TimePoint::Precision::Year)
                ctx.lastTime = carried;
        }
        // 深言智能9月1日发布内部邮件: when the report was issued.
        if (cl.time.isValid())
            for (const QString &w : rules.reportNouns())
                if (containsWord(text(cl.start, cl.end), w))
                    ctx.reportTimes.insert(w, cl.time);
    }

    // Negation and speculation: a clause cue, a cue doubting the rest of the
    // sentence before the clause, or one doubting the whole sentence (有消息称
    // 林振宇将辞去董事长职务，公司对此回应称消息不实: the report before it is no fact).
    bool rest = false, restDenied = false;
    bool wholeSentence = false, sentenceDenied = false;
    for (Clause &cl : clauses) {
        bool own = false;
        bool onlyPlans = true;
        for (qsizetype p = cl.start; p < cl.end; ++p) {
            if (const auto hit = rules.cueMatcher().matchAt(s.lower.first(cl.end), p)) {
                const RuleBook::Cue &cue = rules.cues().at(hit->value);
                own = true;
                onlyPlans = onlyPlans && rules.planWords().contains(cue.word);
                cl.negated = cl.negated || cue.isNegation;
                rest = rest || cue.scope == RuleBook::Cue::Scope::Rest;
                restDenied = restDenied || (cue.isNegation && cue.scope == RuleBook::Cue::Scope::Rest);
                wholeSentence = wholeSentence || cue.scope == RuleBook::Cue::Scope::Sentence;
                sentenceDenied = sentenceDenied || (cue.isNegation && cue.scope == RuleBook::Cue::Scope::Sentence);
            }
        }
        cl.doubted = own || rest;
        cl.denied = cl.negated || restDenied;
        cl.planned = own && onlyPlans && !rest;
    }
    if (wholeSentence)
        for (Clause &cl : clauses) {
            cl.doubted = true;
            cl.denied = cl.denied || sentenceDenied;
            cl.planned = false;
        }

    // Subjects: the first actor of the clause, else the topic carried over.
    for (Clause &cl : clauses) {
        for (int i : cl.mentions) {
            if (m(i).entity >= 0 && isActor(m(i).entity)) {
                cl.subject = m(i).entity;
                break;
            }
        }
    }
}

void Work::markModifiers()
{
    modifier.fill(false, s.mentions.size());
    titledBy.fill(-1, s.mentions.size());
    for (qsizetype i = 0; i < s.mentions.size(); ++i) {
        const Mention &a = s.mentions.at(i);
        // 王小川旗下的百川智能, 李嘉诚旗下的维港投资: the owner, a person too, is not who acts.
        // (奥尔登全球资本（Alden Global Capital）旗下的: past a note in brackets.)
        if (a.entity >= 0 && pastBracketedNote(s.folded.sliced(a.end, s.span.end - a.end)).startsWith(u"旗下"))
            modifier[i] = true;
        // The possessor and the names between (他在阿里的同事、阿里前总监李强) only describe
        // the person named last.
        if (const int owned = possessedPerson(int(i)); owned >= 0)
            for (qsizetype k = i; k < owned; ++k)
                modifier[k] = true;
        if (a.entity < 0 || !isOrg(a.entity))
            continue;
        // 财联社9月24日电, 新华社北京5日电: the outlet's dateline (a place, a date, 电 or 讯,
        // within a dozen characters and no break) names no party.
        if (state.entities.at(a.entity).kind == OrgKind::Media) {
            bool dated = false;
            for (qsizetype q = a.end; q < s.span.end && q - a.end <= 12 && !isClauseBreak(s.folded[q]); ++q) {
                dated = dated || s.folded[q].isDigit();
                if (dated && isOneOf(s.folded[q], u"电讯") && isOneOf(s.folded[q - 1], u"日号")) {
                    modifier[i] = true;
                    break;
                }
            }
        }
        // 新加坡储能企业VoltEdge: a country before a short description of the organisation
        // named next says where it is from; it does not act.
        // (The 公司 of the description is no pronoun's mention here.)
        qsizetype named = i + 1;
        while (named < s.mentions.size() && s.mentions[named].isPronoun)
            ++named;
        if (state.entities.at(a.entity).kind == OrgKind::Government && named < s.mentions.size()
            && isOrg(s.mentions[named].entity)) {
            const QStringView between = s.folded.sliced(a.end, s.mentions[named].start - a.end);
            // (中国AI公司MiniMax: Latin letters of the description too.)
            if (between.size() >= 2 && between.size() <= 8
                && std::all_of(between.begin(), between.end(),
                               [](QChar ch) { return isCjk(ch) || (ch.unicode() < 0x80 && ch.isLetter()); })
                // 美国芯片巨头英伟达, 阿布扎比投资机构CYVN: any word saying what a company is.
                && endsInCompanyNoun(between))
                modifier[i] = true;
        }
        qsizetype p = a.end;
        // Skip "(English name)", 前, 时任, 的.
        if (p < s.span.end && (s.folded[p] == QChar(u'(') || s.folded[p] == QChar(u'（'))) {
            while (p < s.span.end && s.folded[p] != QChar(u')') && s.folded[p] != QChar(u'）'))
                ++p;
            ++p;
        }
        for (const QString &prefix : rules.rolePrefixes())
            if (startsAt(s.folded, p, prefix))
                p += prefix.size();
        if (p < s.span.end && rules.roleMatcher().matchAt(s.lower.first(s.span.end), p))
            modifier[i] = true;
        // 清华大学博士周启航, 前大疆工程师许蔓: a word for a person after the organisation;
        // 由OpenAI前员工创立: people of the organisation, not the organisation, act.
        // 清华大学的师兄、前旷视科技研究员罗屹: 的 may stand before the word for the person.
        qsizetype cueAt = p < s.span.end && s.folded[p] == QChar(u'的') ? p + 1 : p;
        // 清华姚班同学唐文斌: a class or a lab of the organisation may stand before the word.
        const auto cueStartsAt = [&](qsizetype at) {
            return std::any_of(rules.personCues().cbegin(), rules.personCues().cend(),
                               [&](const QString &cue) { return startsAt(s.folded, at, cue); });
        };
        if (!cueStartsAt(cueAt))
            for (qsizetype q = cueAt + 1; q <= cueAt + 3 && q < s.span.end; ++q) {
                const QChar ch = s.folded[q - 1];
                if (!isCjk(ch) || rules.isStopChar(ch) || isInsideMention(s.mentions, q - 1))
                    break;
                if (cueStartsAt(q)) {
                    cueAt = q;
                    break;
                }
            }
        for (const QString &cue : rules.personCues())
            if (startsAt(s.folded, cueAt, cue) && cueAt + cue.size() < s.span.end) {
                if (!isInsideMention(s.mentions, cueAt + cue.size()))
                    modifier[i] = true;
                for (qsizetype j = i + 1; j < s.mentions.size(); ++j)
                    if (s.mentions[j].start == cueAt + cue.size() && isPerson(s.mentions[j].entity))
                        modifier[i] = true, titledBy[j] = a.entity;
            }
        // 星河汽车智能驾驶事业部总裁马骁: a department between the organisation and the
        // title of the person named right after it; 前百度文心一言核心工程师孙立恒: or a
        // product of the organisation's, and the team's word for it.
        qsizetype unitFrom = p;
        if (i + 1 < s.mentions.size() && s.mentions[i + 1].start == p && isProduct(s.mentions[i + 1].entity))
            unitFrom = s.mentions[i + 1].end;
        // (负责人之一扬·莱克: one of those holding the post.)
        if (const auto r = qualifiedRole(unitFrom, 8)) {
            const qsizetype holder = startsAt(s.folded, r->second, u"之一") ? r->second + 2 : r->second;
            for (qsizetype j = i + 1; j < s.mentions.size(); ++j)
                if (s.mentions[j].start == holder && isPerson(s.mentions[j].entity))
                    modifier[i] = true, titledBy[j] = a.entity;
        }
        if (p < s.span.end && rules.triggerMatcher().matchAt(s.lower.first(s.span.end), p)) {
            const auto hit = rules.triggerMatcher().matchAt(s.lower.first(s.span.end), p);
            if (rules.triggers().at(hit->value).pattern == RuleBook::Pattern::Title)
                modifier[i] = true;
        }
        // 云杉智能的早期投资方启元资本: the company only says whose investor.
        if (p < s.span.end && s.folded[p] == QChar(u'的') && investorNounAt(p + 1, 4) >= 0)
            modifier[i] = true;
        // 于2019年在英国创立, 位于德国弗赖堡: a country after 在/位于 is a place, not a party.
        if (state.entities.at(a.entity).kind == OrgKind::Government && a.start > s.span.start
            && (s.folded[a.start - 1] == QChar(u'在') || text(s.span.start, a.start).endsWith(u"位于")))
            modifier[i] = true;
        // X的Y with Y a name: X only says whose Y. (加盟了DeepSeek的竞争对手阶跃星辰: a word for a
        // rival may stand between; 墨衡的主要竞争对手锐算微电子: with its degree.)
        if (p < s.span.end && s.folded[p] == QChar(u'的') && i + 1 < s.mentions.size() && !s.mentions[i + 1].isPronoun) {
            qsizetype q = p + 1;
            for (const QStringView degree : {u"主要", u"最大的", u"最大", u"直接"})
                if (startsAt(s.folded, q, degree)) {
                    q += degree.size();
                    break;
                }
            for (const QStringView rival : {u"竞争对手", u"老对手", u"对手", u"竞品"})
                if (startsAt(s.folded, q, rival)) {
                    q += rival.size();
                    break;
                }
            if (s.mentions[i + 1].start == q)
                modifier[i] = true;
        }
    }
    for (Clause &cl : clauses) {
        cl.subject = -1;
        for (int i : cl.mentions) {
            // 2021年离开阿里，在杭州创办了知弈科技, 曾任该公司设计总监，…加盟墨衡: an organisation
            // after a relation verb is its object, so the next clause's verb does not take it
            // for its subject.
            if (m(i).entity >= 0 && isOrg(m(i).entity) && hasMoveBetween(cl.start, m(i).start))
                continue;
            // 将天衡科技、天衡智能诉至法院: a name after 将/把 is what the verb is done to.
            if (m(i).start > cl.start && isOneOf(s.folded[m(i).start - 1], u"将把"))
                break;
            if (m(i).entity >= 0 && isActor(m(i).entity) && !modifier[i]
                && !(i == cl.mentions.first() && followsWith(s.folded, m(i).start))) {
                cl.subject = m(i).entity;
                break;
            }
        }
        // 由穆拉蒂创办的Thinking Machines Lab，今年7月完成…融资: a clause that is a name with a
        // relative clause before it (由…的) has that name for its subject, not the founder.
        if (!cl.mentions.isEmpty() && text(cl.start, cl.end).startsWith(u'由')) {
            const int last = cl.mentions.last();
            qsizetype end = cl.end;
            while (end > m(last).end && isClauseBreak(s.folded[end - 1]))
                --end;
            if (m(last).end == end && m(last).start > cl.start && s.folded[m(last).start - 1] == QChar(u'的')
                && isOrg(m(last).entity))
                cl.subject = m(last).entity;
        }
    }
}

// 他的老同事李强, 张伟在阿里的下属、前产品总监李强: the person before 的 only says whose
// colleague the person named later in the clause is, whom it returns (else -1); a verb
// between them (张伟任命的总裁李强) makes the first one act.
int Work::possessedPerson(int i) const
{
    if (!isPerson(m(i).entity))
        return -1;
    const Clause &c = clauses[clauseOf(m(i).start)];
    for (int j : c.mentions) {
        if (m(j).start < m(i).end || j == i || !isPerson(m(j).entity))
            continue;
        if (m(j).entity == m(i).entity)
            return -1;
        const QStringView gap = text(m(i).end, m(j).start);
        // 李强与团队的王五: a list's 与 before 的 joins the two people, it is no 的 of the first.
        const qsizetype of = gap.indexOf(u'的');
        const auto joiner = std::find_if(gap.begin(), gap.end(), [](QChar ch) { return isOneOf(ch, u"、和与及"); });
        if (of < 0 || gap.size() > 24 || joiner - gap.begin() < of)
            return -1;
        const QStringView lower = s.lower.first(s.span.end);
        for (qsizetype q = m(i).end; q < m(j).start; ++q)
            if (const auto hit = rules.triggerMatcher().matchAt(lower, q); hit && !isInsideMention(s.mentions, q)) {
                const RuleBook::Trigger &t = rules.triggers().at(hit->value);
                if (t.pattern != RuleBook::Pattern::Title && t.relation != RelationType::CompetitorOf)
                    return -1;
            }
        return j;
    }
    return -1;
}

// The parties named in a suit's grounds, 以…为由 before the verb at `verb`, in its own
// clause or closing the clause before (以乙拖欠货款为由，向法院提起诉讼): the actors
// named there (以公司未履行… for the company), not courts or qualifying names.
QList<int> Work::suitGrounds(int clauseIndex, qsizetype verb) const
{
    const auto groundsIn = [&](const Clause &c, qsizetype end) -> QList<int> {
        const qsizetype reason = text(c.start, end).lastIndexOf(u"为由");
        if (reason < 0)
            return {};
        const qsizetype by = text(c.start, c.start + reason).lastIndexOf(u'以');
        if (by < 0)
            return {};
        return mentionsIn(c, c.start + by + 1, c.start + reason, [&](int i) {
            return isActor(m(i).entity) && !isCourt(m(i).entity) && !modifier[i];
        });
    };
    const Clause &c = clauses[clauseIndex];
    if (QList<int> own = groundsIn(c, verb); !own.isEmpty())
        return own;
    if (clauseIndex == 0)
        return {};
    const Clause &before = clauses[clauseIndex - 1];
    if (!text(before.start, before.end).chopped(1).endsWith(u"为由"))
        return {};
    return groundsIn(before, before.end);
}

// 张伟和首席技术官李强: two people listed, the second with a title of its own.
// Kapoor（卡普尔）与多模态团队的Brooks: or with a short description ending in 的 (no
// name, verb or clause break in it), the first one's other name in brackets skipped.
bool Work::joinsTitledPerson(int a, int b) const
{
    if (!isPerson(m(a).entity) || !isPerson(m(b).entity))
        return false;
    qsizetype q = m(a).end;
    if (q < m(b).start && (s.folded[q] == QChar(u'(') || s.folded[q] == QChar(u'（'))) {
        const qsizetype close = std::max(text(q, m(b).start).indexOf(u')'), text(q, m(b).start).indexOf(u'）'));
        if (close < 0)
            return false;
        q += close + 1;
    }
    // 汤慕白2016年与…: a date between the first person and the conjunction.
    while (q < m(b).start && (s.folded[q].isDigit() || isOneOf(s.folded[q], u"于年月日")))
        ++q;
    const qsizetype joiner = q;
    while (q < m(b).start && isOneOf(s.folded[q], u"、和与及"))
        ++q;
    if (q == joiner)
        return false;
    auto role = qualifiedRole(q, 8);
    // 与董事长兼首席执行官郎启明: posts held together, joined by 兼.
    while (role && role->second < m(b).start && s.folded[role->second] == QChar(u'兼'))
        role = qualifiedRole(role->second + 1, 0);
    if (role && role->second == m(b).start)
        return true;
    const QStringView described = text(q, m(b).start);
    return described.size() >= 2 && described.size() <= 8 && described.endsWith(u'的')
        && !isInsideMention(s.mentions, q) && !hasTriggerBetween(q, m(b).start)
        && std::none_of(described.begin(), described.end(), [](QChar ch) { return isClauseBreak(ch); })
        && std::none_of(s.mentions.cbegin(), s.mentions.cend(),
                        [&](const Mention &n) { return n.start >= q && n.end <= m(b).start; });
}

QList<int> Work::listAround(int i) const
{
    QList<int> out = {i};
    for (int j = i - 1; j >= 0; --j) {
        if ((!isJoinerText(text(m(j).end, m(j + 1).start)) && !joinsTitledPerson(j, j + 1)) || m(j).entity < 0)
            break;
        out.prepend(j);
    }
    for (int j = i + 1; j < s.mentions.size(); ++j) {
        // 光速创投(Lightspeed Venture Partners)和: the pair's parentheses are part of the name.
        const QStringView gap = pastBracketedNote(text(m(j - 1).end, m(j).start));
        if ((isJoinerText(gap) || joinsTitledPerson(j - 1, j)) && m(j).entity >= 0) {
            out.append(j);
            continue;
        }
        // 他和前百度文心一言核心工程师孙立恒: the next person past the names that title them.
        const int next = describedPersonAfter(j - 1);
        if (next < 0)
            break;
        out.append(next);
        j = next;
    }
    return out;
}

int Work::describedPersonAfter(int a) const
{
    if (!isPerson(m(a).entity))
        return -1;
    qsizetype q = m(a).end;
    const qsizetype joiner = q;
    while (q < s.span.end && isOneOf(s.folded[q], u"和与及"))
        ++q;
    if (q == joiner)
        return -1;
    for (const QString &prefix : rules.rolePrefixes())
        if (startsAt(s.folded, q, prefix)) {
            q += prefix.size();
            break;
        }
    // The organisation (and its product) whose title the person holds.
    int k = a + 1;
    if (k >= s.mentions.size() || m(k).start != q || !modifier[k])
        return -1;
    while (k < s.mentions.size() && m(k).start == q && (modifier[k] || isProduct(m(k).entity))) {
        q = m(k).end;
        ++k;
    }
    const auto role = qualifiedRole(q, 8);
    if (!role || k >= s.mentions.size() || role->second != m(k).start || !isPerson(m(k).entity))
        return -1;
    return k;
}

int Work::subjectBefore(const Clause &c, qsizetype pos, bool personOnly) const
{
    // 对Altman和OpenAI发起诉讼: names after 对/向/把 (and their list) are objects.
    bool inObject = false;
    bool companion = false;
    int prev = -1;
    for (int i : c.mentions) {
        if (m(i).start >= pos)
            break;
        QChar pre = m(i).start > s.span.start ? s.folded[m(i).start - 1] : QChar();
        // 对前资深副总经理罗唯仁提起诉讼: the preposition before the person's title.
        for (qsizetype k = m(i).start - 2; k >= c.start && k >= m(i).start - 14 && !isInsideMention(s.mentions, k); --k)
            if (isOneOf(s.folded[k], u"对向把将从在")) {
                qsizetype from = k + 1;
                for (const QString &prefix : rules.rolePrefixes())
                    if (startsAt(s.folded, from, prefix)) {
                        from += prefix.size();
                        break;
                    }
                if (const auto role = qualifiedRole(from, 8); role && role->second == m(i).start)
                    pre = s.folded[k];
                break;
            }
        // 从华为离职, 在华为工作: where from or where, not who. (将天衡科技诉至法院: 将 as 把.)
        if (pre == QChar(u'对') || pre == QChar(u'向') || pre == QChar(u'把') || pre == QChar(u'将') || pre == QChar(u'从')
            || pre == QChar(u'在'))
            inObject = true;
        // (天衡智能及天衡智能员工孔令川: an organisation whose staff the next one is keeps the list going.)
        else if (prev < 0
                 || (!isJoinerText(text(m(prev).end, m(i).start))
                     && !(modifier[prev] && titledBy.value(i, -1) == m(prev).entity)))
            inObject = false;
        // 与X共同创立: X goes with the subject; so do the person a title after 与 names and the
        // names listed with them (次月便与苹果前AI负责人格罗斯、OpenAI前研究员列维共同创办).
        if (prev < 0)
            companion = followsWith(s.folded, m(i).start);
        else if (companion) {
            const QStringView gap = pastBracketedNote(text(m(prev).end, m(i).start));
            companion = (modifier[prev] && titledBy.value(i, -1) == m(prev).entity) || isJoinerText(gap)
                || joinsTitledPerson(prev, i);
        }
        prev = i;
        const int e = m(i).entity;
        if (e < 0 || modifier[i] || inObject || companion)
            continue;
        // 2020年离开海思后加入澜芯股份: the organisation left is no subject of the next verb.
        if (isOrg(e) && hasMoveBetween(c.start, m(i).start))
            continue;
        if (personOnly ? isPerson(e) : isActor(e))
            return i;
    }
    return -1;
}

// 曾任搜狗首席营销官的洪涛加盟百川: the person the relative clause describes.
int Work::relativeSubject(const Clause &c, qsizetype pos) const
{
    for (int i : c.mentions) {
        if (m(i).start <= pos || !isPerson(m(i).entity))
            continue;
        if (m(i).start > 0 && s.folded[m(i).start - 1] == QChar(u'的'))
            return i;
        // 曾任OpenAI董事的LinkedIn共同创办人霍夫曼: past the title after 的.
        if (const int owner = titledBy.value(i, -1); owner >= 0)
            for (int j : c.mentions)
                if (j < i && m(j).entity == owner && m(j).start > pos && s.folded[m(j).start - 1] == QChar(u'的'))
                    return i;
    }
    return -1;
}

// 离开阿里的通义千问前技术负责人周畅, 创立百度的李彦宏: a verb opening a relative clause, its
// organisation right after it and 的, then the person the clause describes (past words of a
// title or a product, no verb nor break between). The organisation, which reads as the
// person's owner (X的Y), is the verb's object here. Gives the organisation's and the
// person's mention indices, or -1s.
std::pair<int, int> Work::relativeClauseHead(const Clause &c, qsizetype tEnd) const
{
    qsizetype at = tEnd;
    if (at < c.end && s.folded[at] == QChar(u'了'))
        ++at;
    for (int i : c.mentions) {
        if (m(i).start != at)
            continue;
        if (!isOrg(m(i).entity) || isCourt(m(i).entity) || m(i).end >= c.end || s.folded[m(i).end] != QChar(u'的'))
            return {-1, -1};
        for (int j : c.mentions) {
            if (m(j).start <= m(i).end)
                continue;
            if (m(j).start - m(i).end > 16 || hasTriggerBetween(m(i).end + 1, m(j).start))
                return {-1, -1};
            if (isPerson(m(j).entity))
                return {i, j};
            if (!isProduct(m(j).entity))
                return {-1, -1}; // another organisation: the 的 was that one's
        }
        return {-1, -1};
    }
    return {-1, -1};
}

// Whether `text` ends in a word saying what a company is: 公司, 集团, 机构 or a description
// noun (企业, 平台, 厂商, 巨头 …): 美国芯片巨头|英伟达, 由X创办的AI客服公司|Sierra.
bool Work::endsInCompanyNoun(QStringView text) const
{
    return text.endsWith(u"公司") || text.endsWith(u"集团") || text.endsWith(u"机构")
        || std::any_of(rules.descriptionNouns().cbegin(), rules.descriptionNouns().cend(),
                       [&](const QString &noun) { return endsAt(text, text.size(), noun); });
}

int Work::contextOrg(int exclude, qsizetype pos) const
{
    // An organisation named earlier in the sentence, else the one the text is about.
    for (qsizetype i = s.mentions.size() - 1; i >= 0; --i) {
        const Mention &mm = s.mentions.at(i);
        // A medium that reports the news (晚点获悉) is no party to it.
        if (mm.end > pos || modifier[i] || !isOrg(mm.entity) || isCourt(mm.entity) || mm.entity == exclude
            || state.entities.at(mm.entity).kind == OrgKind::Media)
            continue;
        return mm.entity;
    }
    // A digest's item (金山办公（688111.SH）公告，…) tells of its company, not the article's.
    if (ctx.paragraphOrg >= 0 && ctx.paragraphOrg != exclude)
        return ctx.paragraphOrg;
    if (state.topicOrg >= 0 && state.topicOrg != exclude)
        return state.topicOrg;
    if (orgAtStart >= 0 && orgAtStart != exclude)
        return orgAtStart;
    return -1;
}

int Work::nextClauseSubject(int clauseIndex) const
{
    // (继退出OpenAI董事会席位后,上周,微软又…: past a clause that is only a time.)
    for (qsizetype k = clauseIndex + 1; k < clauses.size(); ++k) {
        if (clauses[k].subject >= 0 || !clauses[k].mentions.isEmpty() || clauses[k].times.isEmpty())
            return clauses[k].subject;
    }
    return -1;
}

// A role word at `from` or after a short qualifier (自动驾驶技术总监, 战略顾问,
// 自动驾驶部门的感知算法负责人): [start of the qualifier, end of the role word).
// The qualifier holds no name, no trigger, no clause break and no function
// word but 的, so 宣布任命张三为总裁 is not read as one title.
std::optional<std::pair<qsizetype, qsizetype>> Work::qualifiedRole(qsizetype from, qsizetype maxGap) const
{
    const QStringView lower = s.lower.first(s.span.end);
    for (qsizetype q = from; q < s.span.end && q - from <= maxGap; ++q) {
        if (const auto rh = rules.roleMatcher().matchAt(lower, q))
            return std::make_pair(from, q + rh->length);
        const QChar ch = s.folded[q];
        // 研发经理, 开发总监: a product verb right before the role word is the post's field.
        if (const auto t = rules.triggerMatcher().matchAt(lower, q);
            t && rules.triggers().at(t->value).pattern == RuleBook::Pattern::Product
            && rules.roleMatcher().matchAt(lower, q + t->length)) {
            q += t->length - 1;
            continue;
        }
        // “超级对齐”团队负责人: a quoted name of a team or a project qualifies the post.
        if (isOneOf(ch, u"“”‘’\"「」"))
            continue;
        // Function words (role_break) end the qualifier, but not inside a word (对 of 对齐);
        // so does a report verb (理想汽车宣布总裁沈亚楠辞任: no post 宣布总裁).
        if (isClauseBreak(ch) || !ch.isLetter() || (rules.isRoleBreak(ch) && !insideNotPreposition(q))
            || isInsideMention(s.mentions, q) || rules.triggerMatcher().matchAt(lower, q)
            || std::any_of(rules.reportVerbs().cbegin(), rules.reportVerbs().cend(),
                           [&](const QString &v) { return startsAt(s.folded.first(s.span.end), q, v); }))
            return std::nullopt;
    }
    return std::nullopt;
}

// 张三创立的: between a person and the name after, a short relative clause (a verb, then 的).
bool Work::isRelativeGap(qsizetype from, qsizetype to) const
{
    const QStringView gap = text(from, to);
    return gap.size() >= 2 && gap.size() <= 6 && gap.endsWith(u'的') && hasTriggerBetween(from, to)
        && std::none_of(gap.begin(), gap.end(), [](QChar ch) { return isClauseBreak(ch); });
}

// 美国的Groq: a country (a government) right before 的 and an organisation says where
// that organisation is from; the organisation is the one meant.
bool Work::countryOf(int i) const
{
    return i + 1 < s.mentions.size() && m(i).entity >= 0 && isOrg(m(i).entity)
        && state.entities.at(m(i).entity).kind == OrgKind::Government && text(m(i).end, m(i + 1).start) == u"的"
        && m(i + 1).entity >= 0 && isOrg(m(i + 1).entity);
}

bool Work::hasTriggerBetween(qsizetype from, qsizetype to) const
{
    // 加盟竞争对手汇通数码: a rival noun describes the name, it owns no clause.
    // 离开了效力八年的腾讯: nor does a verb of tenure counting years before 的.
    // 加入华为旗下海思半导体: nor does a word of ownership.
    for (qsizetype q = from; q < to; ++q) {
        const int hit = triggerStartingAt(q);
        if (hit < 0)
            continue;
        const RuleBook::Trigger &t = rules.triggers().at(hit);
        if (t.relation != RelationType::CompetitorOf && t.pattern != RuleBook::Pattern::Owner
            && !isTenureBefore(q + t.word.size(), to))
            return true;
    }
    return false;
}

bool Work::isTenureBefore(qsizetype from, qsizetype to) const
{
    // 了八年的, 三年多的, 十一年的: a count of years closing an attributive before the name.
    QStringView gap = text(from, to);
    if (gap.startsWith(u'了'))
        gap = gap.sliced(1);
    if (!gap.endsWith(u'的'))
        return false;
    gap.chop(1);
    if (gap.endsWith(u'多') || gap.endsWith(u'半'))
        gap.chop(1);
    if (!gap.endsWith(u'年') || gap.size() < 2)
        return false;
    gap.chop(1);
    return std::all_of(gap.begin(), gap.end(), [](QChar ch) {
        return ch.isDigit() || isOneOf(ch, u"一二两三四五六七八九十几多余半");
    });
}

// The last receiving verb (获得, 拿下) in `before`: where it starts and its length, or {-1, 0}.
// With `loneHuo`, 获 alone counts too (2020年获蚂蚁集团投资), but not 获悉, 获奖, 获批.
bool Work::hasOwnAmountAt(const QList<AmountParser::Amount> &amounts, qsizetype at) const
{
    if (at < s.span.end && isOneOf(s.folded[at], u"约逾近共了"))
        ++at;
    return std::any_of(amounts.cbegin(), amounts.cend(), [&](const AmountParser::Amount &a) {
        return s.span.start + a.start == at;
    });
}

std::pair<qsizetype, qsizetype> Work::lastReceiveVerb(QStringView before, bool loneHuo) const
{
    qsizetype got = -1, length = 0;
    for (const QString &w : rules.receiveVerbs())
        if (const qsizetype at = lastIndexOfWord(before, w); at > got && (loneHuo || w.size() >= 2))
            got = at, length = w.size();
    if (const qsizetype huo = loneHuo ? before.lastIndexOf(u'获') : -1;
        huo > got && huo + 1 < before.size() && !isOneOf(before[huo + 1], u"得悉奖批准选"))
        got = huo, length = 1;
    return {got, length};
}

// Whether a name stands before 与 in the clause (沈一鸣与钟启明共同创立: the clause's own subject).
bool Work::ownSubjectBeforeWith(const Clause &c) const
{
    return !c.mentions.isEmpty() && !followsWith(s.folded, m(c.mentions.first()).start);
}

// Whether the clause going on at `from` has a verb of joining a funding round (等跟投, 领投).
bool Work::followsRoundVerb(qsizetype from) const
{
    for (qsizetype q = from; q < s.span.end && !isClauseBreak(s.folded[q]); ++q)
        if (const int t = triggerStartingAt(q); t >= 0 && rules.triggers().at(t).pattern == RuleBook::Pattern::Round)
            return true;
    return false;
}

// Whether a verb of joining or leaving stands in [from, to) (离开阿里, 转投腾讯).
bool Work::hasMoveBetween(qsizetype from, qsizetype to) const
{
    for (qsizetype q = from; q < to; ++q)
        if (const int hit = triggerStartingAt(q); hit >= 0) {
            const RuleBook::Trigger &t = rules.triggers().at(hit);
            // (次年2月重返OpenAI: a return is a move too.)
            if ((t.pattern == RuleBook::Pattern::Svo || t.pattern == RuleBook::Pattern::Return)
                && (t.relation == RelationType::Joined || t.relation == RelationType::Left))
                return true;
            // 曾任该公司设计总监: a clause opening on a post taken (an adverb before it at most).
            if (t.pattern == RuleBook::Pattern::Role && q - from <= 2
                && (q == from || isOneOf(s.folded[q - 1], u"曾现后并还又再亦也先")))
                return true;
        }
    return false;
}

int Work::previousEmployer(int person, const QList<int> &except) const
{
    for (qsizetype i = state.relations.size() - 1; i >= 0; --i) {
        const DocRelation &r = state.relations.at(i);
        if (r.source == person && isOrg(r.target) && !except.contains(r.target)
            && (r.type == RelationType::WorksAt || r.type == RelationType::Joined || r.type == RelationType::Founded
                || r.type == RelationType::Left))
            return r.target;
    }
    return -1;
}

// 其首席技术官职务由Y接任, 张三卸任首席执行官，由李四接任: an appointment verb with no
// post after it gives the heir (the person between 由 and the verb) the post named
// before 由, in this clause or the one before; the post's organisation is the name
// before it, else the context.
void Work::inheritPost(int ci, qsizetype by, qsizetype verb)
{
    const QStringView lower = s.lower.first(s.span.end);
    const Clause &c = clauses[ci];
    QList<int> heirs;
    for (int i : c.mentions)
        if (m(i).start > by && m(i).end <= verb && isPerson(m(i).entity) && !modifier[i])
            heirs.append(m(i).entity);
    if (heirs.isEmpty())
        return;
    for (int k = ci; k >= std::max(0, ci - 1); --k) {
        const Clause &pc = clauses[k];
        const qsizetype end = k == ci ? by : pc.end;
        qsizetype postStart = -1, postEnd = -1;
        for (qsizetype q = pc.start; q < end; ++q)
            if (const auto rh = rules.roleMatcher().matchAt(lower, q); rh && !isInsideMention(s.mentions, q)) {
                postStart = q;
                postEnd = q + rh->length;
                q = postEnd - 1;
            }
        if (postStart < 0)
            continue;
        int org = -1;
        // 速达行政总裁一职由…出任: the organisation right before the post is the post's, though
        // it only qualifies it; one further back qualifying someone else is not.
        for (int i : pc.mentions)
            if (m(i).end <= postStart && isOrg(m(i).entity) && !isCourt(m(i).entity)
                && (!modifier[i] || postStart - m(i).end <= 1))
                org = m(i).entity;
        if (org < 0)
            org = contextOrg(-1, postStart);
        if (org < 0)
            return;
        const QString post = s.folded.sliced(postStart, postEnd - postStart).toString();
        // A post left in a doubted clause (或将卸任) is inherited in doubt too.
        const Clause &told = pc.doubted ? pc : c;
        for (int heir : std::as_const(heirs))
            emit(RelationType::WorksAt, heir, org, told, kConfident, post);
        return;
    }
}

void Work::applyTitles()
{
    // ORG [前] ROLE PERSON, ROLE PERSON, ORG的ROLE, 创始人: titles state who
    // holds what, whatever the clause says happened.
    const QStringView lower = s.lower.first(s.span.end);
    for (qsizetype p = s.span.start; p < s.span.end; ++p) {
        QString role;
        bool founder = false;
        qsizetype len = 0;
        const auto tr = rules.triggerMatcher().matchAt(lower, p);
        if (tr && rules.triggers().at(tr->value).pattern == RuleBook::Pattern::Title) {
            founder = true;
            len = tr->length;
        } else if (const auto rh = rules.roleMatcher().matchAt(lower, p)) {
            len = rh->length;
        }
        if (!len)
            continue;
        // A role inside a name, or right after an appointment verb, is not a title here.
        if (isInsideMention(s.mentions, p))
            continue;
        qsizetype roleStart = p;
        for (const QString &prefix : rules.rolePrefixes())
            if (p - prefix.size() >= s.span.start && s.folded.sliced(p - prefix.size(), prefix.size()) == prefix) {
                roleStart = p - prefix.size();
                break;
            }
        role = s.folded.sliced(roleStart, p + len - roleStart).toString();
        const qsizetype roleEnd = p + len;
        const int ci = clauseOf(p);
        const Clause &c = clauses[ci];
        // The organisation: a name ending right before (allowing the pair's parentheses and 的/集团).
        QList<int> orgs;
        for (qsizetype i = s.mentions.size() - 1; i >= 0; --i) {
            const Mention &mm = s.mentions[i];
            if (mm.end > roleStart)
                continue;
            const QStringView gap = pastBracketedNote(text(mm.end, roleStart));
            if (gap.size() <= 1 && (gap.isEmpty() || gap == u"的") && isOrg(mm.entity))
                for (int j : listAround(int(i)))
                    if (isOrg(m(j).entity))
                        orgs.append(m(j).entity);
            // 公司创始人兼董事长林振宇: the organisation before a run of titles.
            if (orgs.isEmpty() && isOrg(mm.entity) && !isCourt(mm.entity)) {
                qsizetype q = mm.end;
                while (q < roleStart) {
                    if (const auto rh = rules.roleMatcher().matchAt(lower, q))
                        q += rh->length;
                    else if (const auto th = rules.triggerMatcher().matchAt(lower, q);
                             th && rules.triggers().at(th->value).pattern == RuleBook::Pattern::Title)
                        q += th->length;
                    else if (isOneOf(s.folded[q], u"兼、暨"))
                        ++q; // (台积电董事长暨总裁魏哲家: 暨 in Taiwan's writing)
                    else
                        break;
                }
                if (q == roleStart && q > mm.end)
                    orgs.append(mm.entity);
            }
            // 星河汽车智驾事业部总裁马骁: the department's organisation, when the title names a
            // person; 前百度文心一言核心工程师孙立恒: the organisation of the product before it.
            const qsizetype owner = isProduct(mm.entity) && i > 0 && m(int(i) - 1).end == mm.start
                    && isOrg(m(int(i) - 1).entity) ? i - 1 : i;
            if (orgs.isEmpty() && isOrg(m(int(owner)).entity) && !isCourt(m(int(owner)).entity) && modifier[owner]) {
                const auto r = qualifiedRole(mm.end, 8);
                if (r && r->second == roleEnd) {
                    orgs.append(m(int(owner)).entity);
                    roleStart = mm.end;
                    role = s.folded.sliced(roleStart, roleEnd - roleStart).toString();
                }
            }
            break;
        }
        // Windsurf首席执行官瓦伦·莫汉、联合创始人道格拉斯·陈: a title opening the next item of a
        // list of titled people is held at the organisation of the item before.
        if (orgs.isEmpty() && roleStart - 1 > s.span.start && s.folded[roleStart - 1] == QChar(u'、'))
            for (qsizetype j = 0; j < s.mentions.size(); ++j)
                if (m(int(j)).end == roleStart - 1 && isPerson(m(int(j)).entity) && titledBy.value(j, -1) >= 0)
                    orgs.append(titledBy[j]);
        // 谷歌从Character.AI带走了创始人诺姆·沙泽尔: one is taken from the organisation after 从,
        // whose founder or officer one is.
        if (orgs.isEmpty())
            for (int i : c.mentions)
                if (m(i).end <= roleStart && m(i).start > c.start && s.folded[m(i).start - 1] == QChar(u'从')
                    && isOrg(m(i).entity) && !isCourt(m(i).entity))
                    orgs = {m(i).entity};
        // The person: the next name after the title, past other titles (创始人兼首席执行官李开复).
        int person = -1;
        for (qsizetype i = 0; i < s.mentions.size(); ++i) {
            const Mention &mm = s.mentions[i];
            if (mm.start < roleEnd)
                continue;
            const QStringView gap = text(roleEnd, mm.start);
            if (isPerson(mm.entity) && (gap.isEmpty() || gap == u"的" || gap.size() <= 12)
                && clauseOf(mm.start) == ci) {
                bool clean = true;
                for (QChar ch : gap)
                    clean = clean && !isClauseBreak(ch);
                // Only titles and names may stand between: 联合创始人、Facebook首任总裁肖恩·帕克.
                if (clean && gap.size() > 1 && gap != u"的") {
                    bool onlyTitles = true;
                    for (qsizetype j = 0; j < s.mentions.size(); ++j)
                        if (s.mentions[j].start >= roleEnd && s.mentions[j].end <= mm.start && !modifier[j])
                            onlyTitles = false;
                    qsizetype q = roleEnd;
                    while (q < mm.start && onlyTitles) {
                        if (const auto rh = rules.roleMatcher().matchAt(lower, q)) {
                            q += rh->length;
                        } else if (const auto th = rules.triggerMatcher().matchAt(lower, q);
                                   th && rules.triggers().at(th->value).pattern == RuleBook::Pattern::Title) {
                            q += th->length;
                        } else {
                            bool inName = false;
                            for (const Mention &nm : std::as_const(s.mentions))
                                if (q >= nm.start && q < nm.end) {
                                    q = nm.end;
                                    inName = true;
                                    break;
                                }
                            if (!inName) {
                                const QChar ch = s.folded[q];
                                if (rules.isTitleFiller(ch) || rules.isStopChar(ch))
                                    ++q;
                                else
                                    onlyTitles = false;
                            }
                        }
                    }
                    clean = onlyTitles;
                }
                if (clean)
                    person = mm.entity;
            }
            break;
        }
        // 作为特斯拉、SpaceX和X的负责人,他: the person is named after the title's clause.
        // Not when the clause has its own person (张勇卸任…首席执行官，蔡崇信接任…): the title is theirs.
        const bool clauseHasPerson = std::any_of(c.mentions.cbegin(), c.mentions.cend(), [&](int i) {
            return m(i).end <= roleStart && isPerson(m(i).entity);
        });
        if (person < 0 && !orgs.isEmpty() && !clauseHasPerson && roleEnd < s.span.end
            && isClauseBreak(s.folded[roleEnd])) {
            for (const Mention &mm : std::as_const(s.mentions))
                if (mm.start > roleEnd && (isPerson(mm.entity) || (mm.isPronoun && mm.type == EntityType::Person))) {
                    person = mm.entity;
                    break;
                }
        }
        // 周启航此前是百度自动驾驶部门的感知算法负责人: PERSON 是 ORG …的 ROLE.
        if (person < 0 && orgs.isEmpty()) {
            for (qsizetype i = s.mentions.size() - 1; i >= 0; --i) {
                const Mention &mm = s.mentions[i];
                if (mm.end > roleStart)
                    continue;
                if (!isOrg(mm.entity) || isCourt(mm.entity) || clauseOf(mm.start) != ci)
                    break;
                const QStringView gap = text(mm.end, roleStart);
                const QStringView lead = text(c.start, mm.start);
                const qsizetype de = gap.lastIndexOf(u'的');
                if (gap.size() <= 12 && de >= 0 && (lead.endsWith(u"是") || lead.endsWith(u"为"))) {
                    const int who = subjectBefore(c, mm.start, true);
                    if (who >= 0) {
                        person = m(who).entity;
                        orgs.append(mm.entity);
                        role = s.folded.sliced(mm.end + de + 1, roleEnd - (mm.end + de + 1)).toString();
                    }
                }
                break;
            }
        }
        // 乔慕白是(在线教育公司)知序科技的创始人, 聘任许嘉彦为公司总经理: PERSON 是/为 ORG(的)ROLE,
        // the title told after its organisation, a short description (no name, no verb) allowed
        // before that; 认为/以为/因为/作为 are no copula.
        if (person < 0 && !orgs.isEmpty()) {
            for (qsizetype i = s.mentions.size() - 1; i >= 0; --i) {
                const Mention &mm = s.mentions[i];
                if (mm.end > roleStart || !orgs.contains(mm.entity))
                    continue;
                const QStringView gap = text(mm.end, roleStart);
                const QStringView lead = text(c.start, mm.start);
                const qsizetype copula = std::max(lead.lastIndexOf(u'是'), lead.lastIndexOf(u'为'));
                const bool notCopula = copula > 0 && lead[copula] == QChar(u'为')
                    && isOneOf(lead[copula - 1], u"认以因作");
                const qsizetype from = c.start + copula + 1;
                const bool described = copula >= 0 && !notCopula && mm.start - from <= 8
                    && !hasTriggerBetween(from, mm.start)
                    && std::none_of(s.mentions.cbegin(), s.mentions.cend(),
                                    [&](const Mention &n) { return n.start >= from && n.end <= mm.start; });
                if (clauseOf(mm.start) == ci && described && (gap.isEmpty() || gap == u"的"))
                    if (const int who = subjectBefore(c, from - 1, true); who >= 0)
                        person = m(who).entity;
                break;
            }
        }
        if (person < 0)
            continue;
        if (orgs.isEmpty()) {
            // A title with no organisation: the one the text is about.
            const int org = contextOrg(-1, roleStart);
            if (org < 0)
                continue;
            orgs.append(org);
        }
        // 它的两位创始人Noam Shazeer和Daniel De Freitas: the founders listed after the title
        // (only plain joiners between: 首席执行官A和首席技术官B hold a post each).
        QList<int> holders = {person};
        if (founder)
            for (qsizetype i = 0; i < s.mentions.size(); ++i) {
                if (m(int(i)).entity != person || m(int(i)).start < roleEnd)
                    continue;
                // (创始人闫楚与贺知衡是多年好友: 与 joins a companion, not a founder.)
                for (qsizetype j = i + 1; j < s.mentions.size() && isPerson(m(int(j)).entity)
                     && isJoinerText(text(m(int(j - 1)).end, m(int(j)).start))
                     && !text(m(int(j - 1)).end, m(int(j)).start).contains(u'与'); ++j)
                    holders.append(m(int(j)).entity);
                break;
            }
        for (int org : std::as_const(orgs))
            for (int holder : std::as_const(holders)) {
                if (founder)
                    emit(RelationType::Founded, holder, org, c, kContextual + 0.1, {}, true);
                else
                    emit(RelationType::WorksAt, holder, org, c, kContextual + 0.1, role, true);
            }
        p = roleEnd - 1;
    }
}

void Work::applyTriggers()
{
    const QStringView lower = s.lower.first(s.span.end);
    const auto amounts = AmountParser::find(text(s.span.start, s.span.end));
    // The company raising money in this sentence: who 完成/获得 … 融资.
    int roundCompany = -1;
    QString roundAmount;
    std::optional<double> roundValue;
    QString roundCurrency;
    TimePoint roundTime;
    for (const auto &a : amounts) {
        const qsizetype at = s.span.start + a.end;
        const QStringView after = s.folded.sliced(at, std::min<qsizetype>(12, s.span.end - at));
        const qsizetype before = s.span.start + a.start;
        const QStringView pre = s.folded.sliced(std::max(s.span.start, before - 4), before - std::max(s.span.start, before - 4));
        if (pre.endsWith(u"估值") || pre.endsWith(u"估值为") || pre.endsWith(u"估值达") || startsAt(after, 0, u"估值"))
            continue;
        // (募资: Taiwan's word for a round, 完成2,000万美元A轮募资; 募得10亿美元, 以…估值融资20亿美元: the verb before.)
        if (containsWord(after, u"融资") || containsWord(after, u"募资") || containsWord(after, u"投资") || containsWord(after, u"资金")
            || std::any_of(rules.raiseVerbs().cbegin(), rules.raiseVerbs().cend(), [&](const QString &v) { return pre.endsWith(v); })
            || containsWord(after, u"票据")
            || startsAt(after, 0, u"的撑腰") || startsAt(after, 0, u"的新一轮") || startsAt(after, 0, u"新融资")) {
            roundAmount = a.written;
            roundValue = a.value;
            roundCurrency = a.currency;
            const Clause &c = clauses[clauseOf(before)];
            roundTime = c.time;
            const int subj = subjectBefore(c, before, false);
            // 红杉中国于2023年领投1.2亿美元C轮融资: a name before a round verb invests in the
            // round; it does not raise it.
            const auto leadsTheRound = [&](int entity) {
                for (int i : c.mentions)
                    if (m(i).entity == entity && m(i).end <= before)
                        for (qsizetype q = m(i).end; q < before; ++q)
                            if (const int t = triggerStartingAt(q);
                                t >= 0 && rules.triggers().at(t).pattern == RuleBook::Pattern::Round)
                                return true;
                return false;
            };
            if (subj >= 0 && isOrg(m(subj).entity) && !leadsTheRound(m(subj).entity))
                roundCompany = m(subj).entity;
            else if (c.subject >= 0 && isOrg(c.subject) && !leadsTheRound(c.subject))
                roundCompany = c.subject;
            // 车规级芯片公司澜芯宣布完成15亿元融资: who 完成 the round is the organisation
            // right before that verb, past descriptions and investors named earlier.
            if (const qsizetype done = text(c.start, before).lastIndexOf(u"完成"); done >= 0) {
                int nearest = -1;
                for (int i : c.mentions)
                    if (m(i).end <= c.start + done && isOrg(m(i).entity) && !isCourt(m(i).entity) && !modifier[i])
                        nearest = i;
                if (nearest >= 0 && text(m(nearest).end, c.start + done).size() <= 6)
                    roundCompany = m(nearest).entity;
            }
            break;
        }
    }
    if (roundCompany < 0) {
        qsizetype f = indexOfWord(text(s.span.start, s.span.end), u"融资");
        if (f < 0)
            f = indexOfWord(text(s.span.start, s.span.end), u"募资");
        if (f >= 0) {
            const int ci = clauseOf(s.span.start + f);
            const int subj = subjectBefore(clauses[ci], s.span.start + f, false);
            if (subj >= 0 && isOrg(m(subj).entity))
                roundCompany = m(subj).entity;
            roundTime = clauses[ci].time;
            // 同时宣布完成…融资: the clause goes on with the sentence's subject.
            for (int k = ci - 1; k >= 0 && roundCompany < 0; --k)
                if (isOrg(clauses[k].subject))
                    roundCompany = clauses[k].subject;
            // SSI去年9月募得10亿美元；今年4月又以…估值融资20亿美元: so does a sentence naming no one
            // before a round it says is another (又, 再), with the company the text went on about.
            // (The company that raised the last round, when one was told: its investors open clauses too.)
            const QStringView lead = text(s.span.start, s.span.start + f);
            if (roundCompany < 0 && ci == 0 && subj < 0 && (containsWord(lead, u"又") || containsWord(lead, u"再"))
                && std::none_of(clauses[0].mentions.cbegin(), clauses[0].mentions.cend(),
                                [&](int i) { return m(i).start < s.span.start + f; }))
                roundCompany = isOrg(state.lastRoundCompany) ? state.lastRoundCompany
                    : isOrg(ctx.lastSubjectOrg)              ? ctx.lastSubjectOrg
                                                             : -1;
        }
    }
    if (roundCompany >= 0) {
        state.lastRoundCompany = roundCompany;
        state.lastRoundTime = roundTime;
        state.lastRoundAmount = roundAmount;
        state.lastRoundValue = roundValue;
        state.lastRoundCurrency = roundCurrency;
    } else if (refersToLastRound && roundAmount.isEmpty()) {
        // 本轮由高瓴创投领投: the amount is the round's, told in the sentence before.
        roundAmount = state.lastRoundAmount;
        roundValue = state.lastRoundValue;
        roundCurrency = state.lastRoundCurrency;
    }
    int directRoundTarget = -1; // the company a round verb of this sentence named after it
    const auto fillAmount = [&](int src, int dst) {
        for (int i : state.relationsOf(RelationType::InvestedIn, src, dst))
            if (DocRelation &r = state.relations[i]; r.amount.isEmpty() && !roundAmount.isEmpty()) {
                r.amount = roundAmount;
                r.amountValue = roundValue;
                r.currency = roundCurrency;
            }
    };

    // 法院驳回了甲对乙的起诉: a status verb before the suit it ends; applied once the
    // suit is read.
    std::optional<LawsuitStatus> statusOfNextSuit;
    const qsizetype suitsBefore = state.lawsuits.size();
    for (qsizetype p = s.span.start; p < s.span.end; ++p) {
        const auto hit = rules.triggerMatcher().matchAt(lower, p);
        if (!hit)
            continue;
        if (isInsideMention(s.mentions, p))
            continue;
        const RuleBook::Trigger &t = rules.triggers().at(hit->value);
        const qsizetype tEnd = p + hit->length;
        // 由德勤跳槽加入嘉峰: a joining verb right before another is told by the second.
        if (t.relation == RelationType::Joined)
            if (const auto next = rules.triggerMatcher().matchAt(lower, tEnd);
                next && rules.triggers().at(next->value).relation == RelationType::Joined) {
                p = tEnd - 1;
                continue;
            }
        const int ci = clauseOf(p);
        Clause &c = clauses[ci];
        presupposed = tEnd + 1 < s.span.end && s.folded[tEnd] == QChar(u'的')
            && std::any_of(c.mentions.cbegin(), c.mentions.cend(),
                           [&](int i) { return m(i).start == tEnd + 1 && m(i).entity >= 0; });
        // 前年出任首席运营官的沈嘉怡已于上月离职: of a clause's times, a verb takes the
        // nearest before it with no other verb between; else the clause's first.
        if (c.times.size() >= 2) {
            c.time = c.times.first();
            for (qsizetype k = c.times.size() - 1; k >= 0; --k)
                if (c.timeEnds[k] <= p && c.times[k].isValid()) {
                    if (!hasTriggerBetween(c.timeEnds[k], p))
                        c.time = c.times[k];
                    break;
                }
        }
        // The next name after `from`, past those that only qualify another (谷歌研究员张明).
        const auto next = [&](qsizetype from) {
            for (int i : c.mentions)
                if (m(i).start >= from && m(i).entity >= 0 && !modifier[i])
                    return i;
            return -1;
        };
        // The subject: a name before the trigger; 由X创立 turns it round; else the relative
        // clause's person; else the clause or sentence topic.
        const qsizetype byPos = text(c.start, p).lastIndexOf(u'由');
        int subjectIndex = subjectBefore(c, p, false);
        QList<int> subjects;
        if (subjectIndex >= 0)
            for (int j : listAround(subjectIndex))
                if (m(j).start < p && !modifier[j])
                    subjects.append(m(j).entity);
        // 离职的Ilya Sutskever: the verb describes the name after it.
        if (tEnd + 1 < s.span.end && s.folded[tEnd] == QChar(u'的')) {
            for (int i : c.mentions)
                if (m(i).start == tEnd + 1 && isPerson(m(i).entity))
                    subjects = {m(i).entity};
        }
        // 沈一鸣与钟启明共同创立X，两人都曾在Y任职: the clause speaks of the people named together before.
        // (腾讯 before 任职 is where they worked, not who.)
        if (std::none_of(subjects.cbegin(), subjects.cend(), [&](int a) { return isPerson(a); })) {
            const QList<int> plural = pluralSubjects(ci);
            if (!plural.isEmpty())
                subjects = plural;
        }
        int subject = subjects.isEmpty() ? -1 : subjects.first();
        // A pronoun whose antecedent is lost leaves the clause without a subject:
        // never hand its verb to another name.
        bool blocked = false;
        for (int i : c.mentions) {
            if (m(i).start >= p)
                break;
            if (m(i).isPronoun && m(i).entity < 0 && subjects.isEmpty()) {
                blocked = true;
                break;
            }
            if (m(i).entity >= 0 && !modifier[i])
                break;
        }
        if (blocked)
            continue;
        if (subject < 0) {
            const int rel = relativeSubject(c, tEnd);
            if (rel >= 0)
                subject = m(rel).entity, subjects = {subject};
        }
        // 继退出OpenAI董事会席位后,…微软: a fronted clause takes the main clause's subject.
        const QStringView clauseText = text(c.start, c.end);
        if (subject < 0 && ci + 1 < clauses.size()
            && (startsAt(clauseText, 0, u"继") || startsAt(clauseText, 0, u"作为") || startsAt(clauseText, 0, u"随着")
                || startsAt(clauseText, 0, u"在") || clauseText.chopped(1).endsWith(u"后"))) {
            subject = nextClauseSubject(ci);
            if (subject >= 0)
                subjects = {subject};
        }
        const bool ownSubject = subject >= 0;
        if (subject < 0) {
            // (36氪独家丨…: an outlet's tag before 丨 is no clause whose subject goes on.)
            for (int k = ci - 1; k >= 0 && subject < 0 && !isOneOf(s.folded[clauses[k].end - 1], u"丨|"); --k)
                subject = clauses[k].subject;
            if (subject < 0)
                subject = ctx.topic;
            if (subject >= 0)
                subjects = {subject};
        }

        // 离职半年后: a count right after a leaving verb dates what follows, not the departure.
        bool countsFromIt = false;
        if (t.relation == RelationType::Left) {
            const auto countAfter = TimeResolver::find(text(tEnd, c.end), s.published, 0);
            countsFromIt = !countAfter.isEmpty() && countAfter.first().start == 0 && !countAfter.first().time.isValid();
        }

        // 参与芯驰科技B+轮融资: taking part is investing only in a round the clause names
        // (参与讨论 is none); then it reads as a round's verb.
        RuleBook::Pattern pattern = t.pattern;
        if (pattern == RuleBook::Pattern::RoundJoin) {
            const QStringView rest = text(tEnd, c.end);
            // Inflection完成13亿美元融资，微软、霍夫曼…以及英伟达参与，估值…: or, ending its
            // clause, after a round the sentence told just before.
            const QStringView before = text(s.span.start, c.start);
            const bool closesAfterRound = rest.trimmed().size() <= 1 && c.start > s.span.start
                && (containsWord(before, u"融资") || containsWord(before, u"轮"));
            if (!containsWord(rest, u"融资") && !containsWord(rest, u"投资") && !rest.chopped(1).endsWith(u'轮') && !closesAfterRound)
                continue;
            pattern = RuleBook::Pattern::Round;
        }
        switch (pattern) {
        case RuleBook::Pattern::Svo:
        case RuleBook::Pattern::Subscribe:
        case RuleBook::Pattern::Rev:
        case RuleBook::Pattern::Product: {
            const RelationType type = *t.relation;
            // 投资方/投资人/投资者: a noun, not the act.
            if (type == RelationType::InvestedIn && tEnd < s.span.end
                && isOneOf(s.folded[tEnd], u"方人者建基机理银"))
                break;
            QList<int> objects;
            QList<int> actors = subjects;
            // The object was not named in the clause but taken from the sentence or the text.
            bool objectFromContext = false;
            bool topUp = false; // an investor adding to its investment, at a time of its own
            // 并未加入任何公司: the verb names no organisation, not even the context's.
            const bool toAny = std::any_of(rules.anyWords().cbegin(), rules.anyWords().cend(),
                                           [&](const QString &w) { return startsAt(s.folded, tEnd, w); });
            // 由顺丰跳槽至京东: with a joining verb, the organisation after 由 is where one
            // comes from (as after 从), not who acts.
            qsizetype agentBy = byPos;
            if (type == RelationType::Joined && byPos >= 0)
                for (int i : c.mentions)
                    if (m(i).start > c.start + byPos && m(i).entity >= 0) {
                        if (isOrg(m(i).entity) && m(i).start == c.start + byPos + 1)
                            agentBy = -1;
                        break;
                    }
            if (type == RelationType::Founded && byPos < 0 && !c.mentions.isEmpty()) {
                // 与刘思源共同创立, 东禾数科与阿里巴巴旗下的阿里云共同出资设立: the one named after
                // 与 founds it too (the owner before 旗下 only describes it).
                // (The one a title after 与 names, and those listed with it, too.)
                for (int i : c.mentions) {
                    if (m(i).end > p || !followsWith(s.folded, m(i).start))
                        continue;
                    int companion = i;
                    if (modifier[i])
                        for (int j : c.mentions)
                            if (j > i && !modifier[j]) {
                                if (m(j).end <= p
                                    && (text(m(i).end, m(j).start).startsWith(u"旗下") || titledBy.value(j, -1) == m(i).entity))
                                    companion = j;
                                break;
                            }
                    if (modifier[companion])
                        continue;
                    for (int j : listAround(companion)) {
                        // (OpenAI前研究员列维 listed: the person the listed organisation titles.)
                        if (modifier[j])
                            for (int k = j + 1; k < s.mentions.size(); ++k)
                                if (titledBy.value(k, -1) == m(j).entity) {
                                    j = k;
                                    break;
                                }
                        if (j >= companion && m(j).end <= p && isActor(m(j).entity) && !modifier[j]
                            && !actors.contains(m(j).entity))
                            actors.append(m(j).entity);
                    }
                }
                // 沈嘉禾离职，与清华大学的师兄罗屹共同创办了X: a clause opening with 与 goes on
                // with the person the clause before spoke of, who founds X too.
                if (text(c.start, c.end).startsWith(u'与') && !ownSubjectBeforeWith(c))
                    for (int k = ci - 1, found = -1; k >= 0 && found < 0; --k)
                        for (int i : clauses[k].mentions)
                            if (isPerson(m(i).entity) && !modifier[i]) {
                                found = m(i).entity;
                                if (!actors.contains(found))
                                    actors.append(found);
                                break;
                            }
            }
            // 腾讯宣布张立加盟: the person right before a verb of joining or leaving acts, not the
            // organisation that announces it (which is the one joined or left).
            int announcer = -1;
            if ((type == RelationType::Joined || type == RelationType::Left)
                && std::none_of(actors.cbegin(), actors.cend(), [&](int a) { return isPerson(a); }))
                for (int i : c.mentions)
                    if (m(i).end == p && isPerson(m(i).entity) && !modifier[i]) {
                        announcer = isOrg(subject) ? subject : -1;
                        actors = {m(i).entity};
                    }
            // 公司通过全资子公司X向Y投资: the subsidiary named after 通过 makes the investment.
            if (type == RelationType::InvestedIn)
                for (int i : c.mentions) {
                    if (m(i).end > p || !isOrg(m(i).entity))
                        continue;
                    const qsizetype via = text(c.start, m(i).start).lastIndexOf(u"通过");
                    if (via < 0)
                        continue;
                    const QStringView gap = text(c.start + via + 2, m(i).start);
                    if (gap.isEmpty() || gap == u"全资子公司" || gap == u"子公司" || gap == u"旗下"
                        || gap == u"其全资子公司" || gap == u"旗下子公司")
                        actors = {m(i).entity};
                    break;
                }
            // 黄卓贤及其创办的速仓机械人: 其 stands for the name before 及, who founded what follows.
            // When that name was not found, the clause's subject is still not the founder.
            if (type == RelationType::Founded && byPos < 0 && followsJiQi(p)) {
                const int founder = antecedentOfQi(p);
                actors.clear();
                if (founder >= 0)
                    actors.append(founder);
            }
            // 与腾讯以及周鸿祎创办的奇虎360竞争: the person right before an attributive founding
            // verb founded the name after it, not the clause's subject.
            if (type == RelationType::Founded && byPos < 0 && tEnd < c.end && s.folded[tEnd] == QChar(u'的'))
                for (int i : c.mentions)
                    if (m(i).end == p && isPerson(m(i).entity) && !modifier[i])
                        actors = {m(i).entity};
            // 视语科技是他2016年创立的, 腾讯是她2019年加入的: a cleft; the name before 是 is
            // what the verb is done to, the names between 是 and the verb act.
            bool cleft = false;
            if (agentBy < 0 && tEnd < c.end && s.folded[tEnd] == QChar(u'的')
                && (tEnd + 1 >= c.end || isClauseBreak(s.folded[tEnd + 1]))) {
                const qsizetype shi = text(c.start, p).lastIndexOf(u'是');
                const QList<int> doers = shi > 0 ? mentionsIn(c, c.start + shi + 1, p, [&](int i) {
                    return isActor(m(i).entity) && !modifier[i];
                }) : QList<int>{};
                int obj = -1;
                for (int i : c.mentions)
                    if (shi > 0 && m(i).end <= c.start + shi && m(i).entity >= 0 && !modifier[i])
                        obj = m(i).entity;
                if (!doers.isEmpty() && obj >= 0) {
                    actors.clear();
                    for (int i : doers)
                        if (m(i).entity != obj)
                            actors.append(m(i).entity);
                    objects = {obj};
                    cleft = !actors.isEmpty();
                }
            }
            if (!cleft && agentBy >= 0) {
                // Y由X与Z于…创立
                const qsizetype by = c.start + byPos;
                actors.clear();
                for (int i : c.mentions)
                    if (m(i).start > by && m(i).end <= p && m(i).entity >= 0 && !modifier[i] && isActor(m(i).entity))
                        actors.append(m(i).entity);
                int obj = -1;
                for (int i : c.mentions)
                    if (m(i).end <= by && m(i).entity >= 0 && !modifier[i])
                        obj = m(i).entity;
                // 由X创办的Y: the verb describes the name after 的; 由X联合创办的AI客服公司Sierra:
                // past a short description of what it is (ending in a word for a company).
                if (tEnd + 1 < c.end && s.folded[tEnd] == QChar(u'的'))
                    for (int i : c.mentions) {
                        if (m(i).start <= tEnd || m(i).entity < 0 || modifier[i])
                            continue;
                        const QStringView gap = text(tEnd + 1, m(i).start);
                        const bool described = gap.size() >= 2 && gap.size() <= 10
                            && std::all_of(gap.begin(), gap.end(), [](QChar ch) {
                                   return isCjk(ch) || (ch.unicode() < 0x80 && ch.isLetterOrNumber()) || ch == QChar(u' ');
                               })
                            && !hasTriggerBetween(tEnd + 1, m(i).start) && endsInCompanyNoun(gap);
                        if (m(i).start == tEnd + 1 || (described && isOrg(m(i).entity)))
                            obj = m(i).entity;
                        break;
                    }
                // 私募增资案由鸿海以32亿元认购: what is subscribed is the company the text is about.
                if (obj < 0 && type == RelationType::InvestedIn && t.pattern == RuleBook::Pattern::Subscribe)
                    obj = subscribedCompany(roundCompany);
                if (obj < 0)
                    for (int k = ci - 1; k >= 0 && obj < 0; --k)
                        obj = clauses[k].subject;
                if (obj >= 0)
                    objects.append(obj);
            } else if (!cleft) {
                // 向/对 Y … 注资: the object stands before the verb.
                for (int i : c.mentions) {
                    if (m(i).start >= p || m(i).entity < 0 || m(i).start == 0)
                        continue;
                    const QChar pre = s.folded[m(i).start - 1];
                    if ((pre == QChar(u'向') || pre == QChar(u'对')) && type != RelationType::Left) {
                        // 向新加坡储能企业VoltEdge投资: the country says where the company named next is from.
                        const int obj = modifier[i] && i + 1 < s.mentions.size() && m(i + 1).start < p
                                && m(i + 1).entity >= 0
                            ? i + 1
                            : i;
                        objects.append(m(obj).entity), actors.removeAll(m(obj).entity);
                        // 分别向澄衡科技和星瀚半导体注资: the whole list after 向.
                        for (int j : listAround(obj))
                            if (j > obj && m(j).start < p && m(j).entity >= 0 && !objects.contains(m(j).entity))
                                objects.append(m(j).entity), actors.removeAll(m(j).entity);
                    }
                }
                // 离开阿里的…周畅: with no name before the verb, the relative clause's person
                // moves (or founds), and the organisation before 的 is what the verb names.
                if (objects.isEmpty() && subjectIndex < 0 && t.pattern == RuleBook::Pattern::Svo
                    && (type == RelationType::Left || type == RelationType::Joined || type == RelationType::Founded))
                    if (const auto [org, head] = relativeClauseHead(c, tEnd); org >= 0) {
                        objects = {m(org).entity};
                        actors = {m(head).entity};
                    }
                if (objects.isEmpty()) {
                    int o = next(tEnd);
                    // 离职后创办了深言科技: the name belongs to the later verb, not to 离职.
                    if (o >= 0 && (type == RelationType::Left || type == RelationType::Joined)
                        && hasTriggerBetween(tEnd, m(o).start))
                        o = -1;
                    if (o >= 0) {
                        for (int j : listAround(o))
                            if (m(j).start >= tEnd && (type != RelationType::Develops || !modifier[j]))
                                objects.append(m(j).entity);
                        // 发布…模型X和Y: products are listed with words between.
                        // Not past a passive or a comparison (X1被视为L2的竞品): a product there is another's.
                        if (type == RelationType::Develops)
                            for (int i : c.mentions) {
                                if (m(i).start < tEnd)
                                    continue;
                                const QStringView between = text(tEnd, m(i).start);
                                if (containsWord(between, u"被") || containsWord(between, u"视为") || containsWord(between, u"对标"))
                                    break;
                                if (m(i).entity >= 0 && typeOf(m(i).entity) == EntityType::Product
                                    && !objects.contains(m(i).entity))
                                    objects.append(m(i).entity);
                            }
                    }
                }
                // 参与了OpenAI的共同创立: the organisation before 的.
                if (objects.isEmpty() && type == RelationType::Founded && p > 0 && s.folded[p - 1] == QChar(u'的')) {
                    for (int i : c.mentions)
                        if (m(i).end == p - 1 && isOrg(m(i).entity)) {
                            objects.append(m(i).entity);
                            actors.removeAll(m(i).entity);
                        }
                }
                // 公司去年获得美团2亿元战略投资: the one who receives is the subject,
                // the investor stands between 获得 and the verb.
                if (objects.isEmpty() && type == RelationType::InvestedIn) {
                    const auto [got, gotLength] = lastReceiveVerb(text(c.start, p), true);
                    if (got >= 0) {
                        const qsizetype from = c.start + got + gotLength;
                        const QList<int> investors = mentionsIn(c, from, p, [&](int i) {
                            return isActor(m(i).entity) && !modifier[i];
                        });
                        // A clause opening with 获 names no receiver: it goes on with the last subject.
                        int receiver = subject;
                        if (subjectIndex >= 0 && m(subjectIndex).start >= from) {
                            receiver = -1;
                            for (int k = ci - 1; k >= 0 && receiver < 0; --k)
                                if (isOrg(clauses[k].subject))
                                    receiver = clauses[k].subject;
                        }
                        if (!investors.isEmpty() && receiver >= 0 && isOrg(receiver)) {
                            objects = {receiver};
                            actors.clear();
                            for (int i : investors)
                                if (m(i).entity != receiver)
                                    actors.append(m(i).entity);
                        }
                        // 公司成立之初即拿到了种子轮投资: the subject receives; with no investor
                        // named, nobody here invests.
                        if (investors.isEmpty())
                            actors.clear();
                    }
                }
                // 其中淡马锡认购5,000万美元，高瓴资本认购4,000万美元: a subscriber's own amount
                // right after the verb buys into the offering or round the text is about; the
                // names before the verb subscribe together, none is what they buy.
                // (Only a subscribing verb, pattern subscribe: 向数据标注公司Scale AI投资143亿美元 names
                // what is invested in before the verb.)
                // 以约4500万美元认购D轮优先股: shares of a round or an offering, no company, are bought.
                const auto buysShares = [&] {
                    const QStringView after = text(tEnd, std::min(c.end, tEnd + 6));
                    const qsizetype round = after.indexOf(u'轮');
                    return startsAt(after, 0, u"优先股") || startsAt(after, 0, u"股份") || startsAt(after, 0, u"新股")
                        || (round > 0 && round <= 2 && after[0].isLetter() && after[0].unicode() < 0x80);
                };
                // 由鸿海以新台币32亿元认购: the amount paid, after 以, before the verb.
                const auto paysBefore = [&] {
                    const qsizetype yi = text(c.start, p).lastIndexOf(u'以');
                    return yi >= 0 && std::any_of(amounts.cbegin(), amounts.cend(), [&](const AmountParser::Amount &a) {
                        return s.span.start + a.start > c.start + yi && s.span.start + a.end <= p;
                    });
                };
                if (objects.isEmpty() && type == RelationType::InvestedIn && t.pattern == RuleBook::Pattern::Subscribe
                    && (hasOwnAmountAt(amounts, tEnd) || buysShares() || paysBefore()) && !containsWord(text(c.start, p), u"向")) {
                    const int target = subscribedCompany(roundCompany);
                    const QList<int> subscribers = mentionsIn(c, c.start, p, [&](int i) {
                        return isActor(m(i).entity) && !modifier[i] && m(i).entity != target
                            && !startsAt(s.folded, m(i).end, u"旗下");
                    });
                    if (isOrg(target) && !subscribers.isEmpty()) {
                        objects = {target};
                        actors.clear();
                        for (int i : subscribers)
                            actors.append(m(i).entity);
                    }
                }
                // 首次投资支付赛道: what is invested in is named right after the verb and is no
                // organisation, so none from before the verb or from the context stands for it.
                const bool namesWhat = tEnd < c.end && !isClauseBreak(s.folded[tEnd])
                    && !isOneOf(s.folded[tEnd], u"了的过") && !s.folded[tEnd].isDigit();
                // 亚马逊2023年9月宣布首期投资12.5亿美元，次年3月追加27.5亿美元: the investor carried
                // over adds to what it invested in just before.
                // (Told with a time of its own, it is another investment.)
                if (objects.isEmpty() && type == RelationType::InvestedIn && !ownSubject && !namesWhat
                    && subject >= 0 && subject == ctx.lastInvestor && isOrg(ctx.lastInvestee)) {
                    objects.append(ctx.lastInvestee);
                    objectFromContext = true;
                    topUp = !c.times.isEmpty();
                }
                if (objects.isEmpty() && type == RelationType::InvestedIn && ownSubject && !namesWhat) {
                    objectFromContext = true;
                    // 他基于OpenAI…的承诺进行了投资 / 微软10亿美元的撑腰.
                    for (int i : c.mentions)
                        if (m(i).start < p && m(i).entity >= 0 && isOrg(m(i).entity) && !actors.contains(m(i).entity))
                            objects.append(m(i).entity);
                    // 投资人周立衡也参与了本轮投资: the round told in this sentence, not the
                    // co-investor named last.
                    if (const int round = roundCompany >= 0 ? roundCompany : refersToLastRound ? state.lastRoundCompany : -1;
                        objects.isEmpty() && isOrg(round) && round != subject)
                        objects.append(round);
                    // 禾云智算注册资本为2亿元，其中东禾数科出资1.02亿元: the company whose registered
                    // capital the sentence tells.
                    for (const Mention &mm : std::as_const(s.mentions))
                        if (objects.isEmpty() && mm.end < p && isOrg(mm.entity) && mm.entity != subject
                            && startsAt(s.folded, mm.end, u"注册资本"))
                            objects.append(mm.entity);
                    // 亚马逊和谷歌是其主要投资方，其中亚马逊累计投资80亿美元: one of the investors
                    // just listed; the last name before it is a co-investor, not what it invests in.
                    if (objects.isEmpty() && !startsAt(text(c.start, c.end), 0, u"其中")) {
                        const int org = contextOrg(subject, p);
                        if (org >= 0)
                            objects.append(org);
                    }
                }
                // 微软退出OpenAI董事会: the organisation qualifies the board it leaves.
                // 卸任搜狗首席执行官: so does the organisation of the post left.
                if (objects.isEmpty() && type == RelationType::Left) {
                    for (int i : c.mentions)
                        if (m(i).start == tEnd && isOrg(m(i).entity)
                            && (s.folded.sliced(m(i).end).startsWith(u"董事") || modifier[i]))
                            objects.append(m(i).entity);
                }
                // 星河汽车智驾事业部总裁马骁已卸任: the organisation of the leaver's title.
                if (objects.isEmpty() && type == RelationType::Left && subjectIndex >= 0
                    && titledBy.value(subjectIndex, -1) >= 0 && m(subjectIndex).entity == subject)
                    objects.append(titledBy[subjectIndex]);
                if (objects.isEmpty() && announcer >= 0 && !toAny)
                    objects = {announcer};
                if (objects.isEmpty() && (type == RelationType::Joined || type == RelationType::Left) && !toAny) {
                    int org = contextOrg(subject, p);
                    // 他上月从Scale AI加盟: the organisation after 从 is the one left; a bare
                    // 加盟 joins the one the text is about.
                    const bool comesFrom = std::any_of(c.mentions.cbegin(), c.mentions.cend(), [&](int i) {
                        return m(i).entity == org && m(i).start > s.span.start && m(i).end <= p
                            && s.folded[m(i).start - 1] == QChar(u'从');
                    });
                    if (type == RelationType::Joined && comesFrom) {
                        const int about = ctx.lastSubjectOrg >= 0 ? ctx.lastSubjectOrg : state.topicOrg;
                        org = about != org && about != subject ? about : -1;
                    }
                    if (org >= 0 && isPerson(subject))
                        objects.append(org);
                }
            }
            // 传闻林某将加盟京东 … 林某并未加入任何公司: a denied move to any organisation
            // denies the move reported before, in this sentence or an earlier one.
            if ((type == RelationType::Joined || type == RelationType::Left) && objects.isEmpty() && c.negated && toAny)
                for (int a : std::as_const(actors))
                    if (isPerson(a))
                        state.denyRelationsOf(type, a);
            // 前华为…副总裁魏东航已于7月加入澜芯: only a person joins; a person before the
            // verb is the subject when the first name is an organisation qualifying them.
            if (type == RelationType::Joined && t.pattern == RuleBook::Pattern::Svo && agentBy < 0
                && std::none_of(actors.cbegin(), actors.cend(), [&](int a) { return isPerson(a); })) {
                const int who = subjectBefore(c, p, true);
                if (who >= 0)
                    actors = {m(who).entity};
            }
            bool passive = false;
            if (t.pattern == RuleBook::Pattern::Rev && type == RelationType::Joined) {
                if (const qsizetype bei = text(c.start, p).lastIndexOf(u'被'); bei >= 0) {
                    // 庞若鸣被Meta以…的薪酬包挖走: the person before 被 joins the organisation after it.
                    QList<int> movers;
                    int to = -1;
                    for (int i : c.mentions) {
                        if (m(i).end <= c.start + bei && isPerson(m(i).entity) && !movers.contains(m(i).entity))
                            movers.append(m(i).entity);
                        if (to < 0 && m(i).start > c.start + bei && m(i).end <= p && isOrg(m(i).entity))
                            to = m(i).entity;
                    }
                    if (movers.isEmpty() && isPerson(subject))
                        movers.append(subject);
                    if (!movers.isEmpty() && to >= 0) {
                        actors = movers;
                        objects = {to};
                        passive = true;
                    }
                } else if (std::none_of(objects.cbegin(), objects.cend(), [&](int o) { return isPerson(o); })) {
                    // 从谷歌挖来了在谷歌工作十七年的吴永辉: whom the verb brings in is the person
                    // after it, past a relative clause naming where they were.
                    for (int i : c.mentions)
                        if (m(i).start >= tEnd && isPerson(m(i).entity) && !modifier[i]) {
                            objects.clear();
                            for (int j : listAround(i))
                                if (isPerson(m(j).entity))
                                    objects.append(m(j).entity);
                            break;
                        }
                }
            }
            if (t.pattern == RuleBook::Pattern::Rev && !passive)
                std::swap(actors, objects);
            // 2021年从小鹏汽车加入星河汽车, 该公司从xAI挖来了Maria Lopez, 由德勤跳槽加入:
            // whom one joins from is whom one leaves.
            if (type == RelationType::Joined)
                for (int i : c.mentions)
                    if (m(i).start > c.start && m(i).start < p
                        && (s.folded[m(i).start - 1] == QChar(u'从')
                            || (byPos >= 0 && agentBy < 0 && m(i).start == c.start + byPos + 1))
                        && isOrg(m(i).entity) && !objects.contains(m(i).entity))
                        for (int a : std::as_const(actors))
                            if (isPerson(a) && a != m(i).entity)
                                emit(RelationType::Left, a, m(i).entity, c, kConfident);
            // 昨日宣布与黄卓贤及其创办的速仓达成和解: a verb before 的 describes the name after
            // it; the clause's date is the main event's, unless a date stands right before
            // the verb (2019年创办的).
            const bool attributive = tEnd < c.end && s.folded[tEnd] == QChar(u'的') && type == RelationType::Founded
                && !(p > c.start && isOneOf(s.folded[p - 1], u"年月日"));
            // 回归后负责小米市场部及新成立的子公司小米影业: a newly set-up unit the clause only
            // describes, with no founder named in it, was set up by no one the text went on about.
            if (type == RelationType::Founded && tEnd < c.end && s.folded[tEnd] == QChar(u'的') && !ownSubject
                && p > c.start && s.folded[p - 1] == QChar(u'新'))
                break;
            Clause undated = c;
            undated.time = TimePoint();
            // 卸任搜狗首席执行官, 卸任首席执行官一职: the post left, after the verb or
            // after the organisation right after it.
            QString postLeft;
            if (type == RelationType::Left && t.pattern == RuleBook::Pattern::Svo) {
                qsizetype q = tEnd;
                for (int i : c.mentions)
                    if (m(i).start == tEnd && isOrg(m(i).entity))
                        q = m(i).end;
                if (q < c.end && s.folded[q] == QChar(u'的'))
                    ++q;
                if (const auto post = qualifiedRole(q, 6); post && post->second <= c.end)
                    postLeft = s.folded.sliced(post->first, post->second - post->first).toString();
            }
            // 他离职后创立速仓，并推出…「速仓S1」: a person releases a product for the
            // organisation this sentence ties them to.
            if (type == RelationType::Develops)
                for (int &a : actors)
                    if (isPerson(a))
                        a = sentenceOrgOf(a);
            const bool jointVenture = std::count_if(actors.cbegin(), actors.cend(), [&](int a) { return isOrg(a); }) >= 2;
            for (int a : std::as_const(actors))
                for (int o : std::as_const(objects)) {
                    if (type == RelationType::Develops && typeOf(o) != EntityType::Product)
                        continue;
                    // An organisation leaves another only from its board (腾讯退出蓝鲸云董事会):
                    // 星河汽车智驾负责人卸任 is its manager leaving, not the company.
                    if (type == RelationType::Left && isOrg(a) && !t.word.contains(u"董事")
                        && !containsWord(text(tEnd, c.end), u"董事"))
                        continue;
                    if (type == RelationType::Founded && isOrg(a) && isOrg(o) && !jointVenture
                        && (t.word != QStringLiteral("孵化") || state.entities.at(a).kind == OrgKind::Company)) {
                        // An organisation setting one up: a subsidiary as well (a lab or a
                        // university incubating a company owns none of it; a venture that
                        // several set up together belongs to none of them alone).
                        emit(RelationType::SubsidiaryOf, o, a, c, kConfident);
                    }
                    if (const TimePoint after = timeAfterLeaving(c, p, a); after.isValid() && !attributive) {
                        Clause dated = c;
                        dated.time = after;
                        emit(type, a, o, dated, kConfident);
                    } else if (type == RelationType::InvestedIn && objectFromContext && !topUp
                               && !state.relationsOf(type, a, o).isEmpty()) {
                        // 本轮由…领投，北极星资本跟投。其中北极星资本出资3亿元: an investor's own share
                        // of an investment told before, in a company this clause does not name, is
                        // that investment, not another.
                        continue;
                    } else if (type == RelationType::InvestedIn) {
                        // The clause's amount goes with it, so that another round's investment is
                        // not taken for this one (天使轮3000万元 after A轮2.8亿元).
                        DocRelation investment = relation(type, a, o, attributive ? undated : c, kConfident);
                        if (const auto near = AmountParser::find(text(c.start, c.end)); !near.isEmpty()) {
                            // 分别向A和B注资5000万元和2亿元: the amounts go to the companies in order;
                            // A及B分别认购2亿港元及1.5亿港元: to the investors in order.
                            const bool each = containsWord(text(c.start, c.end), u"分别");
                            const qsizetype k = each && objects.size() > 1 && near.size() == objects.size()
                                ? objects.indexOf(o)
                                : each && actors.size() > 1 && near.size() == actors.size() ? actors.indexOf(a)
                                                                                          : 0;
                            investment.amount = near.at(k).written;
                            investment.amountValue = near.at(k).value;
                            investment.currency = near.at(k).currency;
                        }
                        commit(std::move(investment));
                    } else {
                        emit(type, a, o, attributive || countsFromIt ? undated : c, kConfident,
                             isPerson(a) ? postLeft : QString());
                    }
                    if (type == RelationType::InvestedIn) {
                        const auto near = AmountParser::find(text(c.start, c.end));
                        for (int i : state.relationsOf(type, a, o))
                            if (DocRelation &r = state.relations[i]; r.amount.isEmpty() && !near.isEmpty()) {
                                r.amount = near.first().written;
                                r.amountValue = near.first().value;
                                r.currency = near.first().currency;
                            }
                        // 投资人周立衡也参与了本轮投资: a part of the round this sentence told.
                        if (o == roundCompany)
                            fillAmount(a, o);
                    }
                }
            // 创建OpenAI: a founding year is the organisation's, for every founder.
            if (type == RelationType::Founded && !attributive)
                for (int o : std::as_const(objects))
                    if (isOrg(o) && c.time.isValid() && !state.entities[o].founded.isValid())
                        state.entities[o].founded = c.time;
            break;
        }
        case RuleBook::Pattern::Place: {
            // 此前在中金公司投资银行部任职, 两人都曾在英伟达工作, 任职于X: the organisation
            // after 在 (before the verb) or after 于.
            int org = -1;
            qsizetype zai = -1;
            // 出身华为, 供职腾讯, 曾在特斯拉参与…: the organisation right after the verb (曾在X上表示:
            // a platform one speaks on).
            for (int i : c.mentions)
                if (m(i).start == tEnd && isOrg(m(i).entity) && !startsAt(s.folded, m(i).end, u"上"))
                    org = m(i).entity;
            if (org >= 0) {
            } else if (tEnd < c.end && s.folded[tEnd] == QChar(u'于')) {
                for (int i : c.mentions)
                    if (m(i).start == tEnd + 1 && isOrg(m(i).entity))
                        org = m(i).entity;
            } else if (const qsizetype at = std::max(text(c.start, p).lastIndexOf(u'在'), text(c.start, p).lastIndexOf(u'于'));
                       at >= 0) {
                // 曾在英伟达工作, 曾於大疆任職.
                zai = c.start + at;
                for (int i : c.mentions)
                    if (m(i).start == zai + 1 && isOrg(m(i).entity) && p - m(i).end <= 10
                        && !std::any_of(c.mentions.cbegin(), c.mentions.cend(),
                                        [&](int j) { return m(j).start >= m(i).end && m(j).start < p; }))
                        org = m(i).entity;
            }
            if (org < 0 || isCourt(org))
                break;
            QList<int> people;
            for (int a : std::as_const(subjects))
                if (isPerson(a))
                    people.append(a);
            if (people.isEmpty()) {
                const int idx = subjectBefore(c, zai >= 0 ? zai : p, true);
                if (idx >= 0)
                    people.append(m(idx).entity);
                for (int k = ci - 1; k >= 0 && people.isEmpty(); --k)
                    if (isPerson(clauses[k].subject))
                        people.append(clauses[k].subject);
            }
            // 此前在X工作了六年: where one worked tells no date unless the clause has its own.
            Clause told = c;
            if (c.times.isEmpty())
                told.time = TimePoint();
            for (int person : std::as_const(people))
                emit(RelationType::WorksAt, person, org, told, kConfident);
            break;
        }
        case RuleBook::Pattern::Return: {
            // 回归老东家蔚来 joins it again; 回归中国市场 (a country, or no name) joins nothing; a bare 回归 (回归出任
            // 首席执行官) is to the organisation of the context, unless the person is on
            // leave from it (预计年底前回归: back from leave, no new joining).
            int org = -1;
            bool namesOther = false;
            for (int i : c.mentions) {
                if (m(i).start < tEnd || m(i).entity < 0)
                    continue;
                const QStringView gap = text(tEnd, m(i).start);
                if (isOrg(m(i).entity) && !isCourt(m(i).entity) && gap.size() <= 4 && !hasTriggerBetween(tEnd, m(i).start)
                    && state.entities.at(m(i).entity).kind != OrgKind::Government)
                    org = m(i).entity;
                break;
            }
            if (org < 0 && tEnd < c.end) {
                // Anything but a clause break, 后/了 or another verb after it is what one returns to.
                const QChar after = s.folded[tEnd];
                namesOther = !isClauseBreak(after) && !isOneOf(after, u"后了,")
                    && !rules.triggerMatcher().matchAt(lower, tEnd);
            }
            QList<int> people;
            for (int a : std::as_const(subjects))
                if (isPerson(a))
                    people.append(a);
            if (org < 0 && !namesOther && !people.isEmpty()) {
                org = contextOrg(people.first(), p);
                if (org >= 0 && !state.relationsOf(RelationType::OnLeave, people.first(), org).isEmpty())
                    org = -1;
            }
            if (org < 0)
                break;
            for (int person : std::as_const(people))
                emit(RelationType::Joined, person, org, c, kConfident);
            break;
        }
        case RuleBook::Pattern::Oust:
        case RuleBook::Pattern::OustPost: {
            // 董事会罢免了张三, 解除了张三的首席执行官职务, 张三被董事会罢免: the person removed
            // leaves. 解除/免去 remove a person only from a post (职务, 一职): 解除合同 is none.
            if (t.pattern == RuleBook::Pattern::OustPost && !containsWord(text(tEnd, c.end), u"职"))
                break;
            int person = -1;
            qsizetype postFrom = -1;
            if (const qsizetype bei = text(c.start, p).lastIndexOf(u'被'); bei >= 0) {
                const int idx = subjectBefore(c, c.start + bei, true);
                person = idx >= 0 ? m(idx).entity : (isPerson(subject) ? subject : -1);
            } else {
                for (int i : c.mentions)
                    if (m(i).start >= tEnd && isPerson(m(i).entity)) {
                        person = m(i).entity;
                        postFrom = m(i).end;
                        break;
                    }
            }
            if (person < 0)
                break;
            // The organisation whose board or owner acts (Kestrel董事会), else the context's.
            int org = -1;
            for (int i : c.mentions)
                if (m(i).end <= p && isOrg(m(i).entity) && !isCourt(m(i).entity))
                    org = m(i).entity;
            if (org < 0)
                org = contextOrg(-1, p);
            if (org < 0)
                org = state.knownOrgOf(person);
            if (org < 0)
                break;
            QString post;
            if (postFrom >= 0) {
                if (postFrom < c.end && s.folded[postFrom] == QChar(u'的'))
                    ++postFrom;
                if (const auto rh = qualifiedRole(postFrom, 6); rh && rh->second <= c.end)
                    post = s.folded.sliced(rh->first, rh->second - rh->first).toString();
            }
            // 距他被罢免仅过去八个月: the removal lies before the time the sentence tells.
            Clause told = c;
            if (text(c.start, c.end).startsWith(u'距'))
                told.time = TimePoint();
            emit(RelationType::Left, person, org, told, kConfident, post);
            break;
        }
        case RuleBook::Pattern::Founding: {
            const int org = subject;
            if (isOrg(org) && c.time.isValid() && !c.doubted)
                state.entities[org].founded = c.time;
            break;
        }
        case RuleBook::Pattern::Title:
            break; // applyTitles()
        case RuleBook::Pattern::Role: {
            // 出任/担任 [ORG] ROLE
            qsizetype q = tEnd;
            int org = -1;
            int o = -1; // the organisation qualifying the role: 出任其首席执行官
            for (int i : c.mentions)
                if (m(i).start >= tEnd && m(i).entity >= 0) {
                    o = i;
                    break;
                }
            if (o >= 0 && isOrg(m(o).entity)) {
                qsizetype after = m(o).end;
                // 出任腾讯的首席财务官: the 的 joins the organisation to the post, it is no part of it.
                if (after < c.end && s.folded[after] == QChar(u'的'))
                    ++after;
                for (const QString &prefix : rules.rolePrefixes())
                    if (startsAt(s.folded, after, prefix))
                        after += prefix.size();
                if (qualifiedRole(after, 8) && (m(o).start - tEnd) <= 1) {
                    org = m(o).entity;
                    q = after;
                }
            }
            // 任命张伟为首席执行官, 聘任李明、王芳为公司副总经理: an appointing verb names the
            // people, then 为 [ORG(的)] the post; the organisation that appoints is the clause's.
            QList<int> appointed;
            if (o >= 0 && isPerson(m(o).entity) && m(o).start - tEnd <= 1) {
                int last = o;
                appointed.append(m(o).entity);
                for (int i : c.mentions) {
                    if (m(i).start < m(last).end || !isPerson(m(i).entity))
                        continue;
                    if (!isJoinerText(text(m(last).end, m(i).start)))
                        break;
                    appointed.append(m(i).entity);
                    last = i;
                }
                qsizetype after = m(last).end;
                if (after < c.end && s.folded[after] == QChar(u'为')) {
                    ++after;
                    for (int i : c.mentions)
                        if (m(i).start == after && isOrg(m(i).entity)) {
                            org = m(i).entity;
                            after = m(i).end;
                            if (after < c.end && s.folded[after] == QChar(u'的'))
                                ++after;
                        }
                    q = after;
                } else {
                    appointed.clear();
                }
            }
            qsizetype roleStart = q;
            for (const QString &prefix : rules.rolePrefixes())
                if (startsAt(s.folded, q, prefix))
                    q += prefix.size();
            // 担任自动驾驶技术总监, 转任公司战略顾问: the title may carry its field.
            const auto rh = qualifiedRole(q, 8);
            if (!rh) {
                if (byPos >= 0)
                    inheritPost(ci, c.start + byPos, p);
                break;
            }
            const QString role = s.folded.sliced(roleStart, rh->second - roleStart).toString();
            QList<int> people = appointed;
            if (people.isEmpty())
                for (int a : std::as_const(subjects))
                    if (isPerson(a))
                        people.append(a);
            if (people.isEmpty()) {
                int idx = subjectBefore(c, p, true);
                if (idx < 0)
                    idx = relativeSubject(c, tEnd);
                if (idx >= 0)
                    people.append(m(idx).entity);
                else if (isPerson(subject))
                    people.append(subject);
                // 龚雅琳已离职，加盟澜舟智能，出任…: the person the sentence is about,
                // past a clause whose first name is the organisation joined.
                for (int k = ci - 1; k >= 0 && people.isEmpty(); --k)
                    if (isPerson(clauses[k].subject))
                        people.append(clauses[k].subject);
                // 前华为副总裁魏东航加入澜芯，出任首席运营官: the person of a clause whose first
                // name is the organisation of their title.
                for (int k = ci - 1; k >= 0 && people.isEmpty(); --k)
                    if (const int who = subjectBefore(clauses[k], clauses[k].end, true); who >= 0)
                        people.append(m(who).entity);
            }
            if (org < 0) {
                // 加入字节跳动担任首席财务官: the organisation of the clause, else the context.
                for (int i : c.mentions)
                    if (m(i).start < p && isOrg(m(i).entity) && !modifier[i])
                        org = m(i).entity;
                if (org < 0)
                    org = contextOrg(-1, p);
            }
            // 出任首席财务官兼首席运营官: a second post named right after 兼.
            QStringList posts = {role};
            if (rh->second + 1 < s.span.end && s.folded[rh->second] == QChar(u'兼'))
                if (const auto second = qualifiedRole(rh->second + 1, 0))
                    posts.append(s.folded.sliced(second->first, second->second - second->first).toString());
            // 重新出任首席执行官: the return is the event the clause dates, the post held is not.
            const bool joins = t.relation == RelationType::Joined;
            Clause held = c;
            if (joins)
                held.time = TimePoint();
            // 2018年加入X，曾任财务总监: a former post, with no time in its own clause, did
            // not begin at the time carried from the clause before.
            if (p > c.start && s.folded[p - 1] == QChar(u'曾') && c.times.isEmpty())
                held.time = TimePoint();
            // 甲、乙和丙分别出任A、B和C: each person listed before takes the post of the same
            // rank; the pairing holds only when the two lists are as long.
            if (p - 2 >= c.start && text(p - 2, p) == u"分别") {
                QList<int> listed;
                for (int i : c.mentions)
                    if (m(i).start < p && isPerson(m(i).entity) && !listed.contains(m(i).entity))
                        listed.append(m(i).entity);
                QStringList ranked = {role};
                qsizetype e = rh->second;
                while (e + 1 < c.end && isOneOf(s.folded[e], u"、和及与")) {
                    const auto rank = qualifiedRole(e + 1, 4);
                    if (!rank)
                        break;
                    ranked.append(s.folded.sliced(e + 1, rank->second - (e + 1)).toString());
                    e = rank->second;
                }
                if (listed.size() >= 2 && listed.size() == ranked.size()) {
                    for (qsizetype k = 0; k < listed.size(); ++k) {
                        emit(RelationType::WorksAt, listed[k], org, held, org >= 0 ? kConfident : 0, ranked[k]);
                        if (joins && org >= 0)
                            emit(RelationType::Joined, listed[k], org, c, kConfident, ranked[k]);
                    }
                    break;
                }
            }
            for (int person : std::as_const(people)) {
                for (const QString &post : std::as_const(posts))
                    emit(RelationType::WorksAt, person, org, held, org >= 0 ? kConfident : 0, post);
                if (joins && org >= 0)
                    emit(RelationType::Joined, person, org, c, kConfident, role);
            }
            break;
        }
        case RuleBook::Pattern::Self: {
            const RelationType type = *t.relation;
            // 在新任首席财务官到任前: "before someone arrives" tells of no one's arrival.
            if (type == RelationType::Joined && tEnd < s.span.end && s.folded[tEnd] == QChar(u'前'))
                break;
            QList<int> people;
            for (int a : std::as_const(subjects))
                if (isPerson(a))
                    people.append(a);
            // 原董事长、天使投资人邹建国退出董事会 with the name not found: a title before
            // the verb says someone unnamed here acts, not the subject carried over.
            if (people.isEmpty() && isPerson(subject))
                people.append(subject);
            // 小米宣布王强离职: the person right before the verb (the announcer, nearest
            // organisation, is the one left).
            if (people.isEmpty())
                for (int i : c.mentions)
                    if (m(i).end == p && isPerson(m(i).entity) && !modifier[i])
                        people.append(m(i).entity);
            if (!ownSubject && hasUnnamedHolder(c, p))
                people.clear();
            int org = -1;
            qsizetype best = -1;
            QSet<int> afterLaterVerb;
            for (int i : c.mentions) {
                if (!isOrg(m(i).entity) || isCourt(m(i).entity))
                    continue;
                // 离职后创办了深言科技: a name after a later verb is that verb's.
                if (hasTriggerBetween(tEnd, m(i).start)) {
                    afterLaterVerb.insert(m(i).entity);
                    continue;
                }
                const qsizetype d = std::abs(m(i).start - p);
                if (best < 0 || d < best)
                    best = d, org = m(i).entity;
            }
            if (org < 0) {
                org = contextOrg(-1, p);
                // 由前商汤科技执行董事区浩霖接掌，他将于10月2日正式履新: one takes up a post
                // somewhere else than the former employer named with 前.
                const bool former = std::any_of(s.mentions.cbegin(), s.mentions.cend(), [&](const Mention &mm) {
                    return mm.entity == org && mm.start > s.span.start && isOneOf(s.folded[mm.start - 1], u"前原");
                });
                if (type == RelationType::Joined && former)
                    org = state.topicOrg != org ? state.topicOrg : -1;
            }
            if (afterLaterVerb.contains(org))
                org = -1;
            if (org < 0 && !people.isEmpty())
                org = state.knownOrgOf(people.first());
            if (afterLaterVerb.contains(org))
                org = -1;
            QString role;
            if (const auto rh = rules.roleMatcher().matchAt(lower, tEnd))
                role = s.folded.sliced(tEnd, rh->length).toString();
            else if (t.word.contains(u"董事会"))
                role = QStringLiteral("董事会席位");
            for (int person : std::as_const(people)) {
                DocRelation r;
                r.type = type;
                r.source = person;
                r.target = org;
                r.time = countsFromIt ? TimePoint() : c.time;
                r.role = role;
                r.confidence = c.doubted ? kDoubted : kConfident;
                r.evidence = evidence;
                if (type == RelationType::OnLeave) {
                    // 休假一年, 休假6个月
                    const QStringView after = s.folded.sliced(tEnd, std::min<qsizetype>(5, s.span.end - tEnd));
                    static const QString digits = QStringLiteral("〇一二两三四五六七八九十");
                    if (!after.isEmpty()) {
                        int n = 0;
                        qsizetype k = 0;
                        if (after[0].isDigit())
                            n = after[0].digitValue(), k = 1;
                        else if (digits.indexOf(after[0]) > 0)
                            n = int(digits.indexOf(after[0])) - (digits.indexOf(after[0]) >= 3 ? 1 : 0), k = 1;
                        if (after[0] == QChar(u'半'))
                            k = 1, n = 6;
                        if (k && startsAt(after.sliced(k), 0, u"年"))
                            r.duration = after[0] == QChar(u'半') ? QStringLiteral("P6M") : QStringLiteral("P%1Y").arg(n);
                        else if (k && (startsAt(after.sliced(k), 0, u"个月")))
                            r.duration = QStringLiteral("P%1M").arg(n);
                    }
                }
                state.addRelation(std::move(r));
            }
            break;
        }
        case RuleBook::Pattern::RoundJoin: // read as Round above
            break;
        case RuleBook::Pattern::Round: {
            QList<int> investors;
            const qsizetype from = byPos >= 0 ? c.start + byPos : c.start;
            int direct = -1;
            if (tEnd < s.span.end && s.folded[tEnd] == QChar(u'了'))
                direct = next(tEnd);
            // 腾讯领投蓝鲸云3亿元的C轮融资: the company right after the verb raises the round.
            for (int i : c.mentions)
                if (direct < 0 && m(i).start == tEnd && isOrg(m(i).entity) && !isCourt(m(i).entity))
                    direct = i;
            // 甲领投了乙的融资，丙和丁跟投: the follow investors join the round the lead
            // invested in, not the lead.
            int target = direct >= 0 ? m(direct).entity : (directRoundTarget >= 0 ? directRoundTarget : roundCompany);
            if (direct >= 0) {
                directRoundTarget = target;
                // The lead was taken for the company raising money: the next 本轮 means the target.
                if (state.lastRoundCompany == roundCompany && roundCompany != target)
                    state.lastRoundCompany = target;
            }
            // 本轮融资由美团领投，高瓴资本跟投: the round the sentence before announced.
            if (target < 0 && state.lastRoundCompany >= 0 && refersToLastRound)
                target = state.lastRoundCompany;
            // 亚马逊宣布向AI初创公司Anthropic追加投资40亿美元: the company after 向 (a short
            // description between) receives the money; it does not invest.
            if (direct < 0)
                for (int i : c.mentions) {
                    if (m(i).end > p || !isOrg(m(i).entity) || m(i).start <= c.start)
                        continue;
                    const qsizetype xiang = text(c.start, m(i).start).lastIndexOf(u'向');
                    if (xiang < 0)
                        continue;
                    const qsizetype after = c.start + xiang + 1;
                    const bool near = m(i).start - after <= 8 && !hasTriggerBetween(after, m(i).start)
                        && std::none_of(c.mentions.cbegin(), c.mentions.cend(),
                                        [&](int j) { return m(j).start >= after && m(j).end <= m(i).start; });
                    if (near && !pastBracketedNote(text(m(i).end, p)).size()) {
                        target = m(i).entity;
                        break;
                    }
                }
            // 这家初创公司刚刚拿下奇绩创坛独家投资的种子轮: who receives stands before the
            // receiving verb and raises the round; only the names after it invest.
            qsizetype investorsFrom = from;
            if (const auto [got, gotLength] = lastReceiveVerb(text(from, p), false); got >= 0) {
                investorsFrom = from + got + gotLength;
                for (int i : c.mentions)
                    if (m(i).start >= from && m(i).end <= from + got && isOrg(m(i).entity) && !modifier[i])
                        target = m(i).entity;
            }
            if (target < 0) {
                target = contextOrg(-1, p);
                // 元禾璞华及小米长江产业基金跟投 with the company raising unnamed here: a co-investor
                // named last is not what they invest in.
                // (With one name only, as in 美团曾讨论过是否跟投, it stays: no one else invests.)
                const auto named = std::count_if(c.mentions.cbegin(), c.mentions.cend(), [&](int i) {
                    return m(i).start >= investorsFrom && m(i).end <= p && isActor(m(i).entity);
                });
                const bool listed = named >= 2 && std::any_of(c.mentions.cbegin(), c.mentions.cend(), [&](int i) {
                    return m(i).start >= investorsFrom && m(i).end <= p && m(i).entity == target;
                });
                if (listed)
                    target = state.lastRoundCompany >= 0 && state.lastRoundCompany != target ? state.lastRoundCompany
                        : state.topicOrg != target                                        ? state.topicOrg
                                                                                          : -1;
            }
            for (int i : c.mentions)
                if (m(i).start >= investorsFrom && m(i).end <= p && m(i).entity >= 0 && !modifier[i]
                    && isActor(m(i).entity) && m(i).entity != target)
                    investors.append(m(i).entity);
            // 英伟达参投1500万美元: an amount right after the verb is that investor's own.
            const AmountParser::Amount *own = nullptr;
            for (const auto &a : amounts)
                if (s.span.start + a.start == tEnd)
                    own = &a;
            for (int inv : std::as_const(investors)) {
                // 老股东X继续跟投 a new round: with its amount known it is an investment of its
                // own, not the earlier round's told again.
                // (An investor's own share, 参投1500万美元, is part of the round told before: not so.)
                DocRelation investment = relation(RelationType::InvestedIn, inv, target, c, kConfident);
                if (!own) {
                    investment.amount = roundAmount;
                    investment.amountValue = roundValue;
                    investment.currency = roundCurrency;
                }
                commit(std::move(investment));
                if (own)
                    for (int i : state.relationsOf(RelationType::InvestedIn, inv, target))
                        if (DocRelation &r = state.relations[i]; r.amount.isEmpty()) {
                            r.amount = own->written;
                            r.amountValue = own->value;
                            r.currency = own->currency;
                        }
                fillAmount(inv, target);
            }
            break;
        }
        case RuleBook::Pattern::Owner: {
            // X旗下的Y, or Z是X旗下的公司. With no name right before it (计划分拆旗下物流平台Y,
            // 旗下配送车「X1」) 旗下 is the subject's: the clause's, else the one carried over.
            int ownerEntity = -1;
            // (奥尔登全球资本（Alden Global Capital）旗下: past a note in brackets.)
            for (int i : c.mentions)
                if (m(i).end == p || (m(i).end < p && pastBracketedNote(text(m(i).end, p)).isEmpty()))
                    ownerEntity = m(i).entity;
            const bool namedOwner = ownerEntity >= 0;
            if (!namedOwner)
                ownerEntity = subject;
            if (!isOrg(ownerEntity))
                break;
            int owned = next(tEnd);
            int ownedEntity = owned >= 0 ? m(owned).entity : -1;
            // 英伟达旗下的风险投资部门NVentures, 旗下智能物流平台Y: a short description (no
            // verb, no break) may stand before the name owned.
            const auto describes = [&](QStringView gap) {
                return !m(owned).isPronoun && gap.size() <= 10 && std::none_of(gap.begin(), gap.end(), [](QChar ch) { return isClauseBreak(ch); })
                    && !hasTriggerBetween(tEnd, m(owned).start);
            };
            const QStringView ownedGap = owned >= 0 ? text(tEnd, m(owned).start) : QStringView();
            if (containsWord(ownedGap, u"、") || containsWord(ownedGap, u"以及"))
                break; // 中国移动旗下基金、腾讯、…共同领投: an unnamed fund in a list; the names after it are not owned
            if (owned < 0 || (ownedGap.size() > 2 && !describes(ownedGap)))
                ownedEntity = namedOwner && subject != ownerEntity ? subject : -1;
            if (ownedEntity == ownerEntity)
                break;
            if (ownedEntity >= 0 && isOrg(ownedEntity))
                emit(RelationType::SubsidiaryOf, ownedEntity, ownerEntity, c, kConfident);
            else if (ownedEntity >= 0 && typeOf(ownedEntity) == EntityType::Product)
                emit(RelationType::Develops, ownerEntity, ownedEntity, c, kConfident);
            // 旗下的《纽约每日新闻》《芝加哥论坛报》: and the names listed with it.
            if (ownedEntity >= 0 && owned >= 0 && m(owned).entity == ownedEntity)
                for (int j : listAround(owned))
                    if (j > owned && m(j).entity != ownerEntity && m(j).entity != ownedEntity && isOrg(m(j).entity)
                        && isOrg(ownedEntity))
                        emit(RelationType::SubsidiaryOf, m(j).entity, ownerEntity, c, kConfident);
            break;
        }
        case RuleBook::Pattern::SubTitle:
        case RuleBook::Pattern::Parent: {
            int before = -1, after = -1;
            for (int i : c.mentions) {
                if (m(i).end <= p && p - m(i).end <= 2 && isOrg(m(i).entity))
                    before = m(i).entity;
                if (m(i).start >= tEnd && m(i).start - tEnd <= 1 && after < 0 && isOrg(m(i).entity))
                    after = m(i).entity;
            }
            const int owner = subject;
            if (t.pattern == RuleBook::Pattern::Parent) {
                // TikTok与母公司字节跳动
                int child = -1;
                for (int i : c.mentions)
                    if (m(i).end <= p && isOrg(m(i).entity))
                        child = m(i).entity;
                if (child >= 0 && after >= 0)
                    emit(RelationType::SubsidiaryOf, child, after, c, kConfident);
                break;
            }
            if (before >= 0 && after >= 0)
                emit(RelationType::SubsidiaryOf, after, before, c, kConfident);
            else if (before >= 0 && owner >= 0 && owner != before)
                emit(RelationType::SubsidiaryOf, owner, before, c, kConfident);
            else if (after >= 0) {
                const int parent = isOrg(owner) ? owner : contextOrg(after, p);
                emit(RelationType::SubsidiaryOf, after, parent, c, kConfident);
            } else if (subjectIndex >= 0 && !m(subjectIndex).isPronoun && m(subjectIndex).entity == subject
                       && isOrg(subject) && containsWord(text(c.start, p), u"成为") && s.folded[p - 1] != QChar(u'其')) {
                // Y将成为(独立营运的)附属公司: the parent is the organisation the text is about.
                // Not after a pronoun (后者成为其全资子公司): which is which is the pronouns' to say.
                if (const int parent = contextOrg(subject, p); parent >= 0)
                    emit(RelationType::SubsidiaryOf, subject, parent, c, kConfident);
            }
            break;
        }
        case RuleBook::Pattern::Acquire: {
            int target = -1;
            for (int i : c.mentions) {
                if (m(i).start == 0 || m(i).entity < 0)
                    continue;
                if (m(i).start < p && s.folded[m(i).start - 1] == QChar(u'对'))
                    target = m(i).entity;
            }
            if (target < 0) {
                const int o = next(tEnd);
                if (o >= 0)
                    target = m(o).entity;
            }
            if (isOrg(subject) && isOrg(target))
                emit(RelationType::SubsidiaryOf, target, subject, c, kConfident);
            break;
        }
        case RuleBook::Pattern::Suit:
        case RuleBook::Pattern::Counter: {
            if (c.doubted)
                break;
            // 对X提起诉讼, 把X告上法庭: the defendants stand after 对/把.
            // (Not the 对 of 对手: 遭老对手锐算起诉.)
            // (Nor of 对冲基金, or of another word of not_preposition.)
            qsizetype dui = text(c.start, p).lastIndexOf(u'对');
            while (dui >= 0 && (insideNotPreposition(c.start + dui) || isInsideMention(s.mentions, c.start + dui)))
                dui = dui > 0 ? text(c.start, c.start + dui).lastIndexOf(u'对') : -1;
            const qsizetype against = std::max({dui, text(c.start, p).lastIndexOf(u'把'), text(c.start, p).lastIndexOf(u'将')});
            const qsizetype split = against >= 0 ? c.start + against : p;
            // 对已从阿里离职的前技术负责人周畅申请仲裁: names in a relative clause before the one
            // sued (up to its last 的) describe that one; they are not sued.
            qsizetype headFrom = split;
            if (against >= 0)
                if (const qsizetype de = text(split, p).lastIndexOf(u'的'); de > 0
                    && std::any_of(c.mentions.cbegin(), c.mentions.cend(), [&](int i) {
                           return m(i).start > split + de && m(i).end <= p && isActor(m(i).entity);
                       }))
                    headFrom = split + de;
            QSet<int> plaintiffs, defendants, courts;
            for (int i : c.mentions) {
                const int e = m(i).entity;
                if (e < 0)
                    continue;
                if (isCourt(e)) {
                    courts.insert(e);
                    continue;
                }
                if (!isActor(e) || modifier[i])
                    continue;
                const QChar pre = m(i).start > 0 ? s.folded[m(i).start - 1] : QChar();
                if (m(i).end <= split && pre != QChar(u'向'))
                    plaintiffs.insert(e);
                else if (m(i).start >= headFrom && (m(i).end <= p || against < 0) && m(i).start >= (against >= 0 ? split : tEnd))
                    defendants.insert(e);
            }
            // 阿里以违反竞业协议为由，对…周畅申请仲裁: a clause opening on 对 goes on with the
            // subject of the clause before.
            if (against >= 0 && plaintiffs.isEmpty() && text(c.start, split).trimmed().isEmpty())
                for (int k = ci - 1; k >= 0 && plaintiffs.isEmpty(); --k)
                    if (isActor(clauses[k].subject) && !defendants.contains(clauses[k].subject))
                        plaintiffs.insert(clauses[k].subject);
            // 对两人及钰衡提起民事诉讼: "the two" after 对 are the people named together before.
            if (against >= 0)
                for (const QString &w : rules.pluralPersonPronouns())
                    if (startsAt(text(split + 1, p), 0, w)) {
                        QList<int> people;
                        for (int k = ci - 1; k >= 0 && people.size() < 2; --k)
                            for (int i : clauses[k].mentions)
                                if (isPerson(m(i).entity) && !people.contains(m(i).entity))
                                    people.append(m(i).entity);
                        if (people.size() < 2) {
                            people.clear();
                            for (int e : std::as_const(ctx.lastList))
                                if (isPerson(e))
                                    people.append(e);
                        }
                        if (people.size() >= 2)
                            for (int e : std::as_const(people))
                                defendants.insert(e);
                        break;
                    }
            // 星图AI被快手起诉, 次日遭老对手锐算起诉: the name after 被 (遭) sues the one before it.
            if (const qsizetype bei = std::max(text(c.start, p).lastIndexOf(u'被'), text(c.start, p).lastIndexOf(u'遭'));
                bei >= 0 && against < 0) {
                const qsizetype at = c.start + bei;
                QSet<int> suers, sued;
                for (int i : c.mentions) {
                    if (m(i).entity < 0 || !isActor(m(i).entity) || modifier[i] || m(i).start >= p)
                        continue;
                    (m(i).start > at ? suers : sued).insert(m(i).entity);
                }
                if (sued.isEmpty() && subject >= 0 && isActor(subject) && !suers.contains(subject))
                    sued.insert(subject);
                // 墨衡完成融资，次日遭老对手锐算起诉: the clause goes on with the one sued before.
                for (int k = ci - 1; k >= 0 && sued.isEmpty(); --k)
                    if (isActor(clauses[k].subject) && !suers.contains(clauses[k].subject))
                        sued.insert(clauses[k].subject);
                if (!suers.isEmpty()) {
                    plaintiffs = suers;
                    defendants = sued;
                    defendants.subtract(plaintiffs);
                }
            }
            // 甲以乙拖欠货款为由(,向法院)提起诉讼: the party named in the grounds is whom
            // the suit is against, not a second plaintiff.
            if (defendants.isEmpty()) {
                const QList<int> grounds = suitGrounds(ci, p);
                QSet<int> named;
                for (int i : grounds)
                    if (m(i).entity != subject)
                        named.insert(m(i).entity);
                QSet<int> rest = plaintiffs;
                rest.subtract(named);
                if (subject >= 0 && isActor(subject))
                    rest.insert(subject);
                if (!named.isEmpty() && !rest.isEmpty()) {
                    plaintiffs = rest;
                    defendants = named;
                }
            }
            if (plaintiffs.isEmpty() && subject >= 0 && isActor(subject))
                plaintiffs.insert(subject);
            // 向法院提起诉讼,指控云图数据违规抓取…: the accusation names whom the suit is against.
            // 提起仲裁,请求裁决乙支付回购款: so does the relief sought from it.
            if (defendants.isEmpty() && ci + 1 < clauses.size()
                && (isAccusation(text(clauses[ci + 1].start, clauses[ci + 1].end))
                    || isDemand(text(clauses[ci + 1].start, clauses[ci + 1].end)))) {
                const QList<int> accused = mentionsIn(clauses[ci + 1], clauses[ci + 1].start, clauses[ci + 1].end, [&](int i) {
                    return isActor(m(i).entity) && !isCourt(m(i).entity) && !modifier[i];
                });
                if (!accused.isEmpty())
                    for (int j : listAround(accused.first()))
                        if (isActor(m(j).entity) && !plaintiffs.contains(m(j).entity))
                            defendants.insert(m(j).entity);
                // 指控韦珏带走了设计文档，…，要求墨衡和韦珏停止侵权: the relief sought after the
                // accusation names the rest of whom the suit is against.
                for (int k = ci + 2; k < clauses.size() && !defendants.isEmpty(); ++k) {
                    if (!isDemand(text(clauses[k].start, clauses[k].end)))
                        continue;
                    const QList<int> asked = mentionsIn(clauses[k], clauses[k].start, clauses[k].end, [&](int i) {
                        return isActor(m(i).entity) && !isCourt(m(i).entity) && !modifier[i];
                    });
                    if (!asked.isEmpty())
                        for (int j : listAround(asked.first()))
                            if (isActor(m(j).entity) && !plaintiffs.contains(m(j).entity))
                                defendants.insert(m(j).entity);
                    break;
                }
            }
            // 提起诉讼，把Character.AI、它的两位创始人A和B，连同谷歌及其母公司Alphabet，统统列为被告:
            // the names from 把/将 to 列为被告, over the clauses between.
            // (11月更把微软、…霍夫曼等人列为被告: 把 may follow a time and an adverb.)
            if (defendants.isEmpty() && ci + 1 < clauses.size()) {
                const QStringView following = text(clauses[ci + 1].start, std::min(clauses[ci + 1].end, clauses[ci + 1].start + 6));
                const bool ba = (containsWord(following, u"把") || containsWord(following, u"将"))
                    && std::none_of(clauses[ci + 1].mentions.cbegin(), clauses[ci + 1].mentions.cend(), [&](int i) {
                           return m(i).start < clauses[ci + 1].start + std::max(following.indexOf(u'把'), following.indexOf(u'将'));
                       });
                for (qsizetype k = ci + 1; k < clauses.size() && ba; ++k) {
                    const qsizetype listed = indexOfWord(text(clauses[k].start, clauses[k].end), u"列为");
                    if (listed < 0 || !containsWord(text(clauses[k].start + listed, clauses[k].end), u"被告"))
                        continue;
                    for (qsizetype j = ci + 1; j <= k; ++j)
                        for (int i : clauses[j].mentions)
                            if (m(i).start < clauses[k].start + listed && isActor(m(i).entity) && !isCourt(m(i).entity)
                                && !modifier[i] && !plaintiffs.contains(m(i).entity))
                                defendants.insert(m(i).entity);
                    break;
                }
            }
            // The court: a court named in the clause, else 在X before the verb (在加州).
            QString court;
            if (!courts.isEmpty())
                court = state.entities.at(*courts.begin()).name;
            else {
                const qsizetype at = text(c.start, p).lastIndexOf(u'在');
                if (at >= 0) {
                    qsizetype e = c.start + at + 1;
                    while (e < p && !isOneOf(s.folded[e], u"对起向提") && e - (c.start + at) < 12)
                        ++e;
                    court = s.folded.sliced(c.start + at + 1, e - (c.start + at + 1)).toString();
                    for (const Mention &mm : std::as_const(s.mentions))
                        if (mm.start >= c.start + at && mm.end <= e)
                            court.clear();
                    // 在同一家法院: the court of the suit told last, no court named 同一法院.
                    if (court.startsWith(u"同一")) {
                        court.clear();
                        for (qsizetype k = state.lawsuits.size() - 1; k >= 0 && court.isEmpty(); --k)
                            court = state.entities.at(state.lawsuits.at(k)).court;
                    }
                }
            }
            if (t.pattern == RuleBook::Pattern::Counter && defendants.isEmpty()) {
                // 百度随后反诉: against whoever sued it.
                if (const int l = state.lastSuitAgainst(plaintiffs); l >= 0)
                    defendants = state.entities.at(l).plaintiffs;
            }
            // 向法院提起诉讼,起诉X: the second clause names the defendants of the first.
            if (t.pattern == RuleBook::Pattern::Suit && !state.lawsuits.isEmpty()) {
                DocEntity &last = state.entities[state.lawsuits.last()];
                const bool sameSentence = !last.evidence.isEmpty() && last.evidence.first().start == evidence.start;
                if (last.defendants.isEmpty() && sameSentence) {
                    state.setDefendants(state.lawsuits.last(), defendants);
                    break;
                }
                // 起诉许、叶、方3人，并一并起诉柏拓科技: the same plaintiffs sue one more party in
                // the same action.
                const QStringView lead = text(c.start, p);
                if (sameSentence && !defendants.isEmpty() && plaintiffs == last.plaintiffs
                    && (containsWord(lead, u"一并") || containsWord(lead, u"同时") || lead.startsWith(u'并') || containsWord(lead, u"连同"))) {
                    state.setDefendants(state.lawsuits.last(), last.defendants + (defendants - plaintiffs));
                    break;
                }
            }
            if (plaintiffs.isEmpty())
                break;
            // 转往联邦法院重新起诉: a suit brought again is against those sued before, too.
            if (const QStringView lead = text(c.start, p); lead.endsWith(u"重新") || lead.endsWith(u"再次"))
                if (const int before = state.lastSuitBy(plaintiffs); before >= 0)
                    defendants.unite(state.entities.at(before).defendants);
            defendants.subtract(plaintiffs);
            // 将其前首席技术官、该员工创办的公司列为被告: parties named only by the post they
            // held at the plaintiff, found among the people the text names later.
            QStringList describedPosts;
            bool foundersCompany = false;
            if (defendants.isEmpty()) {
                qsizetype from = split, to = c.end;
                if (against < 0 && ci + 1 < clauses.size()) {
                    const QStringView nextClause = text(clauses[ci + 1].start, clauses[ci + 1].end);
                    if (nextClause.startsWith(u'将') || nextClause.startsWith(u'把') || containsWord(nextClause, u"列为被告"))
                        from = clauses[ci + 1].start, to = clauses[ci + 1].end;
                }
                const QStringView lowerAll = s.lower.first(s.span.end);
                for (qsizetype q = from; q + 1 < to; ++q) {
                    if (s.folded[q] != QChar(u'其'))
                        continue;
                    qsizetype r = q + 1;
                    if (s.folded[r] == QChar(u'前') || s.folded[r] == QChar(u'原'))
                        ++r;
                    if (const auto post = rules.roleMatcher().matchAt(lowerAll, r); post && r + post->length <= to)
                        describedPosts.append(s.folded.sliced(r, post->length).toString());
                }
                const QStringView described = text(from, to);
                foundersCompany = !describedPosts.isEmpty()
                    && (containsWord(described, u"创办的公司") || containsWord(described, u"创立的公司")
                        || containsWord(described, u"成立的公司") || containsWord(described, u"创办的新公司"));
            }
            // 先后在A和B起诉: one suit a court.
            const QList<int> courtList = [&] {
                QList<int> l;
                for (int i : c.mentions)
                    if (isCourt(m(i).entity) && !l.contains(m(i).entity))
                        l.append(m(i).entity);
                return l;
            }();
            if (courtList.size() >= 2 && containsWord(text(c.start, c.end), u"先后")) {
                for (qsizetype k = 0; k < courtList.size(); ++k) {
                    const TimePoint time = c.times.size() == courtList.size() ? c.times[k] : c.time;
                    state.addLawsuit(plaintiffs, defendants, state.entities.at(courtList[k]).name, time, evidence);
                }
            } else {
                const int l = state.addLawsuit(plaintiffs, defendants, court, c.time, evidence);
                if (!describedPosts.isEmpty()) {
                    state.entities[l].describedPosts = describedPosts;
                    state.entities[l].describedFoundersCompany = foundersCompany;
                }
            }
            break;
        }
        case RuleBook::Pattern::Status: {
            if (c.doubted)
                break;
            // 驳回…动议 leaves the suit going.
            const QStringView rest = text(tEnd, c.end);
            if (t.status == LawsuitStatus::Dismissed && (containsWord(rest, u"动议") || containsWord(rest, u"请求撤销")))
                break;
            bool suitFollows = false;
            for (qsizetype q = tEnd; q < c.end && !suitFollows; ++q)
                if (const auto later = rules.triggerMatcher().matchAt(lower, q))
                    suitFollows = rules.triggers().at(later->value).pattern == RuleBook::Pattern::Suit;
            if (suitFollows) {
                statusOfNextSuit = t.status;
                break;
            }
            // 判令被告甲与乙赔偿原告丙: a ruling that names its parties by 原告 and 被告 is the
            // ruling of their suit (told before or not), whatever suit was named last.
            {
                const auto partiesAfter = [&](QStringView word) {
                    QSet<int> parties;
                    const QStringView sentence = text(s.span.start, s.span.end);
                    for (qsizetype at = sentence.indexOf(word); at >= 0; at = sentence.indexOf(word, at + 1)) {
                        const qsizetype after = s.span.start + at + word.size();
                        for (qsizetype i = 0; i < s.mentions.size(); ++i)
                            if (m(int(i)).start == after && isActor(m(int(i)).entity))
                                for (int j : listAround(int(i)))
                                    if (isActor(m(j).entity))
                                        parties.insert(m(j).entity);
                    }
                    return parties;
                };
                QSet<int> defendants = partiesAfter(u"被告");
                const QSet<int> plaintiffs = partiesAfter(u"原告");
                defendants.subtract(plaintiffs);
                if (!plaintiffs.isEmpty() && !defendants.isEmpty()) {
                    QString court;
                    for (int i : c.mentions)
                        if (isCourt(m(i).entity) && court.isEmpty())
                            court = state.entities.at(m(i).entity).name;
                    const int l = state.addLawsuit(plaintiffs, defendants, court, TimePoint(), evidence);
                    state.entities[l].status = t.status;
                    break;
                }
            }
            if (state.lawsuits.isEmpty())
                break;
            DocEntity &l = state.entities[state.lawsuits.last()];
            l.status = t.status;
            break;
        }
        case RuleBook::Pattern::Rival: {
            // 甲成立于2015年，与乙是竞争对手: the founding year dates the founding, not the
            // rivalry of a clause with no time of its own.
            Clause rc = c;
            if (c.times.isEmpty() && c.time.isValid())
                for (int k = ci - 1; k >= 0; --k) {
                    if (clauses[k].times.isEmpty())
                        continue;
                    for (qsizetype q = clauses[k].start; q < clauses[k].end; ++q)
                        if (const auto h = rules.triggerMatcher().matchAt(lower, q);
                            h && rules.triggers().at(h->value).relation == RelationType::Founded)
                            rc.time = TimePoint();
                    break;
                }
            int left = -1, right = -1;
            for (int i : c.mentions) {
                // 在法院起诉竞争对手X: the court hears the suit, it competes with no one.
                if (m(i).entity < 0 || !isOrg(m(i).entity) || isCourt(m(i).entity))
                    continue;
                if (m(i).end <= p)
                    left = i;
                else if (m(i).start >= tEnd && right < 0) {
                    // 竞争对手包括A和B, 对手有A: a listing verb may stand between.
                    const QStringView gap = text(tEnd, m(i).start);
                    if (gap.size() <= 1 || rules.isRivalListWord(gap))
                        right = countryOf(i) ? i + 1 : i;
                }
            }
            // 甲与乙同处一个赛道，彼此是竞争对手; 双方互为竞争对手; 将两家公司视为竞争对手:
            // a word for "the two" names the two organisations told just before.
            if (left < 0 && right < 0) {
                static const QStringView both[] = {u"彼此", u"双方", u"两家", u"二者", u"两者"};
                const QStringView lead = text(c.start, p);
                // 双方不存在竞争关系: a denial names no rivals.
                const bool denied = std::any_of(lead.begin(), lead.end(), [](QChar ch) { return isOneOf(ch, u"不没非无未"); });
                if (std::any_of(std::begin(both), std::end(both), [&](QStringView w) { return containsWord(lead, w); })) {
                    QList<int> pair;
                    for (int k = ci - 1; k >= 0 && pair.size() < 2 && !denied; --k)
                        for (int i : clauses[k].mentions)
                            if (isOrg(m(i).entity) && !isCourt(m(i).entity) && !pair.contains(m(i).entity) && pair.size() < 2)
                                pair.append(m(i).entity);
                    // Only 两家 (两家公司) reaches back past the sentence.
                    // Only 两家 (两家公司) reaches back past the sentence: to the two companies the
                    // article names most (a feature on two rivals), not the last list it gave.
                    if (pair.size() < 2 && !denied && containsWord(lead, u"两家")) {
                        pair.clear();
                        QList<std::pair<int, int>> counted; // (count, entity)
                        for (auto it = state.mentionCounts.cbegin(); it != state.mentionCounts.cend(); ++it)
                            if (isOrg(it.key()) && !isCourt(it.key()) && state.entities.at(it.key()).kind == OrgKind::Company)
                                counted.append({it.value(), it.key()});
                        std::sort(counted.begin(), counted.end(), std::greater<>());
                        for (qsizetype k = 0; k < counted.size() && k < 2; ++k)
                            pair.append(counted.at(k).second);
                    }
                    if (pair.size() == 2 && !denied)
                        emit(RelationType::CompetitorOf, pair[0], pair[1], rc, kContextual + 0.1);
                    break;
                }
            }
            QList<int> lefts;
            // 与A、B以及张三创立的C竞争: a person's relative clause before a listed name
            // does not end the list; the list reads on before the person.
            int leftStart = left;
            if (left >= 0)
                for (int at = listAround(left).first(); at >= 2 && isPerson(m(at - 1).entity)
                     && isRelativeGap(m(at - 1).end, m(at).start) && isJoinerText(text(m(at - 2).end, m(at - 1).start));) {
                    leftStart = at - 2;
                    at = listAround(at - 2).first();
                }
            // 日本索尼: a country before a company only says where it is from.
            for (int from = leftStart; from >= 0 && from <= left;) {
                const QList<int> list = listAround(from);
                for (int j : list)
                    if (m(j).end <= p && isOrg(m(j).entity) && state.entities.at(m(j).entity).kind != OrgKind::Government
                        && !lefts.contains(m(j).entity))
                        lefts.append(m(j).entity);
                from = list.last() + 1 < left + 1 && list.last() + 1 > from ? list.last() + 1 : -1;
            }
            // A verb of competing (竞争, not 竞争对手) names rivals only as 与X竞争: 市场竞争 or
            // 竞争力 name none.
            if (rules.isRivalVerb(t.word)) {
                int first = left;
                for (int j : leftStart >= 0 ? listAround(leftStart) : QList<int>())
                    if (m(j).end <= p && isOrg(m(j).entity)) {
                        first = j;
                        break;
                    }
                // 与顺丰同城及京东物流竞争 with the first rival not found: 与 a few characters
                // before, ending in a list word, still says "compete with".
                const auto withBefore = [&](qsizetype at) {
                    if (at <= c.start)
                        return false;
                    if (isOneOf(s.folded[at - 1], u"与和同跟"))
                        return true;
                    if (!isOneOf(s.folded[at - 1], u"及和、"))
                        return false;
                    const qsizetype runStart = std::max(c.start, at - 9);
                    const qsizetype yu = text(runStart, at - 1).lastIndexOf(u'与');
                    return yu >= 0 && at - 1 - (runStart + yu) >= 3 && !hasTriggerBetween(runStart + yu + 1, at - 1);
                };
                const bool withOther = first >= 0 && withBefore(m(first).start)
                    && (tEnd >= s.span.end || s.folded[tEnd] != QChar(u'力'));
                // 阿里与腾讯在云计算领域形成竞争: a short setting with no name or verb may stand between.
                const QStringView setting = left >= 0 ? text(m(left).end, p) : QStringView();
                const bool nearVerb = left >= 0
                    && (setting.size() <= 4
                        || (setting.size() <= 12 && setting.startsWith(u'在') && !hasTriggerBetween(m(left).end, p)));
                if (!withOther && lefts.size() >= 2 && nearVerb) {
                    // 阿里与腾讯展开竞争: the list competes among itself.
                    for (qsizetype a = 0; a < lefts.size(); ++a)
                        for (qsizetype b = a + 1; b < lefts.size(); ++b)
                            emit(RelationType::CompetitorOf, lefts[a], lefts[b], rc, kContextual + 0.1);
                    break;
                }
                if (!withOther)
                    break;
                right = -1;
            }
            const bool fronted = startsAt(text(c.start, c.end), 0, u"作为");
            QList<int> rights;
            // 美国的Groq与韩国的三星: each rival's country is left out, and the list goes
            // on past the last one's.
            for (int from = right; from >= 0;) {
                const QList<int> list = listAround(from);
                from = -1;
                for (int j : list) {
                    const int rival = countryOf(j) ? j + 1 : j;
                    if (m(rival).start >= tEnd && isOrg(m(rival).entity) && !rights.contains(m(rival).entity))
                        rights.append(m(rival).entity);
                    if (rival > list.last())
                        from = rival;
                }
            }
            // 对手是OpenAI的ChatGPT和谷歌的Gemini: rivals named by their products, each after its
            // company and 的, listed; the companies are the rivals.
            const auto ownedProduct = [&](int i) {
                return i >= 0 && i + 1 < s.mentions.size() && isOrg(m(i).entity) && m(i + 1).entity >= 0
                    && typeOf(m(i + 1).entity) == EntityType::Product && text(m(i).end, m(i + 1).start) == u"的";
            };
            if (right >= 0 && ownedProduct(right))
                for (int unit = right; unit + 3 < s.mentions.size() && ownedProduct(unit + 2)
                     && isJoinerText(text(m(unit + 1).end, m(unit + 2).start)); unit += 2)
                    if (!rights.contains(m(unit + 2).entity))
                        rights.append(m(unit + 2).entity);
            if (left >= 0 && right >= 0) {
                for (int l : std::as_const(lefts))
                    for (int r : std::as_const(rights))
                        if (l != r)
                            emit(RelationType::CompetitorOf, l, r, rc, kConfident);
                break;
            }
            if (right >= 0) {
                int partner = isOrg(c.subject) && !rights.contains(c.subject) ? c.subject : -1;
                // K2的主要对手是X: the rivals of a product are its maker's.
                for (int i : c.mentions)
                    if (partner < 0 && m(i).end <= p && m(i).entity >= 0 && typeOf(m(i).entity) == EntityType::Product
                        && !hasTriggerBetween(m(i).end, p))
                        partner = state.developerOf(m(i).entity);
                // 辞职后加盟竞争对手Y: Y rivals the organisation the person worked for.
                if (partner < 0 && isPerson(subject) && p - c.start >= 2) {
                    bool afterJoining = false;
                    for (qsizetype q = std::max(c.start, p - 4); q < p && !afterJoining; ++q)
                        if (const auto jh = rules.triggerMatcher().matchAt(lower.first(p), q))
                            afterJoining = q + jh->length == p && rules.triggers().at(jh->value).relation == RelationType::Joined;
                    if (afterJoining)
                        partner = previousEmployer(subject, rights);
                }
                for (int k = ci - 1; k >= 0 && partner < 0; --k)
                    if (isOrg(clauses[k].subject) && !rights.contains(clauses[k].subject))
                        partner = clauses[k].subject;
                if (partner < 0)
                    partner = isOrg(ctx.topic) && !rights.contains(ctx.topic) ? ctx.topic : contextOrg(m(right).entity, p);
                for (int r : std::as_const(rights))
                    emit(RelationType::CompetitorOf, partner, r, rc, kContextual + 0.1);
                break;
            }
            if (lefts.isEmpty())
                break;
            // 云图数据与明途科技是竞争对手, A和B互为对手: the list names the rivals.
            // 擎川与宇树科技是最直接的竞争对手: a short degree may stand after the copula.
            if (const QStringView gap = text(m(left).end, p);
                lefts.size() >= 2
                && ((gap.size() <= 3 && (containsWord(gap, u"是") || containsWord(gap, u"互为")))
                    || ((gap.startsWith(u'是') || startsAt(gap, 0, u"互为")) && gap.size() <= 8
                        && !hasTriggerBetween(m(left).end, p)))
                && !containsWord(gap, u"不") && !containsWord(gap, u"并非")) {
                for (qsizetype a = 0; a < lefts.size(); ++a)
                    for (qsizetype b = a + 1; b < lefts.size(); ++b)
                        emit(RelationType::CompetitorOf, lefts[a], lefts[b], rc, kContextual + 0.1);
                break;
            }
            int partner = -1;
            // 将OpenAI列为竞争对手: the one listing is the rival.
            const QChar pre = m(left).start > 0 ? s.folded[m(left).start - 1] : QChar();
            if (fronted) {
                partner = nextClauseSubject(ci);
                // 作为X的对手，马斯克创办的xAI…: the clause's head is the organisation its
                // relative clause (…创办的) describes, not the person in that clause.
                if (isPerson(partner) && ci + 1 < clauses.size())
                    for (int i : clauses[ci + 1].mentions)
                        if (isOrg(m(i).entity) && m(i).start > clauses[ci + 1].start
                            && s.folded[m(i).start - 1] == QChar(u'的')) {
                            partner = m(i).entity;
                            break;
                        }
            }
            else if (pre == QChar(u'将') || pre == QChar(u'把'))
                partner = subject;
            else if (isOrg(c.subject) && !lefts.contains(c.subject))
                partner = c.subject;
            // 作为一家和小鹏、理想正面交锋的新势力，它…: a pronoun read as the last company named
            // (one of the rivals) is none of them; the one compared comes from further back.
            if (lefts.contains(partner))
                partner = -1;
            for (int k = ci - 1; k >= 0 && partner < 0; --k)
                if (isOrg(clauses[k].subject) && !lefts.contains(clauses[k].subject))
                    partner = clauses[k].subject;
            if (partner < 0 && !fronted)
                partner = nextClauseSubject(ci);
            // …, 它从来不缺人才: the pronoun after the fronted clause is the article's company.
            if (partner < 0 && fronted && isOrg(state.topicOrg) && !lefts.contains(state.topicOrg))
                partner = state.topicOrg;
            if (partner < 0 && isOrg(ctx.topic) && !lefts.contains(ctx.topic))
                partner = ctx.topic;
            for (int l : std::as_const(lefts))
                if (isOrg(partner))
                    emit(RelationType::CompetitorOf, partner, l, rc, kContextual + 0.1);
            break;
        }
        }
        p = tEnd - 1;
    }
    if (statusOfNextSuit && state.lawsuits.size() > suitsBefore)
        state.entities[state.lawsuits.last()].status = *statusOfNextSuit;
}

QList<int> Work::pluralSubjects(int clauseIndex) const
{
    const QStringView clauseText = text(clauses[clauseIndex].start, clauses[clauseIndex].end).trimmed();
    const auto opens = std::any_of(rules.pluralPersonPronouns().cbegin(), rules.pluralPersonPronouns().cend(),
                                   [&](const QString &w) { return startsAt(clauseText, 0, w); });
    // 随后双双加入字节跳动, 同年即雙雙跳槽: a clause naming no person whose adverb says
    // "both" speaks of the people named together before.
    static const QStringView both[] = {u"双双", u"一同", u"一起", u"先后", u"相继"};
    const bool together = std::none_of(clauses[clauseIndex].mentions.cbegin(), clauses[clauseIndex].mentions.cend(),
                                       [&](int i) { return isPerson(m(i).entity); })
        && std::any_of(std::begin(both), std::end(both), [&](QStringView w) { return containsWord(clauseText, w); });
    if (!opens && !together)
        return {};
    QList<int> people;
    for (int k = 0; k < clauseIndex; ++k)
        for (int i : clauses[k].mentions)
            if (isPerson(m(i).entity) && !modifier[i] && !people.contains(m(i).entity))
                people.append(m(i).entity);
    if (people.size() >= 2)
        return people;
    people.clear();
    for (int e : ctx.lastList)
        if (isPerson(e))
            people.append(e);
    return people.size() >= 2 ? people : QList<int>();
}

TimePoint Work::timeAfterLeaving(const Clause &c, qsizetype verb, int person) const
{
    // 离职半年后创立: counted from the person's departure, as TimeResolver counts
    // 半年后 from a time named before (离职后创办 says only "later": no date).
    // An invalid time is a count with nothing to count from: that is the case here.
    const bool hasOwnTime = std::any_of(c.times.begin(), c.times.end(), [](const TimePoint &t) { return t.isValid(); });
    if (hasOwnTime || !isPerson(person))
        return {};
    const QStringView lower = s.lower.first(verb);
    qsizetype after = -1;
    for (qsizetype q = c.start; q < verb; ++q)
        if (const auto hit = rules.triggerMatcher().matchAt(lower, q);
            hit && rules.triggers().at(hit->value).relation == RelationType::Left)
            after = q + hit->length;
    if (after < 0)
        return {};
    for (qsizetype i = state.relations.size() - 1; i >= 0; --i) {
        const DocRelation &r = state.relations.at(i);
        if (r.type != RelationType::Left || r.source != person || !r.time.isValid())
            continue;
        // Only a count right after the departure word; an absolute time would have been the clause's own.
        const auto found = TimeResolver::find(text(after, verb), s.published, 0, r.time);
        return !found.isEmpty() && found.first().start == 0 ? found.first().time : TimePoint();
    }
    return {};
}

TimePoint Work::departureBefore(const Clause &c, qsizetype at) const
{
    const QStringView lower = s.lower.first(at);
    qsizetype verb = -1;
    for (qsizetype q = c.start; q < at && verb < 0; ++q)
        if (const auto hit = rules.triggerMatcher().matchAt(lower, q); hit && q + hit->length == at
            && rules.triggers().at(hit->value).relation == RelationType::Left)
            verb = q;
    if (verb < 0)
        return {};
    int person = -1;
    for (int i : c.mentions)
        if (m(i).end <= verb && isPerson(m(i).entity))
            person = m(i).entity;
    for (qsizetype i = state.relations.size() - 1; i >= 0 && person >= 0; --i) {
        const DocRelation &r = state.relations.at(i);
        if (r.type == RelationType::Left && r.source == person && r.time.isValid())
            return r.time;
    }
    return {};
}

bool Work::hasUnnamedHolder(const Clause &c, qsizetype verb) const
{
    const QStringView lower = s.lower.first(s.span.end);
    for (qsizetype q = c.start; q < verb; ++q)
        if (rules.roleMatcher().matchAt(lower, q) && !isInsideMention(s.mentions, q))
            return true;
    return false;
}

bool Work::followsJiQi(qsizetype verb) const
{
    return verb - 2 > s.span.start && s.folded[verb - 1] == QChar(u'其') && isOneOf(s.folded[verb - 2], u"及和与");
}

int Work::antecedentOfQi(qsizetype verb) const
{
    if (!followsJiQi(verb))
        return -1;
    qsizetype end = verb - 2;
    // Jason Wong（黄卓贤）及其: the pair's parentheses belong to the name.
    if (s.folded[end - 1] == QChar(u')') || s.folded[end - 1] == QChar(u'）')) {
        while (end > s.span.start && s.folded[end - 1] != QChar(u'(') && s.folded[end - 1] != QChar(u'（'))
            --end;
        --end;
    }
    for (qsizetype i = s.mentions.size() - 1; i >= 0; --i) {
        const Mention &mm = s.mentions[i];
        if (mm.end <= end && mm.end >= end - 1 && mm.entity >= 0 && isActor(mm.entity))
            return mm.entity;
        if (mm.end <= end - 1)
            break;
    }
    return -1;
}

int Work::sentenceOrgOf(int person) const
{
    for (qsizetype i = employedHere.size() - 1; i >= 0; --i)
        if (employedHere[i].first == person)
            return employedHere[i].second;
    return -1;
}

// The end of an investor noun (投资方, 老股东) at `from` or after a short
// qualifier (早期投资方), else -1.
int Work::investorNounAt(qsizetype from, qsizetype maxGap) const
{
    for (qsizetype q = from; q < s.span.end && q - from <= maxGap; ++q) {
        for (const QString &noun : rules.investorNouns())
            if (startsAt(s.folded, q, noun))
                return int(q + noun.size());
        if (isClauseBreak(s.folded[q]) || isInsideMention(s.mentions, q))
            return -1;
    }
    return -1;
}

// Investors named by a noun, not a verb: X的(早期)投资方Y, Y(均)为X的股东.
void Work::applyInvestorNouns()
{
    for (qsizetype i = 0; i < s.mentions.size(); ++i) {
        const Mention &a = s.mentions.at(i);
        if (!isOrg(a.entity) || isCourt(a.entity) || a.end >= s.span.end)
            continue;
        const Clause &c = clauses[clauseOf(a.start)];
        // 身为OpenAI最大金主的微软: the organisation the noun and 的 describe invests in X.
        if (const int end = investorNounAt(a.end, 4); end > 0 && end < s.span.end && s.folded[end] == QChar(u'的'))
            for (qsizetype j = i + 1; j < s.mentions.size(); ++j)
                if (s.mentions[j].start == end + 1 && isActor(s.mentions[j].entity) && s.mentions[j].entity != a.entity)
                    emit(RelationType::InvestedIn, s.mentions[j].entity, a.entity, c, kContextual + 0.1, {}, true);
        // X的早期投资方启元资本等三家股东 (with no name after the noun, A和B均是X的股东 below).
        // X的早期股东包括A、B等机构: a word listing them may stand between the noun and the names.
        if (s.folded[a.end] == QChar(u'的')) {
            int end = investorNounAt(a.end + 1, 4);
            for (const QString &link : rules.investorListWords())
                if (end >= 0 && startsAt(s.folded.first(s.span.end), end, link)) {
                    end += int(link.size());
                    break;
                }
            bool named = false;
            for (qsizetype j = i + 1; end >= 0 && j < s.mentions.size(); ++j) {
                if (s.mentions[j].start != end)
                    continue;
                for (int k : listAround(int(j)))
                    if (m(k).start >= end && isActor(m(k).entity) && m(k).entity != a.entity) {
                        emit(RelationType::InvestedIn, m(k).entity, a.entity, c, kContextual + 0.1, {}, true);
                        named = true;
                    }
            }
            if (named)
                continue;
        }
        // 腾讯和顺为资本均为其股东: the list before 为/是 invests in X.
        QStringView before = text(c.start, a.start);
        if (!(before.endsWith(u"为") || before.endsWith(u"是")))
            continue;
        // 其 after a list of organisations stands for the sentence's earlier subject, not the list's last.
        int investee = a.entity;
        if (a.isPronoun) {
            investee = -1;
            // 亚马逊已向Anthropic累计投资80亿美元，谷歌也是其重要股东: what the sentence told
            // an investment in before.
            // (Read before the verbs are: the organisation after 向 in a clause before.)
            for (int k = clauseOf(a.start) - 1; k >= 0 && investee < 0; --k)
                for (int j : clauses[k].mentions)
                    if (isOrg(m(j).entity) && m(j).start > clauses[k].start && s.folded[m(j).start - 1] == QChar(u'向')) {
                        investee = m(j).entity;
                        break;
                    }
            for (int k = clauseOf(a.start) - 1; k >= 0 && investee < 0; --k)
                if (isOrg(clauses[k].subject))
                    investee = clauses[k].subject;
            // Anthropic由…创立，…；亚马逊和谷歌是其主要投资方: the last organisation that opened a
            // clause, when no clause before in the sentence has one for subject (not one of the
            // investors listed: they open this clause).
            QList<int> listed;
            for (int k : c.mentions)
                if (m(k).end <= a.start && k != int(i) && isActor(m(k).entity))
                    listed.append(m(k).entity);
            if (investee < 0 && isOrg(ctx.lastSubjectOrg) && !listed.contains(ctx.lastSubjectOrg))
                investee = ctx.lastSubjectOrg;
            if (investee < 0 && !listed.contains(state.topicOrg))
                investee = state.topicOrg;
            if (!isOrg(investee))
                continue;
        }
        qsizetype after = a.end;
        if (after < s.span.end && s.folded[after] == QChar(u'的'))
            ++after;
        // 亚马逊和谷歌是其主要投资方: a word of rank may stand before the noun (investor_rank).
        for (const QString &rank : rules.investorRanks())
            if (startsAt(s.folded, after, rank)) {
                after += rank.size();
                break;
            }
        // 米哈游是它最早的机构投资方之一: a few words may qualify the noun, and 之一 may follow it.
        int end = investorNounAt(after, 5);
        if (end >= 0 && startsAt(s.folded.first(s.span.end), end, u"之一"))
            end += 2;
        if (end < 0 || (end < s.span.end && !isClauseBreak(s.folded[end])))
            continue;
        int last = -1;
        for (int k : c.mentions)
            if (m(k).end <= a.start && k != int(i))
                last = k;
        if (last < 0)
            continue;
        const QStringView gap = text(m(last).end, a.start);
        if (gap.size() > 3)
            continue;
        for (int k : listAround(last))
            if (m(k).end <= a.start && isActor(m(k).entity) && m(k).entity != investee)
                emit(RelationType::InvestedIn, m(k).entity, investee, c, kContextual + 0.1, {}, true);
    }
}

// Shareholders named by their stake: 持有(公司|X)6.2%股份的股东Y. Y invests in X, or in
// the organisation the text is about where the stake is the company's (持有公司…).
void Work::applyStakeHolders()
{
    for (const QStringView held : {QStringView(u"股份的"), QStringView(u"股权的")}) {
        for (qsizetype at = text(s.span.start, s.span.end).indexOf(held); at >= 0;
             at = text(s.span.start, s.span.end).indexOf(held, at + 1)) {
            const qsizetype pos = s.span.start + at;
            const Clause &c = clauses[clauseOf(pos)];
            const qsizetype hold = text(std::max(c.start, pos - 16), pos).lastIndexOf(u"持有");
            const int end = hold >= 0 ? investorNounAt(pos + held.size(), 0) : -1;
            if (end < 0)
                continue;
            const qsizetype from = std::max(c.start, pos - 16) + hold + 2;
            int investee = -1;
            for (int i : c.mentions)
                if (m(i).start >= from && m(i).end <= pos && isOrg(m(i).entity) && !isCourt(m(i).entity))
                    investee = m(i).entity;
            if (investee < 0 && (startsAt(s.folded, from, u"公司") || startsAt(s.folded, from, u"本公司")))
                investee = state.topicOrg;
            if (investee < 0)
                continue;
            // The holder: the first name after the noun, past a place opening a registered name (苏州祁连…).
            for (int i : c.mentions)
                if (m(i).start >= end && m(i).start <= end + 3 && isActor(m(i).entity) && m(i).entity != investee) {
                    emit(RelationType::InvestedIn, m(i).entity, investee, c, kContextual + 0.1, {}, true);
                    break;
                }
        }
    }
}

// Case names: 云杉智能诉(其前算法总监)陈默竞业限制纠纷一案 is a suit of the first
// against the second, whatever verb the clause reports about it.
void Work::applyCaseNames()
{
    for (const Clause &c : std::as_const(clauses)) {
        if (c.doubted)
            continue;
        const QStringView clauseText = text(c.start, c.end);
        if (!containsWord(clauseText, u"案") && !containsWord(clauseText, u"纠纷"))
            continue;
        for (int i : c.mentions) {
            const qsizetype q = m(i).end;
            if (q + 1 >= c.end || s.folded[q] != QChar(u'诉') || isOneOf(s.folded[q + 1], u"讼求称状")
                || !isActor(m(i).entity) || m(i).isPronoun)
                continue;
            QSet<int> plaintiffs;
            for (int k : listAround(i))
                if (m(k).end <= q && isActor(m(k).entity))
                    plaintiffs.insert(m(k).entity);
            QSet<int> defendants;
            for (int k : c.mentions) {
                if (m(k).start <= q || m(k).entity < 0 || modifier[k] || !isActor(m(k).entity))
                    continue;
                for (int j : listAround(k))
                    if (m(j).start > q && isActor(m(j).entity) && !plaintiffs.contains(m(j).entity))
                        defendants.insert(m(j).entity);
                break;
            }
            if (defendants.isEmpty())
                continue;
            QString court;
            for (int k : c.mentions)
                if (isCourt(m(k).entity)) {
                    court = state.entities.at(m(k).entity).name;
                    break;
                }
            state.addLawsuit(plaintiffs, defendants, court, c.time, evidence);
            break;
        }
    }
}

// 云杉智能的首款推理芯片X, 云杉的新一代模型X: 的 and a short description of the product
// (no clause break, no name, no verb) still make the organisation its maker, whoever
// supplies it later in the clause (采用台积电5纳米制程).
bool Work::isOwnersQualifiedProduct(QStringView gap, qsizetype from, qsizetype to) const
{
    if (!gap.startsWith(u'的') || gap.size() > 8 || hasTriggerBetween(from, to))
        return false;
    // 云杉的竞争对手X, 云杉的竞品X: a rival's product (hasTriggerBetween lets rival nouns pass).
    if (containsWord(gap, u"对手") || containsWord(gap, u"竞") || containsWord(gap, u"对标"))
        return false;
    return std::none_of(gap.begin(), gap.end(), [](QChar ch) { return isClauseBreak(ch) || ch == QChar(u'被'); });
}

void Work::applyOwnedProducts()
{
    // X的PRODUCT: OpenAI的GPT, 特斯拉的Model 3.
    for (qsizetype i = 1; i < s.mentions.size(); ++i) {
        const Mention &prod = s.mentions[i];
        const Mention &owner = s.mentions[i - 1];
        if (isPerson(prod.entity) && isOrg(owner.entity) && !isCourt(owner.entity) && text(owner.end, prod.start) == u"的")
            emit(RelationType::WorksAt, prod.entity, owner.entity, clauses[clauseOf(prod.start)], kContextual, {}, true);
        if (prod.entity < 0 || typeOf(prod.entity) != EntityType::Product || !isOrg(owner.entity))
            continue;
        const QStringView gap = text(owner.end, prod.start);
        // OpenAI大模型GPT-5; not 在X上表示，下一代模型Grok 5, where a clause ends between.
        const bool modelOf = gap.endsWith(u"模型") && std::none_of(gap.begin(), gap.end(), isClauseBreak);
        if (gap == u"的" || gap.isEmpty() || modelOf || isOwnersQualifiedProduct(gap, owner.end, prod.start))
            emit(RelationType::Develops, owner.entity, prod.entity, clauses[clauseOf(prod.start)], kContextual + 0.1);
    }
}

} // namespace

// 完成3亿美元A轮融资，投资方包括A、B和C: the listed investors put money into the
// company that raised the round.
void Work::applyInvestorLists()
{
    const int company = state.lastRoundCompany;
    if (!isOrg(company))
        return;
    for (qsizetype q = s.span.start; q < s.span.end; ++q) {
        const int end = investorNounAt(q, 0);
        if (end < 0 || (q > s.span.start && s.folded[q - 1] == QChar(u'的')))
            continue;
        // a16z、红杉资本均在投资方之列, A和B也是投资方: the list before the noun.
        if (const qsizetype close = startsAt(s.folded, end, u"之列") ? end + 2 : end;
            close >= s.span.end || isClauseBreak(s.folded[close]))
            for (qsizetype j = s.mentions.size() - 1; j >= 0; --j) {
                if (m(int(j)).end > q)
                    continue;
                const QStringView lead = text(m(int(j)).end, q);
                static const QStringList leads = {QStringLiteral("均在"), QStringLiteral("都在"), QStringLiteral("也在"),
                                                  QStringLiteral("位列"), QStringLiteral("跻身"), QStringLiteral("均为"),
                                                  QStringLiteral("均是"), QStringLiteral("都是"), QStringLiteral("也是"),
                                                  QStringLiteral("亦是"), QStringLiteral("亦为")};
                if (leads.contains(lead.toString()) && clauseOf(m(int(j)).start) == clauseOf(q))
                    for (int k : listAround(int(j)))
                        if (m(k).end <= q && isActor(m(k).entity) && !modifier[k] && m(k).entity != company)
                            emit(RelationType::InvestedIn, m(k).entity, company, clauses[clauseOf(q)], kContextual + 0.1);
                break;
            }
        qsizetype from = end;
        for (const char16_t *w : {u"包括了", u"包括", u"包含", u"有", u"为", u"是"})
            if (s.folded.sliced(from).startsWith(QStringView(w))) {
                from += QStringView(w).size();
                break;
            }
        if (from == end)
            continue;
        for (qsizetype j = 0; j < s.mentions.size(); ++j) {
            if (m(int(j)).start != from)
                continue;
            const Clause &c = clauses[clauseOf(from)];
            QList<int> listed = listAround(int(j));
            // 投资方为奇点创投和个人投资人乔慕白: an investor noun of its own after the
            // conjunction still continues the list.
            for (int n = listed.last() + 1; n < s.mentions.size() && m(n).entity >= 0; ++n) {
                const qsizetype joined = m(n - 1).end + 1;
                if (joined >= m(n).start || !isJoinerText(text(m(n - 1).end, joined))
                    || investorNounAt(joined, 4) != m(n).start)
                    break;
                listed.append(n);
            }
            for (int k : std::as_const(listed))
                if (m(k).start >= from && isActor(m(k).entity) && m(k).entity != company)
                    emit(RelationType::InvestedIn, m(k).entity, company, c, kContextual + 0.1);
        }
    }
}

void Work::applyReceivedRounds()
{
    // 深维智元拿到奇绩创坛和真格基金的数千万元天使轮, 获得红杉中国和IDG资本的A轮融资: the
    // organisations right after a receiving verb, whose round or money follows 的, invested
    // in the clause's subject (or the last clause's, when the clause opens with the verb).
    for (qsizetype ci = 0; ci < clauses.size(); ++ci) {
        const Clause &c = clauses[ci];
        if (c.mentions.isEmpty())
            continue;
        // Inflection还刚从微软、英伟达等处融到13亿美元: those the money came from invested.
        for (int i : c.mentions) {
            if (m(i).start <= c.start || s.folded[m(i).start - 1] != QChar(u'从') || !isActor(m(i).entity))
                continue;
            const QList<int> sources = listAround(i);
            qsizetype q = m(sources.last()).end;
            if (startsAt(s.folded, q, u"等"))
                ++q;
            bool place = false;
            for (const QStringView w : {u"处", u"那里", u"手中", u"手里"})
                if (startsAt(s.folded, q, w)) {
                    q += w.size();
                    place = true;
                    break;
                }
            const auto startsHere = [&](const QString &w) { return startsAt(s.folded, q, w); };
            const bool raised = std::any_of(rules.raiseVerbs().cbegin(), rules.raiseVerbs().cend(), startsHere)
                || std::any_of(rules.receiveVerbs().cbegin(), rules.receiveVerbs().cend(), startsHere)
                || startsAt(s.folded, q, u"获");
            if (!place || !raised)
                continue;
            int receiver = -1;
            const int subjectIndex = subjectBefore(c, m(i).start, false);
            if (subjectIndex >= 0 && isOrg(m(subjectIndex).entity))
                receiver = m(subjectIndex).entity;
            for (qsizetype k = ci - 1; k >= 0 && receiver < 0; --k)
                if (isOrg(clauses[k].subject))
                    receiver = clauses[k].subject;
            if (receiver < 0 && isOrg(ctx.lastSubjectOrg))
                receiver = ctx.lastSubjectOrg;
            for (int j : sources)
                if (isActor(m(j).entity) && m(j).entity != receiver && m(j).start >= m(i).start)
                    emit(RelationType::InvestedIn, m(j).entity, receiver, c, kConfident);
            break;
        }
        const auto [got, gotLength] = lastReceiveVerb(text(c.start, c.end), false);
        if (got < 0)
            continue;
        const qsizetype from = c.start + got + gotLength;
        int first = -1;
        for (int i : c.mentions)
            if (m(i).start == from && isActor(m(i).entity)) {
                first = i;
                break;
            }
        if (first < 0)
            continue;
        const QList<int> investors = listAround(first);
        const qsizetype after = m(investors.last()).end;
        if (after >= c.end || s.folded[after] != QChar(u'的'))
            continue;
        const QStringView rest = text(after + 1, std::min(c.end, after + 16));
        if (!(containsWord(rest, u"轮") || containsWord(rest, u"融资") || containsWord(rest, u"投资")))
            continue;
        int receiver = -1;
        for (int i : c.mentions)
            if (m(i).end <= c.start + got && isOrg(m(i).entity) && !modifier[i]) {
                receiver = m(i).entity;
                break;
            }
        for (qsizetype k = ci - 1; k >= 0 && receiver < 0; --k)
            if (isOrg(clauses[k].subject))
                receiver = clauses[k].subject;
        if (receiver < 0)
            continue;
        for (int i : investors)
            if (m(i).entity != receiver && m(i).start >= from)
                emit(RelationType::InvestedIn, m(i).entity, receiver, c, kConfident);
    }
}

// 汇通数码亦被列为第二被告: a party added to the suit told last.
void Work::applyListedDefendants()
{
    if (state.lawsuits.isEmpty())
        return;
    // xAI也加入原告行列: a party joining the plaintiffs of the suit told last.
    for (const QStringView joins : {u"加入原告行列", u"列为共同原告", u"加入成为原告"})
        if (const qsizetype at = text(s.span.start, s.span.end).indexOf(joins); at >= 0) {
            const int subj = subjectBefore(clauses[clauseOf(s.span.start + at)], s.span.start + at, false);
            if (subj >= 0 && isActor(m(subj).entity)
                && !state.entities.at(state.lawsuits.last()).defendants.contains(m(subj).entity))
                state.addPlaintiff(state.lawsuits.last(), m(subj).entity);
        }
    const qsizetype at = indexOfWord(text(s.span.start, s.span.end), u"被列为");
    if (at < 0)
        return;
    const qsizetype after = s.span.start + at + 3;
    QStringView rest = s.folded.sliced(after, std::min<qsizetype>(6, s.span.end - after));
    if (startsAt(rest, 0, u"第") && rest.size() >= 2)
        rest = rest.sliced(2);
    if (!startsAt(rest, 0, u"被告") && !startsAt(rest, 0, u"共同被告"))
        return;
    const int subj = subjectBefore(clauses[clauseOf(s.span.start + at)], s.span.start + at, false);
    if (subj < 0 || !isActor(m(subj).entity))
        return;
    const int suit = state.lawsuits.last();
    if (state.entities.at(suit).plaintiffs.contains(m(subj).entity))
        return;
    QSet<int> defendants = state.entities.at(suit).defendants;
    defendants.insert(m(subj).entity);
    state.setDefendants(suit, defendants);
}

void RelationExtractor::process(Sentence &sentence, DocumentState &state, ReadingContext &context) const
{
    Work w{m_rules, sentence, state, context, {}, {}, {}};
    const qsizetype relationsBefore = state.relations.size();
    w.evidence.document = sentence.documentName;
    w.evidence.start = sentence.span.start;
    w.evidence.end = sentence.span.end;
    w.evidence.sentence = sentence.original.sliced(sentence.span.start, sentence.span.length()).toString();

    w.orgAtStart = context.lastOrg;
    {
        const QStringView whole = w.text(sentence.span.start, sentence.span.end);
        w.refersToLastRound = std::any_of(m_rules.roundReferences().cbegin(), m_rules.roundReferences().cend(),
                                          [&](const QString &word) { return containsWord(whole, word); });
    }
    w.splitClauses();
    w.markModifiers();
    w.resolvePronouns();
    w.markModifiers();
    w.applyTitles();
    w.applyCaseNames();
    w.applyInvestorNouns();
    w.applyStakeHolders();
    w.applyTriggers();
    w.applyInvestorLists();
    w.applyReceivedRounds();
    w.applyListedDefendants();
    w.applyOwnedProducts();

    // Products nobody was said to make: the organisation nearest in the sentence, but not
    // one the sentence names as an investor (鸿海持续加码，资金将用于晶片LX2: the company raising makes it).
    QSet<int> investorsHere;
    for (qsizetype k = relationsBefore; k < state.relations.size(); ++k)
        if (const DocRelation &r = state.relations.at(k); r.type == RelationType::InvestedIn)
            investorsHere.insert(r.source);
    for (qsizetype i = 0; i < sentence.mentions.size(); ++i) {
        const Mention &prod = sentence.mentions[i];
        if (prod.entity < 0 || w.typeOf(prod.entity) != EntityType::Product)
            continue;
        if (state.hasDeveloper(prod.entity))
            continue;
        // 被视为ChatGPT的有力挑战者: a known product is its known maker's (added after the
        // text is read, where the text names it), not another known company's that stands nearest.
        int best = -1;
        qsizetype bestDistance = 0;
        for (qsizetype j = 0; j < sentence.mentions.size(); ++j) {
            const Mention &o = sentence.mentions[j];
            if (!w.isOrg(o.entity) || w.isCourt(o.entity) || state.entities.at(o.entity).kind == OrgKind::Media
                || investorsHere.contains(o.entity))
                continue;
            if (!state.mayDevelop(o.entity, prod.entity))
                continue;
            // 前波士顿动力工程师Hale: an organisation qualifying a person is their employer, not the maker.
            if (w.modifier.value(j) && w.qualifiesPerson(int(j)))
                continue;
            // 在X上表示: the platform one speaks on makes nothing.
            if (o.start > sentence.span.start && sentence.folded[o.start - 1] == QChar(u'在')
                && sentence.folded.sliced(o.end).startsWith(u"上"))
                continue;
            const qsizetype d = o.start < prod.start ? prod.start - o.end : (o.start - prod.end) * 2;
            if (best < 0 || d < bestDistance)
                best = o.entity, bestDistance = d;
        }
        // 马斯克在X上表示，下一代模型Grok 5将…推出: with no maker named, the company of the
        // person who speaks of it (the one the text is about when the text ties them to none).
        const Clause &pc = w.clauses[w.clauseOf(prod.start)];
        for (const Clause &c : std::as_const(w.clauses))
            if (best < 0 && c.start <= pc.start && w.isPerson(c.subject))
                best = w.isOrg(state.knownOrgOf(c.subject)) ? state.knownOrgOf(c.subject) : state.topicOrg;
        if (best >= 0)
            w.emit(RelationType::Develops, best, prod.entity, pc, kContextual);
    }

    // What the next sentence may refer back to. Of two people opening its
    // clauses, 他 in the next sentence is the one the text names more (钟屹辞去…，
    // 倪嘉禾接棒出任首席执行官。两个月后，他转投小鹏: the profile's 钟屹); at a tie, the last.
    int subjectMentions = -1;
    for (const Clause &c : std::as_const(w.clauses)) {
        if (c.subject >= 0) {
            context.topic = c.subject;
            if (const int count = state.mentionCounts.value(c.subject); w.isPerson(c.subject) && count >= subjectMentions) {
                context.lastSubjectPerson = c.subject;
                subjectMentions = count;
            }
        }
        QList<int> named;
        for (int i : c.mentions)
            if (!w.m(i).isPronoun && w.m(i).entity >= 0 && !named.contains(w.m(i).entity))
                named.append(w.m(i).entity);
        if (named.size() >= 2)
            context.lastList = named;
    }
}

} // namespace Guanxi::Internal
