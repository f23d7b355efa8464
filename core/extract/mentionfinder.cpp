#include "mentionfinder.h"

#include "cjkchar.h"
#include "isoneof.h"
#include "startsat.h"

#include "text/pinyin.h"
#include "text/textfolder.h"
#include "text/worddictionary.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>

namespace Guanxi::Internal {

namespace {

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}
bool isAsciiDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }
bool isUpper(QChar c) { return c.unicode() >= u'A' && c.unicode() <= u'Z'; }
bool isDot(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x00B7 || u == 0x2022 || u == 0x30FB || u == 0x2027 || u == 0xFF65;
}
bool isOpenParen(QChar c) { return c == QChar(u'(') || c == QChar(u'（'); }
bool isCloseParen(QChar c) { return c == QChar(u')') || c == QChar(u'）'); }
bool isListJoiner(QChar c)
{
    return c == QChar(u'、') || c == QChar(u'和') || c == QChar(u'与') || c == QChar(u'及');
}

// Dictionary frequency (jieba's counts) from which a verb is an everyday one
// (损害 1957, 收购 2045) rather than a literary word a brand borrows (飞驰 161).
constexpr quint32 kEverydayVerbFrequency = 1000;
// Below it a dictionary word of two characters (栈桥 37, 砚池 4) is rare enough to be a brand
// where a company's description or a founding stands before it.
constexpr quint32 kRareBrandFrequency = 100;

// How far a guessed organisation name runs left of its suffix (a legal form's body,
// 有限 of 有限公司, comes on top).
constexpr qsizetype kLongestOrgRun = 11;

// Organisation heads that are also everyday nouns (获取数据, 私有云, 生成式AI):
// the words before them must not be a verb or an attribute.
bool isPlainNounHead(const QString &suffix)
{
    return suffix == QStringLiteral("数据") || suffix == QStringLiteral("云计算") || suffix == QStringLiteral("云")
        || suffix == QStringLiteral("AI");
}

bool overlaps(const Mention &a, const Mention &b) { return a.start < b.end && b.start < a.end; }

// Whether a Latin word goes on at `end` of a name that ends in a Latin
// letter: a letter or digit right after it (AIGC), or a space and a capital
// (AI Lab).
bool continuesLatinWord(QStringView folded, TextSpan s, qsizetype end)
{
    if (end <= s.start || end >= s.end || !isAsciiLetter(folded[end - 1]))
        return false;
    if (AliasMatcher::isLatinWordChar(folded[end]))
        return true;
    return folded[end] == QChar(u' ') && end + 1 < s.end && isUpper(folded[end + 1]);
}

// Whether a time opens the text: 2018年, 去年, 今年3月.
bool startsTime(QStringView text)
{
    if (text.isEmpty())
        return false;
    if (isAsciiDigit(text.front()))
        return true;
    static const char16_t *const relative[] = {u"今年", u"去年", u"前年", u"同年", u"当年", u"次年", u"上月", u"本月"};
    if (std::any_of(std::begin(relative), std::end(relative), [&](const char16_t *w) { return startsAt(text, 0, w); }))
        return true;
    // 于两年前加盟, 于三个月后: a count of a time unit (两年, 三个月, 十天) in words.
    qsizetype n = 0;
    while (n < text.size() && n < 3 && isOneOf(text[n], u"一二两三四五六七八九十半数几"))
        ++n;
    if (n == 0 || n >= text.size())
        return false;
    if (text[n] == QChar(u'个') && n + 1 < text.size())
        ++n;
    return isOneOf(text[n], u"年月天周");
}

} // namespace

MentionFinder::Candidate MentionFinder::guessed(QStringView folded, qsizetype start, qsizetype end, EntityType type,
                                                int priority)
{
    // A name the patterns guess (no lexicon entry), named as written.
    Candidate c;
    c.mention.start = start;
    c.mention.end = end;
    c.mention.type = type;
    c.mention.kind = type == EntityType::Organization ? OrgKind::Company : OrgKind::None;
    c.mention.surface = folded.sliced(start, end - start).toString();
    c.mention.name = c.mention.surface;
    c.priority = priority;
    return c;
}

MentionFinder::Candidate MentionFinder::guessedCompany(QStringView folded, qsizetype start, qsizetype end)
{
    // A company at the lowest priority.
    return guessed(folded, start, end, EntityType::Organization, 0);
}

MentionFinder::MentionFinder(const Lexicon &lexicon, const RuleBook &rules, const WordDictionary *dictionary)
    : m_lexicon(lexicon), m_rules(rules), m_dictionary(dictionary && !dictionary->isEmpty() ? dictionary : nullptr)
{
    for (const RuleBook::Trigger &t : m_rules.triggers())
        if (!t.word.isEmpty())
            m_triggerEnds.insert(AliasMatcher::matchForm(t.word).back());
    for (const QString &v : m_rules.speechVerbs()) {
        if (v.isEmpty())
            m_anySpeechStart = true;
        else
            m_speechStarts.insert(v.front());
    }
    // 地平线 of 地平线机器人: a known company's Chinese name without its suffix, an
    // ordinary word kept out of the aliases, is that company where a list says so.
    for (qsizetype i = 0; i < m_lexicon.entries().size(); ++i) {
        const Lexicon::Entry &e = m_lexicon.entry(int(i));
        if (e.type != EntityType::Organization || e.kind != OrgKind::Company)
            continue;
        for (const QString &alias : e.aliases) {
            const QString form = TextFolder::fold(alias);
            if (form.isEmpty() || !std::all_of(form.begin(), form.end(), isCjk))
                continue;
            for (qsizetype k = 2; k < form.size(); ++k) {
                const QStringView tail = QStringView(form).sliced(k);
                const auto &suffixes = m_rules.orgSuffixesStartingWith(tail.front());
                const bool isSuffix = std::any_of(suffixes.cbegin(), suffixes.cend(), [&](const auto &sfx) {
                    return sfx.second == OrgKind::Company && sfx.first == tail && sfx.first != QStringLiteral("公司");
                });
                if (!isSuffix)
                    continue;
                const QString stem = form.first(k);
                const QString key = AliasMatcher::matchForm(stem);
                const auto known = m_lexicon.matcher().matchAt(key, 0);
                if (known && known->length == key.size())
                    break; // the stem is an alias of its own (百川 of 百川智能)
                const auto it = m_suffixStems.constFind(stem);
                m_suffixStems.insert(stem, it == m_suffixStems.cend() || *it == int(i) ? int(i) : -1);
                break;
            }
        }
    }
}

bool MentionFinder::triggerEndsAt(QStringView lower, qsizetype pos, qsizetype floor,
                                  RuleBook::Pattern *pattern, std::optional<RelationType> *relation) const
{
    // 加入|搜狗, 投资了|X: a relation word right before.
    qsizetype end = pos;
    if (end - 1 >= floor && lower[end - 1] == QChar(u'了'))
        --end;
    if (end - 1 < floor || !m_triggerEnds.contains(lower[end - 1]))
        return false;
    for (qsizetype len = 1; len <= 5 && end - len >= floor; ++len) {
        const auto hit = m_rules.triggerMatcher().matchAt(lower.first(end), end - len);
        if (hit && hit->length == len) {
            if (pattern)
                *pattern = m_rules.triggers().at(hit->value).pattern;
            if (relation)
                *relation = m_rules.triggers().at(hit->value).relation;
            return true;
        }
    }
    return false;
}

bool MentionFinder::roleStartsAt(QStringView lower, qsizetype pos, qsizetype end) const
{
    // X|首席执行官, X|前首席运营官, X|的创始人: a role held there.
    for (const QChar skip : {QChar(u'前'), QChar(u'的')})
        if (pos < end && lower[pos] == skip)
            ++pos;
    return pos < end && m_rules.roleMatcher().matchAt(lower.first(end), pos).has_value();
}

bool MentionFinder::copulaTitleFollows(QStringView folded, QStringView lower, qsizetype pos, qsizetype end) const
{
    // 钟以宁是视语科技的总裁, 她此前为德勤合伙人: a copula after the name (an adverb
    // before it allowed) and a title closing the clause, so the name is a person's.
    for (const QStringView adverb : {u"此前", u"目前", u"一直", u"还", u"仍", u"也", u"曾", u"现", u"原"})
        if (startsAt(folded, pos, adverb)) {
            pos += adverb.size();
            break;
        }
    if (pos >= end || (folded[pos] != QChar(u'是') && folded[pos] != QChar(u'为')))
        return false;
    qsizetype clauseEnd = pos + 1;
    while (clauseEnd < end && folded[clauseEnd].isLetterOrNumber())
        ++clauseEnd;
    for (qsizetype q = pos + 2; q < clauseEnd; ++q)
        if (const auto hit = m_rules.roleMatcher().matchAt(lower.first(clauseEnd), q); hit && q + hit->length == clauseEnd)
            return true;
    // 林柏宇是澄光运算创办人: a word for a person (创办人, 研究员) closing the clause will do too.
    for (qsizetype len = 2; len <= 7 && clauseEnd - len > pos + 1; ++len)
        if (m_rules.isCue(folded.sliced(clauseEnd - len, len)))
            return true;
    return false;
}

bool MentionFinder::endsWithCue(QStringView folded, qsizetype pos, qsizetype floor) const
{
    // Whether a title or person cue ends right before `pos` (导演|詹姆斯).
    if (pos - 1 < floor || !m_rules.isCueEnd(folded[pos - 1]))
        return false;
    for (qsizetype len = 1; len <= 7 && pos - len >= floor; ++len)
        if (m_rules.isCue(folded.sliced(pos - len, len)))
            return true;
    return false;
}

bool MentionFinder::followsAppointVerb(QStringView folded, qsizetype pos, qsizetype floor) const
{
    if (pos > floor && folded[pos - 1] == QChar(u'了'))
        --pos;
    // Called at every character: a verb's last character must stand before `pos` first.
    if (pos <= floor || !m_rules.isAppointVerbEnd(folded[pos - 1]))
        return false;
    return std::any_of(m_rules.appointVerbs().cbegin(), m_rules.appointVerbs().cend(), [&](const QString &verb) {
        return pos - verb.size() >= floor && folded.sliced(pos - verb.size(), verb.size()) == verb;
    });
}

bool MentionFinder::isBrandBefore(QStringView folded, qsizetype start, qsizetype known) const
{
    // 深维智元 beside the known 智元: two characters of no dictionary word (深维) before a
    // known name are a brand's own syllables, not a clause before it (投资智元, 要求禁止X).
    if (known - start != 2 || !isCjk(folded[start]) || !isCjk(folded[start + 1]))
        return false;
    return !m_dictionary || !m_dictionary->lookup(folded.sliced(start, 2));
}

bool MentionFinder::isRareBrandBefore(QStringView folded, qsizetype start, qsizetype tail) const
{
    // 天枢 (a star, 3 in the dictionary's counts) before 具身: no word, or one rare enough, is
    // a brand when a company's description (description_noun) comes just before
    // (具身智能企业天枢具身). Without it 电商事业群, 澜图多模态 are units of a company.
    constexpr quint32 kRareWordFrequency = 10;
    const QStringView before = folded.first(start);
    const auto &nouns = m_rules.descriptionNouns();
    if (std::none_of(nouns.cbegin(), nouns.cend(), [&](const QString &d) { return before.endsWith(d); }))
        return false;
    if (isBrandBefore(folded, start, tail))
        return true;
    if (tail - start != 2 || !m_dictionary)
        return false;
    const auto info = m_dictionary->lookup(folded.sliced(start, 2));
    return info && info->frequency <= kRareWordFrequency;
}

bool MentionFinder::startsVerb(QStringView folded, qsizetype pos, qsizetype end) const
{
    // 郑凯窃取: a two-character verb of the dictionary begins here (a plain 'v', not a noun-verb).
    if (!m_dictionary || pos + 2 > end)
        return false;
    const auto info = m_dictionary->lookup(folded.sliced(pos, 2));
    return info && info->pos == QLatin1String("v");
}

bool MentionFinder::startsAdverb(QStringView folded, qsizetype pos, qsizetype end) const
{
    // 周凯相继: a common two-character adverb of the dictionary (相继, 随即, 一直)
    // begins here. Rare ones (凡于 in 邵一凡于) are more likely a name's end.
    constexpr quint32 kCommon = 500;
    if (!m_dictionary || pos + 2 > end)
        return false;
    const auto info = m_dictionary->lookup(folded.sliced(pos, 2));
    return info && info->pos == QLatin1String("d") && info->frequency >= kCommon;
}

qsizetype MentionFinder::rolePrefixAt(QStringView folded, qsizetype pos, qsizetype end) const
{
    for (const QString &prefix : m_rules.rolePrefixes())
        if (pos + prefix.size() < end && startsAt(folded, pos, prefix))
            return prefix.size();
    return 0;
}

bool MentionFinder::startsFrequentWord(QStringView folded, qsizetype pos, qsizetype end) const
{
    // 汇报 (tagged nz), 明天 (t): a frequent two-character word that is no name or noun.
    if (!m_dictionary || pos + 2 > end)
        return false;
    const auto info = m_dictionary->lookup(folded.sliced(pos, 2));
    return info && info->frequency >= kEverydayVerbFrequency
        && (info->pos == QLatin1String("v") || info->pos == QLatin1String("vn") || info->pos == QLatin1String("nz")
            || info->pos == QLatin1String("t") || info->pos == QLatin1String("d") || info->pos == QLatin1String("p"));
}

bool MentionFinder::isEverydayWordAt(QStringView folded, qsizetype pos, qsizetype end) const
{
    // 博士毕业于: after a title, a frequent word of the dictionary (毕业) is what the
    // person did, not a name; a rare one may be a name's characters.
    if (!isCommonWordAt(folded, pos, end))
        return false;
    // Only what one does or has (毕业 n, 表示 v): 严峻 (a) is a name as often as a word.
    const qsizetype len = m_dictionary->longestMatch(folded.first(end), pos, 4);
    const auto info = m_dictionary->lookup(folded.sliced(pos, len));
    return info && (info->pos == QLatin1String("v") || info->pos == QLatin1String("n") || info->pos == QLatin1String("vn"))
        && info->frequency >= kEverydayVerbFrequency;
}

bool MentionFinder::isCommonWordAt(QStringView folded, qsizetype pos, qsizetype end) const
{
    // 高院判决, 高层预计: a word of the dictionary that is no person's name (nr)
    // begins here, so a surname at its start begins no name.
    if (!m_dictionary || pos + 2 > end)
        return false;
    const qsizetype len = m_dictionary->longestMatch(folded.first(end), pos, 4);
    if (len < 2)
        return false;
    const auto info = m_dictionary->lookup(folded.sliced(pos, len));
    return info && !info->pos.startsWith(QLatin1String("nr"));
}

bool MentionFinder::startsWord(QStringView lower, qsizetype pos) const
{
    if (m_rules.triggerMatcher().matchAt(lower, pos))
        return true;
    if (!m_anySpeechStart && (pos >= lower.size() || !m_speechStarts.contains(lower[pos])))
        return false; // no speech verb starts with this character
    for (const QString &v : m_rules.speechVerbs())
        if (startsAt(lower.sliced(pos), 0, v))
            return true;
    return false;
}

void MentionFinder::addLexiconHits(QStringView folded, QStringView lower, TextSpan s,
                                   const AliasMatcher *gazetteer, QList<Candidate> &out) const
{
    const QStringView sentence = lower.first(s.end);
    for (qsizetype pos = s.start; pos < s.end; ++pos) {
        const auto lex = m_lexicon.matcher().matchAt(sentence, pos, folded);
        std::optional<AliasMatcher::Hit> gaz;
        if (gazetteer)
            gaz = gazetteer->matchAt(sentence, pos);
        if (!lex && !gaz)
            continue;
        // 新加坡籍高管, 美国籍: a country before a nationality mark says where a person is from.
        if (const qsizetype end = pos + std::max(lex ? lex->length : 0, gaz ? gaz->length : 0);
            end < s.end && m_rules.isNationalityMark(folded[end]))
            continue;
        // 在英国创立, 位于德国弗赖堡: a state after a word of place is where, not who.
        if (lex && (!gaz || lex->length >= gaz->length) && m_lexicon.entry(lex->value).kind == OrgKind::Government
            && (endsAt(folded, pos, u"在") || endsAt(folded, pos, u"位于")) && pos - 1 >= s.start)
            continue;
        Candidate c;
        Mention &m = c.mention;
        m.start = pos;
        if (gaz && (!lex || gaz->length >= lex->length)) {
            m.end = pos + gaz->length;
            m.entity = gaz->value;
        } else {
            const Lexicon::Entry &e = m_lexicon.entry(lex->value);
            m.end = pos + lex->length;
            m.lexiconEntry = lex->value;
            m.type = e.type;
            m.kind = e.kind;
            m.name = e.name;
            // 阿里巴巴集团, 微软公司: the organisation under its formal name.
            if (e.type == EntityType::Organization) {
                for (const QString &suffix : {QStringLiteral("集团"), QStringLiteral("公司")}) {
                    if (startsAt(folded.sliced(m.end), 0, suffix) && m.end + suffix.size() <= s.end) {
                        m.end += suffix.size();
                        break;
                    }
                }
            }
        }
        m.surface = folded.sliced(m.start, m.end - m.start).toString();
        c.priority = 3;
        out.append(c);
    }
}

void MentionFinder::addVersionedNames(QStringView folded, QStringView lower, TextSpan s, const AliasMatcher &gazetteer,
                                      QList<Candidate> &out)
{
    // 渊问4.0 after “渊问”: a Chinese name of this text with a dotted version right after
    // it is a version of that product, a product of its own (as GPT-4o is beside GPT-4).
    const QStringView sentence = lower.first(s.end);
    for (qsizetype pos = s.start; pos < s.end; ++pos) {
        if (!isCjk(folded[pos]))
            continue;
        const auto hit = gazetteer.matchAt(sentence, pos);
        if (!hit)
            continue;
        const qsizetype end = pos + hit->length;
        const qsizetype v = versionLength(folded, end, s.end);
        if (v == 0 || !std::all_of(folded.begin() + pos, folded.begin() + end, isCjk))
            continue;
        out.append(guessed(folded, pos, end + v, EntityType::Product, 3));
        pos = end + v - 1;
    }
}

