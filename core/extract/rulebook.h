#pragma once

#include "aliasmatcher.h"
#include "charset.h"
#include "triggermatcher.h"
#include "common/error.h"
#include "model/types.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Guanxi::Internal {

// The extractor's rule data, read from resources/lexicon: relation triggers
// (triggers.tsv), negation and speculation cues (negations.tsv) and the word
// lists of the name patterns (extract_rules.tsv, surnames.txt). Immutable
// after load(); matchers work on folded, lower-cased text.
class RuleBook
{
public:
    enum class Pattern { Svo, Rev, Title, Role, Self, Round, Owner, SubTitle, Parent, Acquire,
                         Suit, Counter, Status, Rival, Product, Founding, Place, Return, Oust, OustPost,
                         Subscribe, RoundJoin };
    enum class Special { None, Lawsuit };

    struct Trigger
    {
        QString word;
        std::optional<RelationType> relation; // empty for lawsuit/status triggers
        LawsuitStatus status = LawsuitStatus::None;
        Pattern pattern = Pattern::Svo;
    };
    struct Cue
    {
        QString word;
        // How far a cue doubts: its clause; from it to the sentence's end
        // ("rest": 有分析认为 …); or the whole sentence, clauses before it too
        // ("sentence": …，公司回应称消息不实).
        enum class Scope { Clause, Rest, Sentence };
        bool isNegation = false;
        Scope scope = Scope::Clause;
    };

    // Reads the files from `directory` (a lexicon folder); errors name file and line.
    static Result<RuleBook> load(const QString &directory);

    const QList<Trigger> &triggers() const { return m_triggers; }
    // Trigger words, not matched inside the `not_trigger` words (投资银行).
    const TriggerMatcher &triggerMatcher() const { return m_triggerMatcher; }
    const QList<Cue> &cues() const { return m_cues; }
    const AliasMatcher &cueMatcher() const { return m_cueMatcher; }
    const AliasMatcher &roleMatcher() const { return m_roleMatcher; }
    const QStringList &roles() const { return m_roles; }

