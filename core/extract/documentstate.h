#pragma once

#include "aliasmatcher.h"
#include "lexicon.h"
#include "mention.h"
#include "model/evidence.h"
#include "model/timepoint.h"
#include "model/types.h"
#include "text/textspan.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Guanxi::Internal {

// One entity of the document being extracted, before it becomes an Entity.
struct DocEntity
{
    EntityType type = EntityType::Person;
    OrgKind kind = OrgKind::None;
    QString name;
    int timesNamed = 0; // mentions resolved to it (the first pass counts each name once per time written)
    // The name as the text writes it when that differs from name by script only
    // (鈺衡半導體 for 钰衡半导体): what a reader of that text expects to see.
    QString written;
    QStringList aliases;
    QSet<QString> aliasSet; // the same names once there are many, for a look-up that does not scan
    int lexiconEntry = -1;
    QList<Evidence> evidence;
    // Lawsuits.
    QString court;
    LawsuitStatus status = LawsuitStatus::None;
    TimePoint time;
    QSet<int> plaintiffs;
    QSet<int> defendants;
    // Defendants the suit names only by description (将其前首席技术官、该员工创办的公司列为被告):
    // the plaintiff's former posts, and whether the company that person founded is sued too.
    QStringList describedPosts;
    bool describedFoundersCompany = false;
    // Organisations: when the text says it was founded.
    TimePoint founded;
    // Places (lexicon place=1): some mention stands as a noun, not a modifier.
    bool standsAlone = false;
};

// One relation found, between document entity indices.
struct DocRelation
{
    RelationType type = RelationType::WorksAt;
    int source = -1;
    int target = -1;
    TimePoint time;
    QString role;
    QString amount;
    std::optional<double> amountValue;
    QString currency;
    QString duration;
    double confidence = 0.9;
    Evidence evidence;
    bool timeFromTitle = false; // a title states a role, not when it began
};

// What the extractor knows about one document while it reads it: the
// entities met so far (merged by lexicon entry and by name key), relations,
// lawsuits and the recency used to resolve pronouns. One per extraction run.
class DocumentState
{
public:
    explicit DocumentState(const Lexicon &lexicon) : m_lexicon(lexicon) {}
    // Whether an organisation may make a product: any, unless the product is a known one
    // (developer= in the lexicon); then its maker, the maker's parent or unit (Alibaba for
    // Alibaba Cloud's 通义千问; not Inflection AI for ChatGPT), or a unit sharing its brand.
    bool mayDevelop(int org, int product) const;
    // Name endings that make a company's business line a company of its own (青梧互娱 beside
    // 青梧网络, 华芯微电子 beside 华芯电子): names sharing a brand but not such an ending stay apart.
    void setBusinessSuffixes(const QSet<QString> &suffixes) { m_businessSuffixes = suffixes; }

    // The entity a (non-pronoun) mention names, created or merged as needed.
    int resolve(const Mention &mention);
    // Whether some entity already goes by this name (any type).
    bool knows(const QString &name) const;
    // The mention of entity index as written in the original text: kept as an
    // alias, and as the entity's shown name when it is that name in another script.
    void noteWritten(int index, QStringView original);
    // The name to show: the written form if it is still the name in another
    // script (names can change after the first mention), else the name.
    const QString &shownName(int index) const;
    // Priya Natarajan … Natarajan担任CEO: a guessed Latin name of two or three
    // capitalised words is a person when its last word alone was found to be one
    // (a company goes on by its first word: Kestrel Robotics … Kestrel).
    void typeByFamilyNames();
    // 褚望发内部信, 褚望仍将…: a two-character name with the next character (a verb) glued on.
    // A three-character unknown name said once whose first two characters are another
    // person's name, or begin another such name, is that two-character name; the
    // forms found are remembered in gluedNames for the second pass to cut.
    void findGluedNames();
    // Cuts a mention of a glued name back to the name (褚望发 -> 褚望).
    void cutGluedName(Mention &mention) const;
    QHash<QString, QString> gluedNames; // 褚望发 -> 褚望
    // A matcher over every name and alias of the entities so far, plus the
    // short forms of Chinese company names (百川智能 -> 百川) not known as another name.
    AliasMatcher buildGazetteer(const QList<std::pair<QString, OrgKind>> &orgSuffixes) const;