qsizetype MentionFinder::versionLength(QStringView folded, qsizetype pos, qsizetype end)
{
    // 4.0, 2.5, 3.1.2 (a dot required: 腾讯2024年 is a year) and not an amount (3.5亿, 2.0倍).
    qsizetype p = pos;
    bool dot = false;
    while (p < end && (isAsciiDigit(folded[p]) || (folded[p] == u'.' && p > pos && p + 1 < end && isAsciiDigit(folded[p + 1])))) {
        dot = dot || folded[p] == u'.';
        ++p;
    }
    if (!dot || (p < end && (isAsciiLetter(folded[p]) || isOneOf(folded[p], u"亿万千百%％倍元年月日个家位名款代"))))
        return 0;
    return p - pos;
}

EntityType MentionFinder::classifyLatin(QStringView folded, qsizetype start, const QString &name, OrgKind &kind) const
{
    kind = OrgKind::Company;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if ((m_rules.isLatinOrgSuffix(words.last()) || m_rules.isLatinLegalForm(words.last())) && words.size() > 1)
        return EntityType::Organization;
    // A verb only a person does right after: Natarajan担任CEO, Marques出任董事.
    const qsizetype end = start + name.size();
    for (const QString &v : m_rules.personVerbs())
        if (startsAt(QStringView(folded).sliced(end), 0, v))
            return EntityType::Person;
    // A title right before: 首席运营官Shan Shan Wong, 前研究总监Ilya Sutskever.
    if (endsWithCue(folded, start, std::max<qsizetype>(0, start - 8)))
        return EntityType::Person;
    // 由張偉倫與Daniel Park創辦: a given name and a family name.
    if (words.size() == 2 && m_rules.isLatinGivenName(words.first()) && isUpper(words.last().front()))
        return EntityType::Person;
    bool hasDigit = false;
    for (QChar c : name)
        hasDigit = hasDigit || isAsciiDigit(c);
    if (hasDigit)
        return EntityType::Product;
    for (const QString &w : words)
        if (m_rules.isLatinProductWord(w))
            return EntityType::Product;
    // Step系列模型, Gemini系列: a series is of products.
    if (startsAt(QStringView(folded).sliced(end), 0, u"系列"))
        return EntityType::Product;
    // 闭源模型(如OpenAI的GPT): a name in a sentence about models is a product.
    if (words.size() == 1) {
        const qsizetype from = std::max<qsizetype>(0, start - 12);
        const QStringView before = folded.sliced(from, start - from);
        if (before.endsWith(u"的") && containsWord(before, u"模型"))
            return EntityType::Product;
    }
    for (const QString &cue : m_rules.productCues()) {
        const qsizetype from = start - cue.size();
        if (from >= 0 && folded.sliced(from, cue.size()) == cue)
            return EntityType::Product;
        if (from - 1 >= 0 && folded[start - 1] == QChar(u' ') && folded.sliced(from - 1, cue.size()) == cue)
            return EntityType::Product;
    }
    return EntityType::Organization;
}

QStringList MentionFinder::latinShortForms(QStringList tokens) const
{
    // Kestrel Robotics Inc. goes on as Kestrel Robotics and as Kestrel: the
    // legal form and then a suffix word dropped, as 百川智能 goes on as 百川.
    // The bare first word must be a distinctive one (no role, no given name,
    // no everyday word like AI), or two companies would share it; nor a known
    // company's name: Tencent Ventures is Tencent's fund, not Tencent.
    QStringList forms;
    while (tokens.size() > 1 && m_rules.isLatinLegalForm(tokens.last())) {
        tokens.removeLast();
        forms.append(tokens.join(QLatin1Char(' ')));
    }
    if (tokens.size() == 2 && m_rules.isLatinOrgSuffix(tokens.last())) {
        const QString &stem = tokens.first();
        const bool distinctive = stem.size() >= 4 && isUpper(stem.front()) && !m_rules.isLatinNonName(stem)
            && !m_rules.isLatinOrgSuffix(stem) && !m_rules.isLatinGivenName(stem) && !isLatinRole(stem)
            && std::none_of(stem.begin(), stem.end(), isAsciiDigit);
        const QString key = AliasMatcher::matchForm(stem);
        const auto known = m_lexicon.matcher().matchAt(key, 0);
        if (distinctive && !(known && known->length == key.size()))
            forms.append(stem);
    }
    return forms;
}

QStringList MentionFinder::chineseShortForms(const QString &name) const
{
    // The legal form dropped, then the place the company is registered in (a
    // place word of the dictionary, with 市/省), as Latin legal forms fold. What
    // is left must still be a name: 深圳科技有限公司 does not go on as 科技.
    QStringList forms;
    for (const QString &form : m_rules.legalForms()) {
        if (!name.endsWith(form) || name.size() - form.size() < 2)
            continue;
        const QString rest = name.chopped(form.size());
        forms.append(rest);
        if (!m_dictionary)
            break;
        qsizetype w = m_dictionary->longestMatch(rest, 0, 4);
        const auto info = w >= 2 ? m_dictionary->lookup(QStringView(rest).first(w)) : std::nullopt;
        if (!info || info->pos != QLatin1String("ns"))
            break;
        if (w < rest.size() && isOneOf(rest[w], u"市省"))
            ++w;
        const QString stem = rest.sliced(w);
        if (stem.size() < 2)
            break;
        // The stem's own head dropped, a distinctive word must remain (芯岭 of 芯岭微电子;
        // 青岩信息技术 read as a place and 信息技术 leaves only 信息, a suffix itself).
        const auto isSuffix = [&](QStringView word) {
            const auto &suffixes = m_rules.orgSuffixesStartingWith(word.front());
            return std::any_of(suffixes.cbegin(), suffixes.cend(), [&](const auto &sx) { return sx.first == word; });
        };
        QStringView core = stem;
        for (qsizetype k = 1; k + 1 < stem.size(); ++k)
            if (isSuffix(QStringView(stem).sliced(k))) {
                core = QStringView(stem).first(k);
                break;
            }
        if (core.size() >= 2 && !isSuffix(core) && !m_rules.isGenericHead(core) && !m_rules.isGenericHead(stem))
            forms.append(stem);
        break;
    }
    return forms;
}

int MentionFinder::knownOwnerOfLegalName(const QString &name) const
{
    QStringView rest;
    for (const QString &form : m_rules.legalForms())
        if (name.endsWith(form)) {
            rest = QStringView(name).chopped(form.size());
            break;
        }
    // 腾讯云计算（北京）有限责任公司: the bracketed place of registration.
    if (rest.endsWith(u'）') || rest.endsWith(u')')) {
        const qsizetype open = std::max(rest.lastIndexOf(u'（'), rest.lastIndexOf(u'('));
        if (open <= 0)
            return -1;
        rest = rest.first(open);
    }
    if (rest.size() < 2)
        return -1;
    if (m_dictionary) {
        qsizetype w = m_dictionary->longestMatch(rest, 0, 4);
        const auto info = w >= 2 && w < rest.size() ? m_dictionary->lookup(rest.first(w)) : std::nullopt;
        if (info && info->pos == QLatin1String("ns")) {
            if (w < rest.size() && isOneOf(rest[w], u"市省"))
                ++w;
            rest = rest.sliced(w);
        }
    }
    const QString key = AliasMatcher::matchForm(rest);
    const auto hit = m_lexicon.matcher().matchAt(key, 0);
    if (!hit || m_lexicon.entry(hit->value).type != EntityType::Organization)
        return -1;
    // What follows the known name, or begins inside it (阿里 + 云计算 of 阿里云计算), is a chain of
    // heads and trade words (网络技术, 信息科技); a business of its own (小米汽车科技) is another company.
    const auto headChainAt = [&](qsizetype k) {
        for (bool first = true; k < rest.size(); first = false) {
            qsizetype best = 0;
            for (const auto &[suffix, kind] : m_rules.orgSuffixesStartingWith(rest[k]))
                if (startsAt(rest.sliced(k), 0, suffix) && suffix.size() > best)
                    best = suffix.size();
            if (first && best > 0 && m_rules.isBusinessSuffix(rest.sliced(k, best).toString()))
                return false;
            for (const QString &word : m_rules.tradeWords())
                if (startsAt(rest.sliced(k), 0, word) && word.size() > best)
                    best = word.size();
            if (best == 0)
                return false;
            k += best;
        }
        return true;
    };
    for (qsizetype k = hit->length; k >= 2; --k)
        if (k == rest.size() || headChainAt(k))
            return hit->value;
    return -1;
}

bool MentionFinder::isLatinRole(const QString &token) const
{
    const QString form = AliasMatcher::matchForm(token);
    const auto hit = m_rules.roleMatcher().matchAt(form, 0);
    return hit && hit->length == form.size();
}

void MentionFinder::addLatinNames(QStringView folded, TextSpan s, QList<Candidate> &out) const
{
    qsizetype pos = s.start;
    while (pos < s.end) {
        const QChar c = folded[pos];
        const bool startsName = (isAsciiLetter(c) || isAsciiDigit(c))
            && (pos == s.start || !(AliasMatcher::isLatinWordChar(folded[pos - 1]) || folded[pos - 1] == QChar(u'-')
                                    || folded[pos - 1] == QChar(u'.') || folded[pos - 1] == QChar(u'/')));
        if (!startsName) {
            ++pos;
            continue;
        }
        // Read tokens separated by single spaces while they continue a name.
        QStringList tokens;
        qsizetype p = pos;
        qsizetype nameEnd = pos;
        qsizetype roleEnd = -1; // the end of a role word standing where a name would start
        while (p < s.end) {
            qsizetype q = p;
            while (q < s.end
                   && (AliasMatcher::isLatinWordChar(folded[q]) || folded[q] == QChar(u'-') || folded[q] == QChar(u'.')
                       || folded[q] == QChar(u'\'') || folded[q] == QChar(u'&') || folded[q] == QChar(u'+')))
                ++q;
            while (q > p && (folded[q - 1] == QChar(u'.') || folded[q - 1] == QChar(u'-') || folded[q - 1] == QChar(u'\'')))
                --q;
            if (q == p)
                break;
            const QString token = folded.sliced(p, q - p).toString();
            bool digit = false;
            for (QChar ch : token)
                digit = digit || isAsciiDigit(ch);
            const bool continues = tokens.isEmpty() || isUpper(token.front()) || isAsciiDigit(token.front())
                || m_rules.isLatinProductWord(token) || (digit && token.size() <= 6);
            if (!continues)
                break;
            // OpenAI CEO Sam Altman: a role word ends the name before it and begins none.
            if (isLatinRole(token)) {
                if (tokens.isEmpty())
                    roleEnd = q;
                break;
            }
            // Nebula Systems Inc: a legal form goes on after a suffix word, and ends the name.
            // (Two legal forms may stand together: Xishu AI Pte. Ltd.)
            const bool legalFormAfterName = m_rules.isLatinLegalForm(token) && !tokens.isEmpty()
                && (!m_rules.isLatinLegalForm(tokens.last())
                    || (tokens.size() >= 2 && !m_rules.isLatinLegalForm(tokens.at(tokens.size() - 2))));
            if (tokens.size() > 1 && !legalFormAfterName
                && (m_rules.isLatinOrgSuffix(tokens.last()) || m_rules.isLatinLegalForm(tokens.last())))
                break;
            tokens.append(token);
            nameEnd = q;
            if (q + 1 < s.end && folded[q] == QChar(u' ') && (AliasMatcher::isLatinWordChar(folded[q + 1])))
                p = q + 1;
            else if (q + 2 < s.end && folded[q] == QChar(u'.') && folded[q + 1] == QChar(u' ')
                     && m_rules.isLatinLegalForm(token) && tokens.size() >= 2 && isUpper(folded[q + 2]))
                p = q + 2; // Pte. Ltd.
            else
                break;
        }
        if (tokens.isEmpty()) {
            pos = std::max(roleEnd, pos + 1);
            continue;
        }
        const QString name = tokens.join(QLatin1Char(' '));
        // AI Lab, AI Research: generic words name a unit of whatever organisation
        // stands before them (字节跳动AI Lab), not an organisation of their own.
        const bool generic = tokens.size() > 1 && std::all_of(tokens.cbegin(), tokens.cend(), [&](const QString &t) {
            return m_rules.isLatinNonName(t) || m_rules.isLatinOrgSuffix(t);
        });
        bool hasLetter = false;
        for (QChar ch : name)
            hasLetter = hasLetter || isAsciiLetter(ch);
        const bool lowerStart = !isUpper(name.front()) && !isAsciiDigit(name.front());
        const bool roundName = nameEnd < s.end && folded[nameEnd] == QChar(u'轮');
        const bool url = name.startsWith(QLatin1String("http")) || name.contains(QLatin1String("www."));
        const bool legalFormAlone = tokens.size() == 1 && m_rules.isLatinLegalForm(name);
        // 在Robotaxi赛道, NOA领域: one word before a line of business names that business.
        const bool field = tokens.size() == 1
            && std::any_of(m_rules.fieldNouns().cbegin(), m_rules.fieldNouns().cend(),
                           [&](const QString &noun) { return startsAt(folded.first(s.end), nameEnd, noun); });
        // 金山办公（688111.SH）, 腾讯控股（0700.HK）: a listing's stock code, no product.
        static const QRegularExpression stockCode(QStringLiteral("^(?:\\d{4,6}\\.[A-Za-z]{1,3}|(?:SH|SZ|BJ|HK)\\.?\\d{4,6})$"),
                                                  QRegularExpression::CaseInsensitiveOption);
        const bool listing = tokens.size() == 1 && name.front().isLetterOrNumber() && stockCode.match(name).hasMatch();
        if (hasLetter && !lowerStart && !roundName && !url && !generic && !legalFormAlone && !listing && !field
            && name.size() >= 2
            && !m_rules.isLatinNonName(name)
            && !m_rules.roleMatcher().matchAt(AliasMatcher::matchForm(name), 0).has_value()) {
            Candidate cand;
            Mention &m = cand.mention;
            m.start = pos;
            m.end = nameEnd;
            m.surface = name;
            m.name = name;
            m.type = classifyLatin(folded, pos, name, m.kind);
            if (m.type != EntityType::Organization)
                m.kind = OrgKind::None;
            else
                m.aliases = latinShortForms(tokens);
            // Xishu AI Pte. Ltd.: the dotted legal forms as written are a name too.
            if (m.type == EntityType::Organization && m_rules.isLatinLegalForm(tokens.last()) && nameEnd < s.end
                && folded[nameEnd] == QChar(u'.'))
                if (const QString written = folded.sliced(pos, nameEnd + 1 - pos).toString(); written.contains(QLatin1String(". ")))
                    m.aliases.prepend(written);
            cand.priority = 2;
            out.append(cand);
        }
        pos = std::max(nameEnd, pos + 1);
    }
}

bool MentionFinder::endsDotPartAt(QStringView folded, QStringView lower, qsizetype pos, qsizetype end) const
{
    // 米勒|加入, 雷恩|表示: a relation or speech word, or a word of the dictionary
    // that is not spelt in transliteration characters alone (加入, 大学), begins here.
    if (startsWord(lower.first(end), pos))
        return true;
    if (!m_dictionary)
        return false;
    const qsizetype len = m_dictionary->longestMatch(folded.first(end), pos, 4);
    if (len < 2)
        return false;
    const QStringView word = folded.sliced(pos, len);
    return !std::all_of(word.begin(), word.end(), [&](QChar c) { return m_rules.isTranslitChar(c); });
}

void MentionFinder::addDotNames(QStringView folded, QStringView lower, TextSpan s, QList<Candidate> &out) const
{
    const auto nameChar = [&](QChar c) { return isCjk(c) && !m_rules.isStopChar(c) && m_rules.isTranslitChar(c); };
    for (qsizetype d = s.start + 1; d + 1 < s.end; ++d) {
        // 戴维·栾（David Luan）, 亚历山大·王: a family name that is a Chinese surname of one
        // character, closing the name (a gloss, punctuation or a stop character after it).
        const bool surnameLast = d + 1 < s.end && isDot(folded[d]) && d > s.start && nameChar(folded[d - 1])
            && (m_rules.isSurname(folded[d + 1]) || m_rules.isRareSurname(folded[d + 1]))
            && (d + 2 >= s.end || !isCjk(folded[d + 2]) || m_rules.isStopChar(folded[d + 2]));
        if (!isDot(folded[d]) || !nameChar(folded[d - 1]) || (!nameChar(folded[d + 1]) && !surnameLast))
            continue;
        // A part of a foreign name runs over transliteration characters to a sound
        // boundary, however long (马克西米利安): no fixed cap cuts it.
        qsizetype start = d;
        while (start - 1 >= s.start && nameChar(folded[start - 1]) && d - start < kMaxDotPart)
            --start;
        // Drop a title or relation word glued to the name (导演詹姆斯 -> 詹姆斯, 会见约翰 -> 约翰),
        // one that began before the run too (董事会主席布雷特: 席 is a transliteration's character).
        for (qsizetype p = start + 1; p < d; ++p)
            if (endsWithCue(folded, p, s.start) || triggerEndsAt(lower, p, s.start))
                start = p;
        qsizetype end = d + 1;
        qsizetype segment = end;
        const bool oneCharacterFamily = surnameLast && !nameChar(folded[d + 1]);
        if (oneCharacterFamily)
            end = d + 2; // the one-character family name closes the name
        while (!oneCharacterFamily && end < s.end) {
            if (nameChar(folded[end]) && end - segment < kMaxDotPart
                && !(end > segment && endsDotPartAt(folded, lower, end, s.end))) {
                ++end;
            } else if (isDot(folded[end]) && end + 1 < s.end && nameChar(folded[end + 1])) {
                segment = ++end;
            } else {
                break;
            }
        }
        // 阿卡拉朱(Prem Akkaraju): a name glossed in Latin runs up to the parenthesis.
        for (qsizetype k = end; k < s.end && k - end <= 3; ++k) {
            if (isOpenParen(folded[k]) && k + 1 < s.end && isAsciiLetter(folded[k + 1])) {
                end = k;
                break;
            }
            if (!isCjk(folded[k]) || m_rules.isStopChar(folded[k]))
                break;
        }
        if (start >= d)
            continue;
        Candidate c;
        c.mention.start = start;
        c.mention.end = end;
        c.mention.type = EntityType::Person;
        c.mention.surface = folded.sliced(start, end - start).toString();
        c.mention.name = c.mention.surface;
        // The family name alone is how the article will go on (莫斯塔克).
        const qsizetype lastDot = c.mention.surface.lastIndexOf(folded[d]);
        const QString family = c.mention.surface.mid(lastDot + 1);
        if (family.size() >= 2)
            c.mention.aliases.append(family);
        c.priority = 2;
        out.append(c);
        d = end;
    }
}

