#include "clirunner.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Guanxi::Test;

using DeleteCommand = CliTest;

TEST_F(DeleteCommand, EntityGoesWithItsRelations)
{
    ingestGold();
    const QJsonObject before = run({QStringLiteral("stats"), QStringLiteral("--db"), db(), QStringLiteral("--json")}).json().object();
    const CliRun r = run({QStringLiteral("delete"), QStringLiteral("--db"), db(), QStringLiteral("Llama 4")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_TRUE(QString::fromUtf8(r.out).startsWith(QStringLiteral("deleted “Llama 4”")));
    const QJsonObject after = run({QStringLiteral("stats"), QStringLiteral("--db"), db(), QStringLiteral("--json")}).json().object();
    EXPECT_EQ(after.value(QStringLiteral("entities")).toInt(), before.value(QStringLiteral("entities")).toInt() - 1);
    EXPECT_EQ(after.value(QStringLiteral("relations")).toInt(), before.value(QStringLiteral("relations")).toInt() - 1);
}

TEST_F(DeleteCommand, ARelationById)
{
    ingestGold();
    const CliRun added = run({QStringLiteral("relate"), QStringLiteral("--db"), db(), QStringLiteral("Musk"),
                              QStringLiteral("joined"), QStringLiteral("Microsoft")});
    ASSERT_EQ(added.exitCode, 0) << added.errText().toStdString();
    const auto match = QRegularExpression(QStringLiteral(" as (r\\d+) ")).match(QString::fromUtf8(added.out));
    ASSERT_TRUE(match.hasMatch()) << added.out.toStdString();
    const CliRun r = run({QStringLiteral("delete"), QStringLiteral("--db"), db(), QStringLiteral("--relation"),
                          match.captured(1)});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_TRUE(QString::fromUtf8(r.out).startsWith(QStringLiteral("deleted “Elon Musk” joined “Microsoft”")));
    EXPECT_FALSE(run({QStringLiteral("history"), QStringLiteral("--db"), db(), QStringLiteral("Musk")})
                     .out.contains("Microsoft"));
}

TEST_F(DeleteCommand, UnknownRelationFailsNamingIt)
{
    ingestGold();
    const CliRun r = run({QStringLiteral("delete"), QStringLiteral("--db"), db(), QStringLiteral("--relation"),
                          QStringLiteral("r9999")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("no relation r9999")));
}

TEST_F(DeleteCommand, EntityAndRelationTogetherIsAUsageError)
{
    ingestGold();
    const CliRun r = run({QStringLiteral("delete"), QStringLiteral("--db"), db(), QStringLiteral("--relation"),
                          QStringLiteral("r1"), QStringLiteral("Musk")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("give one entity, or --relation ID")));
}

TEST_F(DeleteCommand, DeletedEntityStaysDeletedWhenTheArticleIsIngestedAgain)
{
    ingestGold();
    ASSERT_EQ(run({QStringLiteral("delete"), QStringLiteral("--db"), db(), QStringLiteral("TechCrunch")}).exitCode, 0);
    // The same facts under another file: a new document for the store.
    QByteArray gold = readAll(goldFile());
    gold.replace("000_84226dfc0b281014", "copy_of_000");
    const QString copy = write(QStringLiteral("copy.gold.json"), gold);
    const CliRun again = run({QStringLiteral("ingest"), QStringLiteral("--db"), db(), copy});
    ASSERT_EQ(again.exitCode, 0) << again.errText().toStdString();
    const CliRun search = run({QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("TechCrunch")});
    EXPECT_FALSE(search.out.contains("TechCrunch")) << search.out.toStdString();
}
