#include "viewertestsupport.h"

#include "../canvas/canvastesthelpers.h"
#include "minimap.h"

#include <QImage>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

using namespace Guanxi;
using namespace Guanxi::ViewerTest;

namespace {

void sendMouse(QWidget *widget, QEvent::Type type, const QPoint &at, Qt::MouseButtons buttons)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, QPointF(at), widget->mapToGlobal(QPointF(at)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

// Drags with the left button from `from` to `to` (viewport coordinates) in small steps.
void drag(QWidget *viewport, const QPoint &from, const QPoint &to)
{
    sendMouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton);
    for (int step = 1; step <= 10; ++step)
        sendMouse(viewport, QEvent::MouseMove, from + (to - from) * step / 10, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, to, Qt::NoButton);
}

NodeItem *rightmostNode(GraphScene *scene)
{
    NodeItem *rightmost = nullptr;
    for (NodeItem *node : scene->nodeItems())
        if (!rightmost || node->pos().x() > rightmost->pos().x())
            rightmost = node;
    return rightmost;
}

} // namespace

TEST_F(WindowFixture, DraggingANodeMovesItAndItsEdges)
{
    GraphView *view = window->view();
    const QString key = keyOfName(QStringLiteral("Ilya Sutskever"));
    NodeItem *node = window->scene()->nodeItem(key);
    ASSERT_NE(node, nullptr);
    view->centerOn(node);
    const QPointF before = node->pos();
    const QPoint from = view->mapFromScene(before);
    const QPoint to = from + QPoint(120, 80);
    drag(view->viewport(), from, to);
    const QPointF expected = before + QPointF(120, 80) / view->zoom();
    EXPECT_NEAR(node->pos().x(), expected.x(), 1.5 / view->zoom());
    EXPECT_NEAR(node->pos().y(), expected.y(), 1.5 / view->zoom());
    // Every edge at the node now ends on it.
    int edges = 0;
    for (EdgeItem *edge : window->scene()->edgeItems()) {
        const EdgeAppearance &a = edge->appearance();
        if (a.source != key && a.target != key)
            continue;
        ++edges;
        const QPointF end = a.source == key ? a.path.pointAtPercent(0) : a.arrowAtEnd.isEmpty()
            ? a.path.pointAtPercent(1) : a.arrowAtEnd.first();
        EXPECT_TRUE(node->sceneBoundingRect().adjusted(-2, -2, 2, 2).contains(end)) << edge->id().toStdString();
    }
    EXPECT_GT(edges, 0);
}

TEST_F(WindowFixture, DraggingEmptySpaceStillPans)
{
    GraphView *view = window->view();
    view->resetZoom();
    view->centerOn(window->scene()->sceneRect().center());
    const QHash<QString, QPointF> positions = window->scene()->nodePositions();
    // A corner of the viewport beyond every node: the hand drag scrolls.
    QPoint empty(5, 5);
    ASSERT_EQ(view->itemAt(empty), nullptr);
    const QPointF centreBefore = view->mapToScene(view->viewport()->rect().center());
    drag(view->viewport(), empty, empty + QPoint(60, 40));
    EXPECT_NE(view->mapToScene(view->viewport()->rect().center()), centreBefore);
    EXPECT_EQ(window->scene()->nodePositions(), positions);
}

TEST_F(WindowFixture, ImageExportDrawsTheNodeWhereItWasDragged)
{
    ImageExportOptions options;
    options.legend = false;
    const QString beforePath = dir.filePath(QStringLiteral("before.png"));
    const QString afterPath = dir.filePath(QStringLiteral("after.png"));
    ASSERT_TRUE(window->exportImage(beforePath, options).has_value());
    NodeItem *node = rightmostNode(window->scene());
    ASSERT_TRUE(window->scene()->moveNode(node->key(), node->pos() + QPointF(600, 0)));
    ASSERT_TRUE(window->exportImage(afterPath, options).has_value());
    const QImage before(beforePath);
    const QImage after(afterPath);
    ASSERT_FALSE(before.isNull());
    ASSERT_FALSE(after.isNull());
    // At 96 dpi one pixel is one scene unit: the picture grew by the distance moved.
    EXPECT_NEAR(after.width() - before.width(), 600, 40);
    EXPECT_EQ(after.height(), before.height());
}

