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
    QStringList dated;
    bool undatedSeen = false;
    for (const QJsonValue &v : history) {
        const QJsonObject entry = v.toObject();
        const QString time = entry.value(QStringLiteral("time")).toString();
        if (time.isEmpty()) {
            undatedSeen = true;
        } else {
            EXPECT_FALSE(undatedSeen) << "a dated entry after an undated one";
            dated.append(time);
        }
        const QJsonArray evidence = entry.value(QStringLiteral("evidence")).toArray();
        ASSERT_FALSE(evidence.isEmpty());
        EXPECT_EQ(evidence.first().toObject().value(QStringLiteral("document")).toString(),
                  QStringLiteral("000_84226dfc0b281014.txt"));
    }
    EXPECT_EQ(dated, (QStringList{QStringLiteral("2015"), QStringLiteral("2024-06")}));
    EXPECT_EQ(history.first().toObject().value(QStringLiteral("type")).toString(), QStringLiteral("founded"));
    EXPECT_EQ(history.first().toObject().value(QStringLiteral("organization")).toObject()
                  .value(QStringLiteral("name")).toString(), QStringLiteral("OpenAI"));
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
