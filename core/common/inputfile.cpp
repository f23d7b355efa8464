#include "inputfile.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Guanxi {

Result<QByteArray> InputFile::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(Error::Category::Io, QStringLiteral("the file does not exist"));
    if (info.isDir())
        return makeError(Error::Category::Io, QStringLiteral("this is a folder, not a file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Category::Io, QStringLiteral("cannot read the file"), file.errorString());
    // Checked on the open file: a FIFO or a file growing under us reports its
    // size late, so the read below stops one byte past the limit as well.
    const auto tooLarge = [](qint64 size) {
        return makeError(Error::Category::Io,
                         QStringLiteral("the file is %1 MB; inputs larger than %2 MB are refused "
                                        "(keep only the article's text, or split it)")
                             .arg(double(size) / (1024 * 1024), 0, 'f', 1)
                             .arg(MaxBytes / (1024 * 1024)));
    };
    if (file.size() > MaxBytes)
        return tooLarge(file.size());
    // Read what the file says it holds (plus one byte, to see growth), then
    // any rest in small chunks: read(MaxBytes + 1) allocated 32 MB for every
    // file, and a 1,568-article ingest spent a second mapping and unmapping it.
    QByteArray bytes = file.read(std::min<qint64>(file.size(), MaxBytes) + 1);
    while (bytes.size() <= MaxBytes && file.error() == QFileDevice::NoError) {
        const QByteArray more = file.read(std::min<qint64>(64 * 1024, MaxBytes + 1 - bytes.size()));
        if (more.isEmpty())
            break;  // end of file (or an error, checked below)
        bytes += more;
    }
    if (file.error() != QFileDevice::NoError)
        return makeError(Error::Category::Io, QStringLiteral("cannot read the file"), file.errorString());
    if (bytes.size() > MaxBytes)
        return tooLarge(bytes.size());
    return bytes;
}

} // namespace Guanxi