TEST_F(WindowFixture, ADraggedNodeKeepsItsPlaceThroughFocusAndBack)
{
    const QString altman = keyOfName(QStringLiteral("Sam Altman"));
    const QString brockman = keyOfName(QStringLiteral("Greg Brockman"));
    ASSERT_FALSE(altman.isEmpty());
    const QPointF moved = window->scene()->nodeItem(altman)->pos() + QPointF(-330, 210);
    window->scene()->moveNode(altman, moved);
    ASSERT_TRUE(window->focusOn(brockman, 1));
    ASSERT_TRUE(waitUntilIdle());
    window->showWholeGraph();
    ASSERT_TRUE(waitUntilIdle());
    ASSERT_NE(window->scene()->nodeItem(altman), nullptr);
    EXPECT_EQ(window->scene()->nodeItem(altman)->pos(), moved);
}

TEST(GraphView, TheFirstFitShowsEntitiesWithoutRelations)
{
    ensureApplication();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("isolated.db"));
    {
        // Two related companies and eight people nobody relates to.
        GraphDocument document;
        document.info.name = QStringLiteral("isolated.json");
        document.info.language = QStringLiteral("en");
        for (int i = 0; i < 10; ++i) {
            Entity entity;
            entity.key = QStringLiteral("k%1").arg(i);
            entity.name = i < 2 ? QStringLiteral("Company %1").arg(i) : QStringLiteral("Person Number %1").arg(i);
            entity.type = i < 2 ? EntityType::Organization : EntityType::Person;
            entity.kind = i < 2 ? OrgKind::Company : OrgKind::None;
            document.entities.append(entity);
        }
        Relation invested;
        invested.type = RelationType::InvestedIn;
        invested.source = QStringLiteral("k0");
        invested.target = QStringLiteral("k1");
        document.relations.append(invested);
        auto store = GraphStore::open(path);
        ASSERT_TRUE(store.has_value());
        auto report = (*store)->ingest(document);
        ASSERT_TRUE(report.has_value()) << report.error().toString().toStdString();
    }
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(window.openDatabase(path).has_value());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.isBusy() && window.scene()->nodeItems().size() == 10; }, 60000));
    GraphView *view = window.view();
    const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
    for (NodeItem *node : window.scene()->nodeItems())
        EXPECT_TRUE(shown.contains(node->sceneBoundingRect())) << node->appearance().label.toStdString();
}

