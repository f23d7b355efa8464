#pragma once

#include "charset.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

namespace Guanxi::Internal {

// Finds the longest known name starting at a position of folded text:
// forms are kept by first character, longest first. Latin forms must start
// and end on word boundaries, so "X" is not found inside "SpaceX" nor "meta"
// inside "metadata". Matching is case-insensitive, except for guarded forms:
// a short or everyday-word alias ("X", "meta", "The Information", "Cursor")
// counts only when the caller's cased text shows it is a name (see matchAt).
class AliasMatcher
{
public:
    struct Hit
    {
        qsizetype length = 0;
        int value = -1;
    };

    // Adds a form (already folded by TextFolder) standing for `value`.
    void add(const QString &form, int value);
    // Adds a guarded form: `cased` lists the spellings (folded, with their
    // case) that count as the name without further context.
    void addGuarded(const QString &form, int value, const QStringList &cased);
    // Sorts the forms; call once after the last add().
    void finalize();
    bool isEmpty() const { return m_byPair.isEmpty() && m_single.isEmpty(); }

    // Longest match at `pos` of `text` (folded, lower-cased), or nullopt.
    // With `cased` (the same text before lower-casing) a guarded form matches
    // only if it is a name there: a single letter needs its exact case and a
    // Chinese character beside it (X公司, 在X上); a longer form needs an exact
    // capitalised spelling ("Meta", "The Verge") or a Chinese neighbour
    // ("meta的"). Without `cased` (looking up a name already found) guarded
    // forms match like the others.
    // (Inline: most positions start no form, and the finders ask at nearly every one,
    // so the first-character test runs here and only a possible start pays the call.)
    std::optional<Hit> matchAt(QStringView text, qsizetype pos, QStringView cased = {}) const
    {
        if (pos >= text.size() || !m_firstChars.contains(text[pos]))
            return std::nullopt;
        return matchFrom(text, pos, cased);
    }

    // Whether some form (of two or more characters) begins with `prefix`, itself
    // in match form and two or more characters long (文心 of 文心一言).
    bool hasFormStartingWith(QStringView prefix) const;

    // Lower-cases ASCII/Latin so that matching is case-insensitive (same length).
    static QString matchForm(QStringView folded);
    static bool isLatinWordChar(QChar c)
    {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    }

private:
    // matchAt past its first-character test.
    std::optional<Hit> matchFrom(QStringView text, qsizetype pos, QStringView cased) const;
    struct Form
    {
        QString text;
        int value;
        QStringList cased; // non-empty: a guarded form
    };
    bool guardAllows(const Form &f, QStringView cased, qsizetype pos) const;
    static quint32 pairKey(QChar a, QChar b) { return (quint32(a.unicode()) << 16) | b.unicode(); }
    // A bit of m_pairBits for a pair key (multiplicative hash to 16 bits).
    static quint32 pairBit(quint32 key) { return (key * 0x9E3779B1u) >> 16; }
    bool mayHavePair(quint32 key) const
    {
        const quint32 bit = pairBit(key);
        return !m_pairBits.empty() && (m_pairBits[bit >> 6] >> (bit & 63) & 1) != 0;
    }
    // Forms of two or more characters by their first two, one-character forms
    // by their character: most positions fail on one hash look-up, and the
    // forms compared share a two-character prefix with the text.
    QHash<quint32, QList<Form>> m_byPair;
    QHash<QChar, QList<Form>> m_single;
    // The first characters of all forms: most positions of a text start no
    // name, and one bit test turns them away before any hash look-up.
    CharSet m_firstChars;
    // Which hashed pairs have forms and which characters are one-character
    // forms: a first character shared by many names (a surname) rarely starts
    // one, and these bits turn such positions away before the hash look-ups.
    std::vector<quint64> m_pairBits; // 2^16 bits, empty until the first pair form
    CharSet m_singleChars;
    QSet<QString> m_keys; // every form added, to keep the first owner of each
};

} // namespace Guanxi::Internal
