#pragma once

#include <QStringView>

#include <algorithm>

namespace Guanxi::Internal {

// Whether `word` starts at `pos` of `text`, as text.sliced(pos).startsWith(word).
// The first character is compared inline before Qt's out-of-line comparison:
// the finders try short word lists at nearly every position, and almost every
// try fails on that character (Qt's startsWith was 9 % of extraction's instructions).
// Always inlined: GCC kept an out-of-line copy, and the call cost more than the test.
[[gnu::always_inline]] inline bool startsAt(QStringView text, qsizetype pos, QStringView word)
{
    if (word.isEmpty())
        return true;
    return pos < text.size() && text[pos] == word.front() && text.sliced(pos).startsWith(word);
}

// Whether `word` ends right before `pos` of `text`, as text.first(pos).endsWith(word).
[[gnu::always_inline]] inline bool endsAt(QStringView text, qsizetype pos, QStringView word)
{
    if (word.isEmpty())
        return true;
    return pos >= word.size() && text[pos - 1] == word.back() && text.first(pos).endsWith(word);
}

// Where `word` first occurs in `text` at or after `from`, as text.indexOf(word, from),
// and where it last occurs, as text.lastIndexOf(word). Inline scans for the short
// clauses and words the readers search: Qt's general search sets itself up anew for
// every call (its findString and lastIndexOf were 8 % of extraction's instructions).
inline qsizetype indexOfWord(QStringView text, QStringView word, qsizetype from = 0)
{
    if (from < 0)
        from = 0;
    if (word.isEmpty())
        return from <= text.size() ? from : -1;
    const char16_t *t = reinterpret_cast<const char16_t *>(text.data());
    const char16_t *w = reinterpret_cast<const char16_t *>(word.data());
    const char16_t first = w[0];
    for (qsizetype i = from, last = text.size() - word.size(); i <= last; ++i)
        if (t[i] == first && std::equal(w + 1, w + word.size(), t + i + 1))
            return i;
    return -1;
}

inline qsizetype lastIndexOfWord(QStringView text, QStringView word)
{
    if (word.isEmpty())
        return text.size();
    const char16_t *t = reinterpret_cast<const char16_t *>(text.data());
    const char16_t *w = reinterpret_cast<const char16_t *>(word.data());
    const char16_t first = w[0];
    for (qsizetype i = text.size() - word.size(); i >= 0; --i)
        if (t[i] == first && std::equal(w + 1, w + word.size(), t + i + 1))
            return i;
    return -1;
}

inline bool containsWord(QStringView text, QStringView word)
{
    return indexOfWord(text, word) >= 0;
}

} // namespace Guanxi::Internal
