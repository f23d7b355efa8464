#include "clirunner.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Guanxi::Test;

using HistoryCommand = CliTest;

TEST_F(HistoryCommand, SutskeverHistoryIsInTimeOrderWithEvidence)
{
    ingestGold();
    const CliRun r = run({QStringLiteral("history"), QStringLiteral("--db"), db(), QStringLiteral("--json"),
                          QStringLiteral("苏茨克维")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const QJsonObject out = r.json().object();
    EXPECT_EQ(out.value(QStringLiteral("person")).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Ilya Sutskever"));
    const QJsonArray history = out.value(QStringLiteral("history")).toArray();
    ASSERT_EQ(history.size(), 5);
    // Each undated entry beside the dated start at its organisation: works
    // there before leaving it, and all of it before the next founding.
    QStringList seen;
    for (const QJsonValue &v : history) {
        const QJsonObject entry = v.toObject();
        seen.append(entry.value(QStringLiteral("time")).toString() + QLatin1Char(' ')
                    + entry.value(QStringLiteral("type")).toString() + QLatin1Char(' ')
                    + entry.value(QStringLiteral("organization")).toObject().value(QStringLiteral("name")).toString());
        const QJsonArray evidence = entry.value(QStringLiteral("evidence")).toArray();
        ASSERT_FALSE(evidence.isEmpty());
        EXPECT_EQ(evidence.first().toObject().value(QStringLiteral("document")).toString(),
                  QStringLiteral("000_84226dfc0b281014.txt"));
    }
    EXPECT_EQ(seen, (QStringList{QStringLiteral("2015 founded OpenAI"), QStringLiteral(" works_at OpenAI"),
                                 QStringLiteral(" left OpenAI"),
                                 QStringLiteral("2024-06 founded Safe Superintelligence Inc"),
                                 QStringLiteral(" works_at Safe Superintelligence Inc")}));
}

TEST_F(HistoryCommand, AnyAliasFindsThePerson)
{
    ingestGold();
    const CliRun en = run({QStringLiteral("history"), QStringLiteral("--db"), db(), QStringLiteral("Sutskever")});
    const CliRun zh = run({QStringLiteral("history"), QStringLiteral("--db"), db(), QStringLiteral("伊利亚·苏茨克维")});
    ASSERT_EQ(en.exitCode, 0);
    EXPECT_EQ(en.out, zh.out);
    EXPECT_TRUE(en.out.startsWith("Ilya Sutskever"));
}

TEST_F(HistoryCommand, UnknownPersonFailsNamingThem)
{
    ingestGold();
    const CliRun r = run({QStringLiteral("history"), QStringLiteral("--db"), db(), QStringLiteral("Nobody Atall")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("Nobody Atall")));
}
