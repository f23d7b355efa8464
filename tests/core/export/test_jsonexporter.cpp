#include "export/jsonexporter.h"
#include "exporttestutil.h"
#include "model/graphjson.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Guanxi;
using namespace Guanxi::Testing;

TEST(JsonExporter, ReadsBackAsTheSameGraph)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.json"));
    ASSERT_TRUE(JsonExporter().write(sampleGraph(), nullptr, path));
    auto read = GraphJson::read(readAll(path));
    ASSERT_TRUE(read) << qPrintable(read.error().toString());
    const GraphDocument original = sampleGraph();
    ASSERT_EQ(read->entities.size(), original.entities.size());
    ASSERT_EQ(read->relations.size(), original.relations.size());
    for (qsizetype i = 0; i < original.entities.size(); ++i)
        EXPECT_EQ(read->entities[i].name, original.entities[i].name);
    EXPECT_EQ(read->relations[2].role, original.relations[2].role);
    EXPECT_EQ(read->relations[0].evidenceText(), original.relations[0].evidenceText());
}

TEST(JsonExporter, AddsPositionsWhenALayoutIsGiven)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.json"));
    const LayoutResult layout = sampleLayout();
    ASSERT_TRUE(JsonExporter().write(sampleGraph(), &layout, path));
    const QJsonArray entities = QJsonDocument::fromJson(readAll(path)).object().value(QLatin1String("entities")).toArray();
    ASSERT_EQ(entities.size(), 5);
    EXPECT_DOUBLE_EQ(entities[2].toObject().value(QLatin1String("x")).toDouble(), 31.5);
    EXPECT_DOUBLE_EQ(entities[2].toObject().value(QLatin1String("y")).toDouble(), 60.75);
    // Positions do not disturb validation.
    EXPECT_TRUE(GraphJson::read(readAll(path)));
}

TEST(JsonExporter, WritesNoPositionsWithoutALayout)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.json"));
    ASSERT_TRUE(JsonExporter().write(sampleGraph(), nullptr, path));
    const QJsonArray entities = QJsonDocument::fromJson(readAll(path)).object().value(QLatin1String("entities")).toArray();
    ASSERT_FALSE(entities.isEmpty());
    EXPECT_FALSE(entities[0].toObject().contains(QLatin1String("x")));
}
