#include "datapaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Guanxi {

QStringList DataPaths::searchPath()
{
    QStringList dirs;
    const QString fromEnv = qEnvironmentVariable("GUANXI_DATA_DIR");
    if (!fromEnv.isEmpty())
        dirs.append(fromEnv);
    if (QCoreApplication::instance()) {
        const QDir bin(QCoreApplication::applicationDirPath());
        dirs.append(bin.absoluteFilePath(QStringLiteral("../" GUANXI_DATA_SUBDIR)));
    }
    dirs.append(QStringLiteral(GUANXI_SOURCE_DATA_DIR));
    return dirs;
}

QString DataPaths::find(const QString &relative)
{
    for (const QString &dir : searchPath()) {
        const QFileInfo info(QDir(dir).absoluteFilePath(relative));
        if (info.exists())
            return info.canonicalFilePath();
    }
    return {};
}

} // namespace Guanxi
