#include "clirunner.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Guanxi::Test;

using SearchCommand = CliTest;

namespace {

QJsonArray hits(const CliRun &r)
{
    EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
    return r.json().array();
}

} // namespace

TEST_F(SearchCommand, ChineseAndEnglishNamesFindTheSameEntity)
{
    ingestGold();
    const QJsonArray zh = hits(run({QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("--json"),
                                    QStringLiteral("马斯克")}));
    const QJsonArray en = hits(run({QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("--json"),
                                    QStringLiteral("Musk")}));
    ASSERT_FALSE(zh.isEmpty());
    ASSERT_FALSE(en.isEmpty());
    const QJsonObject first = zh.first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("id")).toInteger(), en.first().toObject().value(QStringLiteral("id")).toInteger());
    EXPECT_EQ(first.value(QStringLiteral("type")).toString(), QStringLiteral("person"));
    EXPECT_EQ(first.value(QStringLiteral("name")).toString(), QStringLiteral("Elon Musk"));
    EXPECT_TRUE(first.value(QStringLiteral("aliases")).toArray().contains(QStringLiteral("马斯克")));
}

TEST_F(SearchCommand, QuerySyntaxIsSearchedAsText)
{
    ingestGold();
    for (const QString &q : {QStringLiteral("\""), QStringLiteral("NEAR("), QStringLiteral("*"),
                             QStringLiteral("'; DROP TABLE entities; --")}) {
        const CliRun r = run({QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("--json"), q});
        EXPECT_EQ(r.exitCode, 0) << q.toStdString() << r.errText().toStdString();
        EXPECT_TRUE(r.json().isArray());
    }
    const CliRun stats = run({QStringLiteral("stats"), QStringLiteral("--db"), db(), QStringLiteral("--json")});
    EXPECT_EQ(stats.json().object().value(QStringLiteral("entities")).toInt(), 26);
}

TEST_F(SearchCommand, TextOutputHasIdTypeAndName)
{
    ingestGold();
    const CliRun r = run({QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("Brockman")});
    ASSERT_EQ(r.exitCode, 0);
    const QStringList first = QString::fromUtf8(r.out).split(QLatin1Char('\n')).first().split(QLatin1Char('\t'));
    ASSERT_GE(first.size(), 3);
    EXPECT_GT(first.at(0).toInt(), 0);
    EXPECT_EQ(first.at(1), QStringLiteral("person"));
    EXPECT_EQ(first.at(2), QStringLiteral("Greg Brockman"));
}
