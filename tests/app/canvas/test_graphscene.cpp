#include "canvastesthelpers.h"
#include "graphscene.h"

#include <QSignalSpy>

using namespace Guanxi;

namespace {

struct SceneFixture : ::testing::Test
{
    void SetUp() override
    {
        TestSupport::ensureApplication();
        graph = TestSupport::goldGraph();
        layout = TestSupport::layoutOf(graph);
        scene.setGraph(graph, layout);
    }

    // The application must exist before the scene member is constructed.
    bool hasApplication = (TestSupport::ensureApplication(), true);
    GraphDocument graph;
    LayoutResult layout;
    GraphScene scene;
};

QString edgeBetween(const GraphScene &scene, const QString &source, const QString &target, RelationType type)
{
    for (EdgeItem *edge : scene.edgeItems())
        if (edge->appearance().source == source && edge->appearance().target == target && edge->appearance().type == type)
            return edge->id();
    return {};
}

} // namespace

TEST_F(SceneFixture, HoldsANodeItemForEveryEntity)
{
    ASSERT_EQ(scene.nodeItems().size(), graph.entities.size());
    for (const Entity &entity : graph.entities) {
        NodeItem *item = scene.nodeItem(entity.key);
        ASSERT_NE(item, nullptr) << entity.key.toStdString();
        EXPECT_EQ(item->appearance().label, entity.name);
    }
}

TEST_F(SceneFixture, HoldsAnEdgeItemForEveryRelation)
{
    EXPECT_EQ(scene.edgeItems().size(), graph.relations.size());
}

TEST_F(SceneFixture, NodesSitWhereTheLayoutPutThem)
{
    for (const NodeGeometry &node : layout.nodes)
        EXPECT_EQ(scene.nodeItem(node.id)->pos(), node.center) << node.id.toStdString();
}

TEST_F(SceneFixture, NoTwoNodesOverlap)
{
    const QList<NodeItem *> nodes = scene.nodeItems();
    for (qsizetype i = 0; i < nodes.size(); ++i)
        for (qsizetype j = i + 1; j < nodes.size(); ++j)
            EXPECT_FALSE(nodes[i]->collidesWithItem(nodes[j]))
                << nodes[i]->key().toStdString() << " overlaps " << nodes[j]->key().toStdString();
}

TEST_F(SceneFixture, InvestorsAreMarked)
{
    EXPECT_TRUE(scene.nodeItem(QStringLiteral("musk"))->appearance().isInvestor);
    EXPECT_TRUE(scene.nodeItem(QStringLiteral("microsoft"))->appearance().isInvestor);
    EXPECT_FALSE(scene.nodeItem(QStringLiteral("altman"))->appearance().isInvestor);
}

TEST_F(SceneFixture, HidingLawsuitsHidesTheirNodesAndEdges)
{
    scene.setHiddenEntityTypes({EntityType::Lawsuit});
    EXPECT_FALSE(scene.nodeItem(QStringLiteral("lawsuit_fed"))->isVisible());
    EXPECT_FALSE(scene.nodeItem(QStringLiteral("lawsuit_ca"))->isVisible());
    EXPECT_FALSE(scene.edgeItem(edgeBetween(scene, QStringLiteral("musk"), QStringLiteral("lawsuit_fed"),
                                            RelationType::PlaintiffIn))->isVisible());
    EXPECT_TRUE(scene.nodeItem(QStringLiteral("musk"))->isVisible());
    scene.setHiddenEntityTypes({});
    EXPECT_TRUE(scene.nodeItem(QStringLiteral("lawsuit_fed"))->isVisible());
}

TEST_F(SceneFixture, HidingARelationTypeKeepsItsEnds)
{
    scene.setHiddenRelationTypes({RelationType::Develops});
    EXPECT_FALSE(scene.edgeItem(edgeBetween(scene, QStringLiteral("openai"), QStringLiteral("gpt5"),
                                            RelationType::Develops))->isVisible());
    EXPECT_TRUE(scene.nodeItem(QStringLiteral("gpt5"))->isVisible());
}

TEST_F(SceneFixture, HoverDimsEverythingButTheNeighbourhood)
{
    scene.setHoveredNode(QStringLiteral("sutskever"));
    EXPECT_EQ(scene.nodeItem(QStringLiteral("sutskever"))->opacity(), 1.0);
    EXPECT_EQ(scene.nodeItem(QStringLiteral("ssi"))->opacity(), 1.0);
    EXPECT_EQ(scene.nodeItem(QStringLiteral("openai"))->opacity(), 1.0);
    EXPECT_LT(scene.nodeItem(QStringLiteral("tesla"))->opacity(), 1.0);
    scene.setHoveredNode(QString());
    EXPECT_EQ(scene.nodeItem(QStringLiteral("tesla"))->opacity(), 1.0);
}

