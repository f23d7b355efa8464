#include "clirunner.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QXmlStreamReader>

using namespace Guanxi::Test;

using ExportCommand = CliTest;

namespace {

QStringList exportArgs(const QString &db, const QString &format, const QString &out)
{
    return {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), format,
            QStringLiteral("-o"), out};
}

} // namespace

TEST_F(ExportCommand, PngIsDrawnWithoutADisplay)
{
    ingestGold();
    const QString out = path(QStringLiteral("graph.png"));
    const CliRun r = run(exportArgs(db(), QStringLiteral("png"), out));
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    QImage image(out);
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 400);
    // Not blank: some pixels differ from the top-left (background) pixel.
    const QRgb background = image.pixel(0, 0);
    int inked = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            inked += image.pixel(x, y) != background;
    EXPECT_GT(inked, 100);
}

TEST_F(ExportCommand, SvgKeepsChineseLabelsAsText)
{
    ingestGold();
    const QString out = path(QStringLiteral("graph.svg"));
    const CliRun r = run(exportArgs(db(), QStringLiteral("svg"), out));
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    QXmlStreamReader xml(readAll(out));
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text();
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Elon Musk")));
    EXPECT_TRUE(text.contains(QStringLiteral("诉"))) << "lawsuit names are Chinese text";
}

TEST_F(ExportCommand, FocusLimitsTheJsonToTheNeighbourhood)
{
    ingestGold();
    const QString whole = path(QStringLiteral("whole.json"));
    const QString focus = path(QStringLiteral("focus.json"));
    ASSERT_EQ(run(exportArgs(db(), QStringLiteral("json"), whole)).exitCode, 0);
    QStringList args = exportArgs(db(), QStringLiteral("json"), focus);
    args << QStringLiteral("--focus") << QStringLiteral("Greg Brockman") << QStringLiteral("--depth") << QStringLiteral("1");
    const CliRun r = run(args);
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const auto entities = [](const QByteArray &json) {
        return QJsonDocument::fromJson(json).object().value(QStringLiteral("entities")).toArray();
    };
    EXPECT_EQ(entities(readAll(whole)).size(), 26);
    const QJsonArray near = entities(readAll(focus));
    EXPECT_GE(near.size(), 2);
    EXPECT_LT(near.size(), 26);
}

TEST_F(ExportCommand, CsvWritesNodesAndRelationshipsIntoADirectory)
{
    ingestGold();
    const QString out = path(QStringLiteral("csv"));
    const CliRun r = run(exportArgs(db(), QStringLiteral("csv"), out));
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const QStringList files = QDir(out).entryList(QDir::Files);
    EXPECT_EQ(files.size(), 2) << files.join(QLatin1Char(',')).toStdString();
}

TEST_F(ExportCommand, UnknownFormatFailsAndWritesNothing)
{
    ingestGold();
    const QString out = path(QStringLiteral("graph.xyz"));
    const CliRun r = run(exportArgs(db(), QStringLiteral("xyz"), out));
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.errText().contains(QStringLiteral("xyz")));
    EXPECT_FALSE(QFile::exists(out));
}
