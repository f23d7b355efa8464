#include "store/sqlite/sqlitedatabase.h"
#include "store/sqlite/sqlitestatement.h"
#include "store/sqlite/sqlitetransaction.h"

#include <gtest/gtest.h>

using namespace Guanxi;
using namespace Guanxi::Internal;

namespace {

std::unique_ptr<SqliteDatabase> memoryDatabase()
{
    auto db = SqliteDatabase::open(QStringLiteral(":memory:"), SqliteDatabase::Mode::ReadWriteCreate);
    EXPECT_TRUE(db);
    EXPECT_TRUE((*db)->exec(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT, value REAL)")));
    return std::move(*db);
}

qint64 rowCount(SqliteDatabase &db)
{
    return db.queryInt(QStringLiteral("SELECT count(*) FROM t")).value_or(-1);
}

} // namespace

TEST(SqliteDatabase, BindsAndReadsUtf8Text)
{
    auto db = memoryDatabase();
    auto insert = db->prepare(QStringLiteral("INSERT INTO t(name, value) VALUES (?1, ?2)"));
    ASSERT_TRUE(insert);
    insert->bind(1, QStringLiteral("马斯克 \"quoted\" 'single'")).bind(2, std::optional<double>());
    ASSERT_TRUE(insert->exec());
    auto select = db->prepare(QStringLiteral("SELECT name, value FROM t WHERE id = :id"));
    ASSERT_TRUE(select);
    select->bind(":id", db->lastInsertRowId());
    auto row = select->step();
    ASSERT_TRUE(row && *row);
    EXPECT_EQ(select->columnText(0), QStringLiteral("马斯克 \"quoted\" 'single'"));
    EXPECT_FALSE(select->columnOptionalDouble(1).has_value());
}

// Text is bound without SQLite's own copy: the statement must keep it alive
// after the caller's string is gone, and through a reset and a rebind.
TEST(SqliteDatabase, BoundTextOutlivesTheCallersStringAndIsReplacedOnRebind)
{
    auto db = memoryDatabase();
    auto insert = db->prepare(QStringLiteral("INSERT INTO t(name) VALUES (?1)"));
    ASSERT_TRUE(insert);
    insert->bind(1, QString(QStringLiteral("李彦宏")).repeated(50));  // a temporary
    QString scratch = QStringLiteral("x").repeated(150);  // reuses freed memory if the text was not kept
    ASSERT_TRUE(insert->exec());
    insert->reset();
    ASSERT_TRUE(insert->exec());  // same binding, second row
    insert->bind(1, QStringLiteral("周鸿祎"));
    ASSERT_TRUE(insert->exec());
    auto select = db->prepare(QStringLiteral("SELECT name FROM t ORDER BY id"));
    ASSERT_TRUE(select);
    QStringList names;
    while (select->step().value_or(false))
        names.append(select->columnText(0));
    const QString longName = QStringLiteral("李彦宏").repeated(50);
    EXPECT_EQ(names, (QStringList{longName, longName, QStringLiteral("周鸿祎")}));
    EXPECT_EQ(scratch.size(), 150);
}

TEST(SqliteDatabase, UnknownNamedParameterIsAnError)
{
    auto db = memoryDatabase();
    auto select = db->prepare(QStringLiteral("SELECT name FROM t WHERE id = :id"));
    ASSERT_TRUE(select);
    select->bind(":nope", qint64(1));
    EXPECT_FALSE(select->step());
}

TEST(SqliteDatabase, BadSqlIsAStorageErrorWithDetail)
{
    auto db = memoryDatabase();
    auto statement = db->prepare(QStringLiteral("SELEC nonsense"));
    ASSERT_FALSE(statement);
    EXPECT_EQ(statement.error().category(), Error::Category::Storage);
    EXPECT_FALSE(statement.error().detail().isEmpty());
    EXPECT_NE(statement.error().code(), 0);
}

TEST(SqliteDatabase, StatementsAreReusedFromTheCache)
{
    auto db = memoryDatabase();
    for (int i = 0; i < 3; ++i) {
        auto insert = db->prepare(QStringLiteral("INSERT INTO t(name) VALUES (?1)"));
        ASSERT_TRUE(insert);
        insert->bind(1, QStringLiteral("n%1").arg(i));
        ASSERT_TRUE(insert->exec());
    }
    EXPECT_EQ(rowCount(*db), 3);
    // Two live copies of one SQL text at once each get their own statement.
    auto a = db->prepare(QStringLiteral("SELECT name FROM t ORDER BY id"));
    auto b = db->prepare(QStringLiteral("SELECT name FROM t ORDER BY id"));
    ASSERT_TRUE(a && b);
    ASSERT_TRUE(*a->step());
    ASSERT_TRUE(*b->step());
    ASSERT_TRUE(*b->step());
    EXPECT_EQ(a->columnText(0), QStringLiteral("n0"));
    EXPECT_EQ(b->columnText(0), QStringLiteral("n1"));
}

TEST(SqliteDatabase, ConstraintViolationReportsExtendedCode)
{
    auto db = memoryDatabase();
    ASSERT_TRUE(db->exec(QStringLiteral("INSERT INTO t(id) VALUES (1)")));
    auto insert = db->prepare(QStringLiteral("INSERT INTO t(id) VALUES (1)"));
    ASSERT_TRUE(insert);
    auto result = insert->exec();
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code(), 1555); // SQLITE_CONSTRAINT_PRIMARYKEY
}

TEST(SqliteTransaction, RollsBackUnlessCommitted)
{
    auto db = memoryDatabase();
    {
        SqliteTransaction transaction(*db);
        ASSERT_TRUE(transaction.begin());
        ASSERT_TRUE(db->exec(QStringLiteral("INSERT INTO t(name) VALUES ('gone')")));
        EXPECT_EQ(rowCount(*db), 1);
    }
    EXPECT_EQ(rowCount(*db), 0);
    {
        SqliteTransaction transaction(*db);
        ASSERT_TRUE(transaction.begin());
        ASSERT_TRUE(db->exec(QStringLiteral("INSERT INTO t(name) VALUES ('kept')")));
        ASSERT_TRUE(transaction.commit());
        EXPECT_FALSE(transaction.isActive());
    }
    EXPECT_EQ(rowCount(*db), 1);
}

TEST(SqliteDatabase, OpeningAMissingFileReadOnlyFails)
{
    auto db = SqliteDatabase::open(QStringLiteral("/nonexistent/dir/x.db"), SqliteDatabase::Mode::ReadOnly);
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().category(), Error::Category::Storage);
    EXPECT_TRUE(db.error().message().contains(QStringLiteral("/nonexistent/dir/x.db")));
}

// The About box shows it: the library this process runs on, as SQL sees it.
TEST(SqliteDatabase, LibraryVersionIsTheLoadedLibrarys)
{
    auto db = memoryDatabase();
    auto select = db->prepare(QStringLiteral("SELECT sqlite_version()"));
    ASSERT_TRUE(select);
    auto row = select->step();
    ASSERT_TRUE(row && *row);
    EXPECT_EQ(SqliteDatabase::libraryVersion(), select->columnText(0));
    EXPECT_FALSE(SqliteDatabase::libraryVersion().isEmpty());
}