TEST_F(SceneFixture, HighlightingAnEdgeEmphasisesItsEnds)
{
    const QString id = edgeBetween(scene, QStringLiteral("sutskever"), QStringLiteral("ssi"), RelationType::Founded);
    scene.highlightEdge(id);
    EXPECT_TRUE(scene.edgeItem(id)->isHighlighted());
    EXPECT_TRUE(scene.nodeItem(QStringLiteral("ssi"))->isHighlighted());
    EXPECT_LT(scene.nodeItem(QStringLiteral("meta"))->opacity(), 1.0);
}

TEST_F(SceneFixture, SelectingANodeEmitsItsKey)
{
    QSignalSpy spy(&scene, &GraphScene::nodeSelected);
    scene.selectNode(QStringLiteral("brockman"));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toString(), QStringLiteral("brockman"));
    EXPECT_EQ(scene.selectedNodeKey(), QStringLiteral("brockman"));
}

TEST_F(SceneFixture, EdgeIdsLeadBackToTheirRelation)
{
    const QString id = edgeBetween(scene, QStringLiteral("musk"), QStringLiteral("openai"), RelationType::InvestedIn);
    const Relation *relation = scene.relation(id);
    ASSERT_NE(relation, nullptr);
    EXPECT_EQ(relation->type, RelationType::InvestedIn);
    EXPECT_EQ(scene.edgeIdFor(*relation), id);
}

TEST(GraphScene, EntitiesWithoutGeometryAreLeftOut)
{
    TestSupport::ensureApplication();
    GraphDocument graph = TestSupport::goldGraph();
    LayoutResult layout = TestSupport::layoutOf(graph);
    layout.nodes.removeIf([](const NodeGeometry &node) { return node.id == QLatin1String("gpt5"); });
    GraphScene scene;
    scene.setGraph(graph, layout);
    EXPECT_EQ(scene.nodeItem(QStringLiteral("gpt5")), nullptr);
    EXPECT_EQ(scene.nodeItems().size(), graph.entities.size() - 1);
}

TEST_F(SceneFixture, ConnectedBoundsFrameOnlyNodesWithVisibleEdges)
{
    QSet<RelationType> hidden(allRelationTypes.begin(), allRelationTypes.end());
    hidden.remove(RelationType::Develops);
    scene.setHiddenRelationTypes(hidden);
    QRectF expected;
    for (EdgeItem *edge : scene.edgeItems()) {
        if (edge->appearance().type != RelationType::Develops)
            continue;
        expected |= edge->sceneBoundingRect();
        expected |= scene.nodeItem(edge->appearance().source)->sceneBoundingRect();
        expected |= scene.nodeItem(edge->appearance().target)->sceneBoundingRect();
    }
    EXPECT_EQ(scene.connectedBounds(), expected);
    EXPECT_NE(scene.connectedBounds(), scene.visibleBounds());
}

TEST_F(SceneFixture, MovingANodeTakesItsEdgesAlong)
{
    const QString id = edgeBetween(scene, QStringLiteral("sutskever"), QStringLiteral("ssi"), RelationType::Founded);
    NodeItem *ssi = scene.nodeItem(QStringLiteral("ssi"));
    const QPointF target = ssi->pos() + QPointF(300, 180);
    ASSERT_TRUE(scene.moveNode(QStringLiteral("ssi"), target));
    EXPECT_EQ(ssi->pos(), target);
    const EdgeAppearance &edge = scene.edgeItem(id)->appearance();
    // The arrow's tip lies on the moved node's outline: just inside it is in, just outside out.
    ASSERT_FALSE(edge.arrowAtEnd.isEmpty());
    const QPointF tip = edge.arrowAtEnd.first() - target;
    const QPointF inward = -tip / QLineF(QPointF(), tip).length() * 1.5;
    EXPECT_TRUE(ssi->shape().contains(tip + inward));
    EXPECT_FALSE(ssi->shape().contains(tip - inward));
    EXPECT_TRUE(scene.nodeItem(QStringLiteral("sutskever"))->sceneBoundingRect().adjusted(-1, -1, 1, 1)
                    .contains(edge.path.pointAtPercent(0)));
}

TEST_F(SceneFixture, MovingANodeUpdatesTheShownLayout)
{
    const QPointF target = scene.nodeItem(QStringLiteral("musk"))->pos() + QPointF(-250, 40);
    scene.moveNode(QStringLiteral("musk"), target);
    const LayoutResult &shown = scene.layout();
    const auto node = std::find_if(shown.nodes.cbegin(), shown.nodes.cend(),
                                   [](const NodeGeometry &n) { return n.id == QLatin1String("musk"); });
    ASSERT_NE(node, shown.nodes.cend());
    EXPECT_EQ(node->center, target);
    const QString id = edgeBetween(scene, QStringLiteral("musk"), QStringLiteral("openai"), RelationType::InvestedIn);
    const auto edge = std::find_if(shown.edges.cbegin(), shown.edges.cend(),
                                   [&](const EdgeGeometry &e) { return e.id == id; });
    ASSERT_NE(edge, shown.edges.cend());
    EXPECT_EQ(edge->path.first(), scene.edgeItem(id)->appearance().path.pointAtPercent(0));
    // The original layout the scene was given stays as it was.
    EXPECT_NE(node->center, layout.nodes[std::distance(shown.nodes.cbegin(), node)].center);
}

