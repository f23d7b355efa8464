#pragma once

#include "common/error.h"

namespace Guanxi::Internal {

class SqliteDatabase;

// BEGIN IMMEDIATE ... COMMIT, rolled back in the destructor unless committed,
// so an early return or an error path never leaves half a write behind.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteDatabase &db) : m_db(db) {}
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    Result<void> begin();
    Result<void> commit();
    // Explicit rollback; the destructor does the same for an open transaction.
    void rollback() noexcept;

    bool isActive() const { return m_active; }

private:
    SqliteDatabase &m_db;
    bool m_active = false;
};

} // namespace Guanxi::Internal