bool MentionFinder::suffixBeginsLongerWord(QStringView folded, TextSpan s, qsizetype pos, qsizetype length) const
{
    if (!m_dictionary)
        return false;
    const qsizetype w = m_dictionary->longestMatch(folded.first(s.end), pos, 6);
    if (w <= length)
        return false;
    const QStringView word = folded.sliced(pos, w);
    // 云岫电子公告, 岚澄电子表示: a report or a speech verb right after the suffix is read
    // before the longer word (电子公告, 电子表).
    const QStringView after = folded.first(s.end).sliced(pos + length);
    if (std::any_of(m_rules.reportVerbs().cbegin(), m_rules.reportVerbs().cend(), [&](const QString &v) { return startsAt(after, 0, v); })
        || std::any_of(m_rules.speechVerbs().cbegin(), m_rules.speechVerbs().cend(),
                       [&](const QString &v) { return v.size() >= 2 && startsAt(after, 0, v); }))
        return false;
    for (qsizetype k = 1; k < w; ++k)
        for (const auto &other : m_rules.orgSuffixesStartingWith(word[k]))
            if (word.sliced(k) == other.first)
                return false;
    return true;
}

bool MentionFinder::isRegionAt(QStringView folded, qsizetype pos, qsizetype end) const
{
    // 亚太区, 大中华区, 中国区: a sales region, which qualifies a post or a unit.
    if (!m_dictionary || pos >= end)
        return false;
    const qsizetype w = m_dictionary->longestMatch(folded.first(end), pos, 5);
    if (w < 2 || folded[pos + w - 1] != QChar(u'区'))
        return false;
    const auto info = m_dictionary->lookup(folded.sliced(pos, w));
    return info && info->pos == QLatin1String("ns");
}

void MentionFinder::addSuffixOrgs(QStringView folded, QStringView lower, TextSpan s, QList<Candidate> &out) const
{
    for (qsizetype pos = s.start + 1; pos < s.end; ++pos) {
        if (!m_rules.isSuffixStart(folded[pos]))
            continue; // most characters start no suffix: skip the list
        for (const auto &suffixEntry : m_rules.orgSuffixesStartingWith(folded[pos])) {
            // Plain names, not a structured binding: lambdas below capture them (clang 14 cannot).
            const QString &suffix = suffixEntry.first;
            const OrgKind kind = suffixEntry.second;
            if (pos + suffix.size() > s.end || folded.sliced(pos, suffix.size()) != suffix)
                continue;
            // 字节跳动AI Lab, 某某AIGC: a Latin suffix ends the name only where its Latin word ends.
            if (continuesLatinWord(folded, s, pos + suffix.size()))
                continue;
            // 全球AI伺服器, 北美AI服务器产能: a noun right after a head that is an everyday noun
            // itself (AI, 数据) makes the run a description of that noun (智谱AI发布: a verb does not).
            if (isPlainNounHead(suffix) && m_dictionary && pos + suffix.size() + 2 <= s.end
                && isCjk(folded[pos + suffix.size()]))
                if (const qsizetype word = m_dictionary->longestMatch(folded.first(s.end), pos + suffix.size(), 4); word >= 2)
                    if (const auto info = m_dictionary->lookup(folded.sliced(pos + suffix.size(), word));
                        info && info->pos.startsWith(QLatin1Char('n')) && !info->pos.startsWith(QLatin1String("nr"))
                        && !info->pos.startsWith(QLatin1String("nt")) && !m_rules.isSuffixStart(folded[pos + suffix.size()]))
                        continue;
            // 公司章程, 资本市场, 银行卡: the suffix begins a longer word that names no
            // organisation (one ending in a suffix of its own, 科技公司, still may).
            if (suffixBeginsLongerWord(folded, s, pos, suffix.size()))
                continue;
            // 生数科技: a head whose last character opens a longer one (数科 | 科技) is no head
            // there; the name runs on to the later one.
            if (const qsizetype last = pos + suffix.size() - 1; suffix.size() >= 2
                && std::any_of(m_rules.orgSuffixesStartingWith(folded[last]).cbegin(),
                               m_rules.orgSuffixesStartingWith(folded[last]).cend(), [&](const auto &other) {
                                   return other.first.size() >= 2 && startsAt(folded.first(s.end), last, other.first);
                               }))
                continue;
            // 靠智能音箱“岚语”起家, 智能助手: the suffix begins a word for a product.
            // (A longer cue found at pos starts with the suffix found there: no need to ask the cue.)
            if (std::any_of(m_rules.productCues().cbegin(), m_rules.productCues().cend(), [&](const QString &cue) {
                    return cue.size() > suffix.size() && startsAt(folded.first(s.end), pos, cue);
                }))
                continue;
            qsizetype start = pos;
            bool bad = false;
            bool bounded = false; // the name's left edge is known though a character precedes it
            const auto stopAt = [&](qsizetype k) {
                // 今年2月溪山资本首期基金: 月 after a number ends a date, no name.
                if (isOneOf(folded[k], u"年月日号") && k > s.start && folded[k - 1].isDigit())
                    return true;
                // 高等法院, 中等: 等 inside a word, not "and others".
                if (folded[k] == QChar(u'等') && k > s.start && isOneOf(folded[k - 1], u"高中平同"))
                    return false;
                // 国家制造业转型升级基金: 家 of 国家 opens many state bodies' names.
                if (folded[k] == QChar(u'家') && k > s.start && folded[k - 1] == QChar(u'国'))
                    return false;
                // 上海瀚云数据服务有限公司: 据 of 数据, not "according to".
                if (folded[k] == QChar(u'据') && k > s.start && folded[k - 1] == QChar(u'数'))
                    return false;
                // 锐达自动化有限公司: a name word (name_word) opening on the stop character, after
                // two characters of a name (一家自动化公司, 的自动驾驶公司 are descriptions).
                if (!m_rules.isStopChar(folded[k]))
                    return false;
                const auto nameChars = [&](qsizetype at) { return at >= s.start && isCjk(folded[at]) && !m_rules.isStopChar(folded[at]); };
                if (!nameChars(k - 1) || !nameChars(k - 2))
                    return true;
                return std::none_of(m_rules.nameWords().cbegin(), m_rules.nameWords().cend(), [&](const QString &w) {
                    return k + w.size() <= pos && startsAt(folded.first(pos), k, w);
                });
            };
            // 宁波北辰远望投资管理有限公司: the body of a legal form (有限 of 有限公司) before
            // the suffix is no part of the name's length.
            qsizetype longest = kLongestOrgRun;
            // (A form at least as long as the suffix, found ending where it ends, ends with it.)
            for (const QString &form : m_rules.legalForms())
                if (form.size() >= suffix.size() && endsAt(folded.first(pos + suffix.size()), pos + suffix.size(), form)
                    && pos + suffix.size() - form.size() >= s.start) {
                    longest += form.size() - suffix.size();
                    break;
                }
            // 天衡智能装备（苏州）有限公司: a place in brackets between the name and its legal
            // form belongs to the name; the run goes on before it.
            for (bool again = true; again;) {
            again = false;
            while (start - 1 >= s.start && isCjk(folded[start - 1]) && !stopAt(start - 1)
                   && pos - start < longest) {
                // 创立了|灵犀机器人公司: 了 closing a relation word ends the name, it does not spoil it.
                if (folded[start - 1] == QChar(u'了') && triggerEndsAt(lower, start - 1, s.start)) {
                    bounded = true;
                    break;
                }
                if (m_rules.isBadOrgChar(folded[start - 1])) {
                    // 2019年创办矽澄科技: a relation word after the bad character opens the run;
                    // the name follows it.
                    if (const auto t = m_rules.triggerMatcher().matchAt(lower.first(pos), start);
                        t && pos - (start + t->length) >= 2) {
                        start += t->length;
                        bounded = true;
                        break;
                    }
                    // Past the usual length (a legal form's allowance) a bad character only
                    // ends the run, as the limit would have: 通过全资子公司北辰创投有限公司.
                    bad = pos - start < kLongestOrgRun;
                    break;
                }
                // 法院判令芯桥微电子…: a court and its order's verb stand before the party it names.
                // (A court's suffix ends right before the verb, or no court stands there:
                // asked first, the dictionary is not asked at every step of every run.)
                if (start - 4 >= s.start && m_rules.isCourtSuffixEnd(folded[start - 3])
                    && startsVerb(folded, start - 2, start)) {
                    const qsizetype courtEnd = start - 2;
                    bool afterCourt = false;
                    for (qsizetype k = std::max(s.start, courtEnd - 6); k < courtEnd - 1 && !afterCourt; ++k)
                        for (const auto &[word, wordKind] : m_rules.orgSuffixesStartingWith(folded[k]))
                            afterCourt = afterCourt
                                || (wordKind == OrgKind::Court && k + word.size() == courtEnd
                                    && startsAt(folded.first(courtEnd), k, word));
                    if (afterCourt) {
                        bounded = true;
                        break;
                    }
                }
                // 前股东宁波…有限公司: a noun naming an investor ends the name, however long the name.
                if (m_rules.isInvestorNounEnd(folded[start - 1])
                    && std::any_of(m_rules.investorNouns().cbegin(), m_rules.investorNouns().cend(),
                                   [&](const QString &noun) { return endsAt(folded.first(start), start, noun); })) {
                    bounded = true;
                    break;
                }
                --start;
            }
            if (!bad && !bounded && start - 4 >= s.start && folded[start - 1] == QChar(u')') && pos - start <= 4) {
                qsizetype open = start - 2;
                while (open > s.start && open > start - 7 && isCjk(folded[open]) && !m_rules.isStopChar(folded[open]))
                    --open;
                if (folded[open] == QChar(u'(') && start - 1 - (open + 1) >= 2 && isCjk(folded[open - 1])) {
                    longest += start - open;
                    start = open;
                    again = true;
                }
            }
            }
            // 由之初创投, 、之初创投, 旗下之江科创基金: the particle 之 follows a word (总之, 三分之一);
            // after 由, a list comma, punctuation or a relation word it begins a name.
            if (!bad && start - 1 >= s.start && folded[start - 1] == QChar(u'之')
                && (start - 2 < s.start || !isCjk(folded[start - 2]) || isOneOf(folded[start - 2], u"由、")
                    || triggerEndsAt(lower, start - 1, s.start))) {
                --start;
                bounded = true;
            }
            // 机器人公司星海智能, 早期投资方启元资本: a description ending in 公司 (or naming
            // an investor) stands before the name.
            if (!bad && pos - start >= 4) {
                const auto endsDescription = [&](QStringView w) {
                    const qsizetype desc = lastIndexOfWord(folded.sliced(start, pos - start), w);
                    if (desc < 0 || pos - (start + desc + w.size()) < 2)
                        return false;
                    start += desc + w.size();
                    bounded = true;
                    return true;
                };
                if (!endsDescription(u"公司"))
                    for (const QString &noun : m_rules.investorNouns())
                        if (endsDescription(noun))
                            break;
            }
            // 转战同业鈺衡半導體: a description noun can begin with a stop character (同 of 同业)
            // that ended the run; its rest is no part of the name.
            // (Whether a stop character ended the run is asked once: only a match moves start.)
            const bool stoppedBefore = !bad && !bounded && start - 1 >= s.start && stopAt(start - 1);
            for (const QString &noun : m_rules.descriptionNouns()) {
                if (!stoppedBefore || bounded)
                    break;
                for (qsizetype k = 1; k < noun.size() && !bounded; ++k)
                    if (start - k >= s.start && start + (noun.size() - k) < pos - 1
                        && folded.sliced(start - k, noun.size()) == noun) {
                        start += noun.size() - k;
                        bounded = true;
                    }
            }
            // 港口运营商云港集团: a noun saying what the company is ends a description before its
            // name; right before the suffix it leaves no name (运营商云 is 运营商 + the 云 of 云港).
            // A bound found before does not stop it: 公司连带赔偿原告擎岳机器人 is cut after 公司,
            // then after 原告.
            for (bool described = false; const QString &noun : m_rules.descriptionNouns()) {
                if (bad || described)
                    break;
                const qsizetype desc = lastIndexOfWord(folded.sliced(start, pos - start), noun);
                if (desc < 0)
                    continue;
                if (pos - (start + desc + noun.size()) < 2) {
                    bad = true;
                } else {
                    start += desc + noun.size();
                    bounded = described = true;
                }
            }
            // 指控云图数据, 其中北极星资本: a stop character that begins a verb (指控, 以为)
            // or a function word (其中) takes the character after it along; the name
            // starts past the word.
            if (!bad && m_dictionary && start - 1 >= s.start && stopAt(start - 1) && pos - start > 2) {
                // (对话 is a noun of the dictionary, and as frequent a word: 对话声迹科技何砚秋.)
                const auto info = m_dictionary->lookup(folded.sliced(start - 1, 2));
                if (info && !info->pos.isEmpty()
                    && (isOneOf(info->pos.front(), u"vrpc")
                        || (info->pos == QLatin1String("n") && info->frequency >= kEverydayVerbFrequency))) {
                    ++start;
                    bounded = true;
                }
            }
            // 驰远汽车分拆机器人, 中东主权基金或有助云: an organisation's name, then a verb
            // (after an adverb or not), inside the run is a clause; the name, if any, follows the verb.
            if (!bad && m_dictionary && pos - start >= 4) {
                // 红杉中国本月增持星岚科技: a known organisation inside the run is a name too.
                // Where they end, found once for the run (not once per position).
                QVarLengthArray<qsizetype, 4> knownEnds;
                for (qsizetype from = start; from + 2 < pos; ++from)
                    if (const auto hit = m_lexicon.matcher().matchAt(lower.first(pos), from, folded);
                        hit && from + hit->length < pos && m_lexicon.entry(hit->value).type == EntityType::Organization)
                        knownEnds.append(from + hit->length);
                for (qsizetype k = start + 2; k + 2 <= pos && !bad; ++k) {
                    bool innerName = knownEnds.contains(k);
                    for (qsizetype l = 2; l <= 3 && !innerName && k - l > start; ++l)
                        for (const auto &entry : m_rules.orgSuffixesStartingWith(folded[k - l]))
                            innerName = innerName || (entry.first.size() == l && startsAt(folded.first(k), k - l, entry.first));
                    if (!innerName)
                        continue;
                    qsizetype verb = k;
                    // A time word may stand between the name and its verb (本月, 近日).
                    for (const QString &w : m_rules.speechVerbs())
                        if (w.size() >= 2 && verb + w.size() + 2 <= pos && startsAt(folded.first(pos), verb, w)) {
                            verb += w.size();
                            break;
                        }
                    if (m_rules.isVerbAdverb(folded[verb]) && verb + 3 <= pos)
                        ++verb;
                    qsizetype verbLength = 2;
                    if (const auto t = m_rules.triggerMatcher().matchAt(lower.first(pos), verb); t && verb + t->length < pos) {
                        verbLength = t->length; // 增持, a relation word the dictionary lacks
                    } else {
                        const auto info = m_dictionary->lookup(folded.sliced(verb, 2));
                        if (!info || !(info->pos == QLatin1String("v") || info->pos == QLatin1String("vn")))
                            continue;
                        // 星瀚智算科技控股有限公司: a verb opening the legal form (控股) is the form's;
                        // 腾讯计算机系统有限公司: one opening a trade word is the registered name's.
                        const QStringView tail = folded.sliced(verb, pos + suffix.size() - verb);
                        if (std::any_of(m_rules.legalForms().cbegin(), m_rules.legalForms().cend(),
                                        [&](const QString &form) { return tail == form; })
                            || std::any_of(m_rules.tradeWords().cbegin(), m_rules.tradeWords().cend(),
                                           [&](const QString &word) { return startsAt(tail, 0, word); }))
                            continue;
                    }
                    start = verb + verbLength;
                    bounded = true;
                    bad = pos - start < 2;
                }
            }
            // “挖人不买公司”: a negation in the run before a head that names a thing (公司, 集团)
            // makes it a clause; no company's name says 不 or 没.
            if (!bad && m_rules.isObjectHead(suffix)
                && std::any_of(folded.begin() + start, folded.begin() + pos, [](QChar ch) { return isOneOf(ch, u"不没未"); }))
                bad = true;
            // 芷若会全面负责公司运营, 客户涵盖银行: an everyday verb of the dictionary right before
            // the head, with a subject before it, makes the run a clause, not a name.
            if (!bad && m_dictionary && pos - start >= 4) {
                const auto info = m_dictionary->lookup(folded.sliced(pos - 2, 2));
                if (info && info->pos == QLatin1String("v") && info->frequency >= kEverydayVerbFrequency
                    && !m_dictionary->lookup(folded.sliced(pos - 3, 2)))
                    bad = true;
            }
            // 随后双双跳槽钰衡半导体, 已正式加盟星河科技: a word of joining, leaving or founding
            // inside the run ends what came before (others are the business of many names:
            // 投资, 制造 of 制造业转型升级基金).
            // (Not before 公司 or 集团: 合资成立算力公司 describes a company it does not name.)
            if (!bad && !m_rules.isObjectHead(suffix))
                for (qsizetype k = pos - 2; k >= start; --k)
                    if (const auto t = m_rules.triggerMatcher().matchAt(lower.first(pos), k);
                        t && k + t->length <= pos - 2
                        && QList<RelationType>{RelationType::Joined, RelationType::Left, RelationType::Founded}.contains(
                            m_rules.triggers().at(t->value).relation)) {
                        start = k + t->length;
                        bounded = true;
                        break;
                    }
            // 全案移送新竹地方法院: a court's name is a place and a court; a verb in its run
            // ends what came before (brands, which may hold verb-like words, have no court head).
            if (!bad && kind == OrgKind::Court && m_dictionary)
                for (qsizetype k = pos - 2; k > start; --k)
                    if (startsVerb(folded, k, pos) && pos - (k + 2) >= 2) {
                        start = k + 2;
                        bounded = true;
                        break;
                    }
            // 包括宇树科技, 投资蓝驰创投: a verb opening a long run is no part of the name.
            if (!bad && !bounded && pos - start >= 4 && startsVerb(folded, start, pos)) {
                start += 2;
                bounded = true;
            }
            // 从未使用云杉智能: an adverb and a verb before the name.
            if (!bad && pos - start >= 3 && m_rules.isVerbAdverb(folded[start])
                && startsVerb(folded, start + 1, pos)) {
                start += 3;
                bounded = true;
            }
            // 损害公司利益, 巡检机器人, 工厂实现智能: a verb and a generic suffix make no name,
            // however the run was bounded. Before a
            // head that names no thing (智能, 科技) only an everyday verb does; a rare,
            // literary one (飞驰, 讯驰) is a brand's two syllables (飞驰智能).
            if (!bad && pos - start == 2 && startsVerb(folded, start, pos)
                && (m_rules.isObjectHead(suffix) || isPlainNounHead(suffix)
                    || m_dictionary->frequency(folded.sliced(start, 2)) >= kEverydayVerbFrequency))
                bad = true;
            // 拉上大学室友, 考上大学: a verb right before 大学 (or another school or
            // non-profit head) goes to school, it names none.
            if (!bad && kind == OrgKind::Nonprofit && pos - start >= 2 && startsVerb(folded, pos - 2, pos))
                bad = true;
            // 公司尊重法院判决, 被告不服法院判决: a verb or an adjective right after another word
            // takes the court as its object (向最高法院上诉 names one: 向 ends the run).
            if (!bad && kind == OrgKind::Court && pos - start == 2 && start > s.start && isCjk(folded[start - 1])
                && !m_rules.isStopChar(folded[start - 1]) && m_dictionary)
                if (const auto info = m_dictionary->lookup(folded.sliced(start, 2));
                    info && (info->pos == QLatin1String("v") || info->pos == QLatin1String("a")))
                    bad = true;
            // 家庭服务机器人企业栖木机器人, 医学影像AI公司穹视医疗: a run followed by a
            // description noun and another name describes that name; it is none itself.
            if (!bad) {
                const qsizetype after = pos + suffix.size();
                const auto describes = [&](QStringView noun) {
                    if (after + noun.size() + 2 > s.end || folded.sliced(after, noun.size()) != noun)
                        return false;
                    const qsizetype next = after + noun.size();
                    return isCjk(folded[next]) && isCjk(folded[next + 1]) && !m_rules.isStopChar(folded[next])
                        && !roleStartsAt(lower, next, s.end) && !startsWord(lower, next)
                        && !m_rules.isCue(folded.sliced(next, 2));
                };
                bad = describes(u"公司")
                    || std::any_of(m_rules.descriptionNouns().cbegin(), m_rules.descriptionNouns().cend(), describes);
            }
            // AI硬件公司「远棠」, 一家芯片公司: a word for what the company makes, alone before
            // the suffix, describes it and names none.
            if (!bad && pos - start >= 2)
                bad = m_rules.productCues().contains(folded.sliced(start, pos - start).toString());
            // 原商业化中心总经理: a word for a former post opening an unknown run is no
            // part of a name either.
            if (!bad && !bounded && pos - start >= 3)
                if (const qsizetype prefix = rolePrefixAt(folded, start, pos);
                    prefix > 0 && pos - start - prefix >= 2
                    && !m_lexicon.matcher().matchAt(lower.first(pos + suffix.size()), start, folded)) {
                    start += prefix;
                    bounded = true;
                }
            // 原腾讯云计算, 前阿里巴巴科技: a word for a former post before a known
            // name is no part of the name.
            if (!bad && m_lexicon.matcher().matchAt(lower.first(pos + suffix.size()), start, folded) == std::nullopt)
                if (const qsizetype prefix = rolePrefixAt(folded, start, pos);
                    prefix > 0 && m_lexicon.matcher().matchAt(lower.first(pos + suffix.size()), start + prefix, folded)) {
                    start += prefix;
                    bounded = true;
                }
            // 华为智能汽车解决方案BU: the run was stopped inside a known organisation's
            // name (为 of 华为); what follows that name is one of its units, no company.
            for (qsizetype k = std::max(s.start, start - 8); !bad && !bounded && k < start - 1; ++k)
                if (const auto hit = m_lexicon.matcher().matchAt(lower.first(start), k, folded);
                    hit && k + hit->length == start && m_lexicon.entry(hit->value).type == EntityType::Organization)
                    bad = true;
            // 客户涵盖辉达AI伺服器: a known organisation right before the suffix ends a clause
            // (a verb in it) that came before; those words are no part of a name (博世中国 is).
            for (qsizetype k = start + 2; !bad && k + 2 <= pos; ++k)
                if (const auto hit = m_lexicon.matcher().matchAt(lower.first(pos), k, folded);
                    hit && k + hit->length == pos && m_lexicon.entry(hit->value).type == EntityType::Organization
                    && [&] {
                           for (qsizetype v = start; v + 2 <= k; ++v)
                               if (startsVerb(folded, v, k))
                                   return true;
                           return false;
                       }()) {
                    start = k;
                    bounded = true;
                    break;
                }
            // 前汇丰亚太区科技总监: a known company and a sales region before the suffix
            // name a post there (亚太区科技总监), not a company of its own.
            // (A court is named by its region: 美国德克萨斯州东区联邦地区法院.)
            if (!bad && kind != OrgKind::Court)
                if (const auto hit = m_lexicon.matcher().matchAt(lower.first(pos), start, folded);
                    hit && m_lexicon.entry(hit->value).type == EntityType::Organization
                    && isRegionAt(folded, start + hit->length, pos))
                    bad = true;
            // 原阿里云, 负责阿里云: a known organisation ends the run; the words
            // before it are no part of its name, and the lexicon already names it.
            bool known = false;
            for (qsizetype k = start; !bad && k < pos && !known; ++k)
                if (const auto hit = m_lexicon.matcher().matchAt(lower.first(pos + suffix.size()), k, folded))
                    known = k + hit->length == pos + suffix.size()
                        && m_lexicon.entry(hit->value).type == EntityType::Organization;
            if (known)
                break;
            // 是一家区块链支付公司: a counted organisation is described, not named.
            if (!bad && !bounded)
                bad = std::any_of(m_rules.descriptionLeads().cbegin(), m_rules.descriptionLeads().cend(),
                                  [&](const QString &lead) {
                                      return start - lead.size() >= s.start && endsAt(folded, start, lead);
                                  });
            // A run that goes on past the longest name is a clause, not a name.
            if (bad || pos - start < 2
                || (!bounded && start - 1 >= s.start && isCjk(folded[start - 1]) && !stopAt(start - 1)))
                break;
            QString prefix = folded.sliced(start, pos - start).toString();
            // 初创公司, 盈利性子公司, 通用人工智能: a description, not a name.
            bool generic = containsWord(prefix, u"盈利") || containsWord(prefix, u"营利");
            // 三条AI行业动态, 两家科技公司: a count opens a phrase, not a name.
            generic = generic
                || (prefix.size() >= 2 && isOneOf(prefix[0], u"一二三四五六七八九十两几数多")
                    && isOneOf(prefix[1], u"条家位名个款项只批"));
            for (qsizetype k = 0; k < prefix.size() && !generic; ++k)
                generic = m_rules.isGenericHead(QStringView(prefix).sliced(k));
            // 智能云, 数据智能, 集团AI: one organisation head before another names a business line, no organisation.
            if (!generic) {
                const auto &heads = m_rules.orgSuffixesStartingWith(prefix.front());
                generic = std::any_of(heads.cbegin(), heads.cend(), [&](const auto &h) { return h.first == prefix; });
            }
            // 联合创始人周明离开公司, 人工智能初创公司星河, 米勒表示公司: a clause, not a
            // name. A relation word that with the suffix makes a non-trigger (产业投资|基金) is none.
            // 之江国有资本投资有限公司, 北辰投资管理有限公司: a relation word followed by a
            // legal form (or 管理 and one) is the business in a registered name; so is one between
            // a name and 集团 (星港产业投资集团).
            const auto legalAfter = [&](qsizetype from, qsizetype k) {
                const QStringView rest = folded.sliced(k, pos + suffix.size() - k);
                return startsAt(rest, 0, u"管理") || (from - start >= 2 && (rest == u"集团" || rest == u"控股集团"))
                    || std::any_of(m_rules.legalForms().cbegin(), m_rules.legalForms().cend(),
                                   [&](const QString &form) { return rest == form; });
            };
            for (qsizetype k = start; k < pos && !generic; ++k)
                generic = std::any_of(m_rules.speechVerbs().cbegin(), m_rules.speechVerbs().cend(),
                                      [&](const QString &v) { return v.size() >= 2 && startsAt(folded.first(pos), k, v); })
                    || [&] {
                           const auto t = m_rules.triggerMatcher().matchAt(lower.first(pos), k);
                           return t && m_rules.triggerMatcher().matchAt(lower.first(pos + suffix.size()), k).has_value()
                               && !legalAfter(k, k + t->length);
                       }()
                    || m_rules.roleMatcher().matchAt(lower.first(pos), k).has_value()
                    || startsAt(folded.sliced(k, pos - k), 0, u"公司");
            // 稳定性, 生成式AI, 去中心化AI, 车规级AI: an attribute, not a name (升级 of
            // 转型升级基金 is a verb of the dictionary, no attribute ending).
            const auto verbEnding = [&] {
                if (!m_dictionary || prefix.size() < 2)
                    return false;
                const auto info = m_dictionary->lookup(QStringView(prefix).last(2));
                return info && (info->pos == QLatin1String("v") || info->pos == QLatin1String("vn"));
            };
            if (generic || (isOneOf(prefix.back(), u"性数式化级") && !verbEnding()))
                break;
            // 获取数据, 处理数据, 私有云: before a head that is also a plain noun, a verb,
            // an adjective or an attribute word makes a phrase, not a name (循环智能 keeps
            // its verb: 智能 is no object).
            if (m_dictionary && isPlainNounHead(suffix)) {
                const auto info = m_dictionary->lookup(prefix);
                if (info && !info->pos.isEmpty() && isOneOf(info->pos.front(), u"vadbl"))
                    break;
            }
            // 首席AI科学家: a title's first word.
            if (isPlainNounHead(suffix) && prefix.endsWith(u"首席"))
                break;
            // 投资银行, 商业银行: a common noun of the dictionary (tag n) is no name.
            if (m_dictionary) {
                const auto info = m_dictionary->lookup(folded.sliced(start, pos + suffix.size() - start));
                if (info && info->pos == QLatin1String("n"))
                    break;
            }
            Candidate c;
            Mention &m = c.mention;
            m.start = start;
            m.end = pos + suffix.size();
            m.type = EntityType::Organization;
            m.kind = kind;
            m.surface = folded.sliced(m.start, m.end - m.start).toString();
            m.name = m.surface;
            // 腾讯集团 is 腾讯: a known name before the suffix makes it that entity,
            // unless the suffix names a business of its own (小米影业, 小米汽车).
            const auto hit = m_lexicon.matcher().matchAt(lower.first(pos), start, folded);
            const bool knownPrefix = hit && hit->length == pos - start
                && m_lexicon.entry(hit->value).type == EntityType::Organization;
            int owner = knownPrefix ? -1 : knownOwnerOfLegalName(m.surface);
            // 阿里云计算: the known name may run into the suffix (阿里云, not 阿里 + 云计算).
            if (knownPrefix)
                if (const auto longer = m_lexicon.matcher().matchAt(lower.first(m.end), start, folded);
                    longer && longer->length > hit->length && start + longer->length < m.end
                    && m_lexicon.entry(longer->value).type == EntityType::Organization)
                    owner = longer->value;
            if ((knownPrefix && !m_rules.isBusinessSuffix(suffix)) || owner >= 0) {
                m.lexiconEntry = owner >= 0 ? owner : hit->value;
                m.name = m_lexicon.entry(m.lexiconEntry).name;
                m.kind = m_lexicon.entry(m.lexiconEntry).kind;
            } else {
                m.isDescription = true;
            }
            if (m.lexiconEntry < 0 && !knownPrefix && kind == OrgKind::Company && prefix.size() >= 2) {
                // 百川智能 goes on as 百川.
                m.aliases.append(prefix);
            }
            if (m.lexiconEntry < 0)
                m.aliases.append(chineseShortForms(m.surface));
            c.priority = 1;
            out.append(c);
            break;
        }
    }
}

