#include "deferredftsindex.h"

#include "sqlite/sqlitedatabase.h"
#include "sqlite/sqlitestatement.h"
#include "storetry.h"

namespace Guanxi::Internal {

namespace {

struct Deferrable
{
    const char *trigger;
    const char *table;
    const char *expectedSql;  // whitespace-collapsed trigger text from its migration (v2, v4)
    const char *bulkSql;
};

// Each trigger here indexes exactly the row it fires for; the bulk statement
// does the same for every row past the ids seen at suspend().
const Deferrable s_deferrable[] = {
    {"aliases_fts_insert", "aliases",
     "CREATE TRIGGER aliases_fts_insert AFTER INSERT ON aliases BEGIN "
     "INSERT INTO aliases_fts(rowid, alias) VALUES (new.id, new.alias); END",
     "INSERT INTO aliases_fts(rowid, alias) SELECT id, alias FROM aliases WHERE id > ?1 ORDER BY id"},
    {"alias_pairs_insert", "aliases",
     "CREATE TRIGGER alias_pairs_insert AFTER INSERT ON aliases BEGIN "
     "INSERT INTO alias_pairs(rowid, pairs) VALUES (new.id, guanxi_alias_pairs(new.key)); END",
     "INSERT INTO alias_pairs(rowid, pairs) SELECT id, guanxi_alias_pairs(key) FROM aliases WHERE id > ?1 ORDER BY id"},
};

} // namespace

Result<DeferredFtsIndex> DeferredFtsIndex::suspend(SqliteDatabase &db)
{
    DeferredFtsIndex deferred(db);
    for (const Deferrable &d : s_deferrable) {
        QString createSql;
        {
            GUANXI_TRY(query, db.prepare(QStringLiteral(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?1")));
            query->bind(1, QString::fromLatin1(d.trigger));
            GUANXI_TRY(row, query->step());
            if (!*row)
                continue;
            createSql = query->columnText(0);
        }
        if (createSql.simplified() != QLatin1String(d.expectedSql))
            continue;  // changed by a later migration: keep it firing
        GUANXI_TRY(lastId, db.queryInt(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1")
                                           .arg(QLatin1String(d.table))));
        GUANXI_TRY_VOID(db.exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(d.trigger))));
        deferred.m_suspended.append(Suspended{QString::fromLatin1(d.trigger), createSql,
                                              QString::fromLatin1(d.bulkSql), *lastId});
    }
    return deferred;
}

Result<void> DeferredFtsIndex::finish()
{
    for (const Suspended &s : std::as_const(m_suspended)) {
        {
            GUANXI_TRY(bulk, m_db->prepare(s.bulkSql));
            bulk->bind(1, s.lastIdBefore);
            GUANXI_TRY_VOID(bulk->exec());
        }
        GUANXI_TRY_VOID(m_db->exec(s.createSql));
    }
    m_suspended.clear();
    return {};
}

QStringList DeferredFtsIndex::suspendedTriggers() const
{
    QStringList names;
    for (const Suspended &s : m_suspended)
        names.append(s.trigger);
    return names;
}

} // namespace Guanxi::Internal
