#include "clirunner.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Guanxi::Test;

using ExtractCommand = CliTest;

TEST_F(ExtractCommand, PrintsSchemaJsonNamedForTheFile)
{
    const CliRun r = run({QStringLiteral("extract"), articleFile(), QStringLiteral("--compact")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const QJsonObject doc = r.json().object();
    EXPECT_EQ(doc.value(QStringLiteral("document")).toString(), QStringLiteral("000_84226dfc0b281014.txt"));
    EXPECT_TRUE(doc.value(QStringLiteral("entities")).isArray());
    EXPECT_TRUE(doc.value(QStringLiteral("relations")).isArray());
    EXPECT_EQ(r.out.count('\n'), 1);
}

TEST_F(ExtractCommand, MissingFileFailsNamingIt)
{
    const QString missing = path(QStringLiteral("gone.txt"));
    const CliRun r = run({QStringLiteral("extract"), missing});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("guanxi-cli: ") + missing));
    EXPECT_TRUE(r.out.isEmpty());
}

TEST_F(ExtractCommand, BinaryFileFailsNamingItOnce)
{
    QByteArray bytes(64, 'a');
    bytes[10] = '\0';
    const QString file = write(QStringLiteral("rand.bin"), bytes);
    const CliRun r = run({QStringLiteral("extract"), file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().startsWith(QStringLiteral("guanxi-cli: ") + file + QStringLiteral(": "))) << r.errText().toStdString();
    EXPECT_EQ(r.errText().count(QStringLiteral("rand.bin")), 1) << r.errText().toStdString();
}

TEST_F(ExtractCommand, NeedsExactlyOneFile)
{
    EXPECT_EQ(run({QStringLiteral("extract")}).exitCode, 1);
    EXPECT_EQ(run({QStringLiteral("extract"), articleFile(), articleFile()}).exitCode, 1);
}

namespace {

// The `time` of the only relation in the printed document, or "none".
QString onlyRelationTime(const CliRun &r)
{
    const QJsonArray relations = r.json().object().value(QStringLiteral("relations")).toArray();
    EXPECT_EQ(relations.size(), 1) << r.out.toStdString();
    if (relations.isEmpty())
        return QString();
    return relations.first().toObject().value(QStringLiteral("time")).toString(QStringLiteral("none"));
}

} // namespace

TEST_F(ExtractCommand, PublishedDateResolvesRelativeTimes)
{
    const QString article = write(QStringLiteral("week.txt"), QByteArrayLiteral("上周，微软将OpenAI列为竞争对手。\n"));
    const CliRun r =
        run({QStringLiteral("extract"), article, QStringLiteral("--published"), QStringLiteral("2024-08-11")});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_EQ(r.json().object().value(QStringLiteral("published")).toString(), QStringLiteral("2024-08-11"));
    EXPECT_EQ(onlyRelationTime(r), QStringLiteral("2024-W31"));
}

TEST_F(ExtractCommand, WithoutAPublishedDateRelativeTimesAreLeftOut)
{
    const QString article = write(QStringLiteral("week.txt"), QByteArrayLiteral("上周，微软将OpenAI列为竞争对手。\n"));
    const CliRun r = run({QStringLiteral("extract"), article});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_EQ(onlyRelationTime(r), QStringLiteral("none"));
}

TEST_F(ExtractCommand, UserLexiconNamesAnOrganisationThePatternsMiss)
{
    const QString article = write(QStringLiteral("a.txt"), QByteArrayLiteral("蓝鲸动力宣布，赵启明出任首席技术官。\n"));
    const QString lexicon = write(QStringLiteral("mine.tsv"),
                                  QByteArrayLiteral("organization\tcompany\tBluewhale Power\t蓝鲸动力\t\n"));
    const auto names = [](const CliRun &r) {
        QStringList out;
        for (const QJsonValue &e : r.json().object().value(QStringLiteral("entities")).toArray())
            out.append(e.toObject().value(QStringLiteral("name")).toString());
        return out;
    };
    const CliRun without = run({QStringLiteral("extract"), article});
    ASSERT_EQ(without.exitCode, 0) << without.errText().toStdString();
    EXPECT_FALSE(names(without).contains(QStringLiteral("Bluewhale Power")));
    EXPECT_FALSE(names(without).contains(QStringLiteral("蓝鲸动力")));
    const CliRun with = run({QStringLiteral("extract"), article, QStringLiteral("--lexicon"), lexicon});
    ASSERT_EQ(with.exitCode, 0) << with.errText().toStdString();
    EXPECT_TRUE(names(with).contains(QStringLiteral("Bluewhale Power")));
}

TEST_F(ExtractCommand, MalformedUserLexiconFailsNamingFileAndLine)
{
    const QString article = write(QStringLiteral("a.txt"), QByteArrayLiteral("蓝鲸动力宣布完成新一轮融资。\n"));
    const QString lexicon = write(QStringLiteral("mine.tsv"), QByteArrayLiteral("# mine\nrobot\t\tR2\tR2-D2\t\n"));
    const CliRun r = run({QStringLiteral("extract"), article, QStringLiteral("--lexicon"), lexicon});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("mine.tsv:2"))) << r.errText().toStdString();
    EXPECT_TRUE(r.out.isEmpty());
}
