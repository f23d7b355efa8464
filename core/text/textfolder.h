#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

namespace Guanxi {

// Folds text for matching while keeping positions: the result has exactly the
// same length as the input, so an offset in one is the offset in the other.
// Full-width Latin letters, digits and punctuation become half-width (NFKC
// where it maps one UTF-16 unit to one), traditional Chinese characters become
// simplified (one character to one), fancy spaces become ' '. Case is kept.
// The table behind it is built once, lazily; fold is thread-safe.
class TextFolder
{
public:
    static QString fold(QStringView text);
    static QChar foldChar(QChar c);

    // How long building the folding table took (builds it if needed).
    static qint64 tableBuildNanoseconds();
};

} // namespace Guanxi
