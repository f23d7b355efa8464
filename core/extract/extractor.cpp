#include "extractor.h"

#include "documentstate.h"
#include "isoneof.h"
#include "extract/english/englishmentionfinder.h"
#include "extract/english/englishrelationextractor.h"
#include "extract/english/englishrules.h"
#include "languagedetector.h"
#include "lexicon.h"
#include "mentionfinder.h"
#include "relationextractor.h"
#include "rulebook.h"
#include "startsat.h"

#include "common/datapaths.h"
#include "text/pagecleaner.h"
#include "text/sentencesplitter.h"
#include "text/textdecoder.h"
#include "text/textfolder.h"
#include "text/worddictionary.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Guanxi {

using namespace Internal;

namespace {

// The end of a Chinese dateline opening the sentence (新华社杭州6月19日电, 中新网北京
// 3月2日电), or 0.
qsizetype datelineEnd(QStringView folded, TextSpan span)
{
    static const QRegularExpression dateline(QStringLiteral(
        "^\\s*[^，。,\\s]{0,12}?\\d{1,2}月\\d{1,2}日(?:电|讯)"));
    const QStringView head = folded.sliced(span.start, std::min<qsizetype>(span.length(), 32));
    if (!containsWord(head, u"电") && !containsWord(head, u"讯"))
        return 0;
    const auto match = dateline.match(head.toString());
    return match.hasMatch() ? span.start + match.capturedEnd() : 0;
}

// Whether a mention is in a clause that only says where the news came from
// (记者从X获悉, 从X处了解到, 据X消息).
bool inSourceClause(QStringView folded, const Mention &m, TextSpan span)
{
    // Checked per mention: the character before it first, the clause only then.
    if (m.start <= span.start || (folded[m.start - 1] != u'从' && folded[m.start - 1] != u'据'))
        return false;
    static constexpr QStringView breaks = u"，,；;：:。";
    qsizetype a = m.start;
    while (a > span.start && !breaks.contains(folded[a - 1]))
        --a;
    qsizetype b = m.end;
    while (b < span.end && !breaks.contains(folded[b]))
        ++b;
    const QStringView clause = folded.sliced(a, b - a).trimmed();
    static const QStringView verbs[] = {u"获悉", u"了解到", u"得知", u"获知", u"消息"};
    return std::any_of(std::begin(verbs), std::end(verbs), [&](QStringView v) { return clause.endsWith(v); });
}

// The people a list of surnames stands for (起诉许、叶、方3人, 许、叶两人): each surname
// must be that of exactly one person named before, with a Chinese name, or the list
// names no one.
QList<Mention> surnameListMentions(QStringView folded, TextSpan span, const DocumentState &state)
{
    QList<Mention> out;
    const QStringView sentence = folded.sliced(span.start, span.length());
    if (!containsWord(sentence, u"、"))
        return out;
    static const QRegularExpression list(QStringLiteral(
        "(\\p{Han}(?:、\\p{Han})+)等?(?:[0-9]+|[两二三四五六七八九十])[人名]"));
    const auto isChineseName = [](const QString &name) {
        return name.size() >= 2 && name.size() <= 4
            && std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
    };
    for (auto it = list.globalMatch(sentence.toString()); it.hasNext();) {
        const auto match = it.next();
        QList<Mention> found;
        for (qsizetype at = match.capturedStart(1); at < match.capturedEnd(1); at += 2) {
            const QChar surname = sentence[at];
            int person = -1;
            for (qsizetype e = 0; e < state.entities.size() && person != -2; ++e) {
                const DocEntity &d = state.entities.at(e);
                if (d.type != EntityType::Person || d.evidence.isEmpty())
                    continue;
                const bool bears = std::any_of(d.aliases.cbegin(), d.aliases.cend(), [&](const QString &a) {
                    return isChineseName(a) && a.front() == surname;
                }) || (isChineseName(d.name) && d.name.front() == surname);
                if (bears)
                    person = person == -1 ? int(e) : -2;
            }
            if (person < 0)
                return out;
            Mention m;
            m.start = span.start + at;
            m.end = m.start + 1;
            m.type = EntityType::Person;
            m.surface = surname;
            m.name = state.entities.at(person).name;
            m.entity = person;
            found.append(m);
        }
        out.append(found);
    }
    return out;
}

// Whether a mention stands as a noun of its own rather than as a modifier of the
// word after it: 沙特阿拉伯、, 沙特阿拉伯或者, 中国。 but not 中国市场, 美國專利;
// in English not after "in", "from" or "at" (offices in Singapore).
bool standsAlone(QStringView lower, const Mention &m, TextSpan span)
{
    if (m.end < span.end) {
        const QChar next = lower[m.end];
        const bool cjk = next.script() == QChar::Script_Han;
        if (cjk && !isOneOf(next, u"、和与及或等的"))
            return false;
    }
    for (const QStringView place : {QStringView(u" in "), QStringView(u" from "), QStringView(u" at ")})
        if (m.start - span.start >= place.size() && lower.sliced(m.start - place.size(), place.size()) == place)
            return false;
    return true;
}

// Facts below this confidence (denied, rumoured) stay out of the graph.
constexpr double kOutputThreshold = 0.5;

// A lexicon entry marked place=1: a country or region.
bool isPlace(const Lexicon &lexicon, int entry)
{
    return entry >= 0 && lexicon.entry(entry).attrs.value(QStringLiteral("place")) == QLatin1String("1");
}

// 渊问4.0 beside 渊问: a version of a product is made by whoever makes the product.
void addVersionDevelopers(DocumentState &state)
{
    QHash<QString, int> productByName;
    for (qsizetype i = 0; i < state.entities.size(); ++i)
        if (state.entities.at(i).type == EntityType::Product)
            productByName.insert(state.entities.at(i).name, int(i));
    // In entity order, not the hash's: the output must not change from run to run.
    for (qsizetype i = 0; i < state.entities.size(); ++i) {
        const DocEntity &version = state.entities.at(i);
        const QString &name = version.name;
        if (version.type != EntityType::Product || productByName.value(name) != int(i))
            continue;
        if (version.evidence.isEmpty() || state.hasDeveloper(int(i)))
            continue;
        // The version is the run of digits and dots at the end.
        qsizetype k = name.size();
        while (k > 0 && (name[k - 1].isDigit() || name[k - 1] == u'.'))
            --k;
        if (k == 0 || k == name.size() || MentionFinder::versionLength(name, k, name.size()) != name.size() - k)
            continue;
        const int base = productByName.value(name.left(k), -1);
        if (const int developer = base >= 0 ? state.developerOf(base) : -1; developer >= 0) {
            DocRelation r;
            r.type = RelationType::Develops;
            r.source = developer;
            r.target = int(i);
            r.confidence = 0.8;
            r.evidence = version.evidence.first();
            state.addRelation(std::move(r));
        }
    }
}

// 今日头条 and 字节跳动 in one sentence: a known product is made by the maker the lexicon
// names for it (developer=) when the text names that maker beside it.
void addKnownDevelopers(const Lexicon &lexicon, DocumentState &state)
{
    QHash<int, int> byEntry; // lexicon entry -> document entity (the last one)
    for (qsizetype i = 0; i < state.entities.size(); ++i)
        if (state.entities.at(i).lexiconEntry >= 0)
            byEntry.insert(state.entities.at(i).lexiconEntry, int(i));
    // Known organisations by their lexicon name, the first in entity order: one look-up a
    // product, and the same maker whatever the hash's order.
    QHash<QString, int> makerByName;
    for (qsizetype j = 0; j < state.entities.size(); ++j)
        if (const int entry = state.entities.at(j).lexiconEntry; entry >= 0 && byEntry.value(entry) == int(j)
            && state.entities.at(j).type == EntityType::Organization && !makerByName.contains(lexicon.entry(entry).name))
            makerByName.insert(lexicon.entry(entry).name, int(j));
    for (qsizetype i = 0; i < state.entities.size(); ++i) {
        const DocEntity &product = state.entities.at(i);
        if (product.type != EntityType::Product || product.lexiconEntry < 0)
            continue;
        const QString developer = lexicon.entry(product.lexiconEntry).attrs.value(QStringLiteral("developer"));
        if (developer.isEmpty())
            continue;
        const int maker = makerByName.value(developer, -1);
        if (maker < 0)
            continue;
        // 搜狗输入法: a known product named after its known maker is that maker's, whoever
        // the sentence around it speaks of (百度起诉搜狗输入法侵权).
        const bool namedAfterMaker = std::any_of(product.aliases.cbegin(), product.aliases.cend(), [&](const QString &p) {
            const auto &makerAliases = state.entities.at(maker).aliases;
            return std::any_of(makerAliases.cbegin(), makerAliases.cend(), [&](const QString &m) {
                return m.size() >= 2 && p.size() > m.size() && p.startsWith(m) && m.front().unicode() >= 0x3400;
            });
        });
        if (namedAfterMaker) {
            bool made = false;
            for (DocRelation &r : state.relations)
                if (r.type == RelationType::Develops && r.target == int(i)) {
                    if (r.source != maker)
                        r.confidence = 0;
                    else
                        made = true;
                }
            if (!product.evidence.isEmpty() && !made) {
                DocRelation r;
                r.type = RelationType::Develops;
                r.source = maker;
                r.target = int(i);
                r.confidence = 0.7;
                r.evidence = product.evidence.first();
                state.addRelation(std::move(r));
            }
            continue;
        }
        if (state.hasDeveloper(int(i)))
            continue;
        for (const Evidence &ev : product.evidence) {
            const auto &makerEvidence = state.entities.at(maker).evidence;
            if (std::any_of(makerEvidence.cbegin(), makerEvidence.cend(), [&](const Evidence &m) { return m.start == ev.start; })) {
                DocRelation r;
                r.type = RelationType::Develops;
                r.source = maker;
                r.target = int(i);
                r.confidence = 0.7;
                r.evidence = ev;
                state.addRelation(std::move(r));
                break;
            }
        }
    }
}

// A suit naming its defendants only by the post they held at the plaintiff (其前首席技术官)
// is against the person the text shows in that post there, and, where it says so, against
// the company that person founded (该员工创办的公司).
void resolveDescribedDefendants(DocumentState &state)
{
    for (int l : std::as_const(state.lawsuits)) {
        const DocEntity &suit = state.entities.at(l);
        if (suit.describedPosts.isEmpty() || !suit.defendants.isEmpty())
            continue;
        QSet<int> defendants;
        for (const DocRelation &r : std::as_const(state.relations)) {
            if (r.confidence < 0.5 || !suit.plaintiffs.contains(r.target) || r.role.isEmpty()
                || !(r.type == RelationType::WorksAt || r.type == RelationType::Joined || r.type == RelationType::Left))
                continue;
            for (const QString &post : suit.describedPosts)
                if (r.role.contains(post))
                    defendants.insert(r.source);
        }
        if (defendants.isEmpty())
            continue;
        if (suit.describedFoundersCompany)
            for (const DocRelation &r : std::as_const(state.relations))
                if (r.type == RelationType::Founded && r.confidence >= 0.5 && defendants.contains(r.source)
                    && !suit.plaintiffs.contains(r.target) && state.entities.at(r.target).type == EntityType::Organization)
                    defendants.insert(r.target);
        state.setDefendants(l, defendants);
    }
}

// A country named only as where something is (中国市场, 美國專利, 新加坡支付公司) is
// no actor: it is kept when a relation or a lawsuit names it, even one too
// uncertain to output, or where it stands as a noun of its own (比如、沙特阿拉伯或者).
void dropPlacesNamedOnlyAsWhere(const Lexicon &lexicon, const DocumentState &state, QList<bool> &keep)
{
    QList<bool> related(state.entities.size(), false);
    for (const DocRelation &r : std::as_const(state.relations))
        related[r.source] = related[r.target] = true;
    for (int l : std::as_const(state.lawsuits))
        for (const QSet<int> *parties : {&state.entities.at(l).plaintiffs, &state.entities.at(l).defendants})
            for (int x : *parties)
                related[x] = true;
    for (qsizetype i = 0; i < state.entities.size(); ++i)
        if (keep[i] && !related[i] && !state.entities.at(i).standsAlone && isPlace(lexicon, state.entities.at(i).lexiconEntry))
            keep[i] = false;
}

// Whether span overlaps page noise. Sentences come in text order and the
// noise spans are in text order without overlaps, so one cursor walks both
// (a scan of every noise span per sentence made long pages quadratic).
bool overlapsNoise(const TextSpan &span, const QList<TextSpan> &noise, qsizetype &cursor)
{
    while (cursor < noise.size() && noise.at(cursor).end <= span.start)
        ++cursor;
    return cursor < noise.size() && noise.at(cursor).start < span.end;
}

// The organisation whose former name the mention at `index` is (公司前身苏州恒屹精密机械有限公司,
// X的前身为Y): the one named right before 前身, or for 公司/其/该公司 the one the text is
// about; -1 when the mention is no former name. The mentions up to it must be resolved.
int formerNameOwner(QStringView folded, const QList<Mention> &mentions, qsizetype index, const DocumentState &state)
{
    const Mention &m = mentions.at(index);
    if (m.isPronoun || m.entity < 0 || state.entities.at(m.entity).type != EntityType::Organization)
        return -1;
    QStringView before = folded.first(m.start);
    if (before.endsWith(u"为") || before.endsWith(u"是"))
        before.chop(1);
    if (!before.endsWith(u"前身"))
        return -1;
    before.chop(2);
    if (before.endsWith(u"的"))
        before.chop(1);
    for (qsizetype i = index - 1; i >= 0; --i) {
        const Mention &o = mentions.at(i);
        if (o.end < before.size())
            break;
        if (o.end == before.size() && !o.isPronoun && o.entity >= 0
            && state.entities.at(o.entity).type == EntityType::Organization)
            return o.entity;
    }
    if (before.endsWith(u"公司") || before.endsWith(u"其"))
        return state.topicOrg;
    return -1;
}

} // namespace

