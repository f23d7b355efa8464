#pragma once

#include "documentstate.h"
#include "mention.h"
#include "model/timepoint.h"
#include "rulebook.h"
#include "text/textspan.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace Guanxi::Internal {

// What carries over from one sentence to the next: who was spoken of last
// (for 他, 该公司, 前者/后者), the clause topic, and the year last named.
struct ReadingContext
{
    int lastPerson = -1;
    int lastSubjectPerson = -1;
    int lastOrg = -1;
    int lastSubjectOrg = -1;  // the last organisation that opened a clause (其 stands for it)
    bool lastOrgInvests = false; // lastOrg was named as an investor of a round (奇绩创坛跟投)
    int topic = -1;           // subject of the last clause that had one
    bool topicSeen = false;   // the document's topic organisation was named since the last heading
    // The company a paragraph opens with (恒翔信息昨晚公告，公司…): a bare 公司 in that
    // paragraph is it, as a digest of several companies' news writes. Reset at each paragraph.
    int paragraphOrg = -1;
    bool atParagraphStart = false; // the sentence read is its paragraph's first
    bool paragraphNamedPerson = false; // a person was named in this paragraph
    QList<int> lastList;      // entities of the last clause naming two or more
    // The last investment stated: 次年3月追加27.5亿美元 adds to it.
    int lastInvestor = -1;
    int lastInvestee = -1;
    int contextYear = 0;
    TimePoint anchorTime;     // the last time the previous sentence named: 半年后 counts from it
    TimePoint lastTime;       // the last date finer than a year the text named (同日, 与此同时 refer to it)
    TimePoint lastDay;        // the last day the text named (即日起 is that day)
    QHash<QString, TimePoint> reportTimes; // when a report was issued (公告: 昨晚), for 公告显示
};

// Reads the relations of one sentence: resolves its pronouns, splits it into
// clauses, finds trigger words and applies their pattern (subject-verb-object,
// titles, funding rounds, lawsuits, rivals, products, ownership) with entity
// type constraints, negation/speculation cues and times. Stateless itself;
// all document state lives in DocumentState and ReadingContext.
class RelationExtractor
{
public:
    explicit RelationExtractor(const RuleBook &rules) : m_rules(rules) {}

    struct Sentence
    {
        QStringView folded;       // whole document, folded
        QStringView lower;        // whole document, match form
        QStringView original;     // whole document, as decoded
        TextSpan span;
        QList<Mention> mentions;  // names resolved to entities; pronouns unresolved
        QDate published;
        QString documentName;
    };

    void process(Sentence &sentence, DocumentState &state, ReadingContext &context) const;

private:
    const RuleBook &m_rules;
};

} // namespace Guanxi::Internal
