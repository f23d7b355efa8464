#include "extract/english/englishmentionfinder.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace Guanxi::Internal {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

bool hasDigit(QStringView w)
{
    return std::any_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); });
}

bool hasUpper(QStringView w)
{
    return std::any_of(w.begin(), w.end(), [](QChar c) { return c.isUpper(); });
}

// A word that can be part of a name: capitalised (Altman), inner capitals
// (xAI, iPhone) or a version (4o, 8x7B, 3.5). "Paris-based" is not.
bool isNameWord(QStringView w)
{
    if (w.isEmpty())
        return false;
    const qsizetype dash = w.lastIndexOf(u'-');
    if (dash > 0 && dash + 1 < w.size() && w[dash + 1].isLower() && !hasDigit(w.sliced(dash + 1))
        && w.sliced(dash + 1).size() > 2)
        return false; // Paris-based, Microsoft-backed
    return w.front().isUpper() || hasUpper(w) || hasDigit(w);
}

// What follows a lone capitalised word says it is a company: an apposition naming
// its kind ("Corvane, a two-year-old startup building…", "Sierra, the startup
// co-founded by…") or its founding or funding ("Corvane was founded in 2023",
// "Corvane raises $120M"). Strong enough for a sentence's first word.
bool saysWhatItIs(QStringView lower, qsizetype end, qsizetype limit)
{
    static const QRegularExpression cue(QStringLiteral(
        "^(?:, (?:a|an|the) (?:[a-z0-9$.-]+ ){0,5}(?:startup|start-up|company|firm|maker|developer|lab|unicorn|"
        "provider|platform|giant|spinout|spin-off|chipmaker|automaker)s?\\b"
        "| (?:was|were|is|has been) (?:co-?)?founded\\b"
        "| (?:has |had |)(?:raised|raises|closed|secured|landed) (?:a |an |\\$|us\\$|about |roughly |more than ))"));
    return cue.match(lower.sliced(end, std::min<qsizetype>(limit, end + 120) - end)).hasMatch();
}

// A lone capitalised word followed by what only an organisation has besides job titles
// ("Corvane's board", "Corvane's flagship"; the titles are the role list's).
bool ownsCompanyThings(QStringView lower, qsizetype end, qsizetype limit)
{
    static const QRegularExpression cue(QStringLiteral(
        "^['\\x{2019}]s (?:co-founders?|cofounders?|founders?|board|flagship|investors?|backers?|series [a-f]|"
        "seed round|valuation)\\b"));
    return cue.match(lower.sliced(end, std::min<qsizetype>(limit, end + 60) - end)).hasMatch();
}

// A headline: no closing punctuation and most longer words capitalised ("Chipmaker Corvane
// Sues Ex-Engineer, Startup Over Memory Designs"), where capitals say nothing of names.
bool isHeadline(QStringView text, const QList<EnglishMentionFinder::Token> &tokens, TextSpan s)
{
    qsizetype end = s.end;
    while (end > s.start && text[end - 1].isSpace())
        --end;
    if (end == s.start || QStringView(u".!?\"'\u201d\u2019:)").contains(text[end - 1]))
        return false;
    int words = 0, capitalised = 0;
    for (const auto &t : tokens) {
        const QStringView w = text.sliced(t.start, t.end - t.start);
        if (w.size() < 4 || !w.front().isLetter())
            continue;
        ++words;
        capitalised += w.front().isUpper() ? 1 : 0;
    }
    return words >= 4 && capitalised * 4 >= words * 3;
}

} // namespace

EnglishMentionFinder::EnglishMentionFinder(const Lexicon &lexicon, const EnglishRules &rules)
    : m_lexicon(lexicon), m_rules(rules)
{
}

