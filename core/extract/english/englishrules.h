#pragma once

#include "extract/aliasmatcher.h"
#include "common/error.h"
#include "model/types.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Guanxi::Internal {

// The English extractor's data, read from resources/lexicon/en: relation
// triggers (triggers.tsv), negation and speculation cues (cues.tsv) and the
// word lists of the name patterns (words.tsv). Immutable after load();
// matchers work on AliasMatcher::matchForm text.
class EnglishRules
{
public:
    enum class Pattern { Svo, By, Rev, Leave, Title, Raise, Round, Make, Rival, Suit, Counter, Status };
    enum class CueKind { Negation, Speculation, Modal };

    struct Trigger
    {
        QString phrase;
        std::optional<RelationType> relation; // empty for lawsuit patterns
        LawsuitStatus status = LawsuitStatus::None;
        Pattern pattern = Pattern::Svo;
    };
    struct Cue
    {
        QString phrase;
        CueKind kind = CueKind::Negation;
        bool wholeSentence = false;
    };

    // Reads the files of `directory` (resources/lexicon/en); errors name file and line.
    static Result<EnglishRules> load(const QString &directory);

    const QList<Trigger> &triggers() const { return m_triggers; }
    const AliasMatcher &triggerMatcher() const { return m_triggerMatcher; }
    const QList<Cue> &cues() const { return m_cues; }
    const AliasMatcher &cueMatcher() const { return m_cueMatcher; }
    const AliasMatcher &roleMatcher() const { return m_roleMatcher; }
    const QStringList &roles() const { return m_roles; }
    const AliasMatcher &phraseMatcher() const { return m_phraseMatcher; }

    // Word-list membership; words are compared lower-case.
    bool isHonorific(const QString &w) const { return m_words.value(QStringLiteral("honorific")).contains(w); }
    bool isStop(const QString &w) const { return m_words.value(QStringLiteral("stop")).contains(w); }
    bool isGivenName(const QString &w) const { return m_words.value(QStringLiteral("given")).contains(w); }
    bool isProductCue(const QString &w) const { return m_words.value(QStringLiteral("productcue")).contains(w); }
    bool isProductVerb(const QString &w) const { return m_words.value(QStringLiteral("productverb")).contains(w); }
    bool isPersonCue(const QString &w) const { return m_words.value(QStringLiteral("personcue")).contains(w); }
    bool isRoleWord(const QString &w) const { return m_roleWords.contains(w); }
    // The organisation kind a last word implies (Labs -> company, Court -> court), or nullopt.
    std::optional<OrgKind> orgSuffixKind(const QString &w) const;

    // Multi-word phrases of the word lists, found by phraseMatcher(): the value
    // is the index into phraseCategory().
    enum class PhraseCategory { Place, Court, PersonPronoun, OrgPronoun };
    PhraseCategory phraseCategory(int value) const { return m_phraseCategories.at(value); }

private:
    Result<void> readTriggers(const QString &path);
    Result<void> readCues(const QString &path);
    Result<void> readWords(const QString &path);

    QList<Trigger> m_triggers;
    AliasMatcher m_triggerMatcher;
    QList<Cue> m_cues;
    AliasMatcher m_cueMatcher;
    QStringList m_roles;
    AliasMatcher m_roleMatcher;
    QSet<QString> m_roleWords;   // every word of every role
    QHash<QString, QSet<QString>> m_words;
    QHash<QString, OrgKind> m_orgSuffixes;
    QList<PhraseCategory> m_phraseCategories;
    AliasMatcher m_phraseMatcher;
};

} // namespace Guanxi::Internal
