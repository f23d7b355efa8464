#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace Guanxi {

// Notices when another connection (another process, or a worker thread's own
// GraphStore) wrote to a database file: polls the size and modification time
// of the file and its -wal journal, which every commit changes in WAL mode.
// Reading never changes them. Use from the GUI thread.
class DatabaseWatcher : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseWatcher(QObject *parent = nullptr);

    // Starts watching `path` (empty or ":memory:" stops); its present state counts as seen.
    void watch(const QString &path);
    QString path() const { return m_path; }
    // The present state counts as seen: the window reloaded after its own import.
    void acknowledge();
    // Checks now instead of waiting for the next poll.
    void check();
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }

Q_SIGNALS:
    void changed();

private:
    struct FileState
    {
        qint64 size = -1;
        QDateTime modified;
        bool operator==(const FileState &other) const = default;
    };
    struct State
    {
        FileState database;
        FileState journal;
        bool operator==(const State &other) const = default;
    };
    State currentState() const;

    QString m_path;
    State m_seen;
    QTimer m_timer;
};

} // namespace Guanxi
