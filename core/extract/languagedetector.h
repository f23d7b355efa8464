#pragma once

#include <QString>
#include <QStringView>

namespace Guanxi::Internal {

// Tells Chinese from English text. Chinese tech news is full of Latin names
// (Anthropic发布了Claude 3.5 Sonnet), so letters say little: names (a capital,
// a digit) belong to neither language, and Han characters are weighed against
// the lowercase Latin words that carry an English sentence. Brackets, most
// often a gloss in the other language, are skipped.
class LanguageDetector
{
public:
    // "zh" or "en".
    static QString detect(QStringView text);
};

} // namespace Guanxi::Internal
