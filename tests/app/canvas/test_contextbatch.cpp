#include "canvastesthelpers.h"
#include "edgeitem.h"
#include "graphbatch.h"
#include "graphscene.h"

#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cstdlib>

using namespace Guanxi;

// At detail zoom a view batches its context: straight edges with no end in
// view, and the middle of edges far longer than the view, are drawn by
// GraphBatch::paintContext instead of their items; so are the lines, arrows
// and labels of the other straight edges that are neither selected nor
// highlighted.

namespace {

// A straight edge as Graphviz writes it with splines=line: a cubic on its chord.
EdgeAppearance straightEdge(const QPointF &from, const QPointF &to)
{
    Relation relation;
    relation.type = RelationType::WorksAt;
    EdgeGeometry geometry;
    geometry.path = {from, from + (to - from) / 3, from + (to - from) * 2 / 3, to};
    return EdgeAppearance::fromGeometry(relation, QStringLiteral("r1"), geometry);
}

// Paints `item` at 100 % into a 200×200 image showing the scene from `topLeft`.
int drawnPixels(EdgeItem *item, const QPointF &topLeft)
{
    QImage image(200, 200, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setWorldTransform(QTransform::fromTranslate(-topLeft.x(), -topLeft.y()));
        QStyleOptionGraphicsItem option;
        option.exposedRect = item->boundingRect();
        item->paint(&painter, &option, nullptr);
    }
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            drawn += image.pixel(x, y) != QColor(Qt::white).rgb() ? 1 : 0;
    return drawn;
}

struct ContextFixture : ::testing::Test
{
    bool hasApplication = (TestSupport::ensureApplication(), true);
    GraphScene scene;
};

} // namespace

TEST(ContextRole, AnEdgeWithNoEndInViewIsContext)
{
    const QRectF shown(0, 0, 200, 200);
    EXPECT_EQ(EdgeItem::contextRole(QLineF(-500, 100, 700, 100), shown), EdgeItem::ContextRole::Whole);
}

TEST(ContextRole, AShortEdgeWithAnEndInViewIsItsItems)
{
    const QRectF shown(0, 0, 200, 200);
    EXPECT_EQ(EdgeItem::contextRole(QLineF(100, 100, 250, 100), shown), EdgeItem::ContextRole::None);
}

TEST(ContextRole, AnEdgeFarLongerThanTheViewIsContextBeyondItsStubs)
{
    const QRectF shown(0, 0, 200, 200);
    EXPECT_EQ(EdgeItem::contextRole(QLineF(100, 100, 2000, 100), shown), EdgeItem::ContextRole::BeyondStubs);
}

TEST_F(ContextFixture, APassThroughEdgeIsDrawnByTheBatchAndNotByItsItem)
{
    auto *edge = new EdgeItem(straightEdge({-1000, 100}, {1200, 100}), scene.style());
    scene.addItem(edge);
    ASSERT_TRUE(edge->isStraight());
    GraphBatch batch;
    batch.rebuild({}, {edge}, scene.style());
    EXPECT_EQ(batch.contextLines(RelationType::WorksAt, QRectF(0, 0, 200, 200)).size(), 1);

    EXPECT_GT(drawnPixels(edge, {0, 0}), 0);  // no view batching: the item draws it
    scene.setContextBatched(true);
    EXPECT_EQ(drawnPixels(edge, {0, 0}), 0);
    scene.setContextBatched(false);
}

TEST_F(ContextFixture, AnEdgeWithAnEndInViewIsDrawnByTheBatchAndNotByItsItem)
{
    auto *edge = new EdgeItem(straightEdge({50, 100}, {150, 100}), scene.style());
    scene.addItem(edge);
    GraphBatch batch;
    batch.rebuild({}, {edge}, scene.style());
    const QRectF shown(0, 0, 200, 200);
    EXPECT_TRUE(batch.contextLines(RelationType::WorksAt, shown).isEmpty());  // not a hairline of the context
    EXPECT_EQ(batch.inViewLines(RelationType::WorksAt, shown).size(), 1);
    EXPECT_GT(drawnPixels(edge, {0, 0}), 0);  // no view batching: the item draws it
    scene.setContextBatched(true);
    EXPECT_EQ(drawnPixels(edge, {0, 0}), 0);
    scene.setContextBatched(false);
}

TEST_F(ContextFixture, ASelectedEdgeWithAnEndInViewIsLeftToItsItem)
{
    auto *edge = new EdgeItem(straightEdge({50, 100}, {150, 100}), scene.style());
    scene.addItem(edge);
    edge->setSelected(true);
    GraphBatch batch;
    batch.rebuild({}, {edge}, scene.style());
    EXPECT_TRUE(batch.inViewLines(RelationType::WorksAt, QRectF(0, 0, 200, 200)).isEmpty());
    scene.setContextBatched(true);
    EXPECT_GT(drawnPixels(edge, {0, 0}), 0);
    scene.setContextBatched(false);
}