TEST_F(SceneFixture, MovingANodeReportsItOnce)
{
    QSignalSpy spy(&scene, &GraphScene::nodeMoved);
    scene.moveNode(QStringLiteral("altman"), QPointF(-400, -400));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toString(), QStringLiteral("altman"));
    EXPECT_EQ(spy.at(0).at(1).toPointF(), QPointF(-400, -400));
    EXPECT_TRUE(scene.sceneRect().contains(scene.nodeItem(QStringLiteral("altman"))->sceneBoundingRect()));
}

TEST_F(SceneFixture, SettingAGraphDoesNotReportMoves)
{
    QSignalSpy spy(&scene, &GraphScene::nodeMoved);
    scene.setGraph(graph, layout);
    EXPECT_EQ(spy.count(), 0);
}

TEST_F(SceneFixture, AMovedNodeStaysWhenFiltersChange)
{
    scene.moveNode(QStringLiteral("brockman"), QPointF(900, 900));
    scene.setHiddenEntityTypes({EntityType::Person});
    scene.setHiddenEntityTypes({});
    EXPECT_EQ(scene.nodeItem(QStringLiteral("brockman"))->pos(), QPointF(900, 900));
}

TEST_F(SceneFixture, MovingAnUnknownNodeFails)
{
    EXPECT_FALSE(scene.moveNode(QStringLiteral("nobody"), QPointF()));
}

// QGraphicsScene's BSP index learns its area only from sceneRectChanged: a
// graph set without it left every item in one leaf of an empty rectangle,
// and each paint walked all of them.
TEST(GraphScene, SettingAGraphAnnouncesItsSceneRect)
{
    TestSupport::ensureApplication();
    const GraphDocument graph = TestSupport::goldGraph();
    const LayoutResult layout = TestSupport::layoutOf(graph);
    GraphScene scene;
    QSignalSpy spy(&scene, &QGraphicsScene::sceneRectChanged);
    scene.setGraph(graph, layout);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toRectF(), scene.sceneRect());
}

TEST(GraphScene, TheIndexIsSizedForEachGraphNotOnlyTheFirst)
{
    TestSupport::ensureApplication();
    const GraphDocument small = TestSupport::goldGraph();
    GraphScene scene;
    scene.setGraph(small, TestSupport::layoutOf(small));
    EXPECT_EQ(scene.bspTreeDepth(), 5);
    // 4,000 unconnected entities on a grid: 4,000 items.
    GraphDocument large;
    LayoutResult layout;
    for (int i = 0; i < 4000; ++i) {
        Entity entity;
        entity.key = QStringLiteral("e%1").arg(i);
        entity.name = entity.key;
        large.entities.append(entity);
        layout.nodes.append(NodeGeometry{entity.key, QPointF((i % 64) * 120.0, (i / 64) * 80.0), QSizeF(90, 40)});
    }
    scene.setGraph(large, layout);
    EXPECT_EQ(scene.bspTreeDepth(), GraphScene::indexDepthFor(4000));
    EXPECT_EQ(GraphScene::indexDepthFor(4000), 9);
}

TEST_F(SceneFixture, ATooltipOverANodeNamesItsEntity)
{
    const QString text = scene.toolTipAt(scene.nodeItem(QStringLiteral("musk"))->pos(), QTransform());
    EXPECT_TRUE(text.contains(QStringLiteral("<b>Elon Musk</b>"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("马斯克"))) << text.toStdString();
}

TEST_F(SceneFixture, ATooltipOverAnEdgeNamesItsRelation)
{
    // Saudi Arabia's one edge to OpenAI: no parallel edge lies over its middle.
    const QString id = edgeBetween(scene, QStringLiteral("saudi"), QStringLiteral("openai"), RelationType::InvestedIn);
    ASSERT_FALSE(id.isEmpty());
    const QPainterPath &path = scene.edgeItem(id)->appearance().path;
    const QString text = scene.toolTipAt(path.pointAtPercent(0.5), QTransform());
    EXPECT_TRUE(text.startsWith(QStringLiteral("<b>Saudi Arabia</b> invested in <b>OpenAI</b>"))) << text.toStdString();
}

TEST_F(SceneFixture, NoTooltipOverTheBackground)
{
    EXPECT_TRUE(scene.toolTipAt(scene.sceneRect().topLeft() + QPointF(1, 1), QTransform()).isEmpty());
}
