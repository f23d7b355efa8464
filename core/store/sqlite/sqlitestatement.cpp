#include "sqlitestatement.h"

#include "sqlitedatabase.h"

#include <sqlite3.h>

namespace Guanxi::Internal {

SqliteStatement::SqliteStatement(SqliteDatabase *db, QString sql, sqlite3_stmt *statement)
    : m_db(db), m_sql(std::move(sql)), m_statement(statement)
{}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)),
      m_sql(std::move(other.m_sql)),
      m_statement(std::exchange(other.m_statement, nullptr)),
      m_texts(std::move(other.m_texts)),
      m_bindError(std::move(other.m_bindError))
{}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        release();
        m_db = std::exchange(other.m_db, nullptr);
        m_sql = std::move(other.m_sql);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_texts = std::move(other.m_texts);
        m_bindError = std::move(other.m_bindError);
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    release();
}

void SqliteStatement::release()
{
    if (m_db && m_statement)
        m_db->recycle(m_sql, m_statement);  // clears the bindings before m_texts goes
    m_db = nullptr;
    m_statement = nullptr;
    m_texts.clear();
}

void SqliteStatement::noteBind(int rc, int index)
{
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = Error(Error::Category::Storage,
                            QStringLiteral("cannot bind parameter %1 of a query").arg(index),
                            QString::fromUtf8(sqlite3_errstr(rc)), rc);
}

int SqliteStatement::parameterIndex(const char *name)
{
    const int index = sqlite3_bind_parameter_index(m_statement, name);
    if (index == 0 && !m_bindError)
        m_bindError = Error(Error::Category::Internal,
                            QStringLiteral("a query has no parameter %1").arg(QString::fromUtf8(name)));
    return index;
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    noteBind(sqlite3_bind_int64(m_statement, index, value), index);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, double value)
{
    noteBind(sqlite3_bind_double(m_statement, index, value), index);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QString &value)
{
    // SQLITE_STATIC on a UTF-8 copy this statement keeps until the parameter is
    // rebound or cleared: SQLITE_TRANSIENT made SQLite copy every text again
    // and free it at clear (5 % of the instructions of a 10,000-entity ingest).
    QByteArray utf8 = value.toUtf8();
    const int rc = sqlite3_bind_text64(m_statement, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                                       SQLITE_STATIC, SQLITE_UTF8);
    noteBind(rc, index);
    if (rc == SQLITE_OK) {
        if (size_t(index) >= m_texts.size())
            m_texts.resize(size_t(index) + 1);
        m_texts[size_t(index)] = std::move(utf8);  // after the bind: SQLite has let go of the old text
    }
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QByteArray &value)
{
    noteBind(sqlite3_bind_blob64(m_statement, index, value.constData(), sqlite3_uint64(value.size()),
                                 SQLITE_TRANSIENT),
             index);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, std::optional<double> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    noteBind(sqlite3_bind_null(m_statement, index), index);
    return *this;
}

Result<bool> SqliteStatement::step()
{
    if (m_bindError)
        return tl::unexpected(*m_bindError);
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = m_db->lastError(QStringLiteral("a query on the database %1 failed").arg(m_db->path()));
    sqlite3_reset(m_statement);
    return tl::unexpected(error);
}

Result<void> SqliteStatement::exec()
{
    for (;;) {
        auto row = step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
    }
    sqlite3_reset(m_statement);
    return {};
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

void SqliteStatement::clearBindings()
{
    sqlite3_clear_bindings(m_statement);
    m_texts.clear();
    m_bindError.reset();
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::columnDouble(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

std::optional<double> SqliteStatement::columnOptionalDouble(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return columnDouble(column);
}

QString SqliteStatement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return text ? QString::fromUtf8(text, size) : QString();
}

QByteArray SqliteStatement::columnBlob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? QByteArray(data, size) : QByteArray();
}

} // namespace Guanxi::Internal
