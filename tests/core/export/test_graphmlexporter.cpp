#include "export/graphmlexporter.h"
#include "exporttestutil.h"

#include <gtest/gtest.h>

#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

using namespace Guanxi;
using namespace Guanxi::Testing;

namespace {

struct ParsedGraphml
{
    QSet<QString> declaredKeys;
    QHash<QString, QString> keyNames;                 // key id -> attr.name
    QHash<QString, QHash<QString, QString>> nodeData; // node id -> attr.name -> value
    QList<QHash<QString, QString>> edges;             // source, target and data by attr.name
    QSet<QString> undeclaredUses;
    bool ok = false;
    QString error;
};

ParsedGraphml parse(const QByteArray &bytes)
{
    ParsedGraphml parsed;
    QXmlStreamReader xml(bytes);
    QString currentNode;
    qsizetype currentEdge = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto attrs = xml.attributes();
        if (xml.name() == QLatin1String("key")) {
            parsed.declaredKeys.insert(attrs.value(QLatin1String("id")).toString());
            parsed.keyNames.insert(attrs.value(QLatin1String("id")).toString(),
                                   attrs.value(QLatin1String("attr.name")).toString());
        } else if (xml.name() == QLatin1String("node")) {
            currentNode = attrs.value(QLatin1String("id")).toString();
            currentEdge = -1;
            parsed.nodeData[currentNode];
        } else if (xml.name() == QLatin1String("edge")) {
            currentNode.clear();
            parsed.edges.append({{QStringLiteral("source"), attrs.value(QLatin1String("source")).toString()},
                                 {QStringLiteral("target"), attrs.value(QLatin1String("target")).toString()}});
            currentEdge = parsed.edges.size() - 1;
        } else if (xml.name() == QLatin1String("data")) {
            const QString key = attrs.value(QLatin1String("key")).toString();
            if (!parsed.declaredKeys.contains(key))
                parsed.undeclaredUses.insert(key);
            const QString text = xml.readElementText();
            if (!currentNode.isEmpty())
                parsed.nodeData[currentNode].insert(parsed.keyNames.value(key), text);
            else if (currentEdge >= 0)
                parsed.edges[currentEdge].insert(parsed.keyNames.value(key), text);
        }
    }
    parsed.ok = !xml.hasError();
    parsed.error = xml.errorString();
    return parsed;
}

ParsedGraphml exportAndParse(const LayoutResult *layout = nullptr)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.graphml"));
    EXPECT_TRUE(GraphmlExporter().write(sampleGraph(), layout, path));
    return parse(readAll(path));
}

} // namespace

TEST(GraphmlExporter, ParsesBackWithTheSameNodesAndEdges)
{
    const ParsedGraphml parsed = exportAndParse();
    ASSERT_TRUE(parsed.ok) << qPrintable(parsed.error);
    const GraphDocument graph = sampleGraph();
    ASSERT_EQ(parsed.nodeData.size(), graph.entities.size());
    ASSERT_EQ(parsed.edges.size(), graph.relations.size());
    for (qsizetype i = 0; i < graph.relations.size(); ++i) {
        EXPECT_EQ(parsed.edges[i].value(QStringLiteral("source")), graph.relations[i].source);
        EXPECT_EQ(parsed.edges[i].value(QStringLiteral("target")), graph.relations[i].target);
        EXPECT_EQ(parsed.edges[i].value(QStringLiteral("type")), toString(graph.relations[i].type));
    }
}

TEST(GraphmlExporter, DeclaresEveryKeyItUses)
{
    const ParsedGraphml parsed = exportAndParse();
    ASSERT_TRUE(parsed.ok);
    EXPECT_TRUE(parsed.undeclaredUses.isEmpty());
    for (const char *name : {"type", "kind", "name", "aliases", "time", "role", "amount", "confidence", "evidence"})
        EXPECT_TRUE(parsed.keyNames.values().contains(QLatin1String(name))) << name;
}

TEST(GraphmlExporter, EscapedTextAndCjkSurvive)
{
    const ParsedGraphml parsed = exportAndParse();
    ASSERT_TRUE(parsed.ok);
    const GraphDocument graph = sampleGraph();
    EXPECT_EQ(parsed.nodeData[QStringLiteral("e1")].value(QStringLiteral("name")), trickyName());
    EXPECT_EQ(parsed.nodeData[QStringLiteral("e3")].value(QStringLiteral("name")), graph.entities[2].name);
    EXPECT_EQ(parsed.edges[0].value(QStringLiteral("evidence")), graph.relations[0].evidenceText());
    EXPECT_EQ(parsed.edges[2].value(QStringLiteral("role")), graph.relations[2].role);
    EXPECT_EQ(parsed.edges[1].value(QStringLiteral("time")), QStringLiteral("2024-W31"));
}

TEST(GraphmlExporter, ControlCharactersAreDroppedNotWrittenAsBrokenXml)
{
    GraphDocument graph = sampleGraph();
    graph.entities[1].name = QStringLiteral("Open") + QChar(0x01) + QStringLiteral("AI");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.graphml"));
    ASSERT_TRUE(GraphmlExporter().write(graph, nullptr, path));
    const ParsedGraphml parsed = parse(readAll(path));
    ASSERT_TRUE(parsed.ok) << qPrintable(parsed.error);
    EXPECT_EQ(parsed.nodeData[QStringLiteral("e2")].value(QStringLiteral("name")), QStringLiteral("OpenAI"));
}

TEST(GraphmlExporter, WritesPositionsWhenALayoutIsGiven)
{
    const LayoutResult layout = sampleLayout();
    const ParsedGraphml parsed = exportAndParse(&layout);
    ASSERT_TRUE(parsed.ok);
    EXPECT_DOUBLE_EQ(parsed.nodeData[QStringLiteral("e2")].value(QStringLiteral("x")).toDouble(), 21.0);
    EXPECT_DOUBLE_EQ(parsed.nodeData[QStringLiteral("e2")].value(QStringLiteral("y")).toDouble(), 40.5);
}
