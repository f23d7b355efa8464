// Two programs on one database: a reader (the viewer's GraphStore) keeps it
// open and keeps querying while guanxi-cli ingest writes. Neither may fail with
// "database is locked" within the busy timeout, and the reader must notice the
// new data (GraphStore::dataVersion) and see it on its next query.
#include "robustnesstestutil.h"

#include "store/graphstore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

#include <gtest/gtest.h>

using namespace Guanxi;
using namespace Guanxi::Test;

namespace {

class ConcurrentAccess : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_articles = writeArticles(QDir(m_dir.path()), 21, 7);
        // The database exists, with one article, before the reader opens it.
        const CliResult r = runCli(ingestArgs({m_articles.first()}));
        ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    }

    QString db() const { return m_dir.filePath(QStringLiteral("graph.db")); }
    QStringList rest() const { return m_articles.mid(1); }
    QStringList ingestArgs(const QStringList &files) const
    {
        return QStringList{QStringLiteral("ingest"), QStringLiteral("--db"), db()} + files;
    }

private:
    QTemporaryDir m_dir;
    QStringList m_articles;
};

} // namespace

TEST_F(ConcurrentAccess, ReaderKeepsQueryingWhileTheCliIngests)
{
    auto reader = GraphStore::open(db());
    ASSERT_TRUE(reader) << reader.error().toString().toStdString();
    GraphStore &store = **reader;
    const auto versionBefore = store.dataVersion();
    ASSERT_TRUE(versionBefore);
    auto statsBefore = store.stats();
    ASSERT_TRUE(statsBefore);
    ASSERT_EQ(statsBefore->documents, 1);

    QProcess cli;
    cli.start(QStringLiteral(GUANXI_CLI_PATH), ingestArgs(rest()));
    ASSERT_TRUE(cli.waitForStarted());
    int queries = 0;
    QStringList failures;
    while (!cli.waitForFinished(5)) {
        // What the viewer does on a timer and on every click.
        auto stats = store.stats();
        auto hits = store.search(QStringLiteral("星河"));
        auto graph = store.graph();
        auto version = store.dataVersion();
        for (const Error *e : {stats ? nullptr : &stats.error(), hits ? nullptr : &hits.error(),
                               graph ? nullptr : &graph.error(), version ? nullptr : &version.error()}) {
            if (e)
                failures.append(e->toString());
        }
        ++queries;
    }
    EXPECT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char('\n')).toStdString();
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    ASSERT_EQ(cli.exitCode(), 0) << err.toStdString();
    EXPECT_FALSE(err.contains(QStringLiteral("locked"))) << err.toStdString();
    EXPECT_GT(queries, 0);

    const auto versionAfter = store.dataVersion();
    ASSERT_TRUE(versionAfter);
    EXPECT_NE(*versionAfter, *versionBefore) << "the reader was not told of the ingest";
    auto statsAfter = store.stats();
    ASSERT_TRUE(statsAfter);
    EXPECT_EQ(statsAfter->documents, 1 + rest().size());
}

TEST_F(ConcurrentAccess, DataVersionStaysPutWithoutOtherWriters)
{
    auto reader = GraphStore::open(db());
    ASSERT_TRUE(reader);
    const auto before = (*reader)->dataVersion();
    ASSERT_TRUE(before);
    ASSERT_TRUE((*reader)->stats());
    const auto after = (*reader)->dataVersion();
    ASSERT_TRUE(after);
    EXPECT_EQ(*after, *before);
}

TEST_F(ConcurrentAccess, IngestWaitsForAWriterThatHoldsTheLockBriefly)
{
    // Another program holds the write lock for a second: well inside the
    // store's busy timeout, so the CLI waits instead of failing.
    sqlite3 *other = nullptr;
    ASSERT_EQ(sqlite3_open_v2(db().toUtf8().constData(), &other, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);

    QProcess cli;
    cli.start(QStringLiteral(GUANXI_CLI_PATH), ingestArgs({rest().first()}));
    ASSERT_TRUE(cli.waitForStarted());
    QThread::msleep(1000);
    EXPECT_EQ(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(other);

    ASSERT_TRUE(cli.waitForFinished(120000));
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    EXPECT_EQ(cli.exitCode(), 0) << err.toStdString();
    EXPECT_FALSE(err.contains(QStringLiteral("locked"))) << err.toStdString();
}

TEST_F(ConcurrentAccess, LongReadTransactionDoesNotBlockTheIngest)
{
    // A reader in the middle of a long read (WAL: readers never block the writer).
    sqlite3 *other = nullptr;
    ASSERT_EQ(sqlite3_open_v2(db().toUtf8().constData(), &other, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "BEGIN; SELECT count(*) FROM entities;", nullptr, nullptr, nullptr), SQLITE_OK);

    const CliResult r = runCli(ingestArgs(rest()));
    EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();

    sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    auto store = GraphStore::open(db());
    ASSERT_TRUE(store);
    auto stats = (*store)->stats();
    ASSERT_TRUE(stats);
    EXPECT_EQ(stats->documents, 1 + rest().size());
}
