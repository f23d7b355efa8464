#pragma once

#include "common/error.h"

#include <QHash>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace Guanxi::Internal {

class SqliteStatement;

// Owns one SQLite connection and its cache of prepared statements. Use from one
// thread at a time; every statement handed out must die before the database.
class SqliteDatabase
{
public:
    // ReadOnlyImmutable promises SQLite that nobody changes the file while it
    // is open: no locks, no -wal or -shm files, so it works on read-only media
    // and never leaves a trace next to a file we only look at.
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly, ReadOnlyImmutable };

    // Opens `path` (":memory:" for a private in-memory database). Only opens:
    // pragmas and schema are the caller's business.
    static Result<std::unique_ptr<SqliteDatabase>> open(const QString &path, Mode mode);
    // The version of the SQLite library loaded at run time (sqlite3_libversion()).
    static QString libraryVersion();
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly || m_mode == Mode::ReadOnlyImmutable; }
    bool isInMemory() const;
    sqlite3 *handle() const { return m_db; }

    // Runs one or more statements that take no parameters (DDL, pragmas).
    Result<void> exec(const QString &sql);
    // A prepared statement from the cache (or newly prepared), reset and with
    // no bindings. It goes back to the cache when the returned object dies.
    Result<SqliteStatement> prepare(const QString &sql);
    // The single integer a statement like "PRAGMA user_version" returns.
    Result<qint64> queryInt(const QString &sql);
    // Makes `function` callable from SQL on this connection as name(text):
    // deterministic, so usable in triggers and indexes; NULL in, NULL out.
    using TextFunction = QString (*)(const QString &);
    Result<void> addTextFunction(const char *name, TextFunction function);

    qint64 lastInsertRowId() const;
    int changes() const;

    // An Error{Storage} carrying this connection's last errmsg and extended code.
    Error lastError(const QString &message) const;

private:
    friend class SqliteStatement;
    SqliteDatabase(sqlite3 *db, QString path, Mode mode);
    void recycle(const QString &sql, sqlite3_stmt *statement);
    // `message`, or "is damaged" when `code` says the file is corrupt.
    QString damageAware(const QString &message, int code) const;

    sqlite3 *m_db = nullptr;
    QString m_path;
    Mode m_mode;
    QMultiHash<QString, sqlite3_stmt *> m_idle;  // prepared, reset, waiting for reuse
    int m_outstanding = 0;                        // statements handed out and alive
};

} // namespace Guanxi::Internal