QList<EnglishMentionFinder::Token> EnglishMentionFinder::tokenize(QStringView text, TextSpan span)
{
    QList<Token> out;
    qsizetype p = span.start;
    while (p < span.end) {
        if (!isWordChar(text[p])) {
            ++p;
            continue;
        }
        const qsizetype start = p;
        while (p < span.end) {
            if (isWordChar(text[p])) {
                ++p;
                continue;
            }
            const bool nextWord = p + 1 < span.end && isWordChar(text[p + 1]);
            if (text[p] == u'-' && nextWord) {
                ++p;
            } else if (text[p] == u'.' && nextWord && text[p - 1].isDigit() && text[p + 1].isDigit()) {
                ++p; // 3.5
            } else if (isApostrophe(text[p]) && nextWord && text[p + 1].isUpper()) {
                ++p; // D'Angelo, O'Brien
            } else {
                break;
            }
        }
        out.append({start, p});
    }
    return out;
}

QList<Mention> EnglishMentionFinder::find(QStringView folded, QStringView lower, TextSpan s,
                                          const AliasMatcher *gazetteer) const
{
    const QList<Token> tokens = tokenize(folded, s);
    const auto word = [&](qsizetype i) { return folded.sliced(tokens[i].start, tokens[i].end - tokens[i].start); };
    const auto lowerWord = [&](qsizetype i) {
        return lower.sliced(tokens[i].start, tokens[i].end - tokens[i].start).toString();
    };
    // The gap between two tokens is one space: they can be one name.
    const auto joined = [&](qsizetype a, qsizetype b) {
        return tokens[b].start - tokens[a].end == 1 && folded[tokens[a].end] == u' ';
    };
    // Tokens are in text order: a binary search keeps a long sentence linear-logarithmic.
    const auto tokenEndingAt = [&](qsizetype pos) -> qsizetype {
        const auto it = std::lower_bound(tokens.cbegin(), tokens.cend(), pos,
                                         [](const Token &t, qsizetype p) { return t.end < p; });
        return it != tokens.cend() && it->end == pos ? qsizetype(it - tokens.cbegin()) : -1;
    };

    QList<Mention> out;
    QList<bool> covered(tokens.size(), false);
    const QStringView sentence = lower.first(s.end);

    // A company name's first word that can stand for it alone: not a given name, stop word,
    // number or a name the lexicon knows on its own (it may know the whole name).
    const auto isDistinctive = [&](qsizetype k) {
        const QString w = lowerWord(k);
        // The word alone, not the longer name it begins ("Microsoft" of "Microsoft AI" is known).
        const qsizetype end = tokens[k].end;
        return !m_rules.isGivenName(w) && !m_rules.isStop(w) && word(k).size() >= 4 && !hasDigit(word(k))
            && !m_lexicon.matcher().matchAt(sentence.first(end), tokens[k].start, folded.first(end));
    };
    // Known names first: the lexicon and the names this document used.
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (covered[i])
            continue;
        const qsizetype pos = tokens[i].start;
        const auto lex = m_lexicon.matcher().matchAt(sentence, pos, folded);
        const auto gaz = gazetteer ? gazetteer->matchAt(sentence, pos) : std::nullopt;
        if (!lex && !gaz)
            continue;
        const bool useGaz = gaz && (!lex || gaz->length > lex->length);
        const qsizetype end = pos + (useGaz ? gaz->length : lex->length);
        const qsizetype last = tokenEndingAt(end);
        if (last < 0)
            continue; // ends inside a word
        // Plain lower-case words are not names here ("apple", "meta", "x").
        const QStringView surface = folded.sliced(pos, end - pos);
        if (!hasUpper(surface) && !hasDigit(surface))
            continue;
        // "Amazon Robotics": a known company and a business head after it is a unit of its own,
        // named by the Title Case pass (a legal form or "Group" still names the known company).
        if (!useGaz && m_lexicon.entry(lex->value).type == EntityType::Organization && last + 1 < tokens.size()
            && joined(last, last + 1) && word(last + 1).front().isUpper()) {
            static const QSet<QString> sameCompany = {
                QStringLiteral("inc"), QStringLiteral("inc."), QStringLiteral("corp"), QStringLiteral("corp."),
                QStringLiteral("corporation"), QStringLiteral("llc"), QStringLiteral("ltd"), QStringLiteral("ltd."),
                QStringLiteral("plc"), QStringLiteral("co."), QStringLiteral("company"), QStringLiteral("group"),
                QStringLiteral("holdings"), QStringLiteral("holding"), QStringLiteral("global"), QStringLiteral("ai"),
                QStringLiteral("technologies"), QStringLiteral("technology")};
            const QString head = lowerWord(last + 1);
            if (m_rules.orgSuffixKind(head) == OrgKind::Company && !sameCompany.contains(head))
                continue;
        }
        // "Halvard H2" after "Halvard Robotics": a model number makes the run a product, not the company.
        if (useGaz && last + 1 < tokens.size() && joined(last, last + 1) && hasDigit(word(last + 1))
            && hasUpper(word(last + 1)))
            continue;
        Mention m;
        m.start = pos;
        m.end = end;
        if (useGaz) {
            m.entity = gaz->value;
        } else {
            const Lexicon::Entry &e = m_lexicon.entry(lex->value);
            m.lexiconEntry = lex->value;
            m.type = e.type;
            m.kind = e.kind;
            m.name = e.name;
            // "Index Ventures" is "the Index partner" further on, as a Title Case company is.
            if (e.type == EntityType::Organization && last == i + 1
                && m_rules.orgSuffixKind(lowerWord(last)) == OrgKind::Company && isDistinctive(i))
                m.aliases.append(word(i).toString());
        }
        // "Llama 3.1", "Grok 2": a known product with a version after it.
        if (!useGaz && m.type == EntityType::Product && last + 1 < tokens.size() && joined(last, last + 1)
            && hasDigit(word(last + 1)) && !hasUpper(word(last + 1).first(1))) {
            m.end = tokens[last + 1].end;
            m.lexiconEntry = -1;
            m.name.clear();
            covered[last + 1] = true;
        }
        m.surface = folded.sliced(m.start, m.end - m.start).toString();
        for (qsizetype k = i; k <= last; ++k)
            covered[k] = true;
        out.append(m);
        i = last;
    }

    // Pronouns and places (places are not entities, nor parts of names).
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (covered[i])
            continue;
        const auto hit = m_rules.phraseMatcher().matchAt(sentence, tokens[i].start);
        if (!hit)
            continue;
        const qsizetype last = tokenEndingAt(tokens[i].start + hit->length);
        if (last < 0)
            continue;
        const auto category = m_rules.phraseCategory(hit->value);
        if (category == EnglishRules::PhraseCategory::PersonPronoun
            || category == EnglishRules::PhraseCategory::OrgPronoun) {
            // "It" opening a sentence is as likely "It is ..." as the company; still an org pronoun.
            Mention m;
            m.start = tokens[i].start;
            m.end = tokens[last].end;
            m.surface = folded.sliced(m.start, m.end - m.start).toString();
            m.isPronoun = true;
            m.type = category == EnglishRules::PhraseCategory::PersonPronoun ? EntityType::Person
                                                                              : EntityType::Organization;
            out.append(m);
        }
        for (qsizetype k = i; k <= last; ++k)
            covered[k] = true;
        i = last;
    }

    // A headline's capitals say nothing of names; asked only of a guessed person.
    std::optional<bool> headline;
    const auto isInHeadline = [&] {
        if (!headline)
            headline = isHeadline(folded, tokens, s);
        return *headline;
    };
    // "Corvane's CEO", "Corvane's chief accounting officer", "Corvane's board": a lone
    // capitalised word that owns a job title or board is a company (not at a sentence's
    // start, where every word is capitalised).
    const auto actsAsCompany = [&](qsizetype end) {
        const bool possessive = end + 3 < s.end && (folded[end] == u'\'' || folded[end] == u'\u2019')
            && lower[end + 1] == u's' && lower[end + 2] == u' ';
        return possessive
            && (m_rules.roleMatcher().matchAt(sentence, end + 3).has_value() || ownsCompanyThings(lower, end, s.end));
    };
    // "Bernstein analyst Rachel Lau", "Corvane Chief Executive Officer Ellen Marsh": a word just
    // before a job title and a name is the employer. At a sentence's start only a Title Case
    // title counts ("Longtime partner ..." is no company).
    const auto titleFollows = [&](qsizetype k, bool sentenceStart) {
        if (k + 1 >= tokens.size() || !joined(k, k + 1))
            return false;
        const auto role = m_rules.roleMatcher().matchAt(sentence, tokens[k + 1].start);
        if (!role)
            return false;
        const qsizetype roleLast = tokenEndingAt(tokens[k + 1].start + role->length);
        if (roleLast < 0 || roleLast + 1 >= tokens.size() || !joined(roleLast, roleLast + 1))
            return false;
        if (sentenceStart && !word(k + 1).front().isUpper())
            return false;
        const QStringView name = word(roleLast + 1);
        return name.front().isUpper() && !m_rules.isStop(lowerWord(roleLast + 1));
    };

    // Title Case runs over what is left.
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (covered[i] || !isNameWord(word(i)))
            continue;
        // A title inside a run starts a new name: "Acme Robotics Chief Executive Jane Doerr".
        static const QSet<QString> titleWords = {
            QStringLiteral("chief"), QStringLiteral("ceo"), QStringLiteral("cto"), QStringLiteral("cfo"),
            QStringLiteral("coo"), QStringLiteral("president"), QStringLiteral("chairman"), QStringLiteral("chairwoman"),
            QStringLiteral("founder"), QStringLiteral("co-founder"), QStringLiteral("cofounder"),
            QStringLiteral("executive"), QStringLiteral("director")};
        const auto isTitle = [&](qsizetype k) {
            const QString w = lowerWord(k);
            return titleWords.contains(w) || m_rules.isHonorific(w);
        };
        bool named = !isTitle(i);
        qsizetype last = i;
        while (last + 1 < tokens.size() && !covered[last + 1] && joined(last, last + 1) && isNameWord(word(last + 1))) {
            if (named && isTitle(last + 1))
                break;
            named = named || !isTitle(last + 1);
            ++last;
        }
        const qsizetype runEnd = last;
        bool forcePerson = false;
        // An honorific or role just before: "Mr. Altman", "chief executive Satya Nadella".
        if (i > 0) {
            const QString before = lowerWord(i - 1);
            if (m_rules.isHonorific(before) || m_rules.isRoleWord(before) || before == QLatin1String("co-founder")
                || before == QLatin1String("cofounder") || before == QLatin1String("founder"))
                forcePerson = true;
        }
        qsizetype first = i;
        while (first <= last) {
            const QString w = lowerWord(first);
            if (m_rules.isHonorific(w) || m_rules.isRoleWord(w) || w == QLatin1String("co-founder")
                || w == QLatin1String("founder")) {
                forcePerson = true;
                ++first;
            } else if (m_rules.isStop(w)) {
                ++first;
            } else {
                break;
            }
        }
        i = runEnd;
        if (first > last)
            continue;
        // A sentence's first word is capitalised anyway: alone, it is no name.
        const bool sentenceStart = first == 0;
        const int count = int(last - first + 1);
        QStringList words;
        for (qsizetype k = first; k <= last; ++k)
            words.append(lowerWord(k));
        const QString nextWord = runEnd + 1 < tokens.size() ? lowerWord(runEnd + 1) : QString();
        const QString prevWord = first > 0 ? lowerWord(first - 1) : QString();

        Mention m;
        m.start = tokens[first].start;
        m.end = tokens[last].end;
        m.surface = folded.sliced(m.start, m.end - m.start).toString();
        m.name = m.surface;
        bool versioned = false;
        for (qsizetype k = first + 1; k <= last; ++k)
            versioned = versioned || hasDigit(word(k));
        versioned = versioned || (count == 1 && hasDigit(word(first)) && hasUpper(word(first)));
        const auto suffixKind = count > 1 ? m_rules.orgSuffixKind(words.last()) : std::nullopt;
        const bool givenName = m_rules.isGivenName(words.first());
        if (suffixKind) {
            m.type = EntityType::Organization;
            m.kind = *suffixKind;
            // "Acme Inc." and "Acme" are one company; the legal form is an alias.
            static const QStringList legal = {QStringLiteral("inc"), QStringLiteral("corp"), QStringLiteral("llc"),
                                              QStringLiteral("ltd"), QStringLiteral("plc")};
            if (legal.contains(words.last())) {
                m.aliases.append(folded.sliced(m.start, tokens[last - 1].end - m.start).toString());
                // "Corvane Semiconductor Inc." is "Corvane" further on, as "Halvard Robotics" is "Halvard".
                if (count == 3 && isDistinctive(first))
                    m.aliases.append(word(first).toString());
            }
            // "Halvard Robotics" goes on as "Halvard": a two-word company's distinctive first word
            // names it later in the article (a given name or a stop word never does).
            else if (count == 2 && m.kind == OrgKind::Company && isDistinctive(first))
                m.aliases.append(word(first).toString());
        } else if (forcePerson && count <= 4 && !versioned) {
            m.type = EntityType::Person;
        } else if (versioned || m_rules.isProductCue(nextWord) || (m_rules.isProductVerb(prevWord) && !givenName)) {
            m.type = EntityType::Product;
        } else if (count == 1) {
            static const QStringList orgCues = {
                QStringLiteral("startup"), QStringLiteral("firm"), QStringLiteral("company"), QStringLiteral("lab"),
                QStringLiteral("rival"), QStringLiteral("investor"), QStringLiteral("maker"), QStringLiteral("developer"),
                QStringLiteral("giant"), QStringLiteral("unit"), QStringLiteral("subsidiary")};
            // "vice president of operations at Zipline": where a title is held is an organisation.
            bool titleAt = false;
            if (prevWord == QLatin1String("at"))
                for (qsizetype k = first - 2; k >= 0 && k >= first - 5 && !titleAt; --k)
                    titleAt = m_rules.isRoleWord(lowerWord(k));
            // "a lab 5,000 miles away": a number names no company.
            if (!word(first).front().isLetter())
                continue;
            // "the Index partner who led the deal", "a former Cisco executive": a word between an
            // article and a job title names the employer.
            static const QSet<QString> articles = {QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"),
                                                   QStringLiteral("former")};
            const bool roleNext = runEnd + 1 < tokens.size() && joined(runEnd, runEnd + 1)
                && m_rules.roleMatcher().matchAt(sentence, tokens[runEnd + 1].start).has_value();
            const bool titled = titleFollows(runEnd, sentenceStart) || (roleNext && articles.contains(prevWord));
            if (!(orgCues.contains(prevWord) || titleAt || titled)
                && !(saysWhatItIs(lower, tokens[last].end, s.end) || (!sentenceStart && actsAsCompany(tokens[last].end))))
                continue;
            if (sentenceStart && !titled && !saysWhatItIs(lower, tokens[last].end, s.end))
                continue;
            m.type = EntityType::Organization;
            m.kind = OrgKind::Company;
        } else if (count <= 4) {
            bool alphabetic = true;
            for (qsizetype k = first; k <= last; ++k)
                alphabetic = alphabetic && !hasDigit(word(k)) && word(k).front().isUpper();
            // A headline capitalises every word: "Chipmaker Corvane Sues Ex-Engineer" is no person.
            if (!alphabetic || (!givenName && isInHeadline()))
                continue;
            m.type = EntityType::Person;
        } else {
            continue;
        }
        if (m.type == EntityType::Person && count >= 2) {
            // The surname alone names the person further on: "Mensch said".
            m.aliases.append(word(last).toString());
        }
        out.append(m);
    }
    std::sort(out.begin(), out.end(), [](const Mention &a, const Mention &b) { return a.start < b.start; });
    return out;
}

} // namespace Guanxi::Internal
