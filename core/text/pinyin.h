#pragma once

#include <QString>
#include <QStringView>

namespace Guanxi {

// Spells Chinese text in toneless pinyin for search: 马斯克 → "masike",
// initials "msk". Uses ICU's Han-Latin transliteration (one reading per
// character, so polyphones get their common reading). Latin letters and
// digits pass through lower-cased; spaces and punctuation are dropped.
// Thread-safe: one transliterator shared behind a mutex.
class Pinyin
{
public:
    // Whether the text holds at least one Han character.
    static bool hasHan(QStringView text);
    // The toneless, lower-case pinyin without spaces; the text lower-cased
    // without spaces when it holds no Han; empty when ICU lacks the rules.
    static QString toneless(QStringView text);
    // The first letter of each syllable ("msk"); Latin words give their first
    // letter too. Empty when the text holds no Han.
    static QString initials(QStringView text);
};

} // namespace Guanxi
