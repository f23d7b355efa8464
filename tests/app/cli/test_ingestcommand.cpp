#include "clirunner.h"

#include <QJsonObject>

using namespace Guanxi::Test;

using IngestCommand = CliTest;

TEST_F(IngestCommand, JsonFileIsStoredAsIs)
{
    ingestGold();
    const CliRun r = run({QStringLiteral("stats"), QStringLiteral("--db"), db(), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const QJsonObject stats = r.json().object();
    EXPECT_EQ(stats.value(QStringLiteral("documents")).toInt(), 1);
    EXPECT_EQ(stats.value(QStringLiteral("entities")).toInt(), 26);
    EXPECT_EQ(stats.value(QStringLiteral("relations")).toInt(), 34);
}

TEST_F(IngestCommand, SameFileTwiceIsReportedAlreadyPresent)
{
    ingestGold();
    const CliRun again = run({QStringLiteral("ingest"), QStringLiteral("--db"), db(), goldFile()});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains("already in the database"));
    const CliRun stats = run({QStringLiteral("stats"), QStringLiteral("--db"), db(), QStringLiteral("--json")});
    EXPECT_EQ(stats.json().object().value(QStringLiteral("documents")).toInt(), 1);
}

TEST_F(IngestCommand, BadFileFailsNamingItAndNothingIsStored)
{
    ingestGold();
    const QByteArray before = readAll(db());
    ASSERT_FALSE(before.isEmpty());
    const QString bad = write(QStringLiteral("broken.json"), "{\"document\": \"x\", \"entities\": [");
    const QString good = QStringLiteral(GUANXI_EVAL_DIR "/dev/stability_ai_turmoil.gold.json");

    const CliRun r = run({QStringLiteral("ingest"), QStringLiteral("--db"), db(), good, bad});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("guanxi-cli: ") + bad + QStringLiteral(": ")))
        << r.errText().toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(readAll(db()), before);
    const CliRun stats = run({QStringLiteral("stats"), QStringLiteral("--db"), db(), QStringLiteral("--json")});
    EXPECT_EQ(stats.json().object().value(QStringLiteral("documents")).toInt(), 1);
}

TEST_F(IngestCommand, JsonThatBreaksTheSchemaIsRefused)
{
    const QString bad = write(QStringLiteral("schema.json"),
                              R"({"document": "s.txt", "entities": [{"id": "a", "type": "person", "name": "A"}],
                                  "relations": [{"type": "founded", "source": "a", "target": "missing"}]})");
    const CliRun r = run({QStringLiteral("ingest"), QStringLiteral("--db"), db(), bad});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(bad));
    EXPECT_FALSE(QFile::exists(db()));
}

TEST_F(IngestCommand, MissingFileFailsNamingIt)
{
    const QString missing = path(QStringLiteral("nowhere.txt"));
    const CliRun r = run({QStringLiteral("ingest"), QStringLiteral("--db"), db(), missing});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(missing));
}

TEST_F(IngestCommand, MalformedPublishedDateIsAUsageError)
{
    const CliRun r = run({QStringLiteral("ingest"), QStringLiteral("--db"), db(), QStringLiteral("--published"),
                          QStringLiteral("last tuesday"), articleFile()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("last tuesday")));
}

TEST_F(IngestCommand, ArticleIsExtractedAndStoredWithItsText)
{
    const CliRun r = run({QStringLiteral("ingest"), QStringLiteral("--db"), db(), QStringLiteral("--published"),
                          QStringLiteral("2024-08-11"), articleFile()});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const CliRun stats = run({QStringLiteral("stats"), QStringLiteral("--db"), db(), QStringLiteral("--json")});
    EXPECT_EQ(stats.json().object().value(QStringLiteral("documents")).toInt(), 1);
    // The article's own text is what is hashed: the same file again is a no-op.
    const CliRun again = run({QStringLiteral("ingest"), QStringLiteral("--db"), db(), articleFile()});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains("already in the database"));
}