void MentionFinder::addChineseNames(QStringView folded, QStringView lower, TextSpan s, QList<Candidate> &out) const
{
    const auto nameChar = [&](qsizetype p) {
        return p < s.end && isCjk(folded[p]) && !m_rules.isStopChar(folded[p]);
    };
    // Length of a surname-initial name at p: three characters unless a verb,
    // a trigger or a stop character begins at the third.
    // `strong`: a title or person cue right before, enough for a rare surname.
    const auto nameLength = [&](qsizetype p, bool strong = false) -> qsizetype {
        // 创办人暨执行长林柏宇: 暨 (and) joining two titles opens no name, though it is a rare surname.
        if (folded[p] == QChar(u'暨'))
            return 0;
        // 司徒穎欣, 欧阳娜娜: a compound surname and one or two given characters.
        if (m_rules.isCompoundSurnameAt(folded.first(s.end), p) && nameChar(p + 2)) {
            if (nameChar(p + 3) && !startsWord(lower, p + 3) && !startsVerb(folded, p + 3, s.end)
                && !startsAdverb(folded, p + 3, s.end))
                return 4;
            return 3;
        }
        const bool surname = m_rules.isSurname(folded[p]) || (strong && m_rules.isRareSurname(folded[p]));
        // 于深圳前海成立: a place after a surname that is also a preposition (于, 向) names no one
        // (韩东川, 严启东: other surnames before a place's name are names).
        if (surname && m_dictionary && p + 3 <= s.end && isOneOf(folded[p], u"于向"))
            if (const auto place = m_dictionary->lookup(folded.sliced(p + 1, 2)); place && place->pos == QLatin1String("ns"))
                return 0;
        // “澜思2.0”于今年9月发布: 于 before a time is "in", no surname; 原 (former) opens a post.
        if (!surname || (p + 1 < s.end && startsTime(folded.sliced(p + 1, s.end - p - 1))) || rolePrefixAt(folded, p, s.end) > 0)
            return 0;
        // 許家豪, 张家豪: a stop character such as 家 (一家, 专家) may be the middle of a
        // three-character name, where a name character follows it and no common word
        // runs over all three (张家口; 许家 alone, a numeral word, does not count).
        if (p + 1 < s.end && m_rules.isNameMiddleChar(folded[p + 1]) && nameChar(p + 2)
            && !startsWord(lower, p + 2)) {
            const qsizetype word = m_dictionary ? m_dictionary->longestMatch(folded.first(s.end), p, 4) : 0;
            if (word < 3 || !isCommonWordAt(folded, p, p + word))
                return 3;
        }
        if (!nameChar(p + 1))
            return 0;
        // 段清源于2018年创立: 于 before a time is the preposition "in", so the verb
        // the third character would make with it (源于, 位于) is not there.
        if (nameChar(p + 2) && !startsWord(lower, p + 2) && p + 4 < s.end && folded[p + 3] == QChar(u'于')
            && startsTime(folded.sliced(p + 4, s.end - p - 4)))
            return 3;
        // 闵可带着十余人: a character with an aspect particle after it (着, 了, 过) is a verb.
        if (nameChar(p + 2) && p + 3 < s.end && isOneOf(folded[p + 3], u"着了过"))
            return 2;
        // 王浩、李明两人: a count of people after a two-character name.
        if (p + 3 < s.end && isOneOf(folded[p + 2], u"两二三") && isOneOf(folded[p + 3], u"人名位"))
            return 2;
        // 黄畅现任该公司首席技术官: a word for a post held (现任, 时任) after a two-character name.
        if (rolePrefixAt(folded, p + 2, s.end) >= 2)
            return 2;
        // 周凯相继离职, 张伟随即加入, 向CEO温朔汇报: a verb, an adverb or another frequent
        // word at the third character ends a two-character name.
        if (nameChar(p + 2) && !startsWord(lower, p + 2) && !startsVerb(folded, p + 2, s.end)
            && !startsAdverb(folded, p + 2, s.end) && !startsFrequentWord(folded, p + 2, s.end))
            return 3;
        // 任命祁牧之、宋嘉遥…: a name-middle stop character ends a three-character name where a
        // list or the clause bounds it.
        if (p + 2 < s.end && m_rules.isNameMiddleChar(folded[p + 2])
            && (p + 3 >= s.end || !isCjk(folded[p + 3]) || isListJoiner(folded[p + 3]) || folded[p + 3] == QChar(u'为')))
            return 3;
        // 创始人兼CEO沈牧之此前在…, 首席科学家贾牧之是…: so does a relation word, an adverb, a
        // time or a copula after it, where the stop character makes no word with what follows
        // (李明之前, 之后, 之一). 顾衍之曾任小米副总裁: with no title before, only a verb a person
        // alone does, or 曾/现 (formerly, now) before a post, will do.
        if (p + 3 < s.end && m_rules.isNameMiddleChar(folded[p + 2]) && nameChar(p + 1)
            && !isCommonWordAt(folded, p + 2, s.end)) {
            // (亦 is as often "also": 王立亦已辞任. Only 之, never an adverb, may end a name
            // before a copula or an adverb of one character.)
            const bool zhi = folded[p + 2] == QChar(u'之');
            const bool personNext = zhi
                && (isOneOf(folded[p + 3], u"曾现")
                    || std::any_of(m_rules.personVerbs().cbegin(), m_rules.personVerbs().cend(),
                                   [&](const QString &v) { return startsAt(folded.first(s.end), p + 3, v); }));
            if (personNext
                || (strong
                    && (startsWord(lower, p + 3) || startsAdverb(folded, p + 3, s.end)
                        || (zhi && isOneOf(folded[p + 3], u"是也则已并还共"))
                        || startsTime(folded.sliced(p + 3, s.end - p - 3)))))
                return 3;
        }
        // 聘任副总经理罗启明为公司总经理: 为 right after a third name character bounds a
        // three-character name, unless the two make a common word (王强成为; 明为 is rare).
        if (nameChar(p + 2) && p + 3 < s.end && folded[p + 3] == QChar(u'为')) {
            const auto word = m_dictionary ? m_dictionary->lookup(folded.sliced(p + 2, 2)) : std::nullopt;
            if (!word || word->frequency < kEverydayVerbFrequency)
                return 3;
        }
        return 2;
    };
    QList<std::pair<qsizetype, qsizetype>> found;
    for (qsizetype pos = s.start; pos < s.end; ++pos) {
        qsizetype len = 0;
        const QChar prev = pos > s.start ? folded[pos - 1] : QChar(u'，');
        if (endsWithCue(folded, pos, s.start)
            || (prev == QChar(u'的') && endsWithCue(folded, pos - 1, s.start)))
            len = isEverydayWordAt(folded, pos, s.end) ? 0 : nameLength(pos, true);
        // 腾讯官宣张立加盟, 公司宣布王强离职: after an announcement (report_verb), a name that a
        // word of joining or leaving closes.
        if (!len && pos - 2 >= s.start
            && std::any_of(m_rules.reportVerbs().cbegin(), m_rules.reportVerbs().cend(), [&](const QString &v) {
                   return pos - v.size() >= s.start && endsAt(folded, pos, v);
               })) {
            for (const qsizetype l : {nameLength(pos), nameLength(pos, true)}) {
                if (len || !l || pos + l >= s.end)
                    continue;
                if (const auto hit = m_rules.triggerMatcher().matchAt(lower.first(s.end), pos + l)) {
                    const auto &relation = m_rules.triggers().at(hit->value).relation;
                    if (relation == RelationType::Joined || relation == RelationType::Left)
                        len = l;
                }
            }
        }
        // 任命张伟为首席执行官, 聘任了李明、王芳为…: after an appointing verb, a name that 为,
        // a relation word (担任) or a list joiner bounds.
        if (!len && followsAppointVerb(folded, pos, s.start)) {
            const auto bounded = [&](qsizetype l) {
                return l && pos + l < s.end
                    && (folded[pos + l] == QChar(u'为') || isListJoiner(folded[pos + l]) || startsWord(lower, pos + l));
            };
            // 任命祁牧之为: a rare surname will do for three characters the appointment bounds.
            if (const qsizetype l = nameLength(pos); bounded(l))
                len = l;
            else if (const qsizetype r = nameLength(pos, true); r == 3 && bounded(r))
                len = r;
        }
        // 聘任吕文华为财务总监, 聘任李华为总经理: after an appointing verb 为 bounds the name,
        // though its last character and 为 make a known name (华为).
        bool firmEnd = false;
        if (m_rules.isSurname(folded[pos]) && followsAppointVerb(folded, pos, s.start))
            for (const qsizetype l : {3, 2})
                if (pos + l < s.end && folded[pos + l] == QChar(u'为') && !isCommonWordAt(folded, pos, pos + l)
                    && std::all_of(folded.begin() + pos + 1, folded.begin() + pos + l,
                                   [&](QChar c) { return isCjk(c) && !m_rules.isStopChar(c); })) {
                    len = l;
                    firmEnd = true;
                    break;
                }
        // 由X与Y…创立, 由X创办的: a name opening a list of founders, or the founder.
        // The 于 or list joiner after it bounds a three-character name even when a
        // character of it could end a name elsewhere (由陈家豪于2015年创办: 家 as in 一家).
        if (!len && prev == QChar(u'由')) {
            const qsizetype l = nameLength(pos);
            const auto bounded = [&](qsizetype k) {
                return pos + k < s.end
                    && (isListJoiner(folded[pos + k]) || folded[pos + k] == QChar(u'于') || startsWord(lower, pos + k));
            };
            // 由岑浩霖、…: a rare surname will do for three characters the list bounds.
            if (l && bounded(l))
                len = l;
            else if (const qsizetype r = nameLength(pos, true); !l && r == 3 && bounded(3))
                len = r;
            else if (m_rules.isSurname(folded[pos]) && pos + 3 < s.end && isCjk(folded[pos + 1]) && isCjk(folded[pos + 2])
                     && !isListJoiner(folded[pos + 1]) && !isListJoiner(folded[pos + 2]) && bounded(3))
                len = 3;
        }
        // 起诉邵峻。, 挖来张伟、李明: after a verb whose object is a party (a suit, a poaching,
        // a removal) a name that the clause or a list bounds.
        if (!len && pos > s.start && isCjk(prev) && m_rules.isSurname(folded[pos])) {
            RuleBook::Pattern pattern = RuleBook::Pattern::Svo;
            if (triggerEndsAt(lower, pos, s.start, &pattern)
                && (pattern == RuleBook::Pattern::Suit || pattern == RuleBook::Pattern::Rev
                    || pattern == RuleBook::Pattern::Oust)) {
                const qsizetype l = isCommonWordAt(folded, pos, s.end) ? 0 : nameLength(pos);
                if (l && (pos + l >= s.end || !isCjk(folded[pos + l]) || isListJoiner(folded[pos + l])))
                    len = l;
            }
        }
        // 对赖冠宇提起民事诉讼, 向张伟发出律师函: after the preposition that names a party, a
        // name a relation word follows at once.
        if (!len && (prev == QChar(u'对') || prev == QChar(u'向')) && !isCommonWordAt(folded, pos, s.end))
            if (const qsizetype l = nameLength(pos); l && m_rules.triggerMatcher().matchAt(lower, pos + l))
                len = l;
        // A name at a clause start followed by a trigger or speech verb: 张勇卸任.
        if (!len && (m_rules.isStopChar(prev) && !isCjk(prev))) {
            const qsizetype l = isCommonWordAt(folded, pos, s.end) ? 0 : nameLength(pos);
            // 张勇卸任, 张伟去年加盟, 张伟于2019年创办: a verb right after, or after a short
            // adverbial (its digits not counted).
            qsizetype digits = 0;
            for (qsizetype q = pos + l; l && q < s.end && q <= pos + l + 4 + digits; ++q) {
                if (folded[q].isDigit() && folded[q].unicode() < 0x80) {
                    ++digits;
                    continue;
                }
                if (!isCjk(folded[q]))
                    break;
                if (startsWord(lower, q)) {
                    len = l;
                    break;
                }
            }
            if (!len && l && copulaTitleFollows(folded, lower, pos + l, s.end))
                len = l;
            // 张伟在微软亚洲研究院待满四年后转投阿里巴巴, 李明从百度离职: a preposition of place
            // (在, 从) right after, and a relation word later in the clause, where the clause
            // names an organisation between them.
            if (!len && l && pos + l + 2 < s.end && isOneOf(folded[pos + l], u"在从")
                && !isCommonWordAt(folded, pos, pos + l + 1)) {
                bool organisation = false;
                for (qsizetype q = pos + l + 1; q < s.end && !isOneOf(folded[q], u"，。；！？,;!?"); ++q) {
                    if (!organisation)
                        if (const auto hit = m_lexicon.matcher().matchAt(lower.first(s.end), q, folded);
                            hit && m_lexicon.entry(hit->value).type == EntityType::Organization) {
                            organisation = true;
                            q += hit->length - 1;
                            continue;
                        }
                    if (organisation && startsWord(lower, q)) {
                        len = l;
                        break;
                    }
                }
            }
            // ，祁文涛入职…: a rare surname will do for three characters a relation word
            // follows at once (two would too often be a word: 关于, 温和).
            if (const qsizetype r = !len && !l ? nameLength(pos, true) : 0;
                r == 3 && startsWord(lower, pos + 3) && !isCommonWordAt(folded, pos, s.end))
                len = r;
        }
        // 第一个走的是韩屹。: after 是, a name the clause ends right after.
        if (!len && prev == QChar(u'是') && !isCommonWordAt(folded, pos, s.end)) {
            const qsizetype l = nameLength(pos);
            if (l && pos + l < s.end && isOneOf(folded[pos + l], u"。，；！？,;!?"))
                len = l;
        }
        // The next name of a list: 杨植麟与周昕宇、吴育昕.
        if (!len && !found.isEmpty() && found.last().second == pos - 1 && isListJoiner(prev)) {
            len = nameLength(pos);
            // 岑浩霖、麦卓贤及温颖琪于2017年: among names of people a rare surname will do
            // for three characters the list or the clause bounds.
            if (const qsizetype l = len ? 0 : nameLength(pos, true);
                l == 3 && (pos + 3 >= s.end || !isCjk(folded[pos + 3]) || isListJoiner(folded[pos + 3])
                           || m_rules.isStopChar(folded[pos + 3]) || startsWord(lower, pos + 3)))
                len = l;
        }
        // 高管接连出走, 律师表示: a word for a person is no person's name.
        for (qsizetype l = 2; len && l <= 3 && pos + l <= s.end; ++l)
            if (m_rules.isCue(folded.sliced(pos, l)))
                len = 0;
        if (!len)
            continue;
        found.append({pos, pos + len});
        out.append(guessed(folded, pos, pos + len, EntityType::Person, 0));
        out.last().firmEnd = firmEnd;
        pos += len - 1;
    }
    // 李先刚、黄文灏等核心技术成员, 王强和李明等人: two or more names listed before 等 and a
    // word for people are people (the list bounds each name).
    for (qsizetype q = s.start + 5; q + 1 < s.end; ++q) {
        if (folded[q] != QChar(u'等'))
            continue;
        bool people = folded[q + 1] == QChar(u'人') && (q + 2 >= s.end || !isOneOf(folded[q + 2], u"民工才"));
        for (qsizetype from = q + 1; !people && from <= q + 5 && from < s.end; ++from)
            for (qsizetype len = 2; !people && len <= 4 && from + len <= s.end; ++len)
                people = m_rules.isCue(folded.sliced(from, len)) && from + len - (q + 1) <= 6;
        if (!people)
            continue;
        QList<std::pair<qsizetype, qsizetype>> items;
        for (qsizetype end = q;;) {
            qsizetype start = -1;
            for (const qsizetype len : {3, 2})
                if (end - len >= s.start && m_rules.isSurname(folded[end - len])
                    && std::all_of(folded.begin() + end - len, folded.begin() + end,
                                   [&](QChar c) { return isCjk(c) && !m_rules.isStopChar(c) && !isListJoiner(c); })
                    && (end - len == s.start || !isCjk(folded[end - len - 1]) || isListJoiner(folded[end - len - 1])
                        || m_rules.isStopChar(folded[end - len - 1]))
                    && !isCommonWordAt(folded, end - len, end)) {
                    start = end - len;
                    break;
                }
            if (start < 0)
                break;
            items.prepend({start, end});
            if (start - 1 < s.start || !isListJoiner(folded[start - 1]))
                break;
            end = start - 1;
        }
        if (items.size() < 2)
            continue;
        // (Plain names, not a structured binding: the lambda captures them, which clang 14 cannot.)
        for (const std::pair<qsizetype, qsizetype> &item : std::as_const(items)) {
            if (std::any_of(found.cbegin(), found.cend(),
                            [&](const auto &f) { return item.first < f.second && f.first < item.second; }))
                continue;
            found.append(item);
            out.append(guessed(folded, item.first, item.second, EntityType::Person, 0));
        }
    }
    addListedNames(folded, s, found, out);
}

