#include "canvastesthelpers.h"
#include "svgwriter.h"

#include <QXmlStreamReader>

using namespace Guanxi;

TEST(SvgWriter, PathDataKeepsCurvesAndWholeNumbers)
{
    QPainterPath path;
    path.moveTo(100, 0);
    path.cubicTo(10.5, 20, 30, 40, 50.25, 60);
    EXPECT_EQ(SvgWriter::pathData(path), QStringLiteral("M100 0 C10.5 20 30 40 50.25 60"));
}

TEST(SvgWriter, GroupsCarryIdClassAndTitle)
{
    TestSupport::ensureApplication();
    SvgWriter svg(QSizeF(100, 50), Qt::white);
    svg.beginGroup(QStringLiteral("node-e1"), QStringLiteral("node person"), QStringLiteral("Elon <Musk> & 马斯克"));
    svg.text(QRectF(0, 0, 100, 20), {QStringLiteral("马斯克")}, 20, GraphStyle::standard().nodeFont(), Qt::black);
    const QByteArray data = svg.finish();
    QXmlStreamReader xml(data);
    bool sawGroup = false;
    QString title;
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("g")) {
            sawGroup = xml.attributes().value(QLatin1String("id")) == QLatin1String("node-e1")
                && xml.attributes().value(QLatin1String("class")) == QLatin1String("node person");
        } else if (xml.name() == QLatin1String("title")) {
            title = xml.readElementText();
        } else if (xml.name() == QLatin1String("text")) {
            text = xml.readElementText();
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_TRUE(sawGroup);
    EXPECT_EQ(title, QStringLiteral("Elon <Musk> & 马斯克"));
    EXPECT_EQ(text, QStringLiteral("马斯克"));
}
