#include "exporttestutil.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>

using namespace Guanxi;
using namespace Guanxi::Testing;

TEST(Exporter, CreatesAnExporterForEveryFormat)
{
    for (const QString &format : Exporter::formats()) {
        auto exporter = Exporter::create(format);
        ASSERT_TRUE(exporter) << qPrintable(format);
        EXPECT_EQ(exporter->format(), format);
    }
}

TEST(Exporter, UnknownFormatGivesNoExporter)
{
    EXPECT_FALSE(Exporter::create(QStringLiteral("xlsx")));
}

TEST(Exporter, OnlyCsvWritesADirectory)
{
    for (const QString &format : Exporter::formats())
        EXPECT_EQ(Exporter::create(format)->writesDirectory(), format == QLatin1String("csv")) << qPrintable(format);
}

TEST(Exporter, MissingFolderIsAnIoErrorAndWritesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/graph.json"));
    for (const QString &format : {QStringLiteral("json"), QStringLiteral("graphml"), QStringLiteral("gexf"),
                                  QStringLiteral("dot"), QStringLiteral("cypher")}) {
        auto written = Exporter::create(format)->write(sampleGraph(), nullptr, path);
        ASSERT_FALSE(written) << qPrintable(format);
        EXPECT_EQ(written.error().category(), Error::Category::Io);
        EXPECT_TRUE(written.error().message().contains(path));
    }
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(Exporter, WritingOverAnExistingFileReplacesItWhole)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.dot"));
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write(QByteArray(100000, 'x'));
    old.close();
    ASSERT_TRUE(Exporter::create(QStringLiteral("dot"))->write(sampleGraph(), nullptr, path));
    const QByteArray bytes = readAll(path);
    EXPECT_TRUE(bytes.startsWith("digraph"));
    EXPECT_FALSE(bytes.contains("xxxx"));
    // No temporary file is left beside the target.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

TEST(Exporter, ADirectoryAtTheTargetPathIsAnErrorAndStaysIntact)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taken"));
    ASSERT_TRUE(QDir().mkpath(path + QStringLiteral("/inside")));
    auto written = Exporter::create(QStringLiteral("graphml"))->write(sampleGraph(), nullptr, path);
    ASSERT_FALSE(written);
    EXPECT_TRUE(QFileInfo(path + QStringLiteral("/inside")).isDir());
}