void MentionFinder::addListedNames(QStringView folded, TextSpan s, QList<std::pair<qsizetype, qsizetype>> found,
                                   QList<Candidate> &out) const
{
    // 许文博、葛婷、韦一帆共同创立: the items of a 、 list beside a person's name are people
    // too when they look like names; the commas bound each item exactly, which no other
    // cue does for a two-character name.
    const auto isName = [&](qsizetype a, qsizetype b) {
        if (a < s.start || b > s.end || b - a < 2 || b - a > 3)
            return false;
        for (qsizetype k = a; k < b; ++k)
            if (!isCjk(folded[k]) || isListJoiner(folded[k]) || (k > a && m_rules.isStopChar(folded[k])
                                                                 && !m_rules.isNameMiddleChar(folded[k])))
                return false;
        if (!m_rules.isSurname(folded[a]) && !(b - a == 3 && m_rules.isRareSurname(folded[a])))
            return false;
        // 及原安全与合规负责人: 原 (former) opens a post, not a name.
        if (rolePrefixAt(folded, a, s.end) > 0)
            return false;
        for (const auto &[fa, fb] : found)
            if (a < fb && fa < b)
                return false;
        return !isCommonWordAt(folded, a, b);
    };
    // Where an item may start: after punctuation, a stop character, a joiner or a person cue.
    const auto startsItem = [&](qsizetype a) {
        return a == s.start || !isCjk(folded[a - 1]) || m_rules.isStopChar(folded[a - 1]) || isListJoiner(folded[a - 1])
            || endsWithCue(folded, a, s.start);
    };
    // Where an item may end: before punctuation, a joiner or a stop character.
    const auto endsItem = [&](qsizetype b) {
        return b >= s.end || !isCjk(folded[b]) || isListJoiner(folded[b]) || m_rules.isStopChar(folded[b]);
    };
    const auto add = [&](qsizetype a, qsizetype b) {
        found.append({a, b});
        out.append(guessed(folded, a, b, EntityType::Person, 0));
    };
    for (qsizetype i = 0; i < found.size(); ++i) {
        const auto [start, end] = found.at(i);
        if (end < s.end && folded[end] == QChar(u'、'))
            for (qsizetype l = 3; l >= 2; --l)
                if (isName(end + 1, end + 1 + l) && endsItem(end + 1 + l)) {
                    add(end + 1, end + 1 + l);
                    break;
                }
        if (start - 1 > s.start && folded[start - 1] == QChar(u'、'))
            for (qsizetype l = 3; l >= 2; --l)
                if (isName(start - 1 - l, start - 1) && startsItem(start - 1 - l)) {
                    add(start - 1 - l, start - 1);
                    break;
                }
    }
}

void MentionFinder::addDictionaryNames(QStringView folded, QStringView lower, TextSpan s, QList<Candidate> &out) const
{
    if (!m_dictionary)
        return;
    for (qsizetype pos = s.start; pos + 1 < s.end; ++pos) {
        if (!isCjk(folded[pos]) || m_rules.isStopChar(folded[pos]))
            continue;
        // Only where a name may begin: after punctuation or a function word,
        // a title (首席执行官|王小川) or a relation word (加入|搜狗). Checked
        // before any dictionary look-up, which keeps this off the hot path.
        const QChar prev = pos > s.start ? folded[pos - 1] : QChar(u'，');
        const bool afterCue = endsWithCue(folded, pos, s.start);
        RuleBook::Pattern triggerPattern = RuleBook::Pattern::Svo;
        const bool afterTrigger = !afterCue && triggerEndsAt(lower, pos, s.start, &triggerPattern);
        const bool afterBoundary = !isCjk(prev) || m_rules.isStopChar(prev)
            || isOneOf(prev, u"在和与及向对被由从据让给把将跟同");
        if (!afterCue && !afterTrigger && !afterBoundary)
            continue;
        // The longest dictionary word here, if it is tagged as a name.
        const qsizetype len = m_dictionary->longestMatch(folded.first(s.end), pos, 6);
        if (len < 2)
            continue;
        const QStringView word = folded.sliced(pos, len);
        const auto info = m_dictionary->lookup(word);
        if (!info)
            continue;
        EntityType type;
        // 安全法, 仲裁法, 冷敷法: the dictionary tags many laws and methods as names; one
        // ending in 法 is a person's only right after a title or person cue.
        if (info->pos == QLatin1String("nr") && len <= 3 && (afterCue || word.back() != QChar(u'法')))
            type = EntityType::Person;
        // 发布了新手机: after a release verb an nz word is the thing released, no organisation.
        else if (info->pos == QLatin1String("nz") && afterTrigger && triggerPattern == RuleBook::Pattern::Product)
            continue;
        else if (info->pos == QLatin1String("nt") || info->pos == QLatin1String("nz"))
            type = EntityType::Organization;
        else
            continue;
        bool clean = true;
        for (QChar c : word)
            clean = clean && isCjk(c) && !m_rules.isStopChar(c);
        if (!clean)
            continue;
        const qsizetype end = pos + len;
        // The curated lexicon and the rule words know better than the
        // dictionary's tags (微软 is not an adjective, 总裁 is no name).
        const auto known = m_lexicon.matcher().matchAt(lower.first(s.end), pos, folded);
        if ((known && known->length >= len) || m_rules.roleMatcher().matchAt(lower.first(s.end), pos)
            || m_rules.triggerMatcher().matchAt(lower.first(s.end), pos) || m_rules.isCue(word))
            continue;
        // What follows must make it a name: a role (搜狗首席执行官), a relation
        // or speech verb (搜狗宣布, 王小川加入), or, after a title or relation word, 的.
        const bool roleAfter = roleStartsAt(lower, end, s.end);
        const bool verbAfter = end < s.end && startsWord(lower, end);
        bool ok = false;
        if (type == EntityType::Person)
            ok = afterCue || verbAfter;
        else
            ok = roleAfter || ((afterTrigger || afterCue) && (end >= s.end || !isCjk(folded[end]) || folded[end] == QChar(u'的')
                                                              || m_rules.isStopChar(folded[end])))
                || (afterBoundary && verbAfter);
        if (!ok)
            continue;
        Candidate c;
        c.mention.start = pos;
        c.mention.end = end;
        c.mention.type = type;
        c.mention.kind = type == EntityType::Organization ? OrgKind::Company : OrgKind::None;
        c.mention.surface = word.toString();
        c.mention.name = c.mention.surface;
        c.priority = 0;
        out.append(c);
        pos = end - 1;
    }
}

