#include "clirunner.h"

#include <QJsonObject>

using namespace Guanxi::Test;

using MergeCommand = CliTest;

namespace {

int entityCount(const CliRun &stats)
{
    return stats.json().object().value(QStringLiteral("entities")).toInt();
}

} // namespace

TEST_F(MergeCommand, SecondEntityBecomesPartOfTheFirst)
{
    ingestGold();
    const int before = entityCount(run({QStringLiteral("stats"), QStringLiteral("--db"), db(), QStringLiteral("--json")}));
    const CliRun r = run({QStringLiteral("merge"), QStringLiteral("--db"), db(), QStringLiteral("OpenAI"),
                          QStringLiteral("OpenAI LP")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_TRUE(QString::fromUtf8(r.out).startsWith(QStringLiteral("merged “OpenAI LP” into “OpenAI” (edit 1)")));
    EXPECT_EQ(entityCount(run({QStringLiteral("stats"), QStringLiteral("--db"), db(), QStringLiteral("--json")})),
              before - 1);
    const CliRun search = run({QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("OpenAI L.P.")});
    EXPECT_TRUE(search.out.contains("\tOpenAI\t(")) << search.out.toStdString();  // found as an alias of OpenAI
}

TEST_F(MergeCommand, UnknownNameFailsNamingIt)
{
    ingestGold();
    const CliRun r = run({QStringLiteral("merge"), QStringLiteral("--db"), db(), QStringLiteral("OpenAI"),
                          QStringLiteral("Nobody Atall")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("no entity is called “Nobody Atall”"))) << r.errText().toStdString();
}

TEST_F(MergeCommand, DifferentTypesAreRefused)
{
    ingestGold();
    const CliRun r = run({QStringLiteral("merge"), QStringLiteral("--db"), db(), QStringLiteral("OpenAI"),
                          QStringLiteral("Altman")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("change the type"))) << r.errText().toStdString();
}

TEST_F(MergeCommand, AmbiguousNameListsCandidatesAndIdsResolveIt)
{
    ingestGold();
    // A product named Tesla beside the company: "Tesla" names two entities.
    const QString json = write(QStringLiteral("tesla.json"), R"({"document": "tesla.json",
        "entities": [{"id": "t", "type": "product", "name": "Tesla"}], "relations": []})");
    ASSERT_EQ(run({QStringLiteral("ingest"), QStringLiteral("--db"), db(), json}).exitCode, 0);
    const CliRun r = run({QStringLiteral("merge"), QStringLiteral("--db"), db(), QStringLiteral("Tesla"),
                          QStringLiteral("SpaceX")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("is a name of 2 entities"))) << r.errText().toStdString();
    EXPECT_TRUE(r.errText().contains(QStringLiteral("product “Tesla”")));
}

TEST_F(MergeCommand, MissingArgumentIsAUsageError)
{
    ingestGold();
    const CliRun r = run({QStringLiteral("merge"), QStringLiteral("--db"), db(), QStringLiteral("OpenAI")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("give two entities")));
}

TEST_F(MergeCommand, MissingDatabaseSaysSo)
{
    const CliRun r = run({QStringLiteral("merge"), QStringLiteral("--db"), db(), QStringLiteral("A"), QStringLiteral("B")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("no database here yet")));
}
