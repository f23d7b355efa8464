#include "rulebook.h"
#include "rulefile.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <variant>

namespace Guanxi::Internal {

Result<RuleBook> RuleBook::load(const QString &directory)
{
    RuleBook book;
    const QDir dir(directory);
    if (auto ok = book.readTriggers(dir.filePath(QStringLiteral("triggers.tsv"))); !ok)
        return tl::unexpected(ok.error());
    if (auto ok = book.readCues(dir.filePath(QStringLiteral("negations.tsv"))); !ok)
        return tl::unexpected(ok.error());
    if (auto ok = book.readWordLists(dir.filePath(QStringLiteral("extract_rules.tsv"))); !ok)
        return tl::unexpected(ok.error());
    // After the word lists: they hold the words the triggers must not match inside.
    book.m_triggerMatcher.finalize();
    // The English rules' given names, when present (en/words.tsv), tell a foreign
    // person's name written in Latin letters in Chinese text.
    if (const auto english = RuleFile::read(dir.filePath(QStringLiteral("en/words.tsv"))))
        for (const auto &[line, cols] : *english)
            if (cols.size() >= 2 && cols.at(0).trimmed() == QLatin1String("given"))
                book.m_latinGivenNames.insert(cols.at(1).trimmed().toLower());
    // The transliteration characters (translit_chars.txt, one a line), when
    // present, widen the `translit` rule: a foreign name is cut at the first
    // character neither knows (施耐德 -> 施).
    QFile translit(dir.filePath(QStringLiteral("translit_chars.txt")));
    if (translit.open(QIODevice::ReadOnly)) {
        for (const QString &line : QString::fromUtf8(translit.readAll()).split(QLatin1Char('\n'))) {
            const QString c = line.trimmed();
            if (c.size() == 1 && c != QLatin1String("#"))
                book.m_translit.insert(c.front());
        }
    }
    // The lexicon engineer's surname list, when present, widens ours.
    QFile surnames(dir.filePath(QStringLiteral("surnames.txt")));
    if (surnames.open(QIODevice::ReadOnly)) {
        for (const QString &line : QString::fromUtf8(surnames.readAll()).split(QLatin1Char('\n'))) {
            const QStringList cols = line.split(QLatin1Char('\t'));
            const QString s = cols.front().trimmed();
            if (s.startsWith(QLatin1Char('#')))
                continue;
            if (s.size() == 2) {
                book.m_compoundSurnames.insert((quint32(s[0].unicode()) << 16) | s[1].unicode());
                continue;
            }
            if (s.size() != 1)
                continue;
            // `rare`: uncommon, or the first character of everyday words (宣布).
            if (cols.size() > 1 && cols.at(1).trimmed() == QLatin1String("rare"))
                book.m_rareSurnames.insert(s.front());
            else
                book.m_surnames.insert(s.front());
        }
    }
    return book;
}

Result<void> RuleBook::readTriggers(const QString &path)
{
    auto rows = RuleFile::read(path);
    if (!rows)
        return tl::unexpected(rows.error());
    static const QHash<QString, Pattern> patterns = {
        {QStringLiteral("svo"), Pattern::Svo},         {QStringLiteral("rev"), Pattern::Rev},
        {QStringLiteral("title"), Pattern::Title},     {QStringLiteral("role"), Pattern::Role},
        {QStringLiteral("self"), Pattern::Self},       {QStringLiteral("round"), Pattern::Round},
        {QStringLiteral("owner"), Pattern::Owner},     {QStringLiteral("subtitle"), Pattern::SubTitle},
        {QStringLiteral("parent"), Pattern::Parent},   {QStringLiteral("acquire"), Pattern::Acquire},
        {QStringLiteral("suit"), Pattern::Suit},       {QStringLiteral("counter"), Pattern::Counter},
        {QStringLiteral("status"), Pattern::Status},   {QStringLiteral("rival"), Pattern::Rival},
        {QStringLiteral("product"), Pattern::Product}, {QStringLiteral("founding"), Pattern::Founding},
        {QStringLiteral("place"), Pattern::Place},     {QStringLiteral("return"), Pattern::Return},
        {QStringLiteral("oust"), Pattern::Oust},       {QStringLiteral("oust_post"), Pattern::OustPost},
        {QStringLiteral("subscribe"), Pattern::Subscribe}, {QStringLiteral("round_join"), Pattern::RoundJoin},
    };
    for (const auto &[line, cols] : *rows) {
        if (cols.size() < 4)
            return RuleFile::lineError(path, line, QStringLiteral("expected trigger, relation, language, pattern"));
        Trigger t;
        t.word = cols.at(0).trimmed();
        const QString rel = cols.at(1).trimmed();
        if (const auto type = relationTypeFromString(rel))
            t.relation = type;
        else if (const auto status = lawsuitStatusFromString(rel))
            t.status = *status;
        else if (rel != QLatin1String("lawsuit"))
            return RuleFile::lineError(path, line, QStringLiteral("unknown relation \"%1\"").arg(rel));
        const auto p = patterns.constFind(cols.at(3).trimmed());
        if (p == patterns.cend())
            return RuleFile::lineError(path, line, QStringLiteral("unknown pattern \"%1\"").arg(cols.at(3).trimmed()));
        t.pattern = *p;
        m_triggerMatcher.addTrigger(t.word, int(m_triggers.size()));
        m_triggers.append(t);
    }
    return {};
}

Result<void> RuleBook::readCues(const QString &path)
{
    auto rows = RuleFile::read(path);
    if (!rows)
        return tl::unexpected(rows.error());
    for (const auto &[line, cols] : *rows) {
        if (cols.size() < 3)
            return RuleFile::lineError(path, line, QStringLiteral("expected cue, kind, scope"));
        Cue c;
        c.word = cols.at(0).trimmed();
        const QString kind = cols.at(1).trimmed();
        if (kind != QLatin1String("negation") && kind != QLatin1String("speculation"))
            return RuleFile::lineError(path, line, QStringLiteral("unknown cue kind \"%1\"").arg(kind));
        c.isNegation = kind == QLatin1String("negation");
        const QString scope = cols.at(2).trimmed();
        if (scope == QLatin1String("rest"))
            c.scope = Cue::Scope::Rest;
        else if (scope == QLatin1String("sentence"))
            c.scope = Cue::Scope::Sentence;
        else if (scope != QLatin1String("clause"))
            return RuleFile::lineError(path, line, QStringLiteral("unknown scope \"%1\"").arg(scope));
        m_cueMatcher.add(c.word, int(m_cues.size()));
        m_cues.append(c);
    }
    m_cueMatcher.finalize();
    return {};
}

Result<void> RuleBook::readWordLists(const QString &path)
{
    auto rows = RuleFile::read(path);
    if (!rows)
        return tl::unexpected(rows.error());
    // Most categories only collect their words: an ordered list (matched
    // longest first where `longestFirst`), a set of words (Latin ones
    // lower-cased) or a set of characters. The others are read below.
    using Target = std::variant<QStringList RuleBook::*, QSet<QString> RuleBook::*, CharSet RuleBook::*>;
    struct Category
    {
        Target target;
        bool lower = false;
        bool longestFirst = false;
    };
    static const QHash<QString, Category> categories = {
        {QStringLiteral("role_prefix"), {&RuleBook::m_rolePrefixes, false, true}},
        {QStringLiteral("description_lead"), {&RuleBook::m_descriptionLeads, false, true}},
        {QStringLiteral("alias_lead"), {&RuleBook::m_aliasLeads, false, true}},
        {QStringLiteral("legal_form"), {&RuleBook::m_legalForms, false, true}},
        {QStringLiteral("trade_word"), {&RuleBook::m_tradeWords, false, true}},
        {QStringLiteral("product_cue"), {&RuleBook::m_productCues, false, true}},
        {QStringLiteral("product_tier"), {&RuleBook::m_productTiers, false, true}},
        {QStringLiteral("person_cue"), {&RuleBook::m_personCues, false, true}},
        {QStringLiteral("investor_noun"), {&RuleBook::m_investorNouns, false, true}},
        {QStringLiteral("investor_rank"), {&RuleBook::m_investorRanks, false, true}},
        {QStringLiteral("investor_list"), {&RuleBook::m_investorListWords, false, true}},
        {QStringLiteral("description_noun"), {&RuleBook::m_descriptionNouns, false, true}},
        {QStringLiteral("name_word"), {&RuleBook::m_nameWords, false, true}},
        {QStringLiteral("investor_head"), {&RuleBook::m_investorHeads, false, true}},
        {QStringLiteral("org_event"), {&RuleBook::m_orgEvents, false, true}},
        {QStringLiteral("event_adverb"), {&RuleBook::m_eventAdverbs, false, true}},
        {QStringLiteral("report_verb"), {&RuleBook::m_reportVerbs, false, true}},
        {QStringLiteral("person_pronoun"), {&RuleBook::m_personPronouns, false, true}},
        {QStringLiteral("org_pronoun"), {&RuleBook::m_orgPronouns, false, true}},
        {QStringLiteral("plural_person_pronoun"), {&RuleBook::m_pluralPersonPronouns, false, true}},
        {QStringLiteral("speech_verb"), {&RuleBook::m_speechVerbs}},
        {QStringLiteral("person_verb"), {&RuleBook::m_personVerbs}},
        {QStringLiteral("appoint_verb"), {&RuleBook::m_appointVerbs, false, true}},
        {QStringLiteral("receive_verb"), {&RuleBook::m_receiveVerbs, false, true}},
        {QStringLiteral("raise_verb"), {&RuleBook::m_raiseVerbs, false, true}},
        {QStringLiteral("time_lead"), {&RuleBook::m_timeLeads}},
        {QStringLiteral("then_word"), {&RuleBook::m_thenWords}},
        {QStringLiteral("round_reference"), {&RuleBook::m_roundReferences}},
        {QStringLiteral("report_noun"), {&RuleBook::m_reportNouns}},
        {QStringLiteral("any_object"), {&RuleBook::m_anyWords}},
        {QStringLiteral("not_preposition"), {&RuleBook::m_notPrepositions}},
        {QStringLiteral("plan_cue"), {&RuleBook::m_planWords}},
        {QStringLiteral("business_suffix"), {&RuleBook::m_businessSuffixes}},
        {QStringLiteral("object_head"), {&RuleBook::m_objectHeads}},
        {QStringLiteral("rival_list"), {&RuleBook::m_rivalListWords}},
        {QStringLiteral("rival_verb"), {&RuleBook::m_rivalVerbs}},
        {QStringLiteral("field_noun"), {&RuleBook::m_fieldNouns, false, true}},
        {QStringLiteral("media_head"), {&RuleBook::m_mediaHeads, false, true}},
        {QStringLiteral("latin_org_suffix"), {&RuleBook::m_latinOrgSuffixes, true}},
        {QStringLiteral("latin_legal_form"), {&RuleBook::m_latinLegalForms, true}},
        {QStringLiteral("latin_non_name"), {&RuleBook::m_latinNonNames}},
        {QStringLiteral("latin_product_word"), {&RuleBook::m_latinProductWords, true}},
        {QStringLiteral("stop"), {&RuleBook::m_stop}},
        {QStringLiteral("role_break"), {&RuleBook::m_roleBreaks}},
        {QStringLiteral("nationality_mark"), {&RuleBook::m_nationalityMarks}},
        {QStringLiteral("title_filler"), {&RuleBook::m_titleFillers}},
        {QStringLiteral("name_middle"), {&RuleBook::m_nameMiddleChars}},
        {QStringLiteral("surname"), {&RuleBook::m_surnames}},
        {QStringLiteral("verb_adverb"), {&RuleBook::m_verbAdverbs}},
        {QStringLiteral("bad_char"), {&RuleBook::m_badOrgChars}},
        {QStringLiteral("translit"), {&RuleBook::m_translit}},
    };
    for (const auto &[line, cols] : *rows) {
        if (cols.size() < 2)
            return RuleFile::lineError(path, line, QStringLiteral("expected category and word"));
        const QString cat = cols.at(0).trimmed();
        const QString word = cols.at(1);
        if (const auto it = categories.constFind(cat); it != categories.cend()) {
            const QString w = it->lower ? word.toLower() : word;
            if (const auto *list = std::get_if<QStringList RuleBook::*>(&it->target))
                (this->**list).append(w);
            else if (const auto *set = std::get_if<QSet<QString> RuleBook::*>(&it->target))
                (this->**set).insert(w);
            else
                for (QChar c : w)
                    (this->*std::get<CharSet RuleBook::*>(it->target)).insert(c);
        } else if (cat == QLatin1String("role")) {
            m_roleMatcher.add(word, int(m_roles.size()));
            m_roles.append(word);
        } else if (cat == QLatin1String("org_suffix")) {
            const auto kind = cols.size() > 2 ? orgKindFromString(cols.at(2).trimmed()) : OrgKind::Company;
            if (!kind)
                return RuleFile::lineError(path, line, QStringLiteral("unknown organisation kind"));
            m_orgSuffixes.append({word, *kind});
            m_suffixStarts.insert(word.front());
            if (*kind == OrgKind::Court)
                m_courtSuffixEnds.insert(word.back());
        } else if (cat == QLatin1String("generic_head")) {
            m_genericHeads.insert(word);
            if (!word.isEmpty())
                m_genericHeadStarts.insert(word.front());
        } else if (cat == QLatin1String("not_trigger")) {
            m_triggerMatcher.addNonTrigger(AliasMatcher::matchForm(word));
        } else {
            return RuleFile::lineError(path, line, QStringLiteral("unknown category \"%1\"").arg(cat));
        }
    }
    m_roleMatcher.finalize();
    for (const QStringList *list : {&m_roles, &m_personCues})
        for (const QString &w : *list) {
            m_cueWords.insert(w);
            m_cueHashes.insert(qHash(QStringView(w)));
            m_cueEnds.insert(w.back());
            m_cueStarts.insert(w.front());
            if (w.size() < 64)
                m_cueLengths |= quint64(1) << w.size();
        }
    for (const QString &w : std::as_const(m_appointVerbs))
        m_appointVerbEnds.insert(w.back());
    for (const QString &w : std::as_const(m_investorNouns))
        m_investorNounEnds.insert(w.back());
    for (const QString &w : std::as_const(m_productCues))
        m_productCueEnds.insert(w.back());
    std::sort(m_orgSuffixes.begin(), m_orgSuffixes.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    for (const auto &suffix : std::as_const(m_orgSuffixes))
        m_orgSuffixesByStart[suffix.first.front().unicode()].append(suffix);
    for (const Category &c : categories)
        if (c.longestFirst)
            std::sort((this->*std::get<QStringList RuleBook::*>(c.target)).begin(),
                      (this->*std::get<QStringList RuleBook::*>(c.target)).end(),
                      [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return {};
}

} // namespace Guanxi::Internal