bool MentionFinder::isPlausibleOrgName(QStringView folded, QStringView lower, TextSpan s, qsizetype start,
                                       qsizetype end, QStringView phraseTags) const
{
    const qsizetype len = end - start;
    // 林晓峰, 周凯: a surname and a given name are a person's.
    if (len <= 3 && m_rules.isSurname(folded[start]))
        return false;
    // 持有公司股份: what opens with 公司 is the company's, no name.
    if (startsAt(folded.first(end), start, u"公司"))
        return false;
    // 渐行渐远, 越来越多: four characters repeating their first are an idiom.
    if (len == 4 && folded[start] == folded[start + 2])
        return false;
    for (qsizetype k = start; k < end; ++k) {
        if (!isCjk(folded[k]) || m_rules.isStopChar(folded[k]) || m_rules.isBadOrgChar(folded[k]))
            return false;
        // 前字节跳动…, 投资极光, 技术副|总裁: no known name, relation word or title
        // inside, even one running on past the name.
        const QStringView sentence = lower.first(s.end);
        // 深维智元: a known short name closing the run after two syllables of no word is the brand's tail.
        if (const auto known = m_lexicon.matcher().matchAt(sentence, k, folded);
            known && !(k + known->length == end && isBrandBefore(folded, start, k)))
            return false;
        if (m_rules.triggerMatcher().matchAt(sentence, k) || m_rules.roleMatcher().matchAt(sentence, k))
            return false;
        // 天枢具身: a generic word closing the run after a brand's two syllables (no word, or a
        // rare one) is the brand's tail, as 智能 is; 相关技术 opens with a common word.
        if (m_rules.isGenericHead(folded.sliced(k, end - k)) && !isRareBrandBefore(folded, start, k))
            return false;
        // 星河汽车智驾, 智驾事业部: a suffix inside is the suffix finder's name.
        if (k > start)
            for (const auto &suffix : m_rules.orgSuffixesStartingWith(folded[k]))
                if (startsAt(folded.sliced(k, s.end - k), 0, suffix.first))
                    return false;
    }
    // 全部诉讼请求, 相关技术: a name does not begin with a word that makes a common noun.
    for (qsizetype l = 2; l <= std::min<qsizetype>(len - 1, 4); ++l)
        if (m_rules.isGenericHead(folded.sliced(start, l)))
            return false;
    if (!m_dictionary)
        return true;
    // 亚洲区供应链: a sales region names a unit of an organisation.
    for (qsizetype k = start; k < end; ++k)
        if (isRegionAt(folded, k, end))
            return false;
    // 开发|者大会上, 任|何客户资料: a word across either edge is no name's edge.
    for (qsizetype k = std::max(s.start, start - 3); k < end; ++k) {
        if (k == start)
            continue;
        const qsizetype w = m_dictionary->longestMatch(folded.first(s.end), k, 6);
        if (w >= 2 && ((k < start && k + w > start) || (k > start && k + w > end)))
            return false;
    }
    // Read as dictionary words: one common word (公司, 市场) or a verb, adverb,
    // pronoun, number or time among them (本轮融资, 目前这些) makes a phrase.
    for (qsizetype k = start; k < end;) {
        const qsizetype w = m_dictionary->longestMatch(folded.first(end), k, end - k);
        if (w < 2) {
            ++k;
            continue;
        }
        const auto info = m_dictionary->lookup(folded.sliced(k, w));
        const QStringView tag = info ? info->pos : QStringView();
        // (Two syllables of a rare word, 栈桥 or 砚池, may be a brand: only the callers that
        // know a description or a founding before them ask about two characters.)
        if (w == len && tag != QLatin1String("nt") && tag != QLatin1String("nz")
            && !(len == 2 && info && info->frequency < kRareBrandFrequency))
            return false;
        if (!tag.isEmpty() && phraseTags.contains(tag.front()))
            return false;
        k += w;
    }
    return true;
}

qsizetype MentionFinder::orgNewsAt(QStringView folded, QStringView lower, qsizetype pos, qsizetype end,
                                   bool afterTrigger) const
{
    // 加入极光视觉，: after a relation word the clause may simply end.
    if (afterTrigger && (pos >= end || (!isCjk(folded[pos]) && m_rules.isStopChar(folded[pos]))))
        return pos;
    // 极光视觉的总裁, 极光视觉CEO: a role held there.
    if (roleStartsAt(lower, pos, end))
        return pos;
    // 极光视觉日前宣布完成, 云岫智驾也宣布获得, 云岫智驾由…创办.
    for (int adverbs = 0; adverbs < 2; ++adverbs) {
        bool skipped = false;
        for (const QString &a : m_rules.eventAdverbs())
            if (startsAt(folded.first(end), pos, a)) {
                pos += a.size();
                skipped = true;
                break;
            }
        if (!skipped)
            break;
    }
    for (const QString &e : m_rules.orgEvents())
        if (startsAt(folded.first(end), pos, e))
            return pos;
    return -1;
}

void MentionFinder::addContextOrgs(QStringView folded, QStringView lower, TextSpan s, QList<Candidate> &out) const
{
    // 加入|X, 投资了|X: a relation word of two or more characters that is no tail
    // of a longer word (主任|委员 is no 任).
    const auto wholeTriggerBefore = [&](qsizetype p) {
        if (p - 1 >= s.start && folded[p - 1] == QChar(u'了'))
            --p;
        for (qsizetype len = 4; len >= 2; --len) {
            const qsizetype from = p - len;
            const auto hit = from >= s.start ? m_rules.triggerMatcher().matchAt(lower.first(p), from) : std::nullopt;
            if (!hit || hit->length != len)
                continue;
            // (Before a founding verb a rare word across the edge is the dictionary's accident:
            // 联手创办 holds 手创, 3.)
            const bool founding = m_rules.triggers().at(hit->value).relation == RelationType::Founded;
            for (qsizetype k = std::max(s.start, from - 3); m_dictionary && k < from; ++k)
                if (const qsizetype w = m_dictionary->longestMatch(folded.first(p), k, 6);
                    w >= 2 && k + w > from && (!founding || m_dictionary->frequency(folded.sliced(k, w)) >= kRareBrandFrequency))
                    return false;
            return true;
        }
        return false;
    };
    for (qsizetype pos = s.start; pos + 3 <= s.end; ++pos) {
        if (!isCjk(folded[pos]) || m_rules.isStopChar(folded[pos]))
            continue;
        // Where a name may begin: a clause start, a relation word (加入|, 担任|)
        // or a company description (初创公司|云岫智驾, 初创企业|星图智算).
        const QChar prev = pos > s.start ? folded[pos - 1] : QChar(u'，');
        const bool clauseStart = !isCjk(prev);
        RuleBook::Pattern triggerPattern = RuleBook::Pattern::Svo;
        std::optional<RelationType> triggerRelation;
        const bool afterTrigger = !clauseStart && triggerEndsAt(lower, pos, s.start, &triggerPattern, &triggerRelation)
            && wholeTriggerBefore(pos);
        // 发布了新手机: what a release verb names is a product, no organisation; 进入尽调阶段,
        // 回归中国市场: a verb that joins only a named organisation names none by itself.
        if (afterTrigger && (triggerPattern == RuleBook::Pattern::Product || triggerPattern == RuleBook::Pattern::Return
                             || triggerPattern == RuleBook::Pattern::RoundJoin))
            continue;
        // 竞逐服务器订单: a verb of competing names its rivals before it (与X竞逐), what they
        // compete for after it.
        if (afterTrigger && triggerRelation == RelationType::CompetitorOf) {
            bool verb = false;
            for (qsizetype len = 2; len <= 4 && pos - len >= s.start && !verb; ++len)
                verb = m_rules.isRivalVerb(folded.sliced(pos - len, len).toString());
            if (verb)
                continue;
        }
        // 入禀高院申禁制令: after a suit verb a court's word (高院, 法院) begins the court, no company.
        if (afterTrigger && triggerPattern == RuleBook::Pattern::Suit) {
            const auto &suffixes = m_rules.orgSuffixesStartingWith(folded[pos]);
            if (std::any_of(suffixes.cbegin(), suffixes.cend(), [&](const auto &sx) {
                    return sx.second == OrgKind::Court && startsAt(folded.first(s.end), pos, sx.first);
                }))
                continue;
        }
        const QStringView before = folded.sliced(s.start, pos - s.start);
        const bool afterDescription = endsAt(before, before.size(), u"公司") || endsAt(before, before.size(), u"企业");
        // 创办了冷链物流平台冻途，, 创办了AI Agent公司澄言，: a relation word, a short description ending in an
        // organisation noun, then the name closing the clause (two characters will do).
        bool describedObject = false;
        for (const char16_t *head : {u"平台", u"公司", u"企业", u"新创"}) {
            if (clauseStart || afterTrigger)
                break;
            if (!endsAt(before, before.size(), head))
                continue;
            RuleBook::Pattern pattern = RuleBook::Pattern::Svo;
            for (qsizetype q = pos - 3; q >= std::max(s.start + 1, pos - 14) && !describedObject; --q) {
                describedObject = ((isCjk(folded[q]) && !m_rules.isStopChar(folded[q])) || isAsciiLetter(folded[q]))
                    && triggerEndsAt(lower, q, s.start, &pattern) && wholeTriggerBefore(q)
                    && pattern != RuleBook::Pattern::Product
                    && std::all_of(folded.begin() + q, folded.begin() + pos,
                                   [&](QChar ch) { return isCjk(ch) || isAsciiLetter(ch) || ch == QChar(u' '); });
            }
        }
        if (!clauseStart && !afterTrigger && !afterDescription && !describedObject)
            continue;
        // 原资深副总经理周孟勋: a word for a former post opens no organisation's name.
        if (rolePrefixAt(folded, pos, s.end) > 0)
            continue;
        // 另起炉灶，创办了擎川。: what is founded, closing its clause, may be a brand of two
        // syllables that make no word (创办了公司, 创立了品牌 name none).
        const bool foundedBrand = afterTrigger && triggerRelation == RelationType::Founded
            && triggerPattern == RuleBook::Pattern::Svo && pos + 2 < s.end && !isCjk(folded[pos + 2])
            && m_rules.isStopChar(folded[pos + 2]) && isCjk(folded[pos + 1]) && !m_rules.isStopChar(folded[pos + 1])
            && !isCommonWordAt(folded, pos, pos + 2);
        // 分布式数据库公司栈桥宣布, AI芯片公司曦禾3亿元B轮融资: after a company's description, two
        // syllables that make no everyday word are a brand, with its news or an amount after it.
        const bool describedBrand = afterDescription && m_dictionary && pos + 2 < s.end && isCjk(folded[pos + 1])
            && !m_rules.isStopChar(folded[pos + 1]) && m_dictionary->frequency(folded.sliced(pos, 2)) < kRareBrandFrequency;
        // The shortest plausible name with the organisation's news after it.
        for (qsizetype len = describedObject || foundedBrand || describedBrand ? 2 : 3; len <= 6 && pos + len <= s.end; ++len) {
            if (!isCjk(folded[pos + len - 1]) || m_rules.isStopChar(folded[pos + len - 1]))
                break;
            // (获 as a headline writes 获得: AI眼镜公司雾镜获小米独家投资.)
            const bool amountAfter = describedBrand && len == 2
                && (folded[pos + len].isDigit() || folded[pos + len] == QChar(u'获'));
            if ((orgNewsAt(folded, lower, pos + len, s.end, afterTrigger || describedObject) < 0 && !amountAfter)
                || !isPlausibleOrgName(folded, lower, s, pos, pos + len))
                continue;
            // 在腾讯云担任架构平台部总经理: after an appointment verb, a 部 before the post
            // is the employer's department, no organisation of its own.
            if (afterTrigger && triggerPattern == RuleBook::Pattern::Role && folded[pos + len - 1] == QChar(u'部'))
                break;
            out.append(guessedCompany(folded, pos, pos + len));
            pos += len - 1;
            break;
        }
    }
}

bool MentionFinder::isListStart(QStringView folded, QStringView lower, TextSpan s, qsizetype pos) const
{
    // ，X、Y; 竞争对手包括X和Y; 投资了X和Y: where the first name of a list may begin.
    if (pos <= s.start || !isCjk(folded[pos - 1]) || m_rules.isStopChar(folded[pos - 1]))
        return true;
    for (qsizetype len = 2; len <= 3 && pos - len >= s.start; ++len)
        if (m_rules.isRivalListWord(folded.sliced(pos - len, len)))
            return true;
    return triggerEndsAt(lower, pos, s.start);
}

bool MentionFinder::isListEnd(QStringView folded, QStringView lower, TextSpan s, qsizetype pos) const
{
    // X、Y跟投, X和Y，: where the last name of a list may end.
    return pos >= s.end || !isCjk(folded[pos]) || m_rules.isStopChar(folded[pos]) || startsWord(lower, pos);
}

void MentionFinder::addListedOrgs(QStringView folded, QStringView lower, TextSpan s, QList<Candidate> &cands) const
{
    // 国投创合、中金资本跟投, 竞争对手包括连连数字和PingPong: a name no rule knows,
    // listed with an organisation, is an organisation too. The list's joiner
    // bounds it on one side, the list's start or end on the other. An adverb
    // reading (连连) cannot be a listed noun, so it does not spoil the name.
    const auto add = [&](qsizetype start, qsizetype end) { cands.append(guessedCompany(folded, start, end)); };
    const auto plausible = [&](qsizetype start, qsizetype end) {
        for (qsizetype k = start; k < end; ++k)
            if (!isCjk(folded[k]) || m_rules.isStopChar(folded[k]))
                return false;
        // 及车企比亚迪: a description before a known name, which the lexicon finds alone.
        for (qsizetype k = start + 1; k + 1 < end; ++k)
            if (const auto known = m_lexicon.matcher().matchAt(lower.first(end), k, folded); known && k + known->length == end)
                return false;
        return isPlausibleOrgName(folded, lower, s, start, end, u"vprmqtcufy");
    };
    // 北极星资本、云杉投资跟投: a listed name may end in an investor's head word
    // (投资), which is no verb where a relation word or the list goes on after it.
    // The name before an investor's head word holds no stop character, known name, verb or title.
    const auto investorStem = [&](qsizetype start, qsizetype end) {
        for (const QString &head : m_rules.investorHeads()) {
            const qsizetype stem = end - head.size();
            if (stem - start < 2 || !endsAt(folded, end, head))
                continue;
            for (qsizetype k = start; k < stem; ++k)
                if (!isCjk(folded[k]) || m_rules.isStopChar(folded[k]) || m_rules.isBadOrgChar(folded[k])
                    || m_lexicon.matcher().matchAt(lower.first(stem), k, folded)
                    || m_rules.triggerMatcher().matchAt(lower.first(stem), k) || m_rules.roleMatcher().matchAt(lower.first(stem), k))
                    return false;
            return true;
        }
        return false;
    };
    const auto investor = [&](qsizetype start, qsizetype end) {
        return end < s.end && (isListJoiner(folded[end]) || startsWord(lower.first(s.end), end)) && investorStem(start, end);
    };
    // 由台杉投资领投, 由国家发展基金与台杉投资共同领投: after 由 (or a joiner after it) and
    // right before a round's verb, a name ending in an investor's head is the investor.
    for (qsizetype by = folded.first(s.end).indexOf(u'由', s.start), pos = by + 1; by >= 0 && pos + 3 <= s.end; ++pos) {
        // From each 由 to the end of its clause (the only places this reads).
        if (isOneOf(folded[pos - 1], u"，,；;：:。！？!?")) {
            by = folded.first(s.end).indexOf(u'由', pos);
            pos = by;
            continue;
        }
        if (!isOneOf(folded[pos - 1], u"由与和及") || !isCjk(folded[pos]))
            continue;
        for (qsizetype end = pos + 3; end <= std::min(s.end, pos + 6); ++end) {
            qsizetype verb = end;
            for (const QStringView together : {u"共同", u"联合"})
                if (startsAt(folded.first(s.end), verb, together))
                    verb += together.size();
            const auto t = verb < s.end ? m_rules.triggerMatcher().matchAt(lower.first(s.end), verb) : std::nullopt;
            if (!t || m_rules.triggers().at(t->value).pattern != RuleBook::Pattern::Round)
                continue;
            if (investorStem(pos, end)) {
                add(pos, end);
                break;
            }
        }
    }
    // 与 is as often "with" as "and" (公司正与小米洽谈): it joins no list here.
    const auto joiner = [&](qsizetype p) { return isListJoiner(folded[p]) && folded[p] != QChar(u'与'); };
    // 包括地平线和黑芝麻智能: a known company's name without its suffix, listed.
    const auto known = [&](qsizetype start, qsizetype end) {
        const int entry = m_suffixStems.value(folded.sliced(start, end - start).toString(), -1);
        if (entry < 0)
            return false;
        Candidate c = guessedCompany(folded, start, end);
        c.mention.lexiconEntry = entry;
        c.mention.name = m_lexicon.entry(entry).name;
        c.priority = 2;
        cands.append(c);
        return true;
    };
    const qsizetype count = cands.size();
    for (qsizetype i = 0; i < count; ++i) {
        const Mention org = cands.at(i).mention;
        if (cands.at(i).priority < 1 || org.type != EntityType::Organization)
            continue;
        // X、ORG: the name ends at the joiner before the organisation.
        if (const qsizetype j = org.start - 1; j - 3 >= s.start && joiner(j))
            for (qsizetype len = 3; len <= 6 && j - len >= s.start; ++len) {
                if (!isListStart(folded, lower, s, j - len))
                    continue;
                if (known(j - len, j))
                    break;
                if (plausible(j - len, j) || investor(j - len, j)) {
                    add(j - len, j);
                    break;
                }
            }
        // ORG和X: the name starts after the joiner.
        if (const qsizetype j = org.end; j + 4 <= s.end && joiner(j))
            for (qsizetype len = 3; len <= 6 && j + 1 + len <= s.end; ++len) {
                if (!isListEnd(folded, lower, s, j + 1 + len))
                    continue;
                if (known(j + 1, j + 1 + len))
                    break;
                if (plausible(j + 1, j + 1 + len) || investor(j + 1, j + 1 + len)) {
                    add(j + 1, j + 1 + len);
                    break;
                }
            }
    }
}