TEST(MiniMap, DrawsTheSceneAsItsBatch)
{
    TestSupport::ensureApplication();
    const GraphDocument graph = TestSupport::goldGraph();
    GraphScene scene;
    scene.setGraph(graph, TestSupport::layoutOf(graph));
    GraphView view;
    view.setScene(&scene);
    MiniMap map(&view);
    map.resize(200, 140);
    map.refit();
    scene.invalidateBatch();
    ASSERT_TRUE(scene.isBatchStale());
    QImage image(map.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    map.viewport()->render(&image);
    // Only GraphScene::drawBatched rebuilds the batch: item by item leaves it stale.
    EXPECT_FALSE(scene.isBatchStale());
}

namespace {

// Two views of one scene then have viewports of one size whatever their scroll bars' timing.
void hideScrollBars(GraphView &view)
{
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

// Shows `view` of `scene` at 640 x 420 without scroll bars, laid out as on screen.
void showOffscreen(GraphView &view, GraphScene &scene)
{
    view.setScene(&scene);
    hideScrollBars(view);
    view.resize(640, 420);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.show();
    QCoreApplication::processEvents();
}

// A shown view of the gold graph at 100 %, for the zoom-step tests.
struct ZoomStepView
{
    // Before the scene: widgets need the application.
    bool hasApplication = (TestSupport::ensureApplication(), true);
    GraphScene scene;
    GraphView view;

    ZoomStepView()
    {
        const GraphDocument graph = TestSupport::goldGraph();
        scene.setGraph(graph, TestSupport::layoutOf(graph));
        showOffscreen(view, scene);
        view.resetZoom();
        view.centerOn(scene.connectedBounds().center());
    }
    QImage frame() const { return view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32); }
};

qsizetype differingPixels(const QImage &a, const QImage &b)
{
    qsizetype count = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            count += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    return count;
}

} // namespace

TEST(GraphView, TheFrameRightAfterAZoomStepIsTheLastFrameScaled)
{
    ZoomStepView shown;
    GraphView &view = shown.view;
    const QImage before = shown.frame();
    const QTransform beforeTransform = view.viewportTransform();
    view.stepZoom(1.2);
    ASSERT_TRUE(view.isShowingScaledFrame());
    const QImage after = shown.frame();
    // Each pixel now is the kept pixel its centre maps back to (nearest pixel).
    const QTransform back = view.viewportTransform().inverted() * beforeTransform;
    int compared = 0;
    int same = 0;
    for (int y = 2; y < after.height() - 2; y += 7) {
        for (int x = 2; x < after.width() - 2; x += 7) {
            const QPointF source = back.map(QPointF(x + 0.5, y + 0.5));
            const QPoint kept(int(std::floor(source.x())), int(std::floor(source.y())));
            if (!before.rect().contains(kept))
                continue;
            ++compared;
            same += after.pixel(x, y) == before.pixel(kept) ? 1 : 0;
        }
    }
    ASSERT_GT(compared, 1000);
    // Rounding at pixel edges may pick a neighbour: nearly all, not all (the
    // exact drawing at the new zoom matches in ~86 %, the background).
    EXPECT_GT(same, compared * 99 / 100);
}

namespace {

// What a view of `scene` brought straight to `like`'s transform and scroll
// draws (by default with the far-out batch drawn in its paint).
QImage drawnDirectly(GraphScene &scene, const GraphView &like, bool batchAside = false)
{
    GraphView other;
    other.setDrawsBatchAside(batchAside);
    other.setScene(&scene);
    hideScrollBars(other);
    other.resize(like.size());
    other.setAttribute(Qt::WA_DontShowOnScreen);
    other.show();
    QCoreApplication::processEvents();
    other.setTransform(like.transform());
    QCoreApplication::processEvents();
    other.horizontalScrollBar()->setValue(like.horizontalScrollBar()->value());
    other.verticalScrollBar()->setValue(like.verticalScrollBar()->value());
    QCoreApplication::processEvents();
    EXPECT_EQ(other.viewport()->size(), like.viewport()->size());
    EXPECT_EQ(other.viewportTransform(), like.viewportTransform());
    return other.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

} // namespace

TEST(GraphView, WhenTheZoomStepsPauseTheViewShowsTheExactFrame)
{
    ZoomStepView shown;
    GraphView &view = shown.view;
    view.stepZoom(1.2);
    view.stepZoom(1.2);
    const QImage scaled = shown.frame();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view.isShowingScaledFrame(); }, 5000));
    const QImage exact = shown.frame();
    // A view that came to this transform directly draws the same.
    const QImage direct = drawnDirectly(shown.scene, view, /*batchAside=*/true);
    ASSERT_EQ(exact.size(), direct.size());
    // The same but for the dash phase of a few long dashed edges (each view
    // slices them from where it last scrolled): 0.5 % of the pixels here,
    // where the scaled frame differs in a fifth.
    const qsizetype pixels = qsizetype(exact.width()) * exact.height();
    EXPECT_LT(differingPixels(exact, direct), pixels / 50);
    EXPECT_GT(differingPixels(scaled, direct), pixels / 10);
}

TEST(GraphView, FarOutTheFrameAtANewZoomIsDrawnAsideAndThenShown)
{
    ZoomStepView shown;
    GraphView &view = shown.view;
    view.setZoom(GraphBatch::lodThreshold / 2);
    QCoreApplication::processEvents();
    // The first image far out is drawn in the paint: there is none to show meanwhile.
    shown.frame();
    ASSERT_FALSE(view.isDrawingBatchAside());
    QSignalSpy drawn(&view, &GraphView::batchFrameDrawn);
    view.setZoom(GraphBatch::lodThreshold / 1.5);
    shown.frame();
    ASSERT_TRUE(view.isDrawingBatchAside());
    ASSERT_TRUE(QTest::qWaitFor([&] { return drawn.count() > 0; }, 10000));
    const QImage exact = shown.frame();
    EXPECT_FALSE(view.isDrawingBatchAside());
    // Another scene of the graph, so that view cannot copy this one's image.
    GraphScene other;
    const GraphDocument graph = TestSupport::goldGraph();
    other.setGraph(graph, TestSupport::layoutOf(graph));
    const QImage direct = drawnDirectly(other, view);
    ASSERT_EQ(exact.size(), direct.size());
    EXPECT_EQ(differingPixels(exact, direct), 0);
}