    bool isStopChar(QChar c) const { return m_stop.contains(c); }
    // A character that ends the qualifier before a title (rule `role_break`).
    bool isRoleBreak(QChar c) const { return m_roleBreaks.contains(c); }
    // A character that may stand between titles and the person they name (`title_filler`).
    bool isTitleFiller(QChar c) const { return m_titleFillers.contains(c); }
    // A character after a place that makes it a person's nationality or origin (新加坡籍, `nationality_mark`).
    bool isNationalityMark(QChar c) const { return m_nationalityMarks.contains(c); }
    // A listing word between a rival noun and the rivals (竞争对手包括A和B).
    bool isRivalListWord(QStringView w) const { return m_rivalListWords.contains(w.toString()); }
    // A rival trigger that is a verb of competing (竞争, 交锋, `rival_verb`): it names rivals
    // only as 与X竞争, never as the noun's 竞争对手X.
    bool isRivalVerb(const QString &w) const { return m_rivalVerbs.contains(w); }
    // Words before a suffix-named organisation that make it a description (一家…公司), longest first.
    const QStringList &descriptionLeads() const { return m_descriptionLeads; }
    // Titles and person cues (导演, 首席执行官), and the characters they end with.
    // endsWithCue asks up to seven lengths at every name start: the length and
    // first-character bits turn most away before hashing, the hash check before
    // a string copy.
    bool isCue(QStringView word) const
    {
        return word.size() < 64 && (m_cueLengths >> word.size() & 1) != 0 && m_cueStarts.contains(word.front())
            && m_cueHashes.contains(qHash(word)) && m_cueWords.contains(word.toString());
    }
    bool isCueEnd(QChar c) const { return m_cueEnds.contains(c); }
    bool isSuffixStart(QChar c) const { return m_suffixStarts.contains(c); }
    // Whether c ends a court's suffix (法院, 仲裁委员会): a court can end only there.
    bool isCourtSuffixEnd(QChar c) const { return m_courtSuffixEnds.contains(c); }
    bool isSurname(QChar c) const { return m_surnames.contains(c); }
    // A compound surname (司徒, 欧阳, 诸葛) at p of text.
    bool isCompoundSurnameAt(QStringView text, qsizetype p) const
    {
        return p + 1 < text.size() && m_compoundSurnames.contains((quint32(text[p].unicode()) << 16) | text[p + 1].unicode());
    }
    // A surname marked `rare` in surnames.txt: a name only after a title or cue.
    bool isRareSurname(QChar c) const { return !m_surnames.contains(c) && m_rareSurnames.contains(c); }
    bool isBadOrgChar(QChar c) const { return m_badOrgChars.contains(c); }
    // An adverb that stands before a verb (从未使用, 曾投资): with the verb, no part of a name after them.
    bool isVerbAdverb(QChar c) const { return m_verbAdverbs.contains(c); }
    // A stop character that may be the middle of a three-character personal name (许家豪, rule `name_middle`).
    bool isNameMiddleChar(QChar c) const { return m_nameMiddleChars.contains(c); }
    bool isTranslitChar(QChar c) const { return m_translit.contains(c); }
    // Asked for every tail of a candidate name: the first-character bit spares
    // most of them a string copy.
    bool isGenericHead(QStringView s) const
    {
        return !s.isEmpty() && m_genericHeadStarts.contains(s.front()) && m_genericHeads.contains(s.toString());
    }
    bool isLatinOrgSuffix(const QString &s) const { return m_latinOrgSuffixes.contains(s.toLower()); }
    // A company's legal form (Inc, LLC, GmbH): it ends the name it follows, never a name alone.
    bool isLatinLegalForm(const QString &s) const { return m_latinLegalForms.contains(s.toLower()); }
    // Latin words never a name by themselves (AI, CEO, DRAM, 5G), matched with their case.
    bool isLatinNonName(const QString &s) const { return m_latinNonNames.contains(s); }
    // Chinese legal forms ending a registered name (有限公司), longest first.
    const QStringList &legalForms() const { return m_legalForms; }
    // Words a registered name puts between the brand and the legal form (网络技术, 信息科技 of
    // 北京字节跳动网络技术有限公司), longest first, rule `trade_word`.
    const QStringList &tradeWords() const { return m_tradeWords; }
    // Words in parentheses after a name that declare its short name: （以下简称“芯岭”）.
    const QStringList &aliasLeads() const { return m_aliasLeads; }
    bool isLatinProductWord(const QString &s) const { return m_latinProductWords.contains(s.toLower()); }
    // An English given name (en/words.tsv, category `given`): a Title Case run starting with one
    // is a person (Daniel Park), in Chinese text too.
    bool isLatinGivenName(const QString &s) const { return m_latinGivenNames.contains(s.toLower()); }
    // Organisation suffixes, longest first, with the kind they imply.
    const QList<std::pair<QString, OrgKind>> &orgSuffixes() const { return m_orgSuffixes; }
    // The same suffixes, in the same order, that start with `c` (none for most
    // characters): a position is compared with these only.
    const QList<std::pair<QString, OrgKind>> &orgSuffixesStartingWith(QChar c) const
    {
        static const QList<std::pair<QString, OrgKind>> none;
        const auto it = m_orgSuffixesByStart.constFind(c.unicode());
        return it == m_orgSuffixesByStart.cend() ? none : *it;
    }
    // A suffix that after a known organisation's name names a business of its own
    // (小米影业 is not 小米, unlike 腾讯集团), rule `business_suffix`.
    bool isBusinessSuffix(const QString &suffix) const { return m_businessSuffixes.contains(suffix); }
    const QSet<QString> &businessSuffixes() const { return m_businessSuffixes; }
    // Whether an organisation head is a thing any verb before it acts on or sorts
    // (损害公司, 巡检机器人), rule `object_head`.
    bool isObjectHead(const QString &suffix) const { return m_objectHeads.contains(suffix); }
    const QStringList &productCues() const { return m_productCues; }
    // Words after a model's version that name an edition of it (豆包大模型1.5 Pro, GPT-4o mini).
    const QStringList &productTiers() const { return m_productTiers; }
    // Whether c is the last character of a product word (a check before the list is read).
    bool isProductCueEnd(QChar c) const { return m_productCueEnds.contains(c); }
    const QStringList &personCues() const { return m_personCues; }
    const QStringList &investorNouns() const { return m_investorNouns; }
    // Words of rank before an investor noun (主要, 早期: 是其主要投资方), `investor_rank`.
    const QStringList &investorRanks() const { return m_investorRanks; }
    // Words listing investors after their noun (X的股东包括A、B), longest first.
    const QStringList &investorListWords() const { return m_investorListWords; }
    // Nouns for a line of business (赛道, 领域, `field_noun`): a lone Latin word before one
    // names the business, no company (Robotaxi赛道, NOA领域).
    const QStringList &fieldNouns() const { return m_fieldNouns; }
    // Words ending a newspaper's or a magazine's title (日报, 邮报, 周刊, `media_head`).
    const QStringList &mediaHeads() const { return m_mediaHeads; }
    // Nouns that end a description of what a company is (港口运营商, 芯片制造商) before its name.
    const QStringList &descriptionNouns() const { return m_descriptionNouns; }
    // Words opening with a stop character that stand inside organisations' names (自动化 of
    // 锐达自动化有限公司, 时代 of 宁德时代): the stop character does not end the name there.
    const QStringList &nameWords() const { return m_nameWords; }
    // Words that end an investor's name without being an organisation suffix (维港投资): a
    // relation word elsewhere, they count only where the context already says organisation.
    const QStringList &investorHeads() const { return m_investorHeads; }
    const QStringList &speechVerbs() const { return m_speechVerbs; }
    // Verbs whose subject is a person, never an organisation (担任, 出任).
    const QStringList &personVerbs() const { return m_personVerbs; }
    // Verbs that name the person appointed right after them (任命张伟为…, 聘任李明担任…).
    const QStringList &appointVerbs() const { return m_appointVerbs; }
    bool isAppointVerbEnd(QChar c) const { return m_appointVerbEnds.contains(c); }
    bool isInvestorNounEnd(QChar c) const { return m_investorNounEnds.contains(c); }
    // Verbs of receiving an investment, the investor after them (获得美团投资, 拿到了种子轮投资).
    const QStringList &receiveVerbs() const { return m_receiveVerbs; }
    // Verbs by which a company raises money, the amount after them (募得10亿美元, 从微软等处融到;
    // `raise_verb`).
    const QStringList &raiseVerbs() const { return m_raiseVerbs; }
    // An organisation's news after a name no lexicon knows (X宣布完成, X由…创办), longest first,
    // and the time or manner words that may stand between (X日前宣布完成).
    const QStringList &orgEvents() const { return m_orgEvents; }
    const QStringList &eventAdverbs() const { return m_eventAdverbs; }
    // Verbs after a company opening a paragraph that make the paragraph its report (恒翔信息昨晚公告，), longest first.
    const QStringList &reportVerbs() const { return m_reportVerbs; }
    const QStringList &rolePrefixes() const { return m_rolePrefixes; }
    const QStringList &personPronouns() const { return m_personPronouns; }
    const QStringList &orgPronouns() const { return m_orgPronouns; }
    // Words standing for the people named together before (两人都曾…, 二人均…).
    const QStringList &pluralPersonPronouns() const { return m_pluralPersonPronouns; }
    // Words opening a sentence that is told at the time just named (同日, 公告显示, `time_lead`).
    const QStringList &timeLeads() const { return m_timeLeads; }
    const QStringList &thenWords() const { return m_thenWords; }
    // Words by which a sentence speaks of the funding round told before (本轮, `round_reference`).
    const QStringList &roundReferences() const { return m_roundReferences; }
    // Nouns of a report whose content a sentence may tell (公告, 邮件, `report_noun`).
    const QStringList &reportNouns() const { return m_reportNouns; }
    // Words by which a verb's object is "any" organisation (并未加入任何公司, `any_object`).
    const QStringList &anyWords() const { return m_anyWords; }
    // Words holding a preposition's character that are no preposition (对齐, 数据, 和解), rule
    // `not_preposition`: a name after them may still open its clause.
    const QStringList &notPrepositions() const { return m_notPrepositions; }
    // Speculation cues that state the subject's own plan (计划, 拟, `plan_cue`): a product it
    // plans to release is one it develops.
    const QStringList &planWords() const { return m_planWords; }

private:
    Result<void> readTriggers(const QString &path);
    Result<void> readCues(const QString &path);
    Result<void> readWordLists(const QString &path);