void MentionFinder::addQuotedProducts(QStringView folded, QStringView lower, TextSpan s, QList<Candidate> &out) const
{
    constexpr qsizetype kMaxQuoted = 16; // 「枢衡Agent Studio」: a brand and two Latin words
    for (qsizetype open = s.start; open < s.end; ++open) {
        const QChar q = folded[open];
        const QChar closer = q == QChar(u'“') ? QChar(u'”') : q == QChar(u'「') ? QChar(u'」') : q == QChar(u'『') ? QChar(u'』') : QChar();
        if (closer.isNull())
            continue;
        qsizetype close = open + 1;
        while (close < s.end && close - open <= kMaxQuoted + 1 && folded[close] != closer
               && (isCjk(folded[close]) || AliasMatcher::isLatinWordChar(folded[close]) || folded[close] == QChar(u'.')
                   || folded[close] == QChar(u'-') || folded[close] == QChar(u' ')))
            ++close;
        if (close >= s.end || folded[close] != closer || close - open < 2 || close - open > kMaxQuoted + 1)
            continue;
        // 自研大模型“澜思2.0”, 推出了“小语”: a product word or a launch right before the quote.
        bool cued = false;
        for (const QString &cue : m_rules.productCues())
            cued = cued || (open - cue.size() >= s.start && endsAt(folded, open, cue));
        // 企业智算平台「星瀚云」: a platform in quotes is a product (unquoted, 物流平台冻途 is a company).
        cued = cued || (open - 2 >= s.start && endsAt(folded, open, u"平台"));
        RuleBook::Pattern pattern{};
        cued = cued || (triggerEndsAt(lower, open, s.start, &pattern) && pattern == RuleBook::Pattern::Product);
        // 声语科技的“小语”…搭载于…车型: an organisation's quoted name, when its clause goes on
        // to speak of products (not 的“续命”之年, 的“出海”战略).
        if (!cued && open - 3 >= s.start && folded[open - 1] == QChar(u'的')) {
            bool company = false;
            for (const auto &[suffix, kind] : m_rules.orgSuffixes())
                company = company || (kind == OrgKind::Company && endsAt(folded, open - 1, suffix));
            qsizetype clauseEnd = close + 1;
            while (clauseEnd < s.end && !isOneOf(folded[clauseEnd], u"，。；：,;:！？!?"))
                ++clauseEnd;
            const QStringView rest = folded.sliced(close + 1, clauseEnd - close - 1);
            for (const QString &cue : m_rules.productCues())
                cued = cued || (company && rest.contains(cue));
        }
        // AI硬件公司「远棠」, 初创公司“镜湖”: a short quoted name right after 公司 is that
        // company's (not “降本增效”的策略: a quote that qualifies a noun after it).
        // Not 公司“不会放弃自研”: a quote after a bare 公司 (the subject) or 该公司 (a pronoun,
        // 该公司“灵瞳”感知系统) is a saying or a product; a description (硬件公司) goes before.
        const bool company = !cued && open - 3 >= s.start && endsAt(folded, open, u"公司") && close - open <= 5
            && isCjk(folded[open - 3]) && !isOneOf(folded[open - 3], u"该本其家此")
            && (close + 1 >= s.end || folded[close + 1] != QChar(u'的'))
            && std::none_of(m_rules.productCues().cbegin(), m_rules.productCues().cend(),
                            [&](const QString &cue) { return startsAt(folded.first(s.end), close + 1, cue); });
        if (!cued && !company)
            continue;
        Candidate c;
        Mention &m = c.mention;
        m.start = open + 1;
        m.end = close;
        m.type = company ? EntityType::Organization : EntityType::Product;
        if (company)
            m.kind = OrgKind::Company;
        m.surface = folded.sliced(m.start, m.end - m.start).toString();
        m.name = m.surface;
        c.priority = 2;
        out.append(c);
        open = close;
    }
}

void MentionFinder::addTitledMedia(QStringView folded, TextSpan s, QList<Candidate> &out) const
{
    for (qsizetype open = s.start; open + 3 < s.end; ++open) {
        if (folded[open] != QChar(u'《'))
            continue;
        const qsizetype close = folded.first(s.end).indexOf(QChar(u'》'), open + 1);
        // (A book, a film or a law is named so too: only a newspaper's or a magazine's word ends it.)
        if (close < 0 || close - open - 1 < 3 || close - open - 1 > 12)
            continue;
        const QStringView title = folded.sliced(open + 1, close - open - 1);
        if (std::none_of(m_rules.mediaHeads().cbegin(), m_rules.mediaHeads().cend(),
                         [&](const QString &head) { return title.size() > head.size() && title.endsWith(head); }))
            continue;
        Candidate c;
        Mention &m = c.mention;
        m.start = open + 1;
        m.end = close;
        m.type = EntityType::Organization;
        m.kind = OrgKind::Media;
        m.surface = m.name = title.toString();
        m.aliases.append(folded.sliced(open, close + 1 - open).toString());
        c.priority = 2;
        out.append(c);
        open = close;
    }
}

void MentionFinder::addCuedProducts(QStringView folded, QStringView lower, TextSpan s, QList<Candidate> &out) const
{
    // 人形机器人天枢-1, 发布天枢-2, 推出澜语大模型: a short Chinese brand after a product
    // word or a launch verb is a product when a version (-1, 2.0) or a product word
    // (大模型, 芯片) closes it. Without either it could be any noun (推出新功能).
    const auto cueAt = [&](qsizetype p) -> qsizetype {
        for (const QString &cue : m_rules.productCues())
            if (startsAt(folded.first(s.end), p, cue))
                return cue.size();
        return 0;
    };
    const auto hyphenVersion = [&](qsizetype p) -> qsizetype {
        qsizetype q = p < s.end && folded[p] == u'-' ? p + 1 : p;
        const qsizetype digits = q;
        while (q < s.end && isAsciiDigit(folded[q]))
            ++q;
        if (q == digits || q - p > 4 || (q < s.end && (isAsciiLetter(folded[q]) || isCjk(folded[q]))))
            return 0; // 3个, 2025年: a count or a date, no version
        return q - p;
    };
    for (qsizetype pos = s.start; pos + 2 < s.end; ++pos) {
        if (!isCjk(folded[pos]) || m_rules.isStopChar(folded[pos]))
            continue;
        bool afterCue = false;
        if (pos > s.start && m_rules.isProductCueEnd(folded[pos - 1]))
            for (const QString &cue : m_rules.productCues())
                afterCue = afterCue || (pos - cue.size() >= s.start && endsAt(folded, pos, cue));
        qsizetype verb = pos;
        if (verb > s.start && folded[verb - 1] == u'了')
            --verb;
        RuleBook::Pattern pattern{};
        const bool afterLaunch = triggerEndsAt(lower, verb, s.start, &pattern) && pattern == RuleBook::Pattern::Product;
        if (!afterCue && !afterLaunch)
            continue;
        // 第一代人形机器人, 新款芯片, 两款模型: an ordinal, a count or "new" is no brand.
        if (isOneOf(folded[pos], u"了的第首新该这其一二三四五两几多每各本全此某旗自上下次"))
            continue;
        for (qsizetype b = 2; b <= 4 && pos + b <= s.end; ++b) {
            if (m_rules.isStopChar(folded[pos + b - 1]) || !isCjk(folded[pos + b - 1]))
                break;
            qsizetype end = -1;
            if (const qsizetype v = std::max(hyphenVersion(pos + b), versionLength(folded, pos + b, s.end)); v > 0)
                end = pos + b + v;
            else if (const qsizetype c = afterLaunch ? cueAt(pos + b) : 0; c > 0 && cueAt(pos) == 0)
                end = pos + b + c;
            if (end < 0)
                continue;
            out.append(guessed(folded, pos, end, EntityType::Product, 2));
            pos = end - 1;
            break;
        }
    }
}

void MentionFinder::addStockListedOrgs(QStringView folded, TextSpan s, QList<Candidate> &out) const
{
    // The code: 002920.SZ, 0700.HK, SH600519, NASDAQ:BIDU. The name: the Chinese characters
    // right before the bracket, back to punctuation or a stop character (公司与兆易创新（603986.SH）).
    static const QRegularExpression code(QStringLiteral(
        "\\((?:\\d{4,6}\\.[A-Za-z]{1,3}|(?:SH|SZ|BJ)\\d{6}|(?:NASDAQ|NYSE|HKEX|纳斯达克|纽交所|港交所)[:：]\\s?[A-Za-z0-9.]{1,8})\\)"));
    const QStringView sentence = folded.sliced(s.start, s.length());
    if (!containsWord(sentence, u"("))
        return;
    for (auto it = code.globalMatch(sentence.toString()); it.hasNext();) {
        const qsizetype bracket = s.start + it.next().capturedStart();
        qsizetype start = bracket;
        while (start > s.start && bracket - start < 10 && isCjk(folded[start - 1]) && !m_rules.isStopChar(folded[start - 1]))
            --start;
        if (bracket - start >= 2 && bracket - start <= 8)
            out.append(guessedCompany(folded, start, bracket));
    }
}

void MentionFinder::addOwnedOrgs(QStringView folded, QStringView lower, TextSpan s, QList<Candidate> &out) const
{
    // 李嘉诚旗下的维港投资向…, 字节跳动旗下的今日头条: what an owner word (旗下,
    // rule pattern `owner`) introduces is an organisation, named up to the clause's
    // next function word or punctuation. It may end in an investor's head word
    // (维港投资) when a function word, not an object, follows (蚂蚁集团投资1.5亿 is a verb).
    for (qsizetype p = s.start; p < s.end; ++p) {
        const auto hit = m_rules.triggerMatcher().matchAt(lower.first(s.end), p);
        if (!hit || m_rules.triggers().at(hit->value).pattern != RuleBook::Pattern::Owner)
            continue;
        qsizetype start = p + hit->length;
        if (start < s.end && folded[start] == QChar(u'的'))
            ++start;
        qsizetype end = start;
        while (end < s.end && isCjk(folded[end]) && !m_rules.isStopChar(folded[end]) && end - start <= 6)
            ++end;
        const bool bounded = end >= s.end || m_rules.isStopChar(folded[end]) || !isCjk(folded[end]);
        if (!bounded || end - start < 2 || end - start > 6 || folded[end - 1] == QChar(u'的'))
            continue;
        // 英伟达旗下的风险投资部门NVentures: words right before a Latin name describe it.
        if (end < s.end && (isAsciiLetter(folded[end]) || isAsciiDigit(folded[end])))
            continue;
        qsizetype nameEnd = end;
        for (const QString &head : m_rules.investorHeads())
            if (end - start >= head.size() + 2 && endsAt(folded, end, head)) {
                if (end < s.end && (folded[end] == QChar(u'的') || !m_rules.isStopChar(folded[end])))
                    nameEnd = -1;
                else
                    nameEnd = end - head.size();
                break;
            }
        if (nameEnd < 0 || !isPlausibleOrgName(folded, lower, s, start, nameEnd))
            continue;
        out.append(guessedCompany(folded, start, end));
        p = end - 1;
    }
}

qsizetype MentionFinder::brandStartBefore(QStringView folded, TextSpan s, qsizetype pos,
                                         const QList<Candidate> &cands) const
{
    // A known product right before: 通义千问|Qwen3. A known organisation (英伟达|H20, 小米|SU7)
    // stays a name of its own: the code alone is its product.
    for (const Candidate &k : cands) {
        if (k.priority != 3 || k.mention.end != pos)
            continue;
        // (The document's own names carry no type: the lexicon says 英伟达 is an organisation.)
        // (The match form of the brand alone: the text before it is no business of this check.)
        const QStringView brandText = folded.sliced(k.mention.start, pos - k.mention.start);
        const auto lexiconHit = m_lexicon.matcher().matchAt(AliasMatcher::matchForm(brandText), 0, brandText);
        const bool knownOrg = !k.mention.isDescription
            && ((k.mention.type == EntityType::Organization && k.mention.lexiconEntry >= 0)
                || (lexiconHit && lexiconHit->length == brandText.size()
                    && m_lexicon.entry(lexiconHit->value).type == EntityType::Organization));
        const bool brand = k.mention.entity >= 0 || k.mention.type == EntityType::Organization
            || k.mention.type == EntityType::Product;
        return brand && !knownOrg ? k.mention.start : -1;
    }
    // An unknown two-character brand (产品星图|X2, 芯片极光|V2): not a function
    // word, a product noun (芯片|X2), a verb (搭载|M4) or a time (今年|Q2).
    const qsizetype b = pos - 2;
    if (b < s.start || !m_dictionary)
        return -1;
    for (qsizetype k = b; k < pos; ++k)
        if (!isCjk(folded[k]) || m_rules.isStopChar(folded[k]) || m_rules.isBadOrgChar(folded[k]))
            return -1;
    const QStringView word = folded.sliced(b, 2);
    for (const QString &cue : m_rules.productCues())
        if (cue.endsWith(word) || word.endsWith(cue))
            return -1;
    if (const auto info = m_dictionary->lookup(word); info && !info->pos.isEmpty()
        && isOneOf(info->pos.front(), u"vadpcurmqtfy"))
        return -1;
    return b;
}

void MentionFinder::addBrandModels(QStringView folded, TextSpan s, QList<Candidate> &cands) const
{
    const qsizetype count = cands.size();
    for (qsizetype i = 0; i < count; ++i) {
        const Mention code = cands.at(i).mention;
        if (code.start <= s.start || !isCjk(folded[code.start - 1]))
            continue;
        Candidate c;
        Mention &m = c.mention;
        if (cands.at(i).priority == 2 && code.type == EntityType::Product && isAsciiLetter(code.surface.front())) {
            // 灵枢A2: a model code (letters then digits) after the brand.
            m.start = brandStartBefore(folded, s, code.start, cands);
            m.end = code.end;
            m.aliases.append(code.surface);
        } else if (cands.at(i).priority == 3 && code.type == EntityType::Product && code.end < s.end
                   && isCjk(folded[code.end - 1]) && isAsciiDigit(folded[code.end])) {
            // 文心一言4.5: a known product's name with a version is that version.
            qsizetype end = code.end;
            while (end < s.end && (isAsciiDigit(folded[end]) || (folded[end] == QChar(u'.') && end + 1 < s.end
                                                                  && isAsciiDigit(folded[end + 1]))))
                ++end;
            // 文心一言3亿用户: a number counting something is no version.
            if (end < s.end && !m_rules.isStopChar(folded[end]) && !QChar(folded[end]).isSpace())
                continue;
            m.start = code.start;
            m.end = end;
        } else {
            continue;
        }
        if (m.start < 0)
            continue;
        m.type = EntityType::Product;
        m.surface = folded.sliced(m.start, m.end - m.start).toString();
        m.name = m.surface;
        c.priority = 2;
        cands.append(c);
    }
}

void MentionFinder::addPronouns(QStringView folded, TextSpan s, const QList<Mention> &names, QList<Mention> &out) const
{
    const auto covered = [&](qsizetype a, qsizetype b) {
        for (const Mention &m : names)
            if (m.start < b && a < m.end)
                return true;
        return false;
    };
    for (qsizetype pos = s.start; pos < s.end; ++pos) {
        // Most characters start no pronoun: skip them before any comparison.
        switch (folded[pos].unicode()) {
        case u'这': case u'该': case u'前': case u'后': case u'他': case u'她':
        case u'自': case u'它': case u'其': case u'公':
            break;
        default:
            continue;
        }
        const QStringView rest = folded.sliced(pos, s.end - pos);
        Mention m;
        m.isPronoun = true;
        m.start = pos;
        const QChar prev = pos > s.start ? folded[pos - 1] : QChar(u'，');
        const QChar next = pos + 1 < s.end ? folded[pos + 1] : QChar(u'，');
        if (startsAt(rest, 0, u"这家") || startsAt(rest, 0, u"该")) {
            // 这家位于德国弗赖堡的初创公司: the determiner up to its noun.
            const qsizetype limit = std::min<qsizetype>(rest.size(), 16);
            const qsizetype at = indexOfWord(rest.first(limit), u"公司");
            if (at > 0 && !containsWord(rest.first(at), u"，") && !containsWord(rest.first(at), u",")) {
                m.end = pos + at + 2;
                m.type = EntityType::Organization;
            }
        } else if (startsAt(rest, 0, u"前者") || startsAt(rest, 0, u"后者")) {
            m.end = pos + 2;
            m.type = EntityType::Organization;
            m.surface = rest.first(2).toString();
        } else if ((rest.front() == QChar(u'他') || rest.front() == QChar(u'她')) && next != QChar(u'们')
                   && prev != QChar(u'其')) {
            m.end = pos + (startsAt(rest.sliced(1), 0, u"本人") ? 3 : 1);
            m.type = EntityType::Person;
        } else if (startsAt(rest, 0, u"自己")) {
            m.end = pos + 2;
            m.type = EntityType::Person;
        } else if (rest.front() == QChar(u'它') && next != QChar(u'们')) {
            m.end = pos + 1;
            m.type = EntityType::Organization;
        } else if (rest.front() == QChar(u'其') && !isOneOf(next, u"中他余实次后它")) {
            m.end = pos + 1;
            m.type = EntityType::Organization;
        } else if (startsAt(rest, 0, u"公司") && (!isCjk(prev) || m_rules.isStopChar(prev))
                   && !(pos + 2 < s.end && folded[pos + 2] == QChar(u'的') && false)) {
            m.end = pos + 2;
            m.type = EntityType::Organization;
        }
        if (m.end <= m.start || covered(m.start, m.end))
            continue;
        m.surface = folded.sliced(m.start, m.end - m.start).toString();
        out.append(m);
        pos = m.end - 1;
    }
}

void MentionFinder::extendProductEditions(QStringView folded, TextSpan s, QList<Mention> &mentions) const
{
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        Mention &m = mentions[i];
        if (m.isPronoun || m.type != EntityType::Product || m.end + 2 >= s.end || !isAsciiDigit(folded[m.end - 1]))
            continue;
        qsizetype end = -1;
        if (folded[m.end] == QChar(u'-') && isAsciiLetter(folded[m.end + 1])) {
            // V3.2-Exp, Qwen2.5-Max: a Latin word after a hyphen.
            qsizetype e = m.end + 1;
            while (e < s.end && isAsciiLetter(folded[e]) && e - m.end <= 12)
                ++e;
            if (e - m.end <= 12 && (e >= s.end || !(isAsciiLetter(folded[e]) || isAsciiDigit(folded[e]))))
                end = e;
        } else if (folded[m.end] == QChar(u' ')) {
            // 豆包大模型1.5 Pro: an edition word after a space (product_tier).
            for (const QString &tier : m_rules.productTiers())
                if (startsAt(folded.first(s.end), m.end + 1, tier)
                    && (m.end + 1 + tier.size() >= s.end || !isAsciiLetter(folded[m.end + 1 + tier.size()]))) {
                    end = m.end + 1 + tier.size();
                    break;
                }
        }
        if (end < 0 || (i + 1 < mentions.size() && mentions[i + 1].start < end))
            continue;
        // Another product than the version it extends: its own name, no lexicon entry's.
        m.end = end;
        m.surface = m.name = folded.sliced(m.start, m.end - m.start).toString();
        m.lexiconEntry = -1;
        m.entity = -1;
        m.aliases.clear();
    }
}

