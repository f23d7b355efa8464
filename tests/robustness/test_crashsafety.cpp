// Kills `guanxi-cli ingest` of many articles with SIGKILL at random moments and
// checks what is left: the database passes PRAGMA integrity_check, and it holds
// exactly the first k articles, each whole (the store is then identical, in
// counts, to a reference that ingested those k articles and no more). The
// article in flight when the process died is therefore whole or absent.
#include "robustnesstestutil.h"

#include "extract/extractor.h"
#include "store/graphstore.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

#include <gtest/gtest.h>

#include <iostream>

using namespace Guanxi;
using namespace Guanxi::Test;

namespace {

constexpr int ArticleCount = 50;
constexpr int Kills = 30;
constexpr unsigned Seed = 20261129;
const QString Published = QStringLiteral("2024-08-11");

struct Snapshot
{
    qint64 documents = 0;
    qint64 entities = 0;
    qint64 relations = 0;
    qint64 evidence = 0;
    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

std::ostream &operator<<(std::ostream &os, const Snapshot &s)
{
    return os << s.documents << " documents, " << s.entities << " entities, " << s.relations << " relations, "
              << s.evidence << " evidence";
}

Snapshot snapshotOf(const GraphStats &stats)
{
    return Snapshot{stats.documents, stats.entities, stats.relations, stats.evidence};
}

// The store after each prefix of the articles, built in this process the way
// guanxi-cli ingest builds it (same extractor, name and publication date).
QList<Snapshot> referenceSnapshots(const QStringList &articles)
{
    QList<Snapshot> out;
    auto extractor = Extractor::create();
    EXPECT_TRUE(extractor) << extractor.error().toString().toStdString();
    auto store = GraphStore::open(QStringLiteral(":memory:"));
    EXPECT_TRUE(store) << store.error().toString().toStdString();
    if (!extractor || !store)
        return out;
    out.append(Snapshot{});
    const QDate date = QDate::fromString(Published, Qt::ISODate);
    for (const QString &path : articles) {
        const QString name = QFileInfo(path).fileName();
        auto document = (*extractor)->extract(readFile(path), ExtractRequest{name, date});
        EXPECT_TRUE(document) << document.error().toString().toStdString();
        if (!document)
            return {};
        document->info.name = name;
        document->info.published = date;
        auto report = (*store)->ingest(*document);
        EXPECT_TRUE(report) << report.error().toString().toStdString();
        auto stats = (*store)->stats();
        if (!report || !stats)
            return {};
        out.append(snapshotOf(*stats));
    }
    return out;
}

QString integrityCheck(const QString &path)
{
    sqlite3 *db = nullptr;
    QString result;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        result = QStringLiteral("cannot open: ") + QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK) {
            while (sqlite3_step(stmt) == SQLITE_ROW)
                result += QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        } else {
            result = QString::fromUtf8(sqlite3_errmsg(db));
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return result;
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

TEST(CrashSafety, IngestKilledAtRandomMomentsLeavesOnlyWholeDocuments)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QStringList articles = writeArticles(QDir(dir.path()), ArticleCount, Seed);
    const QList<Snapshot> reference = referenceSnapshots(articles);
    ASSERT_EQ(reference.size(), ArticleCount + 1);
    ASSERT_GT(reference.last().relations, 0) << "the generated articles should yield relations";
    QStringList names;
    for (const QString &path : articles)
        names.append(QFileInfo(path).fileName());

    const QString db = dir.filePath(QStringLiteral("graph.db"));
    QStringList args{QStringLiteral("ingest"), QStringLiteral("--db"), db, QStringLiteral("--published"), Published};
    args += articles;

    // An uninterrupted run: how long one takes, and that the CLI stores what
    // the reference says (else the comparisons below would mean nothing).
    QElapsedTimer timer;
    timer.start();
    const CliResult full = runCli(args, 600000);
    const qint64 fullMs = timer.elapsed();
    ASSERT_EQ(full.exitCode, 0) << full.errText().toStdString();
    {
        auto store = GraphStore::open(db);
        ASSERT_TRUE(store) << store.error().toString().toStdString();
        auto stats = (*store)->stats();
        ASSERT_TRUE(stats);
        ASSERT_EQ(snapshotOf(*stats), reference.last());
    }

    std::mt19937 rng(Seed);
    // Up to 10% past the reference time: the odd run that finishes first is fine.
    std::uniform_int_distribution<qint64> when(0, fullMs + fullMs / 10);
    int midway = 0, empty = 0, complete = 0;
    for (int kill = 0; kill < Kills; ++kill) {
        removeDatabase(db);
        const qint64 delayMs = when(rng);
        SCOPED_TRACE("kill " + std::to_string(kill) + " after " + std::to_string(delayMs) + " ms");
        QProcess process;
        process.start(QStringLiteral(GUANXI_CLI_PATH), args);
        ASSERT_TRUE(process.waitForStarted());
        if (!process.waitForFinished(int(delayMs))) {
            process.kill();  // SIGKILL: no destructor, no rollback, no flush
            ASSERT_TRUE(process.waitForFinished(60000));
        }

        if (!QFileInfo::exists(db)) {
            ++empty;
            continue;
        }
        ASSERT_EQ(integrityCheck(db), QStringLiteral("ok"));
        auto store = GraphStore::open(db);
        ASSERT_TRUE(store) << store.error().toString().toStdString();
        auto stats = (*store)->stats();
        ASSERT_TRUE(stats) << stats.error().toString().toStdString();
        auto documents = (*store)->documents();
        ASSERT_TRUE(documents) << documents.error().toString().toStdString();
        const qsizetype stored = documents->size();
        ASSERT_LE(stored, ArticleCount);
        QSet<QString> storedNames;
        for (const DocumentInfo &info : *documents)
            storedNames.insert(info.name);
        // The articles are stored in order, so what survived is a prefix...
        EXPECT_EQ(storedNames, QSet<QString>(names.begin(), names.begin() + stored));
        // ...and every one of them whole: the store equals the reference after them.
        EXPECT_EQ(snapshotOf(*stats), reference.at(stored));
        if (stored == 0)
            ++empty;
        else if (stored == ArticleCount)
            ++complete;
        else
            ++midway;
    }
    std::cout << "[ crash safety ] " << Kills << " SIGKILLs of a " << ArticleCount << "-article ingest ("
              << fullMs << " ms uninterrupted): " << midway << " mid-ingest, " << empty
              << " before the first commit, " << complete << " after the last; all survived\n";
    RecordProperty("kills_mid_ingest", midway);
}
