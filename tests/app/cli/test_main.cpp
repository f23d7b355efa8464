#include "clirunner.h"

using namespace Guanxi::Test;

using CliMain = CliTest;

TEST_F(CliMain, NoCommandPrintsUsageAndFails)
{
    const CliRun r = run({});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("Usage: guanxi-cli")));
}

TEST_F(CliMain, UnknownCommandIsNamed)
{
    const CliRun r = run({QStringLiteral("frobnicate")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("unknown command \"frobnicate\"")));
}

TEST_F(CliMain, EveryCommandHasHelp)
{
    for (const char *command : {"ingest", "extract", "stats", "search", "history"}) {
        const CliRun r = run({QString::fromLatin1(command), QStringLiteral("--help")});
        EXPECT_EQ(r.exitCode, 0) << command;
        EXPECT_TRUE(r.out.contains(QByteArray("Usage: guanxi-cli ") + command)) << r.out.toStdString();
    }
}

TEST_F(CliMain, UnknownOptionIsAUsageError)
{
    const CliRun r = run({QStringLiteral("stats"), QStringLiteral("--bogus")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("bogus")));
}