void MentionFinder::addPinyinGlossedNames(QStringView folded, TextSpan s, QList<Mention> &mentions) const
{
    // 余家辉（Jiahui Yu）, 翟晓华（Xiaohua Zhai）: a surname and one or two characters no rule read
    // as a name, glossed by a Latin name of two words that spells them in pinyin (given name
    // first or last), are a Chinese person's name; attachPairs then takes the Latin name as theirs.
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        const Mention &latin = mentions.at(i);
        if (latin.isPronoun || latin.lexiconEntry >= 0 || latin.start - 3 < s.start || !isOpenParen(folded[latin.start - 1])
            || latin.end >= s.end || !isCloseParen(folded[latin.end]))
            continue;
        const QStringList words = latin.surface.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() != 2
            || !std::all_of(latin.surface.cbegin(), latin.surface.cend(), [](QChar c) { return isAsciiLetter(c) || c == QChar(u' '); }))
            continue;
        const QString spelled = (words[0] + words[1]).toLower(), turned = (words[1] + words[0]).toLower();
        const qsizetype paren = latin.start - 1;
        for (qsizetype length = 3; length >= 2; --length) {
            const qsizetype start = paren - length;
            if (start < s.start || !(m_rules.isSurname(folded[start]) || m_rules.isRareSurname(folded[start])))
                continue;
            const QStringView run = folded.sliced(start, length);
            // (Stop characters too: the spelling vouches for the name, 余家辉's 家 included.)
            if (!std::all_of(run.begin(), run.end(), [](QChar c) { return isCjk(c); })
                || std::any_of(mentions.cbegin(), mentions.cend(), [&](const Mention &m) { return m.start < paren && start < m.end; }))
                continue;
            // (A surname's reading may not be the character's common one, 翟 zhai not di: the given
            // name spelled exactly, beside a word of one syllable's length, will do.)
            const QString pinyin = Pinyin::toneless(run);
            const QString given = Pinyin::toneless(run.sliced(1));
            const bool spells = !pinyin.isEmpty()
                && (pinyin == spelled || pinyin == turned || (given == words[0].toLower() && words[1].size() <= 6)
                    || (given == words[1].toLower() && words[0].size() <= 6));
            if (!spells)
                continue;
            Mention m;
            m.start = start;
            m.end = paren;
            m.type = EntityType::Person;
            m.surface = m.name = run.toString();
            mentions.insert(i, m);
            ++i;
            break;
        }
    }
}

void MentionFinder::attachPairs(QStringView folded, TextSpan s, QList<Mention> &mentions) const
{
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        Mention &m = mentions[i];
        if (m.isPronoun || m.end >= s.end || !isOpenParen(folded[m.end]))
            continue;
        qsizetype close = m.end + 1;
        while (close < s.end && !isCloseParen(folded[close]) && close - m.end < 40)
            ++close;
        if (close >= s.end || !isCloseParen(folded[close]))
            continue;
        QString inner = folded.sliced(m.end + 1, close - m.end - 1).toString().trimmed();
        if (inner.isEmpty())
            continue;
        // （以下简称“芯岭”）: the text declares the short name the entity goes on with.
        bool declared = false;
        for (const QString &lead : m_rules.aliasLeads()) {
            if (!startsAt(inner, 0, lead))
                continue;
            QString quoted = inner.sliced(lead.size());
            if (quoted.startsWith(u'为'))
                quoted.remove(0, 1);
            const auto isQuote = [](QChar c) { return isOneOf(c, u"“”「」『』\"'‘’"); };
            if (quoted.size() < 4 || !isQuote(quoted.front()) || !isQuote(quoted.back()))
                break;
            quoted = quoted.sliced(1, quoted.size() - 2).trimmed();
            declared = quoted.size() >= 2 && quoted.size() <= 12 && !isQuote(quoted.front()) && !isQuote(quoted.back());
            if (declared)
                inner = quoted;
            break;
        }
        const bool latin = !declared && isAsciiLetter(inner.front());
        bool cjkName = !latin;
        for (QChar c : inner)
            cjkName = cjkName && (isCjk(c) || isDot(c)) && !(m_rules.isStopChar(c) && !isDot(c));
        if (latin) {
            // Every word capitalised: a name, not an explanation.
            bool name = true;
            for (const QString &w : inner.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                name = name && (isUpper(w.front()) || isAsciiDigit(w.front()) || w.front() == QChar(u'O'));
            if (!name)
                continue;
        } else if (!declared && (!cjkName || inner.size() > 10)) {
            continue;
        }
        // Rohan Kapoor（罗汉·卡普尔）: a Latin name guessed an organisation whose
        // Chinese form is a transliterated person's name (with ·) is that person,
        // as the pair written the other way round already is. So is a pinyin name
        // glossed by a Chinese one, a common surname and one or two characters
        // (Wei Zhennan（魏振南）); a company's Chinese name is longer or has a suffix.
        const bool chineseName = cjkName && (inner.size() == 2 || inner.size() == 3) && m_rules.isSurname(inner.front())
            && m.surface.count(QLatin1Char(' ')) == 1 && !m_rules.isLatinOrgSuffix(m.surface.section(QLatin1Char(' '), -1));
        if (!latin && m.lexiconEntry < 0 && m.type == EntityType::Organization && isAsciiLetter(m.surface.front())
            && (chineseName || std::any_of(inner.cbegin(), inner.cend(), isDot))) {
            m.type = EntityType::Person;
            m.kind = OrgKind::None;
            const QString family = m.surface.section(QLatin1Char(' '), -1);
            if (family.size() >= 3 && family != m.surface)
                m.aliases.append(family);
            const qsizetype dot = std::find_if(inner.crbegin(), inner.crend(), isDot).base() - inner.cbegin();
            if (inner.size() - dot >= 2)
                m.aliases.append(inner.sliced(dot));
        }
        // The name inside the parentheses is this entity's other name, not a new one.
        m.aliases.append(inner);
        if (latin && m.type == EntityType::Person) {
            const QString family = inner.section(QLatin1Char(' '), -1);
            if (family.size() >= 3 && family != inner)
                m.aliases.append(family);
        }
        const qsizetype a = m.end, b = close + 1;
        for (qsizetype j = mentions.size() - 1; j > i; --j) {
            if (mentions[j].start >= a && mentions[j].end <= b)
                mentions.removeAt(j);
        }
    }
}

QStringList MentionFinder::repeatedNames(QStringView folded, QStringView lower, const QList<TextSpan> &spans) const
{
    // 陶嘉禾 said three times, each time in a shape no rule reads (一起吃食堂的陶嘉禾。): a
    // common surname and two more characters that the text repeats (twice or more), that no word of the
    // dictionary begins and no stop character breaks, are a person's name.
    if (!m_dictionary)
        return {};
    QHash<QString, int> counts;
    for (const TextSpan &s : spans)
        for (qsizetype p = s.start; p + 3 <= s.end; ++p) {
            if (!m_rules.isSurname(folded[p]) || !isCjk(folded[p + 1]) || !isCjk(folded[p + 2])
                || m_rules.isStopChar(folded[p + 1]) || m_rules.isStopChar(folded[p + 2]))
                continue;
            // Bounded on the left: the text before is no part of a word with it (之 is:
            // 之江国投 is no 江国投).
            if (p > s.start && isCjk(folded[p - 1]) && (!m_rules.isStopChar(folded[p - 1]) || folded[p - 1] == u'之'))
                continue;
            // 于上月: 于 before a time is "in".
            if (startsTime(folded.sliced(p + 1, s.end - p - 1)))
                continue;
            ++counts[folded.sliced(p, 3).toString()];
        }
    // 韩屹 and 许恪: two characters, a common surname first, that the text repeats, that are no
    // word of the dictionary and no start of a known name (文心 of 文心一言), and that some
    // occurrence ends at a stop character, a clause break or a relation or speech word
    // (是韩屹。, 与韩屹直接相关, 许恪表示) are a person's name too.
    QHash<QString, QList<std::pair<qsizetype, qsizetype>>> pairs; // where each starts, and its span's end
    for (const TextSpan &s : spans)
        for (qsizetype p = s.start; p + 2 <= s.end; ++p) {
            if (!m_rules.isSurname(folded[p]) || !isCjk(folded[p + 1]) || m_rules.isStopChar(folded[p + 1]))
                continue;
            if (p > s.start && isCjk(folded[p - 1]) && (!m_rules.isStopChar(folded[p - 1]) || folded[p - 1] == u'之'))
                continue;
            pairs[folded.sliced(p, 2).toString()].append({p, s.end});
        }
    const auto endsAtABound = [&](const QList<std::pair<qsizetype, qsizetype>> &at) {
        return std::any_of(at.cbegin(), at.cend(), [&](const auto &pe) {
            const auto [p, end] = pe;
            return p + 2 >= end || !isCjk(folded[p + 2]) || m_rules.isStopChar(folded[p + 2]) || startsWord(lower, p + 2);
        });
    };
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        const QString &name = it.key();
        if (it.value().size() < 2 || m_dictionary->lookup(name) || !endsAtABound(it.value())
            || m_lexicon.matcher().matchAt(AliasMatcher::matchForm(name), 0).has_value() || m_rules.isCue(name)
            || m_lexicon.matcher().hasFormStartingWith(AliasMatcher::matchForm(name)))
            continue;
        // A repeated three-character name beginning with it is the name (周以宁, not 周以).
        bool longer = false;
        for (auto c = counts.cbegin(); c != counts.cend() && !longer; ++c)
            longer = c.value() >= 2 && c.key().startsWith(name);
        if (!longer)
            counts.insert(name, 2);
    }
    QStringList out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() < 2)
            continue;
        const QString &name = it.key();
        if (name.size() == 2) {
            out.append(name);
            continue;
        }
        const auto word = m_dictionary->lookup(QStringView(name).first(2));
        const auto whole = m_dictionary->lookup(name);
        const auto tail = m_dictionary->lookup(QStringView(name).last(2));
        const bool nameWord = word && word->pos.startsWith(QLatin1String("nr"));
        // The last two characters a frequent word, or a name of a place or an organisation
        // (国投), make it no person's name either.
        const bool tailWord = tail && !tail->pos.startsWith(QLatin1String("nr"))
            && (tail->frequency >= kEverydayVerbFrequency || tail->pos == QLatin1String("nt") || tail->pos == QLatin1String("ns"));
        if ((word && !nameWord) || (whole && !whole->pos.startsWith(QLatin1String("nr"))) || tailWord)
            continue;
        if (m_lexicon.matcher().matchAt(AliasMatcher::matchForm(name), 0).has_value() || m_rules.isCue(name)
            || m_rules.roleMatcher().matchAt(AliasMatcher::matchForm(name), 0).has_value())
            continue;
        out.append(name);
    }
    out.sort();
    return out;
}

MentionFinder::Guesses MentionFinder::guess(QStringView folded, QStringView lower, TextSpan s) const
{
    Guesses g;
    addLatinNames(folded, s, g.m_candidates);
    addDotNames(folded, lower, s, g.m_candidates);
    addSuffixOrgs(folded, lower, s, g.m_candidates);
    addChineseNames(folded, lower, s, g.m_candidates);
    addDictionaryNames(folded, lower, s, g.m_candidates);
    addContextOrgs(folded, lower, s, g.m_candidates);
    addOwnedOrgs(folded, lower, s, g.m_candidates);
    addStockListedOrgs(folded, s, g.m_candidates);
    addQuotedProducts(folded, lower, s, g.m_candidates);
    addTitledMedia(folded, s, g.m_candidates);
    addCuedProducts(folded, lower, s, g.m_candidates);
    return g;
}

QList<Mention> MentionFinder::find(QStringView folded, QStringView lower, TextSpan s, const AliasMatcher *gazetteer) const
{
    return find(folded, lower, s, gazetteer, guess(folded, lower, s));
}

QList<Mention> MentionFinder::find(QStringView folded, QStringView lower, TextSpan s, const AliasMatcher *gazetteer,
                                   const Guesses &guesses, Pronouns pronouns) const
{
    // The lexicon's hits come first: among candidates equal in length,
    // priority and start, the stable sort below keeps the first.
    QList<Candidate> cands;
    addLexiconHits(folded, lower, s, gazetteer, cands);
    if (gazetteer)
        addVersionedNames(folded, lower, s, *gazetteer, cands);
    cands.append(guesses.m_candidates);
    addBrandModels(folded, s, cands);
    addListedOrgs(folded, lower, s, cands);
    // (Where the document's name replaces the guess below, the guess's firm end still holds.)
    QVarLengthArray<std::pair<qsizetype, qsizetype>, 2> firmSpans;
    for (const Candidate &c : std::as_const(cands))
        if (c.firmEnd)
            firmSpans.append({c.mention.start, c.mention.end});

    // A known person beats a guessed name over the same characters: in
    // 张磊均投资 the lexicon's 张磊, not an unknown 张磊均.
    for (qsizetype i = cands.size() - 1; i >= 0; --i) {
        if (cands[i].priority != 0)
            continue;
        for (const Candidate &k : std::as_const(cands)) {
            // (In pass 2 the known name comes from the document's gazetteer: entity, no lexicon entry.)
            // 赵明远 beside a known 赵明: one more name character makes another person; an
            // adverb (张磊均参与) does not.
            const Mention &g = cands[i].mention;
            const bool longerName = g.type == EntityType::Person && g.start == k.mention.start
                && g.end == k.mention.end + 1 && !m_rules.isVerbAdverb(folded[k.mention.end]);
            if (k.priority == 3 && (k.mention.lexiconEntry >= 0 || k.mention.entity >= 0)
                && k.mention.type == EntityType::Person && overlaps(k.mention, g) && !longerName) {
                cands.removeAt(i);
                break;
            }
        }
    }
    // A guessed organisation that a known name explains is none: 晶曜光电告 (晶曜光电
    // and the verb 告) runs one character past a known name at its start;
    // 晶曜光电要求禁止颖光半导体 is a clause ending in the known 颖光半导体.
    for (qsizetype i = cands.size() - 1; i >= 0; --i) {
        const Candidate &g = cands.at(i);
        if (g.priority > 1)
            continue;
        const bool explained = std::any_of(cands.cbegin(), cands.cend(), [&](const Candidate &k) {
            if (k.priority != 3)
                return false;
            if (g.priority == 0 && g.mention.type == EntityType::Organization && k.mention.start == g.mention.start
                && k.mention.end + 1 == g.mention.end)
                return true;
            return g.priority == 1 && (k.mention.entity >= 0 || k.mention.type == EntityType::Organization)
                && k.mention.end == g.mention.end && k.mention.start > g.mention.start
                && !isBrandBefore(folded, g.mention.start, k.mention.start);
        });
        if (explained)
            cands.removeAt(i);

    }
    // 四足机器人踏云X1: a guessed organisation whose end cuts into a model's brand
    // (踏云 of 踏云X1) ran on past its own name; the model stands.
    for (qsizetype i = cands.size() - 1; i >= 0; --i) {
        const Candidate &g = cands.at(i);
        if (g.priority > 1 || g.mention.type != EntityType::Organization)
            continue;
        if (std::any_of(cands.cbegin(), cands.cend(), [&](const Candidate &k) {
                return k.priority >= 2 && k.mention.type == EntityType::Product && k.mention.start > g.mention.start
                    && k.mention.start < g.mention.end && k.mention.end > g.mention.end;
            }))
            cands.removeAt(i);
    }
    // 原百川智能 with 百川智能 named before: a word for a former post before
    // a name the document knows is no part of a guessed name.
    for (Candidate &c : cands) {
        Mention &m = c.mention;
        const qsizetype prefix = c.priority < 3 ? rolePrefixAt(folded, m.start, m.end) : 0;
        if (prefix == 0)
            continue;
        const bool known = std::any_of(cands.cbegin(), cands.cend(), [&](const Candidate &k) {
            return k.priority == 3 && k.mention.start == m.start + prefix && k.mention.end <= m.end;
        });
        if (!known)
            continue;
        const QString old = m.surface;
        m.start += prefix;
        m.surface = folded.sliced(m.start, m.end - m.start).toString();
        if (m.name == old)
            m.name = m.surface;
        for (QString &alias : m.aliases)
            if (alias.size() > prefix && startsAt(alias, 0, old.first(prefix)))
                alias.remove(0, prefix);
    }
    // 聘任吕文华为公司财务总监: no name runs over the firm end of another (华为公司).
    for (const auto &firm : firmSpans) // (no structured binding: the lambda captures it, clang 14 cannot)
        cands.removeIf([&](const Candidate &k) {
            return k.mention.start > firm.first && k.mention.start < firm.second && k.mention.end > firm.second;
        });
    // Longest first, then the more trusted source; keep what does not overlap.
    std::stable_sort(cands.begin(), cands.end(), [](const Candidate &a, const Candidate &b) {
        const qsizetype la = a.mention.end - a.mention.start, lb = b.mention.end - b.mention.start;
        if (la != lb)
            return la > lb;
        if (a.priority != b.priority)
            return a.priority > b.priority;
        return a.mention.start < b.mention.start;
    });
    QList<Mention> names;
    for (const Candidate &c : std::as_const(cands)) {
        bool free = true;
        for (const Mention &m : std::as_const(names))
            free = free && !overlaps(m, c.mention);
        if (free)
            names.append(c.mention);
    }
    std::sort(names.begin(), names.end(), [](const Mention &a, const Mention &b) { return a.start < b.start; });
    for (qsizetype i = names.size() - 2; i >= 0; --i) {
        // AI眼镜公司雾镜获小米投资: a guessed company ending in 公司 right before another
        // organisation's name describes it.
        // (Known to the document from the first pass, it still is no lexicon name.)
        const bool describesNext = names[i].lexiconEntry < 0 && names[i].surface.endsWith(u"公司")
            && (names[i].type == EntityType::Organization || names[i].entity >= 0)
            && (names[i + 1].type == EntityType::Organization || names[i + 1].entity >= 0)
            && !m_lexicon.matcher().matchAt(lower.first(names[i].end), names[i].start, folded);
        if ((names[i].isDescription || describesNext) && names[i + 1].start == names[i].end)
            names.removeAt(i);
    }
    // 日本软银集团, 新加坡淡马锡: a country right before another name says where
    // that one is from; it is no party of its own, but the mention of the name
    // covers it, so that a list (A以及日本索尼) still reaches the name. (The next
    // name may come from the document's gazetteer, which gives no type.)
    for (qsizetype i = names.size() - 2; i >= 0; --i) {
        if (names[i].type == EntityType::Organization && names[i].kind == OrgKind::Government
            && names[i + 1].start == names[i].end) {
            names[i + 1].start = names[i].start;
            names.removeAt(i);
        }
    }
    extendProductEditions(folded, s, names);
    addPinyinGlossedNames(folded, s, names);
    attachPairs(folded, s, names);
    if (pronouns == Pronouns::Skip) {
        std::sort(names.begin(), names.end(), [](const Mention &a, const Mention &b) { return a.start < b.start; });
        return names;
    }

    QList<Mention> all = names;
    addPronouns(folded, s, names, all);
    std::sort(all.begin(), all.end(), [](const Mention &a, const Mention &b) { return a.start < b.start; });
    return all;
}

} // namespace Guanxi::Internal
