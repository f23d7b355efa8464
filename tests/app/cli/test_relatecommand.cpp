#include "clirunner.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Guanxi::Test;

using RelateCommand = CliTest;

TEST_F(RelateCommand, AddsTheRelationWithTheNoteAsEvidence)
{
    ingestGold();
    const CliRun r = run({QStringLiteral("relate"), QStringLiteral("--db"), db(), QStringLiteral("Altman"),
                          QStringLiteral("works_at"), QStringLiteral("Microsoft"), QStringLiteral("--time"),
                          QStringLiteral("2023-11"), QStringLiteral("--role"), QStringLiteral("CEO"),
                          QStringLiteral("--note"), QStringLiteral("Announced by Satya Nadella.")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_TRUE(QString::fromUtf8(r.out).startsWith(QStringLiteral("added “Sam Altman” works_at “Microsoft” as r")));
    const CliRun history = run({QStringLiteral("history"), QStringLiteral("--db"), db(), QStringLiteral("--json"),
                                QStringLiteral("Altman")});
    ASSERT_EQ(history.exitCode, 0);
    bool found = false;
    for (const QJsonValue &v : history.json().object().value(QStringLiteral("history")).toArray()) {
        const QJsonObject entry = v.toObject();
        if (entry.value(QStringLiteral("organization")).toObject().value(QStringLiteral("name")).toString()
            != QStringLiteral("Microsoft"))
            continue;
        found = true;
        EXPECT_EQ(entry.value(QStringLiteral("time")).toString(), QStringLiteral("2023-11"));
        EXPECT_EQ(entry.value(QStringLiteral("role")).toString(), QStringLiteral("CEO"));
        EXPECT_EQ(entry.value(QStringLiteral("evidence")).toArray().first().toObject()
                      .value(QStringLiteral("sentence")).toString(), QStringLiteral("Announced by Satya Nadella."));
    }
    EXPECT_TRUE(found);
}

TEST_F(RelateCommand, UnknownTypeIsAUsageError)
{
    ingestGold();
    const CliRun r = run({QStringLiteral("relate"), QStringLiteral("--db"), db(), QStringLiteral("Altman"),
                          QStringLiteral("likes"), QStringLiteral("Microsoft")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("unknown relation type \"likes\"")));
}

TEST_F(RelateCommand, BadTimeIsAUsageError)
{
    ingestGold();
    const CliRun r = run({QStringLiteral("relate"), QStringLiteral("--db"), db(), QStringLiteral("Altman"),
                          QStringLiteral("joined"), QStringLiteral("Microsoft"), QStringLiteral("--time"),
                          QStringLiteral("last week")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("is not a time")));
}

TEST_F(RelateCommand, TypesTheSchemaForbidsAreRefused)
{
    ingestGold();
    const CliRun r = run({QStringLiteral("relate"), QStringLiteral("--db"), db(), QStringLiteral("OpenAI"),
                          QStringLiteral("works_at"), QStringLiteral("Altman")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("cannot go from an organization to a person")))
        << r.errText().toStdString();
}

TEST_F(RelateCommand, AnExistingRelationIsRefused)
{
    ingestGold();
    const CliRun r = run({QStringLiteral("relate"), QStringLiteral("--db"), db(), QStringLiteral("Microsoft"),
                          QStringLiteral("invested_in"), QStringLiteral("OpenAI")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("already stored")));
}