TEST_F(ContextFixture, TheBatchDrawsTheLineArrowAndLabelOfAnEdgeWithAnEndInView)
{
    auto *edge = new EdgeItem(straightEdge({20, 100}, {180, 100}), scene.style());
    scene.addItem(edge);
    ASSERT_FALSE(edge->appearance().arrowAtEnd.isEmpty());
    GraphBatch batch;
    batch.rebuild({}, {edge}, scene.style());
    const QRgb background = scene.style().backgroundColor().rgb();
    // At 100 %: the item itself, painted without the batch, is the reference.
    QImage itemImage(200, 200, QImage::Format_ARGB32_Premultiplied);
    itemImage.fill(background);
    {
        QPainter painter(&itemImage);
        QStyleOptionGraphicsItem option;
        option.exposedRect = edge->boundingRect();
        edge->paint(&painter, &option, nullptr);
    }
    QImage batchImage(200, 200, QImage::Format_ARGB32_Premultiplied);
    batchImage.fill(background);
    {
        QPainter painter(&batchImage);
        batch.paintContext(&painter, QRectF(0, 0, 200, 200));
    }
    const QRect label = EdgeItem::labelRect(scene.style(), edge->appearance()).toAlignedRect() & itemImage.rect();
    ASSERT_FALSE(label.isEmpty());
    int differing = 0;
    int labelInk = 0;
    for (int y = 0; y < 200; ++y)
        for (int x = 0; x < 200; ++x) {
            const QRgb a = itemImage.pixel(x, y);
            const QRgb b = batchImage.pixel(x, y);
            const int difference = std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                                             std::abs(qBlue(a) - qBlue(b))});
            differing += difference > 24 ? 1 : 0;
            labelInk += label.contains(x, y) && batchImage.pixel(x, y) != background ? 1 : 0;
        }
    EXPECT_GT(labelInk, 0);
    EXPECT_EQ(batchImage.pixel(100, 20), background);
    // The same drawing as the item's, but for the rounding of antialiased
    // pixels (the batch composites them through an image).
    EXPECT_LT(differing, 10);
    // The arrowhead at the end.
    EXPECT_NE(batchImage.pixel(176, 100), background);
}

TEST_F(ContextFixture, ASelectedPassThroughEdgeIsLeftToItsItem)
{
    auto *edge = new EdgeItem(straightEdge({-1000, 100}, {1200, 100}), scene.style());
    scene.addItem(edge);
    edge->setSelected(true);
    GraphBatch batch;
    batch.rebuild({}, {edge}, scene.style());
    EXPECT_TRUE(batch.contextLines(RelationType::WorksAt, QRectF(0, 0, 200, 200)).isEmpty());
    scene.setContextBatched(true);
    EXPECT_GT(drawnPixels(edge, {0, 0}), 0);
    scene.setContextBatched(false);
}

TEST_F(ContextFixture, TheBatchDrawsThePassThroughEdge)
{
    auto *edge = new EdgeItem(straightEdge({-1000, 100}, {1200, 100}), scene.style());
    scene.addItem(edge);
    GraphBatch batch;
    batch.rebuild({}, {edge}, scene.style());
    const QRgb background = scene.style().backgroundColor().rgb();
    QImage image(200, 200, QImage::Format_ARGB32_Premultiplied);
    image.fill(background);
    {
        QPainter painter(&image);
        batch.paintContext(&painter, QRectF(0, 0, 200, 200));
    }
    int onTheLine = 0;
    for (int y = 97; y <= 103; ++y)
        onTheLine += image.pixel(100, y) != background ? 1 : 0;
    EXPECT_GT(onTheLine, 0);
    EXPECT_EQ(image.pixel(100, 20), background);
}

TEST_F(ContextFixture, AnEdgeIsGatheredOnlyWhereItsLineIsNear)
{
    // A diagonal across a large scene: its bounding box covers the whole scene, its line does not.
    auto *diagonal = new EdgeItem(straightEdge({0, 0}, {5000, 5000}), scene.style());
    scene.addItem(diagonal);
    GraphBatch batch;
    batch.rebuild({}, {diagonal}, scene.style());
    EXPECT_EQ(batch.contextLines(RelationType::WorksAt, QRectF(2400, 2400, 200, 200)),
              QList<QLineF>{diagonal->chord()});
    EXPECT_TRUE(batch.contextLines(RelationType::WorksAt, QRectF(4000, 500, 200, 200)).isEmpty());
}
