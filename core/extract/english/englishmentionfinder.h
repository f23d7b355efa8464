#pragma once

#include "extract/english/englishrules.h"
#include "extract/lexicon.h"
#include "extract/mention.h"
#include "text/textspan.h"

#include <QList>
#include <QStringView>

namespace Guanxi::Internal {

// Finds the names in one English sentence: lexicon names and aliases (so an
// English mention carries the lexicon's canonical name, shared with Chinese
// text), names the document used before (the gazetteer: "Mensch" after
// "Arthur Mensch"), and Title Case names, typed by an organisation suffix
// (Inc., Labs, Capital, Ventures, Partners), a version or product word (a
// product), an honorific, role or given name (a person). Leading roles and
// honorifics ("Chief Executive Sam Altman", "Mr. Altman") and possessives
// ("Altman's") stay out of the name. Also marks pronouns (he, she, the
// company, the startup) for the relation extractor to resolve. Stateless;
// safe to share between threads.
class EnglishMentionFinder
{
public:
    EnglishMentionFinder(const Lexicon &lexicon, const EnglishRules &rules);

    // `folded` is the TextFolder form of the document, `lower` its
    // AliasMatcher::matchForm. `gazetteer` values are document entity indices.
    QList<Mention> find(QStringView folded, QStringView lower, TextSpan sentence,
                        const AliasMatcher *gazetteer) const;

    struct Token
    {
        qsizetype start = 0;
        qsizetype end = 0;
    };
    // Words of the span: letters and digits with inner hyphens, dots between
    // digits and apostrophes before a capital (D'Angelo); "'s" is left out.
    static QList<Token> tokenize(QStringView text, TextSpan span);

private:
    const Lexicon &m_lexicon;
    const EnglishRules &m_rules;
};

} // namespace Guanxi::Internal
