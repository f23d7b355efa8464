#include "clirunner.h"

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

TEST_F(ExtractCommand, NeedsExactlyOneFile)
{
    EXPECT_EQ(run({QStringLiteral("extract")}).exitCode, 1);
    EXPECT_EQ(run({QStringLiteral("extract"), articleFile(), articleFile()}).exitCode, 1);
}
