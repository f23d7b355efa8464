// guanxi-cli on a database the user may not write (issue 6): in a read-only
// folder, or to be created where no folder can be. The message names the
// file and what the user can do, not SQLite's own text; the exit is non-zero
// and nothing is written. Queries still work there.

#include "clirunner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Guanxi::Test;

namespace {

constexpr uid_t Nobody = 65534;

// Root may write any folder: as root the CLI runs as `nobody`, who may not.
class ReadOnlyDatabase : public CliTest
{
protected:
    void SetUp() override
    {
        folder = path(QStringLiteral("readonly"));
        ASSERT_TRUE(QDir().mkpath(folder));
        // `nobody` must reach the folder (QTemporaryDir makes its own 0700).
        ASSERT_EQ(::chmod(QFile::encodeName(QFileInfo(folder).absolutePath()).constData(), 0755), 0);
    }

    void TearDown() override { ::chmod(QFile::encodeName(folder).constData(), 0755); }

    void makeFolderReadOnly() { ASSERT_EQ(::chmod(QFile::encodeName(folder).constData(), 0555), 0); }

    // A database in the folder holding the gold graph, the user's own file (only the folder is read-only).
    QString goldDatabaseInFolder()
    {
        const QString database = folder + QStringLiteral("/graph.db");
        const CliRun r = run({QStringLiteral("ingest"), QStringLiteral("--db"), database, goldFile()});
        EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
        if (::geteuid() == 0) {
            EXPECT_EQ(::chown(QFile::encodeName(database).constData(), Nobody, Nobody), 0);
        }
        return database;
    }

    CliRun runAsUser(const QStringList &args) const
    {
        QProcess process;
        if (::geteuid() == 0) {
            process.setChildProcessModifier([] {
                // In the child, between fork and exec: only async-signal-safe calls.
                if (::setgroups(0, nullptr) != 0 || ::setresgid(Nobody, Nobody, Nobody) != 0
                    || ::setresuid(Nobody, Nobody, Nobody) != 0)
                    ::_exit(99);
            });
        }
        process.start(QStringLiteral(GUANXI_CLI_PATH), args);
        CliRun result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            ADD_FAILURE() << "guanxi-cli did not finish";
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    static void expectNoSqliteText(const QString &text)
    {
        EXPECT_FALSE(text.contains(QStringLiteral("readonly database"))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("unable to open database file"))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("refused an update"))) << text.toStdString();
    }

    QString folder;
};

} // namespace

TEST_F(ReadOnlyDatabase, IngestIntoAReadOnlyFolderSaysWhatTheUserCanDo)
{
    const QString database = goldDatabaseInFolder();
    makeFolderReadOnly();
    const QByteArray before = readAll(database);
    const CliRun r = runAsUser({QStringLiteral("ingest"), QStringLiteral("--db"), database, articleFile()});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_NE(r.exitCode, 99) << "could not switch to an ordinary user";
    const QString text = r.errText();
    EXPECT_TRUE(text.contains(database)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("the folder %1 is not writable").arg(folder))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("can still read it"))) << text.toStdString();
    expectNoSqliteText(text);
    EXPECT_EQ(readAll(database), before);
    EXPECT_FALSE(QFile::exists(database + QStringLiteral("-wal")));
}

TEST_F(ReadOnlyDatabase, QueriesOnADatabaseInAReadOnlyFolderWork)
{
    const QString database = goldDatabaseInFolder();
    makeFolderReadOnly();
    const QByteArray before = readAll(database);
    const CliRun r = runAsUser({QStringLiteral("stats"), QStringLiteral("--db"), database, QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_EQ(r.json().object().value(QStringLiteral("entities")).toInt(), 26);
    EXPECT_EQ(readAll(database), before);
}

TEST_F(ReadOnlyDatabase, NewDatabaseInAReadOnlyFolderIsRefusedNamingTheFolder)
{
    makeFolderReadOnly();
    const QString database = folder + QStringLiteral("/new.db");
    const CliRun r = runAsUser({QStringLiteral("ingest"), QStringLiteral("--db"), database, goldFile()});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_NE(r.exitCode, 99) << "could not switch to an ordinary user";
    const QString text = r.errText();
    EXPECT_TRUE(text.contains(database)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("the folder %1 is not writable").arg(folder))) << text.toStdString();
    expectNoSqliteText(text);
    EXPECT_FALSE(QFile::exists(database));
}

TEST_F(ReadOnlyDatabase, MissingFolderThatCannotBeCreatedIsRefusedNamingIt)
{
    makeFolderReadOnly();
    const QString missing = folder + QStringLiteral("/gone");
    const QString database = missing + QStringLiteral("/new.db");
    const CliRun r = runAsUser({QStringLiteral("ingest"), QStringLiteral("--db"), database, goldFile()});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_NE(r.exitCode, 99) << "could not switch to an ordinary user";
    const QString text = r.errText();
    EXPECT_TRUE(text.contains(QStringLiteral("cannot create the folder %1").arg(missing))) << text.toStdString();
    expectNoSqliteText(text);
    EXPECT_FALSE(QFileInfo::exists(missing));
}