// The lexicon, the rules and the finders built on them; read-only after create().
class Extractor::Private
{
public:
    Lexicon lexicon;
    RuleBook rules;
    std::unique_ptr<MentionFinder> finder;
    std::unique_ptr<RelationExtractor> relations;
    // English: the same lexicon and document state, its own words and patterns.
    EnglishRules englishRules;
    std::unique_ptr<EnglishMentionFinder> englishFinder;
    std::unique_ptr<EnglishRelationExtractor> englishRelations;
};

Extractor::Extractor(std::unique_ptr<Private> dd) : d(std::move(dd)) {}
Extractor::~Extractor() = default;

Result<std::shared_ptr<const Extractor>> Extractor::create(const ExtractorOptions &options)
{
    auto d = std::make_unique<Private>();
    const QString triggers = DataPaths::find(QStringLiteral("lexicon/triggers.tsv"));
    if (triggers.isEmpty())
        return makeError(Error::Category::Io,
                         QStringLiteral("Cannot find the extraction rules (lexicon/triggers.tsv); set GUANXI_DATA_DIR"));
    auto rules = RuleBook::load(QFileInfo(triggers).absolutePath());
    if (!rules)
        return tl::unexpected(rules.error());
    d->rules = std::move(*rules);

    QStringList files;
    for (const char *name : {"lexicon/people.tsv", "lexicon/organizations.tsv", "lexicon/products.tsv"}) {
        const QString path = DataPaths::find(QString::fromLatin1(name));
        if (!path.isEmpty())
            files.append(path);
    }
    files.append(options.extraLexicons);
    auto lexicon = Lexicon::load(files);
    if (!lexicon)
        return tl::unexpected(lexicon.error());
    d->lexicon = std::move(*lexicon);
    // jieba's tagged words (when installed) find names the lexicon lacks.
    d->finder = std::make_unique<MentionFinder>(d->lexicon, d->rules, &WordDictionary::standard());
    d->relations = std::make_unique<RelationExtractor>(d->rules);

    const QString englishTriggers = DataPaths::find(QStringLiteral("lexicon/en/triggers.tsv"));
    if (englishTriggers.isEmpty())
        return makeError(Error::Category::Io,
                         QStringLiteral("Cannot find the English extraction rules (lexicon/en/triggers.tsv); set GUANXI_DATA_DIR"));
    auto english = EnglishRules::load(QFileInfo(englishTriggers).absolutePath());
    if (!english)
        return tl::unexpected(english.error());
    d->englishRules = std::move(*english);
    d->englishFinder = std::make_unique<EnglishMentionFinder>(d->lexicon, d->englishRules);
    d->englishRelations = std::make_unique<EnglishRelationExtractor>(d->lexicon, d->englishRules);
    return std::shared_ptr<const Extractor>(new Extractor(std::move(d)));
}

