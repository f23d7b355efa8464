#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

#include <algorithm>
#include <utility>

namespace Guanxi {

namespace {

QString absolute(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

RecentFiles::RecentFiles(QString settingsKey, int maximum)
    : m_key(std::move(settingsKey))
    , m_maximum(std::max(1, maximum))
{
}

QStringList RecentFiles::files() const
{
    return QSettings().value(m_key).toStringList();
}

QStringList RecentFiles::existingFiles() const
{
    QStringList out;
    for (const QString &path : files())
        if (QFileInfo::exists(path))
            out.append(path);
    return out;
}

void RecentFiles::add(const QString &path)
{
    // In-memory and unnamed databases cannot be reopened from a menu.
    if (path.isEmpty() || path.startsWith(QLatin1Char(':')))
        return;
    const QString full = absolute(path);
    QStringList list = files();
    list.removeAll(full);
    list.prepend(full);
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(absolute(path));
    store(list);
}

void RecentFiles::clear()
{
    QSettings().remove(m_key);
}

void RecentFiles::store(const QStringList &files)
{
    QSettings().setValue(m_key, files.mid(0, m_maximum));
}

} // namespace Guanxi
