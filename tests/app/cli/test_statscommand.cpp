#include "clirunner.h"

#include <QJsonObject>

using namespace Guanxi::Test;

using StatsCommand = CliTest;

TEST_F(StatsCommand, JsonCountsEachType)
{
    ingestGold();
    const CliRun r = run({QStringLiteral("stats"), QStringLiteral("--db"), db(), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0);
    const QJsonObject stats = r.json().object();
    const QJsonObject entities = stats.value(QStringLiteral("entities_by_type")).toObject();
    const QJsonObject relations = stats.value(QStringLiteral("relations_by_type")).toObject();
    EXPECT_EQ(entities.value(QStringLiteral("person")).toInt(), 5);
    EXPECT_EQ(entities.value(QStringLiteral("lawsuit")).toInt(), 2);
    EXPECT_EQ(relations.value(QStringLiteral("founded")).toInt(), 6);
    EXPECT_EQ(relations.value(QStringLiteral("develops")).toInt(), 6);
}

TEST_F(StatsCommand, TextOutputListsTotals)
{
    ingestGold();
    const CliRun r = run({QStringLiteral("stats"), QStringLiteral("--db"), db()});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains("entities   26"));
    EXPECT_TRUE(r.out.contains("relations  34"));
}

TEST_F(StatsCommand, MissingDatabaseFailsNamingIt)
{
    const CliRun r = run({QStringLiteral("stats"), QStringLiteral("--db"), db()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(db()));
    EXPECT_FALSE(QFile::exists(db()));
}
