#include "canvastesthelpers.h"
#include "graphbatch.h"
#include "graphscene.h"

#include <QImage>
#include <QPainter>

using namespace Guanxi;

namespace {

struct BatchFixture : ::testing::Test
{
    void SetUp() override
    {
        graph = TestSupport::goldGraph();
        scene.setGraph(graph, TestSupport::layoutOf(graph));
        ASSERT_FALSE(scene.edgeItems().isEmpty());
    }

    // Far out: the whole scene into a small image, at a level of detail below the threshold.
    double farOutScale() const
    {
        return std::min(GraphBatch::lodThreshold / 2, 400.0 / scene.sceneRect().width());
    }
    QSize farOutSize() const { return (scene.sceneRect().size() * farOutScale()).toSize(); }
    QTransform farOutTransform() const
    {
        const QRectF bounds = scene.sceneRect();
        const double scale = farOutScale();
        return QTransform::fromScale(scale, scale) * QTransform::fromTranslate(-bounds.left() * scale, -bounds.top() * scale);
    }
    QImage paintBatched()
    {
        QImage image(farOutSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(scene.style().backgroundColor());
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setWorldTransform(farOutTransform());
        scene.drawBatched(&painter, scene.sceneRect());
        return image;
    }
    // The batch's image as a worker draws it, over the background.
    QImage renderAside(GraphScene &from)
    {
        const QSize size = farOutSize();
        const GraphBatch::Frame frame =
            GraphBatch::render(from.batch().frameRequest(farOutTransform(), QRect(QPoint(0, 0), size), size, 1.0));
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(scene.style().backgroundColor());
        QPainter painter(&image);
        painter.drawImage(QPoint(0, 0), frame.image);
        return image;
    }

    // The same area drawn by the items themselves (QGraphicsScene::render).
    QImage paintItems(const QSize &size)
    {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(scene.style().backgroundColor());
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(image.rect()), scene.sceneRect());
        return image;
    }

    // Pixels drawn (not background) in either image, and how many of them differ visibly.
    struct PixelDifference
    {
        int drawn = 0;
        int different = 0;
    };
    PixelDifference compare(const QImage &a, const QImage &b) const
    {
        PixelDifference d;
        const QColor background = scene.style().backgroundColor();
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x) {
                const QColor pa = a.pixelColor(x, y);
                const QColor pb = b.pixelColor(x, y);
                if (pa == background && pb == background)
                    continue;
                ++d.drawn;
                const int delta = std::max({std::abs(pa.red() - pb.red()), std::abs(pa.green() - pb.green()),
                                            std::abs(pa.blue() - pb.blue())});
                d.different += delta > 40 ? 1 : 0;
            }
        }
        return d;
    }

    bool hasApplication = (TestSupport::ensureApplication(), true);
    GraphDocument graph;
    GraphScene scene;
};

bool containsLineNear(const QList<QLineF> &lines, const QLineF &line)
{
    for (const QLineF &candidate : lines)
        if (QLineF(candidate.p1(), line.p1()).length() < 0.01 && QLineF(candidate.p2(), line.p2()).length() < 0.01)
            return true;
    return false;
}

} // namespace

TEST_F(BatchFixture, HoldsEveryVisibleEdgeAndNode)
{
    qsizetype lines = 0;
    for (RelationType type : allRelationTypes)
        lines += scene.batch().lines(type).size();
    EXPECT_EQ(lines, scene.edgeItems().size());
    EXPECT_EQ(scene.batch().nodeCount(), scene.nodeItems().size());
}

TEST_F(BatchFixture, EdgesHiddenByAFilterAreNotInTheBatch)
{
    const RelationType type = scene.edgeItems().first()->appearance().type;
    ASSERT_FALSE(scene.batch().lines(type).isEmpty());
    scene.setHiddenRelationTypes({type});
    EXPECT_TRUE(scene.batch().lines(type).isEmpty());
}

