#include "store/deferredftsindex.h"

#include "store/schemamigrations.h"
#include "store/sqlite/sqlitedatabase.h"
#include "store/sqlite/sqlitetransaction.h"

#include <gtest/gtest.h>

using namespace Guanxi;
using namespace Guanxi::Internal;

namespace {

std::unique_ptr<SqliteDatabase> migratedDatabase()
{
    auto db = SqliteDatabase::open(QStringLiteral(":memory:"), SqliteDatabase::Mode::ReadWriteCreate);
    EXPECT_TRUE(db);
    EXPECT_TRUE(SchemaMigrations::migrate(**db));
    return std::move(*db);
}

qint64 count(SqliteDatabase &db, const char *sql)
{
    auto n = db.queryInt(QString::fromUtf8(sql));
    EXPECT_TRUE(n) << sql;
    return n ? *n : -1;
}

void addAlias(SqliteDatabase &db, const char *alias)
{
    ASSERT_TRUE(db.exec(QStringLiteral("INSERT INTO aliases(entity_id, alias, key) VALUES (1, '%1', '%1')")
                            .arg(QString::fromUtf8(alias))));
}

} // namespace

TEST(DeferredFtsIndex, LiftsEveryInsertTriggerOfTheCurrentSchema)
{
    auto db = migratedDatabase();
    SqliteTransaction t(*db);
    ASSERT_TRUE(t.begin());
    auto fts = DeferredFtsIndex::suspend(*db);
    ASSERT_TRUE(fts);
    EXPECT_EQ(fts->suspendedTriggers(),
              (QStringList{QStringLiteral("aliases_fts_insert"), QStringLiteral("alias_pairs_insert")}));
    EXPECT_EQ(count(*db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_insert'"), 0);
}

TEST(DeferredFtsIndex, FinishIndexesOnlyRowsAddedMeanwhileAndRestoresTriggers)
{
    auto db = migratedDatabase();
    ASSERT_TRUE(db->exec(QStringLiteral("INSERT INTO entities(id, type, name) VALUES (1, 'person', 'x')")));
    addAlias(*db, "马斯克");
    SqliteTransaction t(*db);
    ASSERT_TRUE(t.begin());
    auto fts = DeferredFtsIndex::suspend(*db);
    ASSERT_TRUE(fts);
    addAlias(*db, "李彦宏");
    addAlias(*db, "周鸿祎");
    EXPECT_EQ(count(*db, "SELECT count(*) FROM aliases_fts WHERE aliases_fts MATCH '李彦宏'"), 0);
    ASSERT_TRUE(fts->finish());
    ASSERT_TRUE(t.commit());
    EXPECT_EQ(count(*db, "SELECT count(*) FROM aliases_fts WHERE aliases_fts MATCH '李彦宏'"), 1);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM aliases_fts WHERE aliases_fts MATCH '马斯克'"), 1);
    // The index agrees with its content table: no row twice, none missing.
    EXPECT_TRUE(db->exec(QStringLiteral("INSERT INTO aliases_fts(aliases_fts) VALUES('integrity-check')")));
    addAlias(*db, "雷军先生");  // the restored trigger indexes it at once
    EXPECT_EQ(count(*db, "SELECT count(*) FROM aliases_fts WHERE aliases_fts MATCH '雷军先'"), 1);
}

TEST(DeferredFtsIndex, RollbackBringsTheTriggersBack)
{
    auto db = migratedDatabase();
    {
        SqliteTransaction t(*db);
        ASSERT_TRUE(t.begin());
        ASSERT_TRUE(DeferredFtsIndex::suspend(*db));
    }
    EXPECT_EQ(count(*db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_insert'"), 2);
}

TEST(DeferredFtsIndex, LeavesATriggerItDoesNotRecogniseInPlace)
{
    auto db = migratedDatabase();
    ASSERT_TRUE(db->exec(QStringLiteral(
        "DROP TRIGGER aliases_fts_insert; "
        "CREATE TRIGGER aliases_fts_insert AFTER INSERT ON aliases BEGIN "
        "INSERT INTO aliases_fts(rowid, alias) VALUES (new.id, new.alias); SELECT 1; END;")));
    SqliteTransaction t(*db);
    ASSERT_TRUE(t.begin());
    auto fts = DeferredFtsIndex::suspend(*db);
    ASSERT_TRUE(fts);
    EXPECT_EQ(fts->suspendedTriggers(),
              (QStringList{QStringLiteral("alias_pairs_insert")}));
    EXPECT_EQ(count(*db, "SELECT count(*) FROM sqlite_master WHERE name = 'aliases_fts_insert'"), 1);
}
