#include "extract/english/englishrules.h"
#include "extract/rulefile.h"

#include <QDir>
#include <QFile>

namespace Guanxi::Internal {

namespace {

std::optional<EnglishRules::Pattern> patternFrom(const QString &s)
{
    using P = EnglishRules::Pattern;
    static const QHash<QString, P> names = {
        {QStringLiteral("svo"), P::Svo},       {QStringLiteral("by"), P::By},
        {QStringLiteral("rev"), P::Rev},       {QStringLiteral("leave"), P::Leave},
        {QStringLiteral("title"), P::Title},   {QStringLiteral("raise"), P::Raise},
        {QStringLiteral("round"), P::Round},   {QStringLiteral("make"), P::Make},
        {QStringLiteral("rival"), P::Rival},   {QStringLiteral("suit"), P::Suit},
        {QStringLiteral("counter"), P::Counter}, {QStringLiteral("status"), P::Status},
    };
    const auto it = names.find(s);
    return it == names.end() ? std::nullopt : std::optional<P>(*it);
}

std::optional<OrgKind> kindFrom(const QString &s)
{
    static const QHash<QString, OrgKind> kinds = {
        {QStringLiteral("company"), OrgKind::Company},       {QStringLiteral("nonprofit"), OrgKind::Nonprofit},
        {QStringLiteral("government"), OrgKind::Government}, {QStringLiteral("court"), OrgKind::Court},
        {QStringLiteral("media"), OrgKind::Media},           {QStringLiteral("other"), OrgKind::Other},
    };
    const auto it = kinds.find(s);
    return it == kinds.end() ? std::nullopt : std::optional<OrgKind>(*it);
}

} // namespace

Result<EnglishRules> EnglishRules::load(const QString &directory)
{
    EnglishRules rules;
    const QDir dir(directory);
    if (auto ok = rules.readTriggers(dir.filePath(QStringLiteral("triggers.tsv"))); !ok)
        return tl::unexpected(ok.error());
    if (auto ok = rules.readCues(dir.filePath(QStringLiteral("cues.tsv"))); !ok)
        return tl::unexpected(ok.error());
    if (auto ok = rules.readWords(dir.filePath(QStringLiteral("words.tsv"))); !ok)
        return tl::unexpected(ok.error());
    return rules;
}

Result<void> EnglishRules::readTriggers(const QString &path)
{
    auto rows = RuleFile::read(path);
    if (!rows)
        return tl::unexpected(rows.error());
    for (const auto &[line, cols] : std::as_const(*rows)) {
        if (cols.size() < 3)
            return RuleFile::lineError(path, line, QStringLiteral("expected phrase, relation and pattern separated by tabs"));
        Trigger t;
        t.phrase = cols.at(0).trimmed().toLower();
        const auto pattern = patternFrom(cols.at(2).trimmed());
        if (!pattern)
            return RuleFile::lineError(path, line, QStringLiteral("unknown pattern \"%1\"").arg(cols.at(2)));
        t.pattern = *pattern;
        const QString relation = cols.at(1).trimmed();
        if (t.pattern == Pattern::Status) {
            const auto status = lawsuitStatusFromString(relation);
            if (!status)
                return RuleFile::lineError(path, line, QStringLiteral("unknown lawsuit status \"%1\"").arg(relation));
            t.status = *status;
        } else if (relation != QLatin1String("lawsuit")) {
            t.relation = relationTypeFromString(relation);
            if (!t.relation)
                return RuleFile::lineError(path, line, QStringLiteral("unknown relation type \"%1\"").arg(relation));
        }
        if (t.phrase.isEmpty())
            return RuleFile::lineError(path, line, QStringLiteral("empty trigger phrase"));
        m_triggerMatcher.add(t.phrase, int(m_triggers.size()));
        m_triggers.append(t);
    }
    m_triggerMatcher.finalize();
    return {};
}

Result<void> EnglishRules::readCues(const QString &path)
{
    auto rows = RuleFile::read(path);
    if (!rows)
        return tl::unexpected(rows.error());
    for (const auto &[line, cols] : std::as_const(*rows)) {
        if (cols.size() < 3)
            return RuleFile::lineError(path, line, QStringLiteral("expected cue, kind and scope separated by tabs"));
        Cue c;
        c.phrase = cols.at(0).trimmed().toLower();
        const QString kind = cols.at(1).trimmed();
        if (kind == QLatin1String("negation"))
            c.kind = CueKind::Negation;
        else if (kind == QLatin1String("speculation"))
            c.kind = CueKind::Speculation;
        else if (kind == QLatin1String("modal"))
            c.kind = CueKind::Modal;
        else
            return RuleFile::lineError(path, line, QStringLiteral("unknown cue kind \"%1\" (negation, speculation, modal)").arg(kind));
        const QString scope = cols.at(2).trimmed();
        if (scope != QLatin1String("clause") && scope != QLatin1String("sentence"))
            return RuleFile::lineError(path, line, QStringLiteral("unknown cue scope \"%1\" (clause, sentence)").arg(scope));
        c.wholeSentence = scope == QLatin1String("sentence");
        m_cueMatcher.add(c.phrase, int(m_cues.size()));
        m_cues.append(c);
    }
    m_cueMatcher.finalize();
    return {};
}

Result<void> EnglishRules::readWords(const QString &path)
{
    auto rows = RuleFile::read(path);
    if (!rows)
        return tl::unexpected(rows.error());
    static const QHash<QString, PhraseCategory> phraseLists = {
        {QStringLiteral("place"), PhraseCategory::Place},
        {QStringLiteral("courtword"), PhraseCategory::Court},
        {QStringLiteral("personpronoun"), PhraseCategory::PersonPronoun},
        {QStringLiteral("orgpronoun"), PhraseCategory::OrgPronoun},
    };
    static const QSet<QString> wordLists = {
        QStringLiteral("honorific"), QStringLiteral("stop"),       QStringLiteral("given"),
        QStringLiteral("productcue"), QStringLiteral("productverb"), QStringLiteral("personcue"),
    };
    for (const auto &[line, cols] : std::as_const(*rows)) {
        if (cols.size() < 2)
            return RuleFile::lineError(path, line, QStringLiteral("expected category and word separated by a tab"));
        const QString category = cols.at(0).trimmed();
        const QString word = cols.at(1).trimmed().toLower();
        if (word.isEmpty())
            return RuleFile::lineError(path, line, QStringLiteral("empty word"));
        if (category == QLatin1String("role")) {
            m_roleMatcher.add(word, int(m_roles.size()));
            m_roles.append(word);
            // A role's function words ("member of the board") say nothing of a name after them.
            static const QSet<QString> functionWords = {QStringLiteral("of"), QStringLiteral("the"),
                                                        QStringLiteral("a"), QStringLiteral("an"),
                                                        QStringLiteral("for"), QStringLiteral("and")};
            for (const QString &part : word.split(QLatin1Char(' ')))
                if (!functionWords.contains(part))
                    m_roleWords.insert(part);
        } else if (category == QLatin1String("orgsuffix")) {
            const auto kind = kindFrom(cols.value(2).trimmed());
            if (!kind)
                return RuleFile::lineError(path, line, QStringLiteral("orgsuffix needs a kind (company, nonprofit, government, court, media, other)"));
            m_orgSuffixes.insert(word, *kind);
        } else if (phraseLists.contains(category)) {
            m_phraseMatcher.add(word, int(m_phraseCategories.size()));
            m_phraseCategories.append(phraseLists.value(category));
        } else if (wordLists.contains(category)) {
            m_words[category].insert(word);
        } else {
            return RuleFile::lineError(path, line, QStringLiteral("unknown category \"%1\"").arg(category));
        }
    }
    m_roleMatcher.finalize();
    m_phraseMatcher.finalize();
    return {};
}

std::optional<OrgKind> EnglishRules::orgSuffixKind(const QString &w) const
{
    const auto it = m_orgSuffixes.find(w);
    return it == m_orgSuffixes.end() ? std::nullopt : std::optional<OrgKind>(*it);
}

} // namespace Guanxi::Internal