TEST(GraphView, FarOutTheFrameBeforeTheWorkersImageIsTheNewestImageScaled)
{
    ZoomStepView shown;
    GraphView &view = shown.view;
    view.setZoom(GraphBatch::lodThreshold / 1.5);
    QCoreApplication::processEvents();
    const QImage before = shown.frame();
    const QTransform beforeTransform = view.viewportTransform();
    view.setZoom(GraphBatch::lodThreshold / 2);
    const QImage meanwhile = shown.frame();
    ASSERT_TRUE(view.isDrawingBatchAside());
    // Each pixel now is the drawn pixel its centre maps back to, or (a
    // minifying nearest-pixel copy rounds pixel edges its own way) one
    // next to it.
    const QTransform back = view.viewportTransform().inverted() * beforeTransform;
    const QRgb background = shown.scene.style().backgroundColor().rgb();
    int compared = 0;
    int same = 0;
    for (int y = 2; y < meanwhile.height() - 2; ++y) {
        for (int x = 2; x < meanwhile.width() - 2; ++x) {
            const QPointF source = back.map(QPointF(x + 0.5, y + 0.5));
            const QPoint kept(int(std::floor(source.x())), int(std::floor(source.y())));
            if (!before.rect().adjusted(1, 1, -1, -1).contains(kept) || before.pixel(kept) == background)
                continue;
            ++compared;
            bool isNear = false;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx)
                    isNear = isNear || meanwhile.pixel(x, y) == before.pixel(kept + QPoint(dx, dy));
            same += isNear ? 1 : 0;
        }
    }
    ASSERT_GT(compared, 1000);
    EXPECT_GT(same, compared * 98 / 100) << same << " of " << compared;
    // Leaves no worker behind for the next test.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view.isDrawingBatchAside(); }, 10000));
}

TEST(GraphView, ZoomingInFromTheMenuStepsAsTheWheelDoes)
{
    ZoomStepView shown;
    GraphView &view = shown.view;
    const double before = view.zoom();
    view.zoomIn();
    EXPECT_TRUE(view.isShowingScaledFrame());
    EXPECT_DOUBLE_EQ(view.zoom(), before * 1.25);
}

TEST(GraphView, ZoomingOutFromTheMenuStepsAsTheWheelDoes)
{
    ZoomStepView shown;
    GraphView &view = shown.view;
    const double before = view.zoom();
    view.zoomOut();
    EXPECT_TRUE(view.isShowingScaledFrame());
    EXPECT_DOUBLE_EQ(view.zoom(), before / 1.25);
}

TEST(GraphView, ActualSizeShowsTheExactFrameAtOnce)
{
    ZoomStepView shown;
    GraphView &view = shown.view;
    view.zoomOut();
    view.resetZoom();
    EXPECT_FALSE(view.isShowingScaledFrame());
    EXPECT_DOUBLE_EQ(view.zoom(), 1.0);
}

TEST(GraphView, AtDetailZoomTheFrameRefreshedTileByTileIsTheExactFrame)
{
    ZoomStepView shown;
    GraphView &view = shown.view;
    view.stepZoom(1.2);
    view.stepZoom(1.2);
    QSignalSpy refreshed(&view, &GraphView::exactFrameShown);
    // What the wheel's rest does; the smallest budget, a few tiles a turn.
    view.setRefreshBudgetMs(1);
    view.refreshExactFrame();
    ASSERT_TRUE(refreshed.count() > 0 || refreshed.wait(10000));
    EXPECT_FALSE(view.isShowingScaledFrame());
    const QImage exact = shown.frame();
    // Another scene of the graph, so that view cannot copy this one's context image.
    GraphScene other;
    const GraphDocument graph = TestSupport::goldGraph();
    other.setGraph(graph, TestSupport::layoutOf(graph));
    const QImage direct = drawnDirectly(other, view);
    ASSERT_EQ(exact.size(), direct.size());
    // Pixel for pixel: a context image missing the tiles after the first
    // differs in about 1 % of the pixels here.
    EXPECT_EQ(differingPixels(exact, direct), 0);
}

