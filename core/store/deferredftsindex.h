#pragma once

#include "common/error.h"

#include <QList>
#include <QString>

namespace Guanxi::Internal {

class SqliteDatabase;

// Lifts the full-text insert triggers (aliases_fts_insert, alias_pairs_insert)
// inside the caller's open transaction and indexes the rows added meanwhile in
// one statement per index on finish(), then puts the triggers back. FTS5 flushes
// its pending terms at every statement savepoint, so with the triggers a bulk
// ingest writes one tiny index segment per alias; deferred, it writes one per
// batch. A rollback undoes the lifting too (SQLite DDL is transactional). A
// trigger whose text is not the one expected is left in place: slower, never wrong.
class DeferredFtsIndex
{
public:
    static Result<DeferredFtsIndex> suspend(SqliteDatabase &db);
    // Indexes the new rows and restores the triggers. Call once, before commit.
    Result<void> finish();

    // Names of the triggers this instance lifted (for tests).
    QStringList suspendedTriggers() const;

private:
    struct Suspended
    {
        QString trigger;
        QString createSql;  // as stored in sqlite_master, to restore it verbatim
        QString bulkSql;    // indexes rows with id > ?1
        qint64 lastIdBefore = 0;
    };
    explicit DeferredFtsIndex(SqliteDatabase &db) : m_db(&db) {}

    SqliteDatabase *m_db;
    QList<Suspended> m_suspended;
};

} // namespace Guanxi::Internal