TEST_F(BatchFixture, NodesHiddenByAFilterTakeTheirEdgesOutOfTheBatch)
{
    const int before = scene.batch().nodeCount();
    scene.setHiddenEntityTypes({EntityType::Person});
    int people = 0;
    for (NodeItem *node : scene.nodeItems())
        people += node->appearance().type == EntityType::Person ? 1 : 0;
    ASSERT_GT(people, 0);
    EXPECT_EQ(scene.batch().nodeCount(), before - people);
    for (EdgeItem *edge : scene.edgeItems()) {
        if (!edge->isVisible()) {
            EXPECT_FALSE(containsLineNear(scene.batch().lines(edge->appearance().type), edge->chord()));
        }
    }
}

TEST_F(BatchFixture, ADraggedNodesEdgesMoveInTheBatch)
{
    EdgeItem *edge = scene.edgeItems().first();
    const QString key = edge->appearance().source;
    const QLineF before = edge->chord();
    ASSERT_TRUE(containsLineNear(scene.batch().lines(edge->appearance().type), before));
    ASSERT_TRUE(scene.moveNode(key, scene.nodeItem(key)->pos() + QPointF(400, 250)));
    const QList<QLineF> lines = scene.batch().lines(edge->appearance().type);
    EXPECT_FALSE(containsLineNear(lines, before));
    EXPECT_TRUE(containsLineNear(lines, edge->chord()));
    EXPECT_TRUE(scene.nodeItem(key)->sceneBoundingRect().contains(edge->chord().p1()));
}

TEST_F(BatchFixture, ASelectedEdgeIsPaintedOnTopByItsItem)
{
    EdgeItem *edge = scene.edgeItems().first();
    scene.selectEdge(edge->id());
    EXPECT_EQ(scene.batch().itemsOnTop(), QList<QGraphicsItem *>{edge});
}

TEST_F(BatchFixture, SelectingAndHoveringKeepTheBatch)
{
    scene.batch();
    scene.selectEdge(scene.edgeItems().first()->id());
    scene.setHoveredNode(scene.nodeItems().first()->key());
    EXPECT_FALSE(scene.batch().isStale());
}

TEST_F(BatchFixture, AHoverDimsTheBatchOnlyWhileItLasts)
{
    EXPECT_FALSE(scene.batch().isDimmed());
    scene.setHoveredNode(scene.nodeItems().first()->key());
    EXPECT_TRUE(scene.batch().isDimmed());
    scene.setHoveredNode(QString());
    EXPECT_FALSE(scene.batch().isDimmed());
}

TEST_F(BatchFixture, HighlightedItemsArePaintedOnTopOfTheDimmedBatch)
{
    EdgeItem *edge = scene.edgeItems().first();
    scene.highlightEdge(edge->id());
    const QList<QGraphicsItem *> &onTop = scene.batch().itemsOnTop();
    EXPECT_TRUE(onTop.contains(edge));
    EXPECT_TRUE(onTop.contains(scene.nodeItem(edge->appearance().source)));
    EXPECT_TRUE(onTop.contains(scene.nodeItem(edge->appearance().target)));
    EXPECT_EQ(onTop.size(), edge->appearance().source == edge->appearance().target ? 2 : 3);
}

TEST_F(BatchFixture, AnEmphasisedSetDimsTheBatchAndIsPaintedOnTop)
{
    NodeItem *node = scene.nodeItems().first();
    scene.emphasise({node->key()}, {});
    EXPECT_TRUE(scene.batch().isDimmed());
    EXPECT_EQ(scene.batch().itemsOnTop(), QList<QGraphicsItem *>{node});
    scene.emphasise({}, {});
    EXPECT_FALSE(scene.batch().isDimmed());
    EXPECT_TRUE(scene.batch().itemsOnTop().isEmpty());
}

