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