    QList<Trigger> m_triggers;
    TriggerMatcher m_triggerMatcher;
    QList<Cue> m_cues;
    AliasMatcher m_cueMatcher;
    QStringList m_roles;
    AliasMatcher m_roleMatcher;
    CharSet m_stop;
    CharSet m_roleBreaks;
    CharSet m_titleFillers;
    CharSet m_nationalityMarks;
    QSet<QString> m_rivalListWords;
    QSet<QString> m_rivalVerbs;
    QSet<QString> m_cueWords;
    QSet<size_t> m_cueHashes; // qHash of each cue word
    CharSet m_cueStarts;      // first characters of the cue words
    quint64 m_cueLengths = 0; // bit n: some cue word has n characters
    CharSet m_cueEnds;
    CharSet m_suffixStarts;
    CharSet m_courtSuffixEnds;
    CharSet m_surnames;
    QSet<quint32> m_compoundSurnames;  // the two characters, as (first << 16) | second
    CharSet m_rareSurnames;
    CharSet m_badOrgChars;
    CharSet m_verbAdverbs;
    CharSet m_translit;
    CharSet m_nameMiddleChars;
    QSet<QString> m_genericHeads;
    CharSet m_genericHeadStarts;
    QSet<QString> m_latinOrgSuffixes;
    QSet<QString> m_latinLegalForms;
    QSet<QString> m_latinNonNames;
    QStringList m_legalForms;
    QStringList m_tradeWords;
    QStringList m_aliasLeads;
    QSet<QString> m_businessSuffixes;
    QSet<QString> m_objectHeads;
    QSet<QString> m_latinProductWords;
    QSet<QString> m_latinGivenNames;
    QList<std::pair<QString, OrgKind>> m_orgSuffixes;
    QHash<char16_t, QList<std::pair<QString, OrgKind>>> m_orgSuffixesByStart;
    QStringList m_productCues;
    QStringList m_productTiers;
    CharSet m_productCueEnds;
    QStringList m_descriptionLeads;
    QStringList m_personCues;
    QStringList m_investorNouns;
    QStringList m_investorRanks;
    QStringList m_investorListWords;
    QStringList m_fieldNouns;
    QStringList m_mediaHeads;
    QStringList m_descriptionNouns;
    QStringList m_nameWords;
    QStringList m_investorHeads;
    QStringList m_speechVerbs;
    QStringList m_personVerbs;
    QStringList m_appointVerbs;
    QStringList m_receiveVerbs;
    QStringList m_raiseVerbs;
    CharSet m_appointVerbEnds;
    CharSet m_investorNounEnds;
    QStringList m_orgEvents;
    QStringList m_eventAdverbs;
    QStringList m_reportVerbs;
    QStringList m_rolePrefixes;
    QStringList m_personPronouns;
    QStringList m_orgPronouns;
    QStringList m_pluralPersonPronouns;
    QStringList m_timeLeads;
    QStringList m_thenWords;
    QStringList m_roundReferences;
    QStringList m_reportNouns;
    QStringList m_anyWords;
    QStringList m_notPrepositions;
    QStringList m_planWords;
};

} // namespace Guanxi::Internal