TEST_F(BatchFixture, ASelectedAndHoveredNodeIsPaintedOnceAfterItsEdges)
{
    EdgeItem *edge = scene.edgeItems().first();
    NodeItem *node = scene.nodeItem(edge->appearance().source);
    scene.selectNode(node->key());
    scene.setHoveredNode(node->key());
    const QList<QGraphicsItem *> onTop = scene.batch().itemsOnTop();
    EXPECT_EQ(onTop.count(node), 1);
    EXPECT_LT(onTop.indexOf(edge), onTop.indexOf(node));
}

TEST_F(BatchFixture, IsUsedOnlyBelowTheDetailThreshold)
{
    EXPECT_TRUE(GraphScene::isBatchedAt(EdgeItem::detailLodThreshold * 0.99));
    EXPECT_FALSE(GraphScene::isBatchedAt(EdgeItem::detailLodThreshold));
    EXPECT_FALSE(GraphScene::isBatchedAt(1.0));
}

TEST_F(BatchFixture, LooksLikeTheItemsFarOut)
{
    const QImage batched = paintBatched();
    const PixelDifference d = compare(paintItems(batched.size()), batched);
    ASSERT_GT(d.drawn, 100);
    EXPECT_LT(d.different, d.drawn / 20) << d.different << " of " << d.drawn;
}

TEST_F(BatchFixture, AHoveredNodesNeighbourhoodLooksAsDrawnByTheItems)
{
    scene.setHoveredNode(scene.edgeItems().first()->appearance().source);
    const QImage batched = paintBatched();
    const PixelDifference d = compare(paintItems(batched.size()), batched);
    ASSERT_GT(d.drawn, 100);
    EXPECT_LT(d.different, d.drawn / 20) << d.different << " of " << d.drawn;
}

TEST_F(BatchFixture, ARepaintAfterAFilterChangeDoesNotReuseTheOldPixels)
{
    const QImage before = paintBatched();
    EXPECT_EQ(paintBatched(), before);
    scene.setHiddenEntityTypes({EntityType::Person});
    EXPECT_NE(paintBatched(), before);
}

TEST_F(BatchFixture, AnImageDrawnAsideIsWhatThePaintDraws)
{
    // Another scene of the same graph, so the paint cannot copy the worker's pixels.
    GraphScene other;
    other.setGraph(graph, TestSupport::layoutOf(graph));
    EXPECT_EQ(renderAside(other), paintBatched());
}

TEST_F(BatchFixture, AnAdoptedImageIsWhatThePaintCopiesThen)
{
    const QSize size = farOutSize();
    const QRect rect(QPoint(0, 0), size);
    ASSERT_FALSE(scene.batch().isDrawnAt(farOutTransform(), rect, size));
    const GraphBatch::Frame frame = GraphBatch::render(scene.batch().frameRequest(farOutTransform(), rect, size, 1.0));
    EXPECT_TRUE(scene.adoptBatchFrame(frame));
    EXPECT_TRUE(scene.batch().isDrawnAt(farOutTransform(), rect, size));
}

TEST_F(BatchFixture, AnImageAskedForBeforeAFilterChangeIsDropped)
{
    const QSize size = farOutSize();
    const QRect rect(QPoint(0, 0), size);
    const GraphBatch::FrameRequest request = scene.batch().frameRequest(farOutTransform(), rect, size, 1.0);
    scene.setHiddenEntityTypes({EntityType::Person});
    const GraphBatch::Frame frame = GraphBatch::render(request);
    EXPECT_FALSE(scene.adoptBatchFrame(frame));
    EXPECT_FALSE(scene.batch().isDrawnAt(farOutTransform(), rect, size));
}

TEST_F(BatchFixture, TheNewestImageIsShownMappedToANewTransform)
{
    const QImage exact = paintBatched();
    // Twice as far out: the kept image at half its size, nearest pixel.
    QImage scaled(exact.size(), QImage::Format_ARGB32_Premultiplied);
    scaled.fill(scene.style().backgroundColor());
    QPainter painter(&scaled);
    painter.setWorldTransform(farOutTransform() * QTransform::fromScale(0.5, 0.5));
    ASSERT_TRUE(scene.batch().paintNearest(&painter, scene.sceneRect()));
    painter.end();
    int compared = 0;
    int same = 0;
    for (int y = 0; y < exact.height() / 2; ++y) {
        for (int x = 0; x < exact.width() / 2; ++x) {
            ++compared;
            same += scaled.pixel(x, y) == exact.pixel(2 * x + 1, 2 * y + 1) || scaled.pixel(x, y) == exact.pixel(2 * x, 2 * y)
                ? 1 : 0;
        }
    }
    ASSERT_GT(compared, 1000);
    EXPECT_GT(same, compared * 99 / 100);
}

