#include "clirunner.h"

using namespace Guanxi::Test;

using RenameCommand = CliTest;

TEST_F(RenameCommand, NewNameShowsAndTheOldOneStillFindsTheEntity)
{
    ingestGold();
    const CliRun r = run({QStringLiteral("rename"), QStringLiteral("--db"), db(), QStringLiteral("Sam Altman"),
                          QStringLiteral("Samuel Altman")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_TRUE(QString::fromUtf8(r.out).contains(QStringLiteral("renamed “Sam Altman” to “Samuel Altman”")));
    const CliRun history = run({QStringLiteral("history"), QStringLiteral("--db"), db(), QStringLiteral("Sam Altman")});
    ASSERT_EQ(history.exitCode, 0);
    EXPECT_TRUE(history.out.startsWith("Samuel Altman")) << history.out.toStdString();
}

TEST_F(RenameCommand, EmptyNameIsRefused)
{
    ingestGold();
    const CliRun r = run({QStringLiteral("rename"), QStringLiteral("--db"), db(), QStringLiteral("Sam Altman"),
                          QStringLiteral(" ")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("not empty")));
}
