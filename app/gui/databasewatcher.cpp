#include "databasewatcher.h"

#include <QFileInfo>

namespace Guanxi {

namespace {

constexpr int defaultIntervalMs = 1000;

} // namespace

DatabaseWatcher::DatabaseWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DatabaseWatcher::check);
}

void DatabaseWatcher::watch(const QString &path)
{
    m_timer.stop();
    m_path = path == QLatin1String(":memory:") ? QString() : path;
    if (m_path.isEmpty())
        return;
    acknowledge();
    m_timer.start();
}

void DatabaseWatcher::acknowledge()
{
    m_seen = currentState();
}

void DatabaseWatcher::check()
{
    if (m_path.isEmpty())
        return;
    const State now = currentState();
    if (now == m_seen)
        return;
    m_seen = now;
    Q_EMIT changed();
}

DatabaseWatcher::State DatabaseWatcher::currentState() const
{
    auto stateOf = [](const QString &file) {
        // A fresh QFileInfo each time: cached ones would report old times.
        const QFileInfo info(file);
        FileState state;
        if (info.exists()) {
            state.size = info.size();
            state.modified = info.lastModified();
        }
        return state;
    };
    return State{stateOf(m_path), stateOf(m_path + QStringLiteral("-wal"))};
}

} // namespace Guanxi