TEST_F(BatchFixture, WithoutAnImageNothingIsShownMapped)
{
    QImage image(farOutSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    painter.setWorldTransform(farOutTransform());
    EXPECT_FALSE(scene.batch().paintNearest(&painter, scene.sceneRect()));
}

TEST_F(BatchFixture, AfterAFilterChangeTheImageFromBeforeIsStillShownMapped)
{
    const QImage before = paintBatched();
    scene.setHiddenEntityTypes({EntityType::Person});
    const QImage after = paintBatched();
    ASSERT_NE(before, after);
    // A third view state: the batch rebuilt but not drawn for this transform.
    scene.setHiddenEntityTypes({});
    EXPECT_FALSE(scene.batch().isDrawnAt(farOutTransform(), QRect(QPoint(0, 0), farOutSize()), farOutSize()));
    QImage shown(farOutSize(), QImage::Format_ARGB32_Premultiplied);
    shown.fill(scene.style().backgroundColor());
    QPainter painter(&shown);
    painter.setWorldTransform(farOutTransform());
    ASSERT_TRUE(scene.batch().paintNearest(&painter, scene.sceneRect()));
    painter.end();
    // The newest image kept, the one without people, until a new one is drawn.
    EXPECT_EQ(shown, after);
}

TEST(GraphBatch, OnlyAGraphOfFewItemsIsQuickToDraw)
{
    TestSupport::ensureApplication();
    GraphScene small;
    const GraphDocument gold = TestSupport::goldGraph();
    small.setGraph(gold, TestSupport::layoutOf(gold));
    EXPECT_TRUE(small.batch().isQuickToDraw());
    GraphScene large;
    const TestSupport::GridGraph grid = TestSupport::gridGraph(30, 20);
    large.setGraph(grid.graph, grid.layout);
    ASSERT_EQ(large.nodeItems().size(), 600);
    EXPECT_FALSE(large.batch().isQuickToDraw());
}

TEST_F(BatchFixture, PolishingTheNewItemsLeavesTheBatchAsItIs)
{
    scene.batch();
    const quint64 generation = scene.batch().generation();
    // QGraphicsScene polishes new items from the event loop, repeating their
    // (unchanged) visibility: an image being drawn of the batch must stay good.
    QCoreApplication::processEvents();
    EXPECT_FALSE(scene.isBatchStale());
    EXPECT_EQ(scene.batch().generation(), generation);
    scene.setHiddenEntityTypes({EntityType::Person});
    EXPECT_TRUE(scene.isBatchStale());
}

TEST_F(BatchFixture, AContextGridMadeAsideIsKeptUnlessTheBatchChangedMeanwhile)
{
    const GraphBatch::GridRequest request = scene.batch().contextGridRequest();
    ASSERT_FALSE(request.chords.isEmpty());
    EXPECT_FALSE(scene.batch().isContextPrepared());
    // The graph changed while a worker made it: the grid is of the graph before.
    scene.setHiddenEntityTypes({EntityType::Person});
    EXPECT_FALSE(scene.adoptContextGrid(GraphBatch::makeContextGrid(request), request.generation));
    EXPECT_FALSE(scene.batch().isContextPrepared());
    const GraphBatch::GridRequest current = scene.batch().contextGridRequest();
    EXPECT_TRUE(scene.adoptContextGrid(GraphBatch::makeContextGrid(current), current.generation));
    EXPECT_TRUE(scene.batch().isContextPrepared());
}
