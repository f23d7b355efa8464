#pragma once

#include <QObject>
#include <QTimer>

namespace Guanxi {

class GraphStore;

// Notices when another connection (another process, or a worker thread's own
// GraphStore) committed to the window's database: polls the window's store's
// GraphStore::dataVersion() (PRAGMA data_version), which moves only on other
// connections' commits, so the window's own edits do not trigger a reload.
// Use from the GUI thread.
class DatabaseWatcher : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseWatcher(QObject *parent = nullptr);

    // Starts watching through `store` (nullptr stops; it must outlive the
    // watching); its present state counts as seen.
    void watch(const GraphStore *store);
    // The present state counts as seen: the window reloaded after its own import.
    void acknowledge();
    // Checks now instead of waiting for the next poll.
    void check();
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }

Q_SIGNALS:
    void changed();

private:
    qint64 currentVersion() const;

    const GraphStore *m_store = nullptr;
    qint64 m_seen = -1;
    QTimer m_timer;
};

} // namespace Guanxi
