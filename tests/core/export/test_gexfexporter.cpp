#include "export/gexfexporter.h"
#include "export/typepalette.h"
#include "exporttestutil.h"

#include <gtest/gtest.h>

#include <QHash>
#include <QXmlStreamReader>

using namespace Guanxi;
using namespace Guanxi::Testing;

namespace {

const QString vizNs = QStringLiteral("http://gexf.net/1.3/viz");

struct ParsedGexf
{
    QString version;
    QString mode;
    QHash<QString, QString> labels;        // node id -> label
    QHash<QString, QPointF> positions;     // node id -> viz:position
    QHash<QString, QString> colors;        // node id -> #rrggbb
    QList<QHash<QString, QString>> edges;  // XML attributes of each edge
    bool ok = false;
    QString error;
};

ParsedGexf exportAndParse(const LayoutResult *layout = nullptr)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.gexf"));
    EXPECT_TRUE(GexfExporter().write(sampleGraph(), layout, path));
    ParsedGexf parsed;
    QXmlStreamReader xml(readAll(path));
    QString node;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto attrs = xml.attributes();
        if (xml.name() == QLatin1String("gexf")) {
            parsed.version = attrs.value(QLatin1String("version")).toString();
        } else if (xml.name() == QLatin1String("graph")) {
            parsed.mode = attrs.value(QLatin1String("mode")).toString();
        } else if (xml.name() == QLatin1String("node")) {
            node = attrs.value(QLatin1String("id")).toString();
            parsed.labels.insert(node, attrs.value(QLatin1String("label")).toString());
        } else if (xml.name() == QLatin1String("edge")) {
            node.clear();
            QHash<QString, QString> edge;
            for (const auto &a : attrs)
                edge.insert(a.name().toString(), a.value().toString());
            parsed.edges.append(edge);
        } else if (xml.namespaceUri() == vizNs && xml.name() == QLatin1String("position") && !node.isEmpty()) {
            parsed.positions.insert(node, QPointF(attrs.value(QLatin1String("x")).toDouble(),
                                                  attrs.value(QLatin1String("y")).toDouble()));
        } else if (xml.namespaceUri() == vizNs && xml.name() == QLatin1String("color") && !node.isEmpty()) {
            TypePalette::Rgb rgb{attrs.value(QLatin1String("r")).toInt(), attrs.value(QLatin1String("g")).toInt(),
                                 attrs.value(QLatin1String("b")).toInt()};
            parsed.colors.insert(node, rgb.name());
        }
    }
    parsed.ok = !xml.hasError();
    parsed.error = xml.errorString();
    return parsed;
}

} // namespace

TEST(GexfExporter, ParsesBackWithTheSameNodesAndEdges)
{
    const ParsedGexf parsed = exportAndParse();
    ASSERT_TRUE(parsed.ok) << qPrintable(parsed.error);
    EXPECT_EQ(parsed.version, QStringLiteral("1.3"));
    const GraphDocument graph = sampleGraph();
    ASSERT_EQ(parsed.labels.size(), graph.entities.size());
    ASSERT_EQ(parsed.edges.size(), graph.relations.size());
    for (const Entity &entity : graph.entities)
        EXPECT_EQ(parsed.labels.value(entity.key), entity.name) << qPrintable(entity.key);
    for (qsizetype i = 0; i < graph.relations.size(); ++i) {
        EXPECT_EQ(parsed.edges[i].value(QStringLiteral("source")), graph.relations[i].source);
        EXPECT_EQ(parsed.edges[i].value(QStringLiteral("target")), graph.relations[i].target);
    }
}

TEST(GexfExporter, DatedEdgesStartAtTheirRelationTime)
{
    const ParsedGexf parsed = exportAndParse();
    ASSERT_TRUE(parsed.ok);
    EXPECT_EQ(parsed.mode, QStringLiteral("dynamic"));
    EXPECT_EQ(parsed.edges[0].value(QStringLiteral("start")), QStringLiteral("2015-01-01"));
    EXPECT_EQ(parsed.edges[1].value(QStringLiteral("start")), QStringLiteral("2024-07-29"));
    EXPECT_FALSE(parsed.edges[2].contains(QStringLiteral("start")));
}

TEST(GexfExporter, ColoursNodesByType)
{
    const ParsedGexf parsed = exportAndParse();
    ASSERT_TRUE(parsed.ok);
    EXPECT_EQ(parsed.colors.value(QStringLiteral("e1")), TypePalette::entityColor(EntityType::Person).name());
    EXPECT_EQ(parsed.colors.value(QStringLiteral("e2")), TypePalette::entityColor(EntityType::Organization).name());
    EXPECT_NE(parsed.colors.value(QStringLiteral("e1")), parsed.colors.value(QStringLiteral("e2")));
}

TEST(GexfExporter, WritesPositionsWithYUpWhenALayoutIsGiven)
{
    const LayoutResult layout = sampleLayout();
    const ParsedGexf parsed = exportAndParse(&layout);
    ASSERT_TRUE(parsed.ok);
    ASSERT_EQ(parsed.positions.size(), 5);
    EXPECT_DOUBLE_EQ(parsed.positions.value(QStringLiteral("e4")).x(), 42.0);
    EXPECT_DOUBLE_EQ(parsed.positions.value(QStringLiteral("e4")).y(), -81.0);
}

TEST(GexfExporter, WritesNoPositionsWithoutALayout)
{
    const ParsedGexf parsed = exportAndParse();
    ASSERT_TRUE(parsed.ok);
    EXPECT_TRUE(parsed.positions.isEmpty());
}