Result<GraphDocument> Extractor::extract(const QByteArray &bytes, const ExtractRequest &request,
                                         const ProgressSink &progress, const CancelToken *cancel) const
{
    auto decoded = TextDecoder::decode(bytes);
    // The caller names the file it read (the CLI and the import job both do):
    // naming it here too printed it twice.
    if (!decoded)
        return tl::unexpected(decoded.error());
    // A page's own metadata dates it when the caller does not.
    ExtractRequest dated = request;
    if (!dated.published.isValid())
        dated.published = decoded->published;
    auto doc = extractText(decoded->text, dated, progress, cancel);
    if (doc && !decoded->title.isEmpty())
        doc->info.title = decoded->title;
    return doc;
}

Result<GraphDocument> Extractor::extractText(const QString &text, const ExtractRequest &request,
                                             const ProgressSink &progress, const CancelToken *cancel) const
{
    const auto cancelled = [&] { return cancel && cancel->isCancelled(); };
    const auto cancelError = [] { return makeError(Error::Category::Cancelled, QStringLiteral("Extraction cancelled")); };

    GraphDocument doc;
    doc.info.name = request.documentName;
    doc.info.text = text;
    const bool forced = request.language == QLatin1String("zh") || request.language == QLatin1String("en");
    doc.info.language = forced ? request.language : LanguageDetector::detect(text);
    // No content hash here: the store hashes the text when it ingests it
    // (GraphIngester::contentHash), and nothing else read it (5 % of extraction).

    const PageInfo page = PageCleaner::analyse(text);
    doc.info.source = page.source;
    doc.info.sourceUrl = page.url;
    doc.info.published = request.published.isValid() ? request.published : page.published;
    const QDate published = doc.info.published;

    // Not const: both are freed before the graph is assembled (see below).
    QString folded = TextFolder::fold(text);
    QString lower = AliasMatcher::matchForm(folded);
    QList<TextSpan> sentences;
    QList<bool> afterNoise; // page furniture came right before: a new section starts
    bool noiseSeen = false;
    qsizetype noiseCursor = 0;
    for (const TextSpan &span : SentenceSplitter::split(folded)) {
        if (overlapsNoise(span, page.noise, noiseCursor)) {
            noiseSeen = true;
            continue;
        }
        sentences.append(span);
        afterNoise.append(noiseSeen);
        noiseSeen = false;
    }
    // The first line, when short and unpunctuated, is the headline.
    if (!sentences.isEmpty()) {
        const QString first = text.mid(sentences.first().start, sentences.first().length());
        if (first.size() <= 80)
            doc.info.title = first.trimmed();
    }
    const qint64 total = qint64(sentences.size()) * 2;

    // Each sentence is read with its paragraph's language (a mixed page has both).
    QList<bool> english(sentences.size(), doc.info.language == QLatin1String("en"));
    if (!forced) {
        // Sentences come in text order and never cross a line break, so the
        // paragraph is looked up only when a sentence starts past its end (a
        // search back to the line start for every sentence was quadratic on one long line).
        qsizetype paragraphEnd = -1;
        bool paragraphEnglish = false;
        for (qsizetype si = 0; si < sentences.size(); ++si) {
            const qsizetype start = sentences.at(si).start;
            if (start >= paragraphEnd) {
                const qsizetype from = folded.lastIndexOf(QLatin1Char('\n'), start) + 1;
                qsizetype to = folded.indexOf(QLatin1Char('\n'), start);
                if (to < 0)
                    to = folded.size();
                paragraphEnd = to;
                // Short lines (headings, credits, a name) keep the document's language.
                const QStringView paragraph = QStringView(folded).sliced(from, to - from);
                paragraphEnglish = paragraph.size() < 60 ? doc.info.language == QLatin1String("en")
                                                         : LanguageDetector::detect(paragraph) == QLatin1String("en");
            }
            english[si] = paragraphEnglish;
        }
    }
    // What a Chinese sentence's names are, the document's own names aside, is
    // found once in pass 1 and reused in pass 2 (the finders' scans are most of
    // a pass).
    QList<MentionFinder::Guesses> guesses(sentences.size());
    const auto findMentions = [&](qsizetype si, const AliasMatcher *gazetteer) {
        if (english.at(si))
            return d->englishFinder->find(folded, lower, sentences.at(si), gazetteer);
        if (!gazetteer)
            guesses[si] = d->finder->guess(folded, lower, sentences.at(si));
        // (Pass 1 learns names only: it skips the pronouns, which it would drop.)
        QList<Mention> found = d->finder->find(folded, lower, sentences.at(si), gazetteer, std::as_const(guesses[si]),
                                               gazetteer ? MentionFinder::Pronouns::Find : MentionFinder::Pronouns::Skip);
        if (gazetteer)
            guesses[si] = {}; // pass 2 reads each sentence once
        return found;
    };

    DocumentState state(d->lexicon);
    state.setBusinessSuffixes(d->rules.businessSuffixes());
    // Pass 1: the names, so that short forms used before the full one are found too.
    qint64 done = 0;
    for (qsizetype si = 0; si < sentences.size(); ++si) {
        if (cancelled())
            return cancelError();
        for (const Mention &m : findMentions(si, nullptr))
            if (!m.isPronoun)
                state.resolve(m);
        if (progress)
            progress(++done, total, QStringLiteral("Finding names"));
    }
    for (const QString &name : d->finder->repeatedNames(folded, lower, sentences)) {
        Mention m;
        m.type = EntityType::Person;
        m.surface = m.name = name;
        if (!state.knows(name))
            state.resolve(m);
    }
    state.typeByFamilyNames();
    state.findGluedNames();
    AliasMatcher gazetteer = state.buildGazetteer(d->rules.orgSuffixes());
    state.countMentions(lower, sentences, gazetteer);
    state.chooseTopic();

    // Pass 2: mentions with the document's own names, then relations.
    ReadingContext context;
    EnglishContext englishContext;
    for (qsizetype si = 0; si < sentences.size(); ++si) {
        const TextSpan &span = sentences.at(si);
        if (cancelled())
            return cancelError();
        if (afterNoise.at(si)) {
            context = ReadingContext{};
            englishContext = EnglishContext{};
        }
        RelationExtractor::Sentence sentence{folded, lower, text, span, {}, published, request.documentName};
        sentence.mentions = findMentions(si, &gazetteer);
        for (Mention &m : sentence.mentions)
            state.cutGluedName(m);
        Evidence ev;
        ev.document = request.documentName;
        ev.start = span.start;
        ev.end = span.end;
        ev.sentence = text.mid(span.start, span.length());
        for (qsizetype mi = 0; mi < sentence.mentions.size(); ++mi) {
            Mention &m = sentence.mentions[mi];
            if (m.isPronoun)
                continue;
            m.entity = state.resolve(m);
            // A former name is another name of its company, no company of its own.
            if (const int owner = formerNameOwner(folded, sentence.mentions, mi, state);
                owner >= 0 && owner != m.entity) {
                m.entity = owner;
                state.resolve(m);
            }
            m.type = state.entities.at(m.entity).type;
            if (const QStringView written = QStringView(text).sliced(m.start, m.end - m.start);
                written != QStringView(folded).sliced(m.start, m.end - m.start))
                state.noteWritten(m.entity, written);
            if (DocEntity &e = state.entities[m.entity]; !e.standsAlone && isPlace(d->lexicon, e.lexiconEntry))
                e.standsAlone = standsAlone(lower, m, span);
            auto &evidence = state.entities[m.entity].evidence;
            if (evidence.isEmpty() || evidence.last().start != span.start)
                evidence.append(ev);
        }
        // 起诉许、叶、方3人: people named by their surnames only, once all three are known.
        if (const QList<Mention> bySurname = surnameListMentions(folded, span, state); !bySurname.isEmpty()) {
            for (const Mention &m : bySurname) {
                if (std::any_of(sentence.mentions.cbegin(), sentence.mentions.cend(),
                                [&](const Mention &o) { return o.start < m.end && m.start < o.end; }))
                    continue;
                sentence.mentions.append(m);
                if (auto &evidence = state.entities[m.entity].evidence; evidence.last().start != span.start)
                    evidence.append(ev);
            }
            std::sort(sentence.mentions.begin(), sentence.mentions.end(),
                      [](const Mention &a, const Mention &b) { return a.start < b.start; });
        }
        // 新华社杭州6月19日电: the agency of a dateline reports; it takes no part in what it reports.
        if (const qsizetype end = datelineEnd(folded, span); end > 0)
            sentence.mentions.removeIf([&](const Mention &m) { return m.start < end; });
        // 记者从浙江大学获悉，…: whom the news came from is no party to it.
        sentence.mentions.removeIf([&](const Mention &m) { return inSourceClause(folded, m, span); });
        if (english.at(si)) {
            d->englishRelations->process(sentence, state, englishContext);
            if (progress)
                progress(++done, total, QStringLiteral("Reading relations"));
            continue;
        }
        // A new paragraph: a bare month (8月初) is no longer in the year the paragraph
        // before was telling of (2019年加入… then, paragraphs later, 自8月初起休长假).
        context.atParagraphStart = span.start == 0 || folded[span.start - 1] == QChar(u'\n');
        if (context.atParagraphStart) {
            context.contextYear = 0;
            context.paragraphOrg = -1;
            context.paragraphNamedPerson = false;
        }
        // A heading (a short line with no sentence punctuation) starts a new section:
        // what came before is no antecedent for a 他 after it.
        const QStringView line = QStringView(folded).sliced(span.start, span.length());
        if (line.size() <= 40 && !isOneOf(line.back(), u"。！？!?.”\"")
            && (span.end >= folded.size() || folded[span.end] == QChar(u'\n'))) {
            d->relations->process(sentence, state, context);
            context = ReadingContext{};
        } else {
            d->relations->process(sentence, state, context);
        }
        if (progress)
            progress(++done, total, QStringLiteral("Reading relations"));
    }

    // What only reading needed is freed before the graph is assembled: a long
    // document's peak is that step, when the state and the output are both held.
    folded = QString();
    lower = QString();
    gazetteer = AliasMatcher();
    guesses = {};
    sentences = {};

    resolveDescribedDefendants(state);
    addKnownDevelopers(d->lexicon, state);
    addVersionDevelopers(state);

    // A founding year stated once holds for every founder.
    for (DocRelation &r : state.relations)
        if (r.type == RelationType::Founded && !r.time.isValid() && state.entities.at(r.target).founded.isValid())
            r.time = state.entities.at(r.target).founded;

    // Assemble the graph.
    QList<QString> keys(state.entities.size());
    QList<bool> keep(state.entities.size(), false);
    for (qsizetype i = 0; i < state.entities.size(); ++i) {
        const DocEntity &e = state.entities.at(i);
        keep[i] = e.type != EntityType::Lawsuit ? !e.evidence.isEmpty()
                                                 : (!e.plaintiffs.isEmpty() && !e.defendants.isEmpty());
    }
    dropPlacesNamedOnlyAsWhere(d->lexicon, state, keep);
    // The output is sized once: a list grown by doubling holds up to twice its
    // relations, and while it moves them the old copy too (the peak of a long document).
    doc.entities.reserve(std::count(keep.cbegin(), keep.cend(), true));
    qsizetype relationCount = state.relations.size();
    for (int l : std::as_const(state.lawsuits))
        if (keep[l])
            relationCount += state.entities.at(l).plaintiffs.size() + state.entities.at(l).defendants.size();
    doc.relations.reserve(relationCount);
    int next = 0;
    for (qsizetype i = 0; i < state.entities.size(); ++i) {
        if (!keep[i])
            continue;
        const DocEntity &e = state.entities.at(i);
        Entity out;
        out.key = QStringLiteral("e%1").arg(++next);
        keys[i] = out.key;
        out.type = e.type;
        out.kind = e.type == EntityType::Organization ? e.kind : OrgKind::None;
        out.name = state.shownName(int(i));
        for (const QString &a : e.aliases)
            out.addAlias(a);
        out.evidence = e.evidence;
        if (e.type == EntityType::Lawsuit) {
            QStringList p, q;
            for (int x : e.plaintiffs)
                p.append(state.shownName(x));
            for (int x : e.defendants)
                q.append(state.shownName(x));
            p.sort();
            q.sort();
            const bool inEnglish = !e.evidence.isEmpty() && LanguageDetector::detect(e.evidence.first().sentence) == QLatin1String("en");
            QString parties = p.join(QLatin1Char(',')) + (inEnglish ? QStringLiteral(" v. ") : QStringLiteral(" 诉 "))
                + q.join(QLatin1Char(','));
            if (!e.court.isEmpty())
                parties += QStringLiteral(" (") + e.court + QLatin1Char(')');
            // The case's caption, when the text gives it ("Corvane Semiconductor Inc. v. Haldane"), names it.
            out.name = e.aliases.isEmpty() ? parties : e.aliases.first();
            out.aliases = e.aliases;
            out.addAlias(parties);
            out.court = e.court;
            out.status = e.status;
            out.time = e.time;
        }
        doc.entities.append(out);
    }
    for (const DocRelation &r : std::as_const(state.relations)) {
        if (r.confidence < kOutputThreshold || keys[r.source].isEmpty() || keys[r.target].isEmpty())
            continue;
        Relation out;
        out.type = r.type;
        out.source = keys[r.source];
        out.target = keys[r.target];
        out.time = r.time;
        out.role = r.role;
        out.amount = r.amount;
        out.amountValue = r.amountValue;
        out.currency = r.currency;
        out.duration = r.duration;
        out.confidence = r.confidence;
        out.evidence = {r.evidence};
        doc.relations.append(out);
    }
    for (int l : std::as_const(state.lawsuits)) {
        if (!keep[l])
            continue;
        const DocEntity &e = state.entities.at(l);
        const auto party = [&](RelationType type, int who) {
            if (keys[who].isEmpty())
                return;
            Relation out;
            out.type = type;
            out.source = keys[who];
            out.target = keys[l];
            out.confidence = 0.9;
            out.evidence = e.evidence;
            doc.relations.append(out);
        };
        // Sets iterate in a per-process random order; sort so output is reproducible.
        const auto sorted = [](const QSet<int> &set) {
            QList<int> list(set.cbegin(), set.cend());
            std::sort(list.begin(), list.end());
            return list;
        };
        for (int p : sorted(e.plaintiffs))
            party(RelationType::PlaintiffIn, p);
        for (int q : sorted(e.defendants))
            party(RelationType::DefendantIn, q);
    }
    return doc;
}

} // namespace Guanxi
