#pragma once

#include <QString>

namespace Guanxi {

// Folds text for matching while keeping positions: the result has exactly the
// same length as the input, so an offset in one is the offset in the other.
// Full-width Latin letters, digits and punctuation become half-width (NFKC
// where it maps one UTF-16 unit to one), traditional Chinese characters become
// simplified (one character to one), fancy spaces become ' '. Case is kept.
class TextFolder
{
public:
    static QString fold(QStringView text);
};

} // namespace Guanxi
