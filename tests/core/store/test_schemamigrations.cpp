#include "store/schemamigrations.h"

#include "store/sqlite/sqlitedatabase.h"
#include "storetestutil.h"
#include "store/graphstore.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Guanxi;
using namespace Guanxi::Test;
using Internal::SchemaMigrations;
using Internal::SqliteDatabase;

namespace {

// The schema of version 1 as it shipped, written out by hand so that this test
// keeps checking the upgrade path even if someone edits the migration list.
const char *const kVersion1 = R"(
CREATE TABLE documents(id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',
  source_url TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '', published TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT '', content_hash TEXT NOT NULL UNIQUE, text TEXT NOT NULL DEFAULT '',
  ingested_at TEXT NOT NULL DEFAULT '');
CREATE TABLE entities(id INTEGER PRIMARY KEY, type TEXT NOT NULL, kind TEXT NOT NULL DEFAULT '', name TEXT NOT NULL,
  court TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '', time TEXT NOT NULL DEFAULT '',
  confidence REAL NOT NULL DEFAULT 1.0);
CREATE TABLE aliases(id INTEGER PRIMARY KEY, entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias TEXT NOT NULL, key TEXT NOT NULL, UNIQUE(entity_id, alias));
CREATE INDEX aliases_key ON aliases(key);
CREATE TABLE relations(id INTEGER PRIMARY KEY, type TEXT NOT NULL,
  source_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  target_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  time TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT '', amount TEXT NOT NULL DEFAULT '', amount_value REAL,
  currency TEXT NOT NULL DEFAULT '', duration TEXT NOT NULL DEFAULT '', confidence REAL NOT NULL DEFAULT 1.0,
  UNIQUE(type, source_id, target_id, time));
CREATE INDEX relations_source ON relations(source_id);
CREATE INDEX relations_target ON relations(target_id);
CREATE TABLE evidence(id INTEGER PRIMARY KEY, relation_id INTEGER REFERENCES relations(id) ON DELETE CASCADE,
  entity_id INTEGER REFERENCES entities(id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence TEXT NOT NULL DEFAULT '', start INTEGER NOT NULL DEFAULT -1, "end" INTEGER NOT NULL DEFAULT -1,
  CHECK((relation_id IS NULL) <> (entity_id IS NULL)));
INSERT INTO documents(id, name, content_hash, text) VALUES (1, 'old.txt', 'abc', '苏茨克维离开了OpenAI。');
INSERT INTO entities(id, type, name) VALUES (1, 'person', 'Ilya Sutskever'), (2, 'organization', 'OpenAI');
INSERT INTO aliases(entity_id, alias, key) VALUES (1, 'Ilya Sutskever', 'ilyasutskever'),
  (1, '伊尔亚·苏茨克维', '伊尔亚苏茨克维'), (2, 'OpenAI', 'openai');
INSERT INTO relations(id, type, source_id, target_id, time) VALUES (1, 'left', 1, 2, '2024-05');
INSERT INTO evidence(relation_id, document_id, sentence) VALUES (1, 1, '苏茨克维离开了OpenAI。');
PRAGMA user_version = 1;
)";

void writeDatabase(const QString &path, const QString &sql)
{
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWriteCreate);
    ASSERT_TRUE(db);
    ASSERT_TRUE((*db)->exec(sql)) << sql.toStdString();
}

} // namespace

TEST(SchemaMigrations, ThereAreAtLeastTwoVersions)
{
    EXPECT_GE(SchemaMigrations::latestVersion(), 2);
    EXPECT_EQ(GraphStore::latestSchemaVersion(), SchemaMigrations::latestVersion());
    for (int v = 1; v <= SchemaMigrations::latestVersion(); ++v)
        EXPECT_FALSE(SchemaMigrations::ddl(v).isEmpty()) << v;
    EXPECT_TRUE(SchemaMigrations::ddl(SchemaMigrations::latestVersion() + 1).isEmpty());
}

TEST(SchemaMigrations, NewDatabaseGetsTheLatestVersion)
{
    auto store = GraphStore::open(QStringLiteral(":memory:"));
    ASSERT_TRUE(store);
    EXPECT_EQ((*store)->schemaVersion(), SchemaMigrations::latestVersion());
}

TEST(SchemaMigrations, VersionOneDatabaseIsUpgradedWithItsData)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    writeDatabase(path, QString::fromUtf8(kVersion1));

    auto store = GraphStore::open(path);
    ASSERT_TRUE(store) << store.error().toString().toStdString();
    EXPECT_EQ((*store)->schemaVersion(), SchemaMigrations::latestVersion());
    auto stats = (*store)->stats();
    EXPECT_EQ(stats->documents, 1);
    EXPECT_EQ(stats->entities, 2);
    EXPECT_EQ(stats->relations, 1);
    // Full-text search, added in version 2, covers the rows written before it.
    auto hits = (*store)->search(QStringLiteral("苏茨克"));
    ASSERT_TRUE(hits) << hits.error().toString().toStdString();
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().entity.name, QStringLiteral("Ilya Sutskever"));
    auto history = (*store)->history(hits->first().entity.id);
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().relation.evidence.first().document, QStringLiteral("old.txt"));
}