    int addLawsuit(const QSet<int> &plaintiffs, const QSet<int> &defendants, const QString &court,
                   const TimePoint &time, const Evidence &evidence);
    void addRelation(DocRelation relation);
    // 林某并未加入任何公司: a later denial takes back the undated relations of that type
    // reported of the person (a rumoured move); dated ones are told facts and stay.
    void denyRelationsOf(RelationType type, int source);
    // Indices into relations of type `type` from source to target, in the order added.
    QList<int> relationsOf(RelationType type, int source, int target) const;
    // Whether some relation says who develops the product.
    bool hasDeveloper(int product) const { return m_developsOf.contains(product); }
    // The organisation most surely said to develop the product, else -1.
    int developerOf(int product) const;
    // The latest lawsuit (index into entities) one of `parties` brought, or -1.
    int lastSuitBy(const QSet<int> &parties) const;
    // The latest lawsuit (index into entities) with one of `parties` among its defendants, or -1.
    int lastSuitAgainst(const QSet<int> &parties) const;
    // Names the defendants of a suit told in two clauses (向法院提起诉讼,起诉X).
    void setDefendants(int lawsuit, const QSet<int> &defendants);
    // Adds a party that joined a suit's plaintiffs later (xAI也加入原告行列).
    void addPlaintiff(int lawsuit, int party);

    QList<DocEntity> entities;
    QList<DocRelation> relations;
    QList<int> lawsuits;           // entity indices, in the order met
    QHash<int, int> mentionCounts; // entity -> names met in the whole text (first pass)
    QSet<int> headlineEntities;    // entities named in the first sentence (the headline)
    int topicOrg = -1;             // the organisation the text is most about
    int topicPerson = -1;          // the person the text names most (a profile's subject)
    int lastRoundCompany = -1;     // who raised the last funding round named (本轮融资 refers to it)
    // When and how much that round was, for a later sentence that names its investors (本轮由X领投).
    TimePoint lastRoundTime;
    QString lastRoundAmount;
    std::optional<double> lastRoundValue;
    QString lastRoundCurrency;

    // Counts the names the gazetteer finds in the spans (for the topic).
    void countMentions(QStringView lower, const QList<TextSpan> &spans, const AliasMatcher &gazetteer);
    // Sets topicOrg from mentionCounts: the most named company of the headline,
    // else of the whole text.
    void chooseTopic();
    // The organisation a person was last tied to (founded, joined, works_at), or -1.
    int knownOrgOf(int person) const;

private:
    // A name's TextFolder form and its nameKey: the same few names come back
    // in every sentence, and folding them each time cost more than the rest of
    // resolving them.
    struct NameForms
    {
        QString folded;
        QString key;
    };
    const NameForms &formsOf(const QString &name) const;
    void addNames(int index, const Mention &mention);
    const QString &keyOf(const QString &name) const { return formsOf(name).key; }
    void indexDefendants(int lawsuit);

    QSet<QString> m_businessSuffixes;
    const Lexicon &m_lexicon;
    // A known organisation's parent (parent=), by name; looked up once a name.
    QString parentOf(const QString &name) const;
    mutable QHash<QString, QString> m_parents;
    QHash<std::pair<int, QString>, int> m_byKey; // (type, name key) -> entity
    mutable QHash<QString, NameForms> m_forms;   // name -> its forms (a cache)
    QHash<int, int> m_byLexicon;   // lexicon entry -> entity
    // Look-ups that keep one document's cost linear in its length: without them
    // every new relation or suit scanned all those before it.
    QHash<quint64, QList<int>> m_relationsByEnds; // (type, source, target) -> relations
    QHash<int, QList<int>> m_employmentOf;        // person -> founded/joined/works_at relations
    QHash<int, QList<int>> m_developsOf;          // product -> its develops relations
    QHash<int, QList<int>> m_suitsByPlaintiff;    // entity -> lawsuits it brought
    QHash<int, QList<int>> m_suitsByDefendant;    // entity -> lawsuits against it
};

} // namespace Guanxi::Internal
