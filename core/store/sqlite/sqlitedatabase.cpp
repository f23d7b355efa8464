#include "sqlitedatabase.h"

#include "sqlitestatement.h"

#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace Guanxi::Internal {

SqliteDatabase::SqliteDatabase(sqlite3 *db, QString path, Mode mode)
    : m_db(db), m_path(std::move(path)), m_mode(mode)
{}

SqliteDatabase::~SqliteDatabase()
{
    Q_ASSERT_X(m_outstanding == 0, "SqliteDatabase", "a statement outlives its database");
    for (sqlite3_stmt *statement : std::as_const(m_idle))
        sqlite3_finalize(statement);
    // sqlite3_close_v2 defers the close if something is still open instead of failing.
    sqlite3_close_v2(m_db);
}

QString SqliteDatabase::libraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const QString &path, Mode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::ReadOnlyImmutable: flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI; break;
    }
    sqlite3 *db = nullptr;
    // A URI for immutable opens; QUrl percent-encodes '?', '#' and '%' in the path.
    const QByteArray utf8 = mode == Mode::ReadOnlyImmutable
        ? QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + QByteArrayLiteral("?immutable=1")
        : path.toUtf8();
    const int rc = sqlite3_open_v2(utf8.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        const int code = db ? sqlite3_extended_errcode(db) : rc;
        sqlite3_close_v2(db);
        return makeError(Error::Category::Storage,
                         QStringLiteral("cannot open the database %1").arg(path), detail, code);
    }
    return std::unique_ptr<SqliteDatabase>(new SqliteDatabase(db, path, mode));
}

bool SqliteDatabase::isInMemory() const
{
    return m_path == QLatin1String(":memory:") || m_path.isEmpty();
}

Result<void> SqliteDatabase::exec(const QString &sql)
{
    char *message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(message);
        const int code = sqlite3_extended_errcode(m_db);
        return makeError(Error::Category::Storage,
                         damageAware(QStringLiteral("the database %1 refused an update").arg(m_path), code), detail,
                         code);
    }
    return {};
}

Result<SqliteStatement> SqliteDatabase::prepare(const QString &sql)
{
    if (auto it = m_idle.find(sql); it != m_idle.end()) {
        sqlite3_stmt *statement = it.value();
        m_idle.erase(it);
        ++m_outstanding;
        return SqliteStatement(this, sql, statement);
    }
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                      &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        return tl::unexpected(lastError(QStringLiteral("the database %1 cannot run a query").arg(m_path)));
    }
    ++m_outstanding;
    return SqliteStatement(this, sql, statement);
}

Result<qint64> SqliteDatabase::queryInt(const QString &sql)
{
    auto statement = prepare(sql);
    if (!statement)
        return tl::unexpected(statement.error());
    auto row = statement->step();
    if (!row)
        return tl::unexpected(row.error());
    return *row ? statement->columnInt64(0) : 0;
}

namespace {

void callTextFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto function = *static_cast<SqliteDatabase::TextFunction *>(sqlite3_user_data(context));
    const char *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray result = function(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(context, result.constData(), int(result.size()), SQLITE_TRANSIENT);
}

} // namespace

Result<void> SqliteDatabase::addTextFunction(const char *name, TextFunction function)
{
    // SQLite owns the copy and deletes it when the function is replaced or the connection closes.
    const int rc = sqlite3_create_function_v2(
        m_db, name, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, new TextFunction(function),
        callTextFunction, nullptr, nullptr, [](void *p) { delete static_cast<TextFunction *>(p); });
    if (rc != SQLITE_OK)
        return tl::unexpected(lastError(QStringLiteral("cannot add the SQL function %1").arg(QLatin1String(name))));
    return {};
}

void SqliteDatabase::recycle(const QString &sql, sqlite3_stmt *statement)
{
    --m_outstanding;
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    m_idle.insert(sql, statement);
}

qint64 SqliteDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

Error SqliteDatabase::lastError(const QString &message) const
{
    const int code = sqlite3_extended_errcode(m_db);
    return Error(Error::Category::Storage, damageAware(message, code), QString::fromUtf8(sqlite3_errmsg(m_db)), code);
}

QString SqliteDatabase::damageAware(const QString &message, int code) const
{
    // Damage past the size that is checked at open (GraphStore's quick_check
    // limit) first shows at a query: say so as the open would, not "failed".
    const int primary = code & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        return QStringLiteral("the database %1 is damaged; restore it from a backup").arg(m_path);
    return message;
}

} // namespace Guanxi::Internal