TEST(SchemaMigrations, UpgradeIndexesTheShortSubstringsOfExistingAliases)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    writeDatabase(path, QString::fromUtf8(kVersion1));

    auto store = GraphStore::open(path);
    ASSERT_TRUE(store) << store.error().toString().toStdString();
    // Version 4's pair index, filled from the rows written before it.
    for (const QString &q : {QStringLiteral("茨克"), QStringLiteral("维")}) {
        auto hits = (*store)->search(q);
        ASSERT_TRUE(hits) << hits.error().toString().toStdString();
        ASSERT_EQ(hits->size(), 1) << q.toStdString();
        EXPECT_EQ(hits->first().matched, QStringLiteral("伊尔亚·苏茨克维"));
    }
}

TEST(SchemaMigrations, UpgradeDropsTheArticleTextIndexAndKeepsTheArticles)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    writeDatabase(path, QString::fromUtf8(kVersion1));
    {
        auto store = GraphStore::open(path);
        ASSERT_TRUE(store) << store.error().toString().toStdString();
    }
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite);
    ASSERT_TRUE(db);
    // Version 2 built documents_fts and its triggers; version 5 removes all four.
    EXPECT_EQ(*(*db)->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'documents_fts%'")), 0);
    EXPECT_EQ(*(*db)->queryInt(QStringLiteral("SELECT count(*) FROM documents WHERE text = '苏茨克维离开了OpenAI。'")), 1);
    // No trigger is left pointing at the dropped table: updates and deletes still work.
    EXPECT_TRUE((*db)->exec(QStringLiteral("UPDATE documents SET title = 'renamed' WHERE id = 1")));
    EXPECT_TRUE((*db)->exec(QStringLiteral("DELETE FROM evidence; DELETE FROM documents WHERE id = 1")));
}

TEST(SchemaMigrations, OlderDatabaseIsNotUpgradedReadOnly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    writeDatabase(path, QString::fromUtf8(kVersion1));
    const QByteArray before = readAll(path);
    auto store = GraphStore::open(path, GraphStore::OpenMode::ReadOnly);
    ASSERT_FALSE(store);
    EXPECT_TRUE(store.error().message().contains(QStringLiteral("older schema")));
    EXPECT_EQ(readAll(path), before);
}

TEST(SchemaMigrations, NewerDatabaseIsRefusedAndLeftByteIdentical)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    writeDatabase(path, QStringLiteral("CREATE TABLE things(x); INSERT INTO things VALUES (1); PRAGMA user_version = 999;"));
    const QByteArray before = readAll(path);
    ASSERT_FALSE(before.isEmpty());

    for (auto mode : {GraphStore::OpenMode::ReadWrite, GraphStore::OpenMode::ReadOnly}) {
        auto store = GraphStore::open(path, mode);
        ASSERT_FALSE(store);
        EXPECT_EQ(store.error().category(), Error::Category::Storage);
        EXPECT_TRUE(store.error().message().contains(QStringLiteral("newer"))) << store.error().toString().toStdString();
        EXPECT_TRUE(store.error().message().contains(QStringLiteral("999")));
    }
    EXPECT_EQ(readAll(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-shm")));
}

TEST(SchemaMigrations, ForeignSqliteDatabaseIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    writeDatabase(path, QStringLiteral("CREATE TABLE songs(title TEXT);"));
    const QByteArray before = readAll(path);
    auto store = GraphStore::open(path);
    ASSERT_FALSE(store);
    EXPECT_TRUE(store.error().message().contains(QStringLiteral("not a Guanxi one")));
    EXPECT_EQ(readAll(path), before);
}

TEST(SchemaMigrations, CorruptDatabaseIsRefusedAndLeftAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.db"));
    {
        auto store = GraphStore::open(path);
        ASSERT_TRUE(store);
        GraphDocument d = makeDocument(QStringLiteral("x.txt"), QStringLiteral("x"));
        for (int i = 0; i < 300; ++i)
            d.entities.append(makeEntity(QStringLiteral("e%1").arg(i), EntityType::Product,
                                         QStringLiteral("Product number %1").arg(i)));
        ASSERT_TRUE((*store)->ingest(d));
    }
    QByteArray bytes = readAll(path);
    ASSERT_GT(bytes.size(), 8192);
    // Keep the header, scribble over the pages after the first.
    for (qsizetype i = 4096; i < bytes.size(); ++i)
        bytes[i] = char(0xA5 ^ (i & 0xFF));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    auto store = GraphStore::open(path);
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().category(), Error::Category::Storage);
    EXPECT_EQ(readAll(path), bytes);
}

TEST(SchemaMigrations, NewerWalDatabaseIsRefusedWithoutCreatingWalFiles)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future-wal.db"));
    {
        auto store = GraphStore::open(path);
        ASSERT_TRUE(store);
    }
    writeDatabase(path, QStringLiteral("PRAGMA user_version = 999;"));
    ASSERT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    const QByteArray before = readAll(path);

    auto store = GraphStore::open(path);
    ASSERT_FALSE(store);
    EXPECT_TRUE(store.error().message().contains(QStringLiteral("newer")));
    EXPECT_EQ(readAll(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-shm")));
}
