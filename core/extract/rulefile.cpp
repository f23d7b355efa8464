#include "rulefile.h"

#include <QFile>

namespace Guanxi::Internal {

Result<QList<RuleFile::Row>> RuleFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Category::Io, QStringLiteral("Cannot read rule file %1").arg(path),
                         file.errorString());
    QList<Row> rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        rows.append({int(n + 1), line.split(QLatin1Char('\t'))});
    }
    return rows;
}

tl::unexpected<Error> RuleFile::lineError(const QString &path, int line, const QString &why)
{
    return makeError(Error::Category::Parse, QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(why));
}

} // namespace Guanxi::Internal
