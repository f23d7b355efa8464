#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>

namespace Guanxi {

// Reads one input the user hands over (an article, a SCHEMA JSON document)
// whole, after checking its size: a file above MaxBytes is refused before a
// byte is read, with an Error naming the size and the limit. Extraction time,
// memory and the stored text all grow with the input, and a news article is
// a few hundred KB at most; docs/robustness.md gives the measured figures.
// The CLI and the viewer both read their inputs through here.
class InputFile
{
public:
    static constexpr qint64 MaxBytes = 32 * 1024 * 1024;

    static Result<QByteArray> read(const QString &path);
};

} // namespace Guanxi
