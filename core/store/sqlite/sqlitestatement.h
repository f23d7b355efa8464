#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

struct sqlite3_stmt;

namespace Guanxi::Internal {

class SqliteDatabase;

// One prepared statement borrowed from a SqliteDatabase's cache: bind, step,
// read columns. Move-only; resets itself and returns to the cache on death.
// Bind errors are kept and reported by the next step().
class SqliteStatement
{
public:
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    // Indices start at 1, as in SQLite.
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bind(int index, const QString &value);  // a null QString binds ''
    SqliteStatement &bind(int index, const QByteArray &value);
    SqliteStatement &bind(int index, std::optional<double> value);
    SqliteStatement &bindNull(int index);
    // Named parameters (":name"); an unknown name is a bind error.
    template<typename T>
    SqliteStatement &bind(const char *name, const T &value)
    {
        return bind(parameterIndex(name), value);
    }

    // true: a row is ready; false: done.
    Result<bool> step();
    // Steps to the end, for statements that return no rows.
    Result<void> exec();
    // Back to before the first step, keeping bindings.
    void reset();
    void clearBindings();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 columnInt64(int column) const;
    int columnInt(int column) const { return int(columnInt64(column)); }
    double columnDouble(int column) const;
    std::optional<double> columnOptionalDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;

    QString sql() const { return m_sql; }

private:
    friend class SqliteDatabase;
    SqliteStatement(SqliteDatabase *db, QString sql, sqlite3_stmt *statement);
    int parameterIndex(const char *name);
    void noteBind(int rc, int index);
    void release();

    SqliteDatabase *m_db = nullptr;
    QString m_sql;
    sqlite3_stmt *m_statement = nullptr;
    std::vector<QByteArray> m_texts;  // bound text by parameter index, alive while SQLite points at it
    std::optional<Error> m_bindError;
};

} // namespace Guanxi::Internal
