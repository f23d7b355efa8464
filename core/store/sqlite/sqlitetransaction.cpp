#include "sqlitetransaction.h"

#include "sqlitedatabase.h"

#include <sqlite3.h>

namespace Guanxi::Internal {

SqliteTransaction::~SqliteTransaction()
{
    rollback();
}

Result<void> SqliteTransaction::begin()
{
    Q_ASSERT(!m_active);
    // IMMEDIATE takes the write lock now, so a busy database fails here (after
    // busy_timeout) rather than halfway through the work.
    auto ok = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!ok)
        return ok;
    m_active = true;
    return {};
}

Result<void> SqliteTransaction::commit()
{
    Q_ASSERT(m_active);
    auto ok = m_db.exec(QStringLiteral("COMMIT"));
    if (!ok)
        return ok; // still active: the destructor rolls back
    m_active = false;
    return {};
}

void SqliteTransaction::rollback() noexcept
{
    if (!m_active)
        return;
    m_active = false;
    // The result is ignored on purpose: after a failed COMMIT or an I/O error
    // SQLite may already have rolled back, and a destructor must not fail.
    sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

} // namespace Guanxi::Internal
