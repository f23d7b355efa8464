#pragma once

#include <QString>
#include <QStringList>

namespace Guanxi {

// The most recently opened databases, newest first, kept in QSettings under
// one key. Paths are stored absolute; a path added again moves to the front.
class RecentFiles
{
public:
    static constexpr int defaultMaximum = 8;

    explicit RecentFiles(QString settingsKey = QStringLiteral("recentDatabases"), int maximum = defaultMaximum);

    QStringList files() const;
    // The files that still exist, for a menu.
    QStringList existingFiles() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
    int maximum() const { return m_maximum; }

private:
    void store(const QStringList &files);

    QString m_key;
    int m_maximum;
};

} // namespace Guanxi
