#include "languagedetector.h"

namespace Guanxi::Internal {

namespace {

struct Counts
{
    qsizetype han = 0;
    qsizetype words = 0;
    qsizetype plainWords = 0; // all lowercase: English words, not names

    void endWord(bool plain)
    {
        ++words;
        if (plain)
            ++plainWords;
    }
};

} // namespace

QString LanguageDetector::detect(QStringView text)
{
    // Inside brackets is usually a gloss (月之暗面（Moonshot AI）, Moonshot AI (月之暗面));
    // it counts only when there is nothing outside them.
    Counts outside, inside;
    int depth = 0;
    bool inWord = false;
    bool plain = true;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const QChar c = i < text.size() ? text[i] : QChar(u' ');
        Counts &counts = depth > 0 ? inside : outside;
        const bool letter = c.isLetter() && c.unicode() < 0x250;
        if (letter || (inWord && (c.isDigit() || c == QChar(u'-')))) {
            plain = (inWord ? plain : true) && (c.isLower() || c == QChar(u'-')); // a capital or a digit: a name
            inWord = true;
            continue;
        }
        if (inWord)
            counts.endWord(plain);
        inWord = false;
        if (c == QChar(u'(') || c == QChar(u'（'))
            ++depth;
        else if ((c == QChar(u')') || c == QChar(u'）')) && depth > 0)
            --depth;
        else if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            ++counts.han;
    }
    const Counts &counts = outside.han + outside.words > 0 ? outside : inside;
    if (counts.han == 0)
        return counts.words > 0 ? QStringLiteral("en") : QStringLiteral("zh");
    // About two Han characters make a Chinese word: as many characters as
    // English words is already a fair share.
    return counts.han >= counts.plainWords ? QStringLiteral("zh") : QStringLiteral("en");
}

} // namespace Guanxi::Internal
