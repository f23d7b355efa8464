#include "databasewatcher.h"

#include "store/graphstore.h"

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

void DatabaseWatcher::watch(const GraphStore *store)
{
    m_timer.stop();
    m_store = store;
    if (!m_store)
        return;
    acknowledge();
    m_timer.start();
}

void DatabaseWatcher::acknowledge()
{
    m_seen = currentVersion();
}

void DatabaseWatcher::check()
{
    if (!m_store)
        return;
    const qint64 now = currentVersion();
    if (now == m_seen)
        return;
    m_seen = now;
    Q_EMIT changed();
}

qint64 DatabaseWatcher::currentVersion() const
{
    // A failed read (the file went away) counts as no change: the next
    // successful read compares with the last one seen.
    const auto version = m_store->dataVersion();
    return version ? *version : m_seen;
}

} // namespace Guanxi
