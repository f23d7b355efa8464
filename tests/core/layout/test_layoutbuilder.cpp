#include "layout/layoutbuilder.h"

#include <gtest/gtest.h>

using namespace Guanxi;

namespace {

Entity entity(const QString &key, const QString &name, EntityType type = EntityType::Person)
{
    Entity e;
    e.key = key;
    e.name = name;
    e.type = type;
    return e;
}

Relation relation(RelationType type, const QString &source, const QString &target)
{
    Relation r;
    r.type = type;
    r.source = source;
    r.target = target;
    return r;
}

GraphDocument sampleGraph()
{
    GraphDocument graph;
    graph.entities = {entity(QStringLiteral("e1"), QStringLiteral("Greg Brockman")),
                      entity(QStringLiteral("e2"), QStringLiteral("OpenAI"), EntityType::Organization),
                      entity(QStringLiteral("e3"), QStringLiteral("奥特曼"))};
    graph.relations = {relation(RelationType::Founded, QStringLiteral("e1"), QStringLiteral("e2")),
                       relation(RelationType::WorksAt, QStringLiteral("e3"), QStringLiteral("e2"))};
    return graph;
}

} // namespace

TEST(LayoutBuilder, MakesOneNodePerEntityAndOneEdgePerRelation)
{
    const LayoutRequest request = LayoutBuilder::fromGraph(sampleGraph(), LabelMetrics::approximate(),
                                                           QStringLiteral("dot"));
    EXPECT_EQ(request.engine, QStringLiteral("dot"));
    ASSERT_EQ(request.nodes.size(), 3);
    ASSERT_EQ(request.edges.size(), 2);
    EXPECT_EQ(request.nodes[1].id, QStringLiteral("e2"));
    EXPECT_EQ(request.nodes[1].label, QStringLiteral("OpenAI"));
    EXPECT_EQ(request.nodes[1].type, EntityType::Organization);
    EXPECT_EQ(request.edges[0].source, QStringLiteral("e1"));
    EXPECT_EQ(request.edges[0].target, QStringLiteral("e2"));
    EXPECT_EQ(request.edges[0].label, QStringLiteral("founded"));
    EXPECT_GT(request.edges[0].labelWidth, 0.0);
}

TEST(LayoutBuilder, EdgeIdsUseStoredIdsOrIndexes)
{
    Relation stored = relation(RelationType::Founded, QStringLiteral("e1"), QStringLiteral("e2"));
    stored.id = RelationId(42);
    EXPECT_EQ(LayoutBuilder::edgeId(stored, 3), QStringLiteral("r42"));
    stored.id = RelationId();
    EXPECT_EQ(LayoutBuilder::edgeId(stored, 3), QStringLiteral("r#3"));
}

TEST(LayoutBuilder, LeavesOutRelationsWithMissingEnds)
{
    GraphDocument graph = sampleGraph();
    graph.relations.append(relation(RelationType::Founded, QStringLiteral("e1"), QStringLiteral("e9")));
    const LayoutRequest request = LayoutBuilder::fromGraph(graph, LabelMetrics::approximate());
    EXPECT_EQ(request.edges.size(), 2);
}

TEST(LayoutBuilder, UsesTheGivenMetrics)
{
    LabelMetrics metrics;
    metrics.nodeSize = [](const Entity &) { return QSizeF(123.0, 45.0); };
    const LayoutRequest request = LayoutBuilder::fromGraph(sampleGraph(), metrics);
    ASSERT_FALSE(request.nodes.isEmpty());
    EXPECT_DOUBLE_EQ(request.nodes[0].width, 123.0);
    EXPECT_DOUBLE_EQ(request.nodes[0].height, 45.0);
    // No edge label function: no label room.
    EXPECT_TRUE(request.edges[0].label.isEmpty());
    EXPECT_DOUBLE_EQ(request.edges[0].labelWidth, 0.0);
}

TEST(LabelMetrics, CjkCharactersAreWiderThanLatinOnes)
{
    EXPECT_DOUBLE_EQ(LabelMetrics::approximateTextWidth(QStringLiteral("奥特曼"), 10.0), 30.0);
    EXPECT_DOUBLE_EQ(LabelMetrics::approximateTextWidth(QStringLiteral("abc"), 10.0), 18.0);
    const LabelMetrics metrics = LabelMetrics::approximate();
    EXPECT_GT(metrics.nodeSize(entity(QStringLiteral("e"), QStringLiteral("奥特曼奥特曼奥特曼"))).width(),
              metrics.nodeSize(entity(QStringLiteral("e"), QStringLiteral("abcdefghi"))).width());
}