TEST_F(IngestCommand, NotADatabaseIsRefusedAndLeftAlone)
{
    const QString notDb = write(QStringLiteral("notes.db"), QByteArray("plain text, not SQLite\n").repeated(100));
    const QByteArray before = readAll(notDb);
    const CliRun r = run({QStringLiteral("ingest"), QStringLiteral("--db"), notDb, goldFile()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(notDb));
    EXPECT_EQ(readAll(notDb), before);
}

TEST_F(IngestCommand, ProgressStaysOffStderrWhenItIsNotATerminal)
{
    const CliRun r = run({QStringLiteral("ingest"), QStringLiteral("--db"), db(), goldFile(),
                          QStringLiteral(GUANXI_EVAL_DIR "/dev/stability_ai_turmoil.gold.json")});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.err.isEmpty()) << r.errText().toStdString();
    EXPECT_EQ(r.out.count('\n'), 2);
}

TEST_F(IngestCommand, ParallelExtractionStoresInInputOrderLikeOneThread)
{
    const QStringList articles{articleFile(), QStringLiteral(GUANXI_EVAL_DIR "/dev/alibaba_moonshot_bets.txt"),
                               QStringLiteral(GUANXI_EVAL_DIR "/dev/baichuan_wang_xiaochuan.txt"),
                               QStringLiteral(GUANXI_EVAL_DIR "/dev/xiaomi_tiktok_trad.txt")};
    QByteArray outputs[2];
    for (int jobs : {1, 3}) {
        const QString database = path(QStringLiteral("jobs%1.db").arg(jobs));
        const CliRun r = run(QStringList{QStringLiteral("ingest"), QStringLiteral("--db"), database,
                                         QStringLiteral("--published"), QStringLiteral("2024-08-11"),
                                         QStringLiteral("--jobs"), QString::number(jobs)} + articles);
        ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
        const QList<QByteArray> lines = r.out.split('\n');
        ASSERT_GE(lines.size(), 4);
        for (int i = 0; i < 4; ++i)  // document ids follow the order of the files
            EXPECT_TRUE(lines.at(i).startsWith((articles.at(i) + QStringLiteral(": document %1:").arg(i + 1)).toUtf8()))
                << lines.at(i).toStdString();
        outputs[jobs == 1 ? 0 : 1] = QByteArray(r.out).replace(database.toUtf8(), "");
    }
    EXPECT_EQ(outputs[0], outputs[1]);
}

// With several jobs the store starts before the last file is extracted: a
// bad later file must still leave no database behind.
TEST_F(IngestCommand, BadLaterFileWithJobsLeavesNoNewDatabase)
{
    const QString bad = write(QStringLiteral("broken.json"), "{\"document\": \"x\", \"entities\": [");
    const CliRun r = run({QStringLiteral("ingest"), QStringLiteral("--db"), db(), QStringLiteral("--jobs"),
                          QStringLiteral("2"), QStringLiteral("--published"), QStringLiteral("2024-08-11"),
                          articleFile(), goldFile(), bad});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("guanxi-cli: ") + bad + QStringLiteral(": ")))
        << r.errText().toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_FALSE(QFile::exists(db()));
    EXPECT_FALSE(QFile::exists(db() + QStringLiteral("-wal")));
}

TEST_F(IngestCommand, JobsMustBeAPositiveNumber)
{
    const CliRun r = run({QStringLiteral("ingest"), QStringLiteral("--db"), db(), QStringLiteral("--jobs"),
                          QStringLiteral("0"), goldFile()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("--jobs 0")));
    EXPECT_FALSE(QFile::exists(db()));
}

TEST_F(IngestCommand, FailedStoreNamesTheFileAndStoresNoneOfTheRun)
{
    const QString bad = write(QStringLiteral("late.json"),
                              R"({"document": "late.txt", "entities": [{"id": "a", "type": "person", "name": "A"}],
                                  "relations": [{"type": "founded", "source": "a", "target": "missing"}]})");
    const CliRun r = run({QStringLiteral("ingest"), QStringLiteral("--db"), db(), goldFile(), bad});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("guanxi-cli: ") + bad + QStringLiteral(": ")))
        << r.errText().toStdString();
    const CliRun stats = run({QStringLiteral("stats"), QStringLiteral("--db"), db(), QStringLiteral("--json")});
    EXPECT_EQ(stats.json().object().value(QStringLiteral("documents")).toInt(), 0);
}
