#pragma once

#include "lexicon.h"
#include "mention.h"
#include "rulebook.h"
#include "charset.h"
#include "text/textspan.h"

#include <QHash>
#include <QList>
#include <QStringView>

namespace Guanxi {
class WordDictionary;
}

namespace Guanxi::Internal {

// Finds the names in one sentence: lexicon aliases, names the document used
// before (the gazetteer), Latin Title-Case names, transliterated names with
// '·', Chinese organisation names by their suffix, Chinese personal names by a
// surname after a title or before a verb, and name pairs "中文(English)".
// Overlaps go to the longest name. Also marks pronouns (他, 该公司, 其).
// With a tagged word dictionary (jieba's), words tagged as names (nr person,
// nt/nz organisation) count when a title, role or relation word stands beside
// them; the curated lexicon wins wherever both apply. A brand glued to a model
// code or version (灵枢A2, 小米SU7 Ultra, 文心一言4.5) is one product name; a
// name without a suffix is an organisation when its context says so (极光视觉
// 宣布完成…融资, 加入极光视觉, 极光视觉的创始人) and it reads as no common word.
// Stateless; safe to share between threads.
class MentionFinder
{
public:
    // `dictionary` may be null (no jieba installed): names are then found without it.
    MentionFinder(const Lexicon &lexicon, const RuleBook &rules, const WordDictionary *dictionary = nullptr);

    // `folded` is the TextFolder form of the document, `lower` its
    // AliasMatcher::matchForm. `gazetteer` values are document entity indices.
    QList<Mention> find(QStringView folded, QStringView lower, TextSpan sentence,
                        const AliasMatcher *gazetteer) const;

private:
    struct Candidate
    {
        Mention mention;
        int priority = 0; // ties on length go to the higher priority
        // A name whose end the text marks beyond doubt (聘任吕文华为…): a longer name that
        // runs over its end (华为公司) is none.
        bool firmEnd = false;
    };
    static Candidate guessed(QStringView folded, qsizetype start, qsizetype end, EntityType type, int priority);
    static Candidate guessedCompany(QStringView folded, qsizetype start, qsizetype end);

public:
    // The candidates of one sentence that the document's own names do not
    // change (all but the lexicon and gazetteer hits). The extractor reads each
    // sentence twice, before and after it knows the document's names: it finds
    // these once, in the first pass, and hands them back in the second.
    class Guesses
    {
        friend class MentionFinder;
        QList<Candidate> m_candidates;
    };
    // Three-character Chinese names the whole text repeats (twice or more) where no
    // rule reads them; the extractor adds them as people before its second pass.
    QStringList repeatedNames(QStringView folded, QStringView lower, const QList<TextSpan> &spans) const;
    Guesses guess(QStringView folded, QStringView lower, TextSpan sentence) const;
    // Whether find() adds pronouns (他, 该公司): the first pass, which only learns names, does not need them.
    enum class Pronouns { Find, Skip };
    // find() with the sentence's guesses already made.
    QList<Mention> find(QStringView folded, QStringView lower, TextSpan sentence, const AliasMatcher *gazetteer,
                        const Guesses &guesses, Pronouns pronouns = Pronouns::Find) const;

    // The length of a dotted version at pos (4.0, 2.5.1), 0 if none or if it is an
    // amount or a year (3.5亿, 2.0倍).
    static qsizetype versionLength(QStringView folded, qsizetype pos, qsizetype end);

private:

    void addLexiconHits(QStringView folded, QStringView lower, TextSpan s, const AliasMatcher *gazetteer,
                        QList<Candidate> &out) const;
    void addLatinNames(QStringView folded, TextSpan s, QList<Candidate> &out) const;
    // The shorter names a Latin organisation goes on with (Kestrel Robotics Inc. -> Kestrel Robotics, Kestrel).
    QStringList latinShortForms(QStringList tokens) const;
    // The shorter names a registered Chinese company goes on with (深圳芯岭微电子有限公司 ->
    // 深圳芯岭微电子, 芯岭微电子).
    QStringList chineseShortForms(const QString &name) const;
    // The lexicon organisation a registered Chinese name belongs to (北京字节跳动网络技术有限公司 ->
    // 字节跳动, 阿里云计算有限公司 -> 阿里云), or -1: after the legal form and the place are dropped,
    // the name must open on the known name and go on with organisation heads only.
    int knownOwnerOfLegalName(const QString &name) const;
    // Whether the organisation suffix at `pos` begins a longer dictionary word that is no name (公司章程).
    bool suffixBeginsLongerWord(QStringView folded, TextSpan s, qsizetype pos, qsizetype length) const;
    // Whether a sales region word (亚太区, tagged as a place) begins at `pos`.
    bool isRegionAt(QStringView folded, qsizetype pos, qsizetype end) const;
    // A whole Latin word that is a role (CEO, president).
    bool isLatinRole(const QString &token) const;
    void addDotNames(QStringView folded, QStringView lower, TextSpan s, QList<Candidate> &out) const;
    // Whether a part of a '·' name ends before `pos` (a relation word or an ordinary word begins there).
    bool endsDotPartAt(QStringView folded, QStringView lower, qsizetype pos, qsizetype end) const;
    // The longest part of a '·' name, before or after a dot (马克西米利安).
    static constexpr qsizetype kMaxDotPart = 8;
    void addSuffixOrgs(QStringView folded, QStringView lower, TextSpan s, QList<Candidate> &out) const;
    void addChineseNames(QStringView folded, QStringView lower, TextSpan s, QList<Candidate> &out) const;
    static void addVersionedNames(QStringView folded, QStringView lower, TextSpan s, const AliasMatcher &gazetteer,
                                  QList<Candidate> &out);
    void addListedNames(QStringView folded, TextSpan s, QList<std::pair<qsizetype, qsizetype>> found,
                        QList<Candidate> &out) const;
    void addDictionaryNames(QStringView folded, QStringView lower, TextSpan s, QList<Candidate> &out) const;
    void addContextOrgs(QStringView folded, QStringView lower, TextSpan s, QList<Candidate> &out) const;
    // `phraseTags`: the first letters of the dictionary tags (verb, adverb ...) that make a phrase of the words.
    bool isPlausibleOrgName(QStringView folded, QStringView lower, TextSpan s, qsizetype start, qsizetype end,
                            QStringView phraseTags = u"vdprmqtcufy") const;
    void addOwnedOrgs(QStringView folded, QStringView lower, TextSpan s, QList<Candidate> &out) const;
    // 德赛西威（002920.SZ）: the name before a stock code in brackets is a listed company.
    void addStockListedOrgs(QStringView folded, TextSpan s, QList<Candidate> &out) const;
    void addCuedProducts(QStringView folded, QStringView lower, TextSpan s, QList<Candidate> &out) const;
    void addQuotedProducts(QStringView folded, QStringView lower, TextSpan s, QList<Candidate> &out) const;
    // 《纽约每日新闻》《环球邮报》: a title in book brackets ending in a word for a newspaper or
    // a magazine (`media_head`) is a medium.
    void addTitledMedia(QStringView folded, TextSpan s, QList<Candidate> &out) const;
    void addListedOrgs(QStringView folded, QStringView lower, TextSpan s, QList<Candidate> &cands) const;
    bool isListStart(QStringView folded, QStringView lower, TextSpan s, qsizetype pos) const;
    bool isListEnd(QStringView folded, QStringView lower, TextSpan s, qsizetype pos) const;
    qsizetype orgNewsAt(QStringView folded, QStringView lower, qsizetype pos, qsizetype end, bool afterTrigger) const;
    void addBrandModels(QStringView folded, TextSpan s, QList<Candidate> &cands) const;
    qsizetype brandStartBefore(QStringView folded, TextSpan s, qsizetype pos, const QList<Candidate> &cands) const;
    // `pattern`, when given, receives the pattern of the trigger found.
    bool triggerEndsAt(QStringView lower, qsizetype pos, qsizetype floor, RuleBook::Pattern *pattern = nullptr,
                       std::optional<RelationType> *relation = nullptr) const;
    bool roleStartsAt(QStringView lower, qsizetype pos, qsizetype end) const;
    bool copulaTitleFollows(QStringView folded, QStringView lower, qsizetype pos, qsizetype end) const;
    void addPronouns(QStringView folded, TextSpan s, const QList<Mention> &names, QList<Mention> &out) const;
    void attachPairs(QStringView folded, TextSpan s, QList<Mention> &mentions) const;
    // Qwen2.5-Max, 豆包大模型1.5 Pro: a model's name runs on over an edition after its version.
    void extendProductEditions(QStringView folded, TextSpan s, QList<Mention> &mentions) const;
    // 余家辉（Jiahui Yu）: adds the Chinese names that a Latin name in brackets spells in pinyin.
    void addPinyinGlossedNames(QStringView folded, TextSpan s, QList<Mention> &mentions) const;

    bool endsWithCue(QStringView folded, qsizetype pos, qsizetype floor) const;
    bool startsWord(QStringView lower, qsizetype pos) const;
    // Whether an appointing verb (任命, 聘任; 了 after it allowed) ends right before `pos`.
    bool followsAppointVerb(QStringView folded, qsizetype pos, qsizetype floor) const;
    bool isBrandBefore(QStringView folded, qsizetype start, qsizetype known) const;
    // Whether the two characters from `start` to a generic tail at `tail` are a brand's (no
    // dictionary word, or a rare one): 天枢具身.
    bool isRareBrandBefore(QStringView folded, qsizetype start, qsizetype tail) const;
    bool startsVerb(QStringView folded, qsizetype pos, qsizetype end) const;
    bool startsAdverb(QStringView folded, qsizetype pos, qsizetype end) const;
    qsizetype rolePrefixAt(QStringView folded, qsizetype pos, qsizetype end) const;
    bool startsFrequentWord(QStringView folded, qsizetype pos, qsizetype end) const;
    bool isEverydayWordAt(QStringView folded, qsizetype pos, qsizetype end) const;
    bool isCommonWordAt(QStringView folded, qsizetype pos, qsizetype end) const;
    EntityType classifyLatin(QStringView folded, qsizetype start, const QString &name, OrgKind &kind) const;

    const Lexicon &m_lexicon;
    const RuleBook &m_rules;
    const WordDictionary *m_dictionary = nullptr;
    CharSet m_triggerEnds; // last characters of the relation triggers
    CharSet m_speechStarts; // first characters of the speech verbs
    bool m_anySpeechStart = false; // an empty speech verb starts everywhere
    // Known companies' Chinese names without their suffix (地平线 of 地平线机器人) -> lexicon entry; -1 when
    // two companies share one.
    QHash<QString, int> m_suffixStems;
};

} // namespace Guanxi::Internal
