#pragma once

#include "extract/documentstate.h"
#include "extract/english/englishrules.h"
#include "extract/lexicon.h"
#include "extract/relationextractor.h"

#include <QString>

namespace Guanxi::Internal {

// What carries over from one English sentence to the next: who was spoken of
// last (for he, she, the company), the year last named, the funding round
// being told and the last lawsuit.
struct EnglishContext
{
    int lastPerson = -1;
    int lastSubjectPerson = -1;
    int lastOrg = -1;
    int lastSubjectOrg = -1;
    int contextYear = 0;
    int roundCompany = -1;
    TimePoint roundTime;
    QString roundAmount;
    double roundValue = 0;
    QString roundCurrency;
    int lastLawsuit = -1;
    // The people the last sentence naming two or more named, in order: "The three co-founded X".
    QList<int> lastPeople;
};

// Reads the relations of one English sentence: resolves its pronouns, splits
// it into clauses (at ';', dashes and ", and/but/which/who"), finds trigger
// phrases and applies their pattern (subject-verb-object, passive "by",
// titles and roles, funding rounds, lawsuits, rivals, products, ownership)
// with entity type constraints, negation/speculation cues, amounts and
// times. Stateless itself; document state lives in DocumentState and
// EnglishContext. Uses RelationExtractor::Sentence, as the Chinese reader does.
class EnglishRelationExtractor
{
public:
    EnglishRelationExtractor(const Lexicon &lexicon, const EnglishRules &rules) : m_lexicon(lexicon), m_rules(rules) {}

    void process(RelationExtractor::Sentence &sentence, DocumentState &state, EnglishContext &context) const;

private:
    const Lexicon &m_lexicon;
    const EnglishRules &m_rules;
};

} // namespace Guanxi::Internal