namespace {

// A shown view of a large grid graph (too large to draw far out in a paint), far out.
struct FarOutGridView
{
    bool hasApplication = (TestSupport::ensureApplication(), true);
    // 1,200 nodes: large even with every edge filtered out.
    TestSupport::GridGraph grid = TestSupport::gridGraph(40, 30);
    GraphScene scene;
    GraphView view;

    FarOutGridView()
    {
        scene.setGraph(grid.graph, grid.layout);
        showOffscreen(view, scene);
        view.setZoom(GraphBatch::lodThreshold / 2);
        view.centerOn(scene.sceneRect().center());
    }
    QImage frame() const { return view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32); }
    // Until a frame needs no worker: the one drawing may have been asked for an earlier view.
    void awaitWorker()
    {
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                if (view.isDrawingBatchAside())
                    return false;
                frame();
                return !view.isDrawingBatchAside();
            },
            10000));
    }
    // The view's frame as a view of another scene of the graph, with the same filter, draws it in its paint.
    QImage drawnDirectly(const QSet<RelationType> &hidden = {})
    {
        GraphScene other;
        other.setGraph(grid.graph, grid.layout);
        other.setHiddenRelationTypes(hidden);
        return ::drawnDirectly(other, view);
    }
};

} // namespace

TEST(GraphView, FarOutTheFirstImageOfALargeGraphIsDrawnAside)
{
    FarOutGridView shown;
    const QImage meanwhile = shown.frame();
    ASSERT_TRUE(shown.view.isDrawingBatchAside());
    // Nothing selected: the background alone until the worker's image comes.
    const QRgb background = shown.scene.style().backgroundColor().rgb();
    qsizetype other = 0;
    for (int y = 0; y < meanwhile.height(); ++y)
        for (int x = 0; x < meanwhile.width(); ++x)
            other += meanwhile.pixel(x, y) != background ? 1 : 0;
    EXPECT_EQ(other, 0);
    shown.awaitWorker();
    const QImage exact = shown.frame();
    EXPECT_FALSE(shown.view.isDrawingBatchAside());
    EXPECT_EQ(differingPixels(exact, shown.drawnDirectly()), 0);
}

TEST(GraphView, FarOutAFilterShowsTheGraphBeforeItUntilTheWorkersImageComes)
{
    FarOutGridView shown;
    shown.frame();
    shown.awaitWorker();
    const QImage before = shown.frame();
    ASSERT_FALSE(shown.view.isDrawingBatchAside());
    const QSet<RelationType> hidden{RelationType::CompetitorOf};
    shown.scene.setHiddenRelationTypes(hidden);
    const QImage meanwhile = shown.frame();
    ASSERT_TRUE(shown.view.isDrawingBatchAside());
    EXPECT_EQ(differingPixels(meanwhile, before), 0);
    shown.awaitWorker();
    const QImage after = shown.frame();
    // Every edge gone: the worker's image is the filtered graph, drawn exactly.
    EXPECT_GT(differingPixels(after, before), after.width() * after.height() / 100);
    EXPECT_EQ(differingPixels(after, shown.drawnDirectly(hidden)), 0);
}

TEST(GraphView, FarOutASmallGraphIsDrawnAtOnceAfterAFilter)
{
    ZoomStepView shown;
    GraphView &view = shown.view;
    view.setZoom(GraphBatch::lodThreshold / 2);
    const QImage before = shown.frame();
    ASSERT_FALSE(view.isDrawingBatchAside());
    shown.scene.setHiddenEntityTypes({EntityType::Person});
    const QImage after = shown.frame();
    // No worker and no image of the graph as it was: the people are gone in this very frame.
    EXPECT_FALSE(view.isDrawingBatchAside());
    EXPECT_GT(differingPixels(after, before), 0);
}

