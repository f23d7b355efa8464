#include "rulebook.h"
#include "rulefile.h"

#include <QDir>
#include <QFile>

#include <algorithm>

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
            if (s.size() != 1 || s.startsWith(QLatin1Char('#')))
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
    for (const auto &[line, cols] : *rows) {
        if (cols.size() < 2)
            return RuleFile::lineError(path, line, QStringLiteral("expected category and word"));
        const QString cat = cols.at(0).trimmed();
        const QString word = cols.at(1);
        if (cat == QLatin1String("role")) {
            m_roleMatcher.add(word, int(m_roles.size()));
            m_roles.append(word);
        } else if (cat == QLatin1String("role_prefix")) {
            m_rolePrefixes.append(word);
        } else if (cat == QLatin1String("org_suffix")) {
            const auto kind = cols.size() > 2 ? orgKindFromString(cols.at(2).trimmed()) : OrgKind::Company;
            if (!kind)
                return RuleFile::lineError(path, line, QStringLiteral("unknown organisation kind"));
            m_orgSuffixes.append({word, *kind});
            m_suffixStarts.insert(word.front());
        } else if (cat == QLatin1String("business_suffix")) {
            m_businessSuffixes.insert(word);
        } else if (cat == QLatin1String("object_head")) {
            m_objectHeads.insert(word);
        } else if (cat == QLatin1String("generic_head")) {
            m_genericHeads.insert(word);
            if (!word.isEmpty())
                m_genericHeadStarts.insert(word.front());
        } else if (cat == QLatin1String("stop")) {
            for (QChar c : word)
                m_stop.insert(c);
        } else if (cat == QLatin1String("role_break")) {
            for (QChar c : word)
                m_roleBreaks.insert(c);
        } else if (cat == QLatin1String("nationality_mark")) {
            for (QChar c : word)
                m_nationalityMarks.insert(c);
        } else if (cat == QLatin1String("title_filler")) {
            for (QChar c : word)
                m_titleFillers.insert(c);
        } else if (cat == QLatin1String("description_lead")) {
            m_descriptionLeads.append(word);
        } else if (cat == QLatin1String("not_trigger")) {
            m_triggerMatcher.addNonTrigger(AliasMatcher::matchForm(word));
        } else if (cat == QLatin1String("rival_list")) {
            m_rivalListWords.insert(word);
        } else if (cat == QLatin1String("latin_org_suffix")) {
            m_latinOrgSuffixes.insert(word.toLower());
        } else if (cat == QLatin1String("name_middle")) {
            for (QChar c : word)
                m_nameMiddleChars.insert(c);
        } else if (cat == QLatin1String("alias_lead")) {
            m_aliasLeads.append(word);
        } else if (cat == QLatin1String("legal_form")) {
            m_legalForms.append(word);
        } else if (cat == QLatin1String("latin_legal_form")) {
            m_latinLegalForms.insert(word.toLower());
        } else if (cat == QLatin1String("latin_product_word")) {
            m_latinProductWords.insert(word.toLower());
        } else if (cat == QLatin1String("product_cue")) {
            m_productCues.append(word);
        } else if (cat == QLatin1String("person_cue")) {
            m_personCues.append(word);
        } else if (cat == QLatin1String("investor_noun")) {
            m_investorNouns.append(word);
        } else if (cat == QLatin1String("investor_head")) {
            m_investorHeads.append(word);
        } else if (cat == QLatin1String("org_event")) {
            m_orgEvents.append(word);
        } else if (cat == QLatin1String("event_adverb")) {
            m_eventAdverbs.append(word);
        } else if (cat == QLatin1String("speech_verb")) {
            m_speechVerbs.append(word);
        } else if (cat == QLatin1String("person_verb")) {
            m_personVerbs.append(word);
        } else if (cat == QLatin1String("surname")) {
            for (QChar c : word)
                m_surnames.insert(c);
        } else if (cat == QLatin1String("verb_adverb")) {
            for (QChar c : word)
                m_verbAdverbs.insert(c);
        } else if (cat == QLatin1String("bad_char")) {
            for (QChar c : word)
                m_badOrgChars.insert(c);
        } else if (cat == QLatin1String("translit")) {
            for (QChar c : word)
                m_translit.insert(c);
        } else if (cat == QLatin1String("person_pronoun")) {
            m_personPronouns.append(word);
        } else if (cat == QLatin1String("org_pronoun")) {
            m_orgPronouns.append(word);
        } else if (cat == QLatin1String("plural_person_pronoun")) {
            m_pluralPersonPronouns.append(word);
        } else if (cat == QLatin1String("time_lead")) {
            m_timeLeads.append(word);
        } else if (cat == QLatin1String("round_reference")) {
            m_roundReferences.append(word);
        } else if (cat == QLatin1String("report_noun")) {
            m_reportNouns.append(word);
        } else if (cat == QLatin1String("any_object")) {
            m_anyWords.append(word);
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
    std::sort(m_orgSuffixes.begin(), m_orgSuffixes.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    for (const auto &suffix : std::as_const(m_orgSuffixes))
        m_orgSuffixesByStart[suffix.first.front().unicode()].append(suffix);
    const auto longestFirst = [](QStringList &l) {
        std::sort(l.begin(), l.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    };
    longestFirst(m_productCues);
    longestFirst(m_descriptionLeads);
    longestFirst(m_personCues);
    longestFirst(m_legalForms);
    longestFirst(m_aliasLeads);
    longestFirst(m_orgEvents);
    longestFirst(m_eventAdverbs);
    longestFirst(m_investorNouns);
    longestFirst(m_investorHeads);
    longestFirst(m_rolePrefixes);
    longestFirst(m_personPronouns);
    longestFirst(m_orgPronouns);
    longestFirst(m_pluralPersonPronouns);
    return {};
}

} // namespace Guanxi::Internal