TEST(GraphView, AtDetailZoomAFilterKeepsTheFrameAndRefreshesItTileByTile)
{
    FarOutGridView shown;
    GraphView &view = shown.view;
    view.setZoom(1.0);
    view.centerOn(shown.scene.sceneRect().center());
    QCoreApplication::processEvents();
    const QImage before = shown.frame();
    // What the Filters dock does.
    view.setRefreshBudgetMs(1);
    view.keepFrameForChange();
    const QSet<RelationType> hidden{RelationType::CompetitorOf};
    shown.scene.setHiddenRelationTypes(hidden);
    ASSERT_TRUE(view.isShowingScaledFrame());
    EXPECT_EQ(differingPixels(shown.frame(), before), 0);
    QSignalSpy refreshed(&view, &GraphView::exactFrameShown);
    ASSERT_TRUE(refreshed.wait(10000));
    EXPECT_FALSE(view.isShowingScaledFrame());
    const QImage after = shown.frame();
    EXPECT_GT(differingPixels(after, before), 0);
    // Tile by tile, the very frame a view of the filtered graph draws at once.
    EXPECT_EQ(differingPixels(after, shown.drawnDirectly(hidden)), 0);
}

TEST(GraphView, AtDetailZoomASmallGraphShowsAFilterInTheNextFrame)
{
    ZoomStepView shown;
    shown.view.keepFrameForChange();
    shown.scene.setHiddenEntityTypes({EntityType::Person});
    EXPECT_FALSE(shown.view.isShowingScaledFrame());
}

TEST(MiniMap, ALargeGraphsImageAfterAFilterIsDrawnAsideTheOldOneShownMeanwhile)
{
    TestSupport::ensureApplication();
    const TestSupport::GridGraph grid = TestSupport::gridGraph(40, 30);
    GraphScene scene;
    scene.setGraph(grid.graph, grid.layout);
    GraphView view;
    view.setScene(&scene);
    MiniMap map(&view);
    map.resize(200, 140);
    map.setAttribute(Qt::WA_DontShowOnScreen);
    map.show();
    map.refit();
    QCoreApplication::processEvents();
    const auto frame = [&] { return map.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32); };
    frame();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !map.isDrawingBatchAside(); }, 10000));
    const QImage before = frame();
    ASSERT_FALSE(map.isDrawingBatchAside());
    scene.setHiddenRelationTypes({RelationType::CompetitorOf});
    QSignalSpy drawn(&map, &MiniMap::batchFrameDrawn);
    // The map as it was, while a worker draws it without the edges.
    EXPECT_EQ(differingPixels(frame(), before), 0);
    EXPECT_TRUE(map.isDrawingBatchAside());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !map.isDrawingBatchAside(); }, 10000));
    // It says so, as the main view does (a screenshot waits for it).
    EXPECT_GE(drawn.count(), 1);
    const QImage after = frame();
    EXPECT_FALSE(map.isDrawingBatchAside());
    EXPECT_GT(differingPixels(after, before), 0);
    // Drawn in the paint, the filtered map is the same.
    map.setDrawsBatchAside(false);
    scene.invalidateBatch();
    EXPECT_EQ(differingPixels(frame(), after), 0);
}

TEST_F(WindowFixture, WheelZoomKeepsThePointUnderTheCursorInPlace)
{
    GraphView *view = window->view();
    // Close enough that the graph overflows the window both ways: a graph
    // narrower than the window stays centred in it, wherever the cursor is.
    for (int step = 0; step < 6; ++step)
        view->zoomIn();
    QCoreApplication::processEvents();
    ASSERT_GT(view->verticalScrollBar()->maximum(), 0);
    ASSERT_GT(view->horizontalScrollBar()->maximum(), 0);
    const QPoint at(view->viewport()->width() / 4, view->viewport()->height() / 3);
    const QPointF before = view->mapToScene(at);
    const double zoom = view->zoom();
    QWheelEvent wheel(QPointF(at), view->viewport()->mapToGlobal(QPointF(at)), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    ASSERT_GT(view->zoom(), zoom * 1.1);
    const QPointF after = view->mapToScene(at);
    // Within a pixel and a half each way: centerOn() rounds to whole scroll steps.
    EXPECT_LE((after - before).manhattanLength() * view->zoom(), 3.0) << after.x() - before.x() << ", " << after.y() - before.y();
}

TEST_F(WindowFixture, HoveringANodeShowsATooltipWithItsNames)
{
    GraphView *view = window->view();
    NodeItem *node = window->scene()->nodeItem(keyOfName(QStringLiteral("Elon Musk")));
    ASSERT_NE(node, nullptr);
    view->centerOn(node);
    const QPoint at = view->mapFromScene(node->pos());
    QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &help);
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("马斯克"))) << QToolTip::text().toStdString();
    QToolTip::hideText();
}
