// bench_canvas: how fast the viewer draws. Synthetic graphs of 1,000 or
// 10,000 entities with two relations per entity (bench/syntheticgraph.h), of
// two shapes: random (a random tree plus random edges: after sfdp most edges
// are long lines across the drawing, the worst case) and news-shaped
// (communities around hubs, most edges local, as ingested news);
// laid out once by sfdp as the viewer would; then the time to build the
// GraphScene and to paint one frame of a shown 1600×1000 GraphView's viewport
// (its paint event, rendered into an image)
// with the whole graph in view, at the app's fit to window (GraphView::
// fitToWindow: whole for large graphs), at GraphView::minFitZoom around the
// centre and at 100% zoom, each as a repaint (the caches full) and as the
// first frame after a zoom step (zoomStep*: every frame at a new zoom, one
// wheel step in and out in turn), and as a wheel step draws them since the
// seventh step (scaledStep*: GraphView::stepZoom shows the last exact frame
// scaled at once, timed with the frame, and draws the exact one when the
// wheel rests: the `exact_ms` counter). Far out since the eighth step the
// exact image is drawn on a worker (GraphView::setDrawsBatchAside): the
// timed frame is then what the GUI thread paints meanwhile, `aside_wall_ms`
// the wall time until the worker's image comes (untimed) and `adopted_ms`
// the frame that shows it. Times are the GUI thread's CPU time. Runs on the
// offscreen platform; the target is under 16 ms a frame (60 frames a second).
// filterAt*: a relation type hidden and shown again in turn (the Filters
// dock), then the frame: the batch is rebuilt and has no image of its own yet.
// GUANXI_BENCH_ASIDE=0 draws the far-out image in the paint, as before.
// GUANXI_BENCH_LAYOUT_CACHE=<dir> keeps each graph's sfdp layout in a file
// there: later runs skip the minute of layout and paint the very same drawing.
// GUANXI_BENCH_FRAME_DIR=<dir> saves each benchmark's frame there as a PNG.

#include "graphscene.h"
#include "graphstyle.h"
#include "graphview.h"
#include "minimap.h"
#include "layout/layoutbuilder.h"
#include "layout/layoutengine.h"
#include "syntheticgraph.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>

#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>
#include <ctime>
#include <iostream>
#include <map>
#include <optional>
#include <random>

using namespace Guanxi;

namespace {

constexpr QSize viewSize(1600, 1000);
// The overview map's dock, about as the viewer shows it.
constexpr QSize miniMapSize(260, 170);

struct Fixture
{
    GraphDocument graph;
    LayoutResult layout;
};

// Names like the news: Chinese and English people and companies of varied length.
QString nameFor(int index, std::mt19937 &random)
{
    static const QStringList chinese = {QStringLiteral("张"), QStringLiteral("伟"), QStringLiteral("科技"),
                                        QStringLiteral("智能"), QStringLiteral("明"), QStringLiteral("华"),
                                        QStringLiteral("云帆"), QStringLiteral("星河"), QStringLiteral("资本")};
    static const QStringList english = {QStringLiteral("Labs"), QStringLiteral("Ventures"), QStringLiteral("Sam"),
                                        QStringLiteral("Chen"), QStringLiteral("Systems"), QStringLiteral("AI"),
                                        QStringLiteral("Capital"), QStringLiteral("Ilya"), QStringLiteral("Robotics")};
    const bool isChinese = index % 2 == 0;
    const QStringList &pool = isChinese ? chinese : english;
    const int parts = std::uniform_int_distribution<int>(1, 3)(random);
    QStringList words;
    for (int i = 0; i < parts; ++i)
        words.append(pool[std::uniform_int_distribution<int>(0, int(pool.size()) - 1)(random)]);
    return words.join(isChinese ? QString() : QStringLiteral(" ")) + QString::number(index);
}

enum class Shape { Random, News };

GraphDocument documentFor(int nodes, Shape kind)
{
    const LayoutRequest shape = kind == Shape::News ? Bench::SyntheticGraph::makeNewsShaped(nodes, QString())
                                                    : Bench::SyntheticGraph::make(nodes, QString());
    std::mt19937 random(7);
    GraphDocument graph;
    for (qsizetype i = 0; i < shape.nodes.size(); ++i) {
        Entity entity;
        entity.key = shape.nodes[i].id;
        entity.name = nameFor(int(i), random);
        entity.type = allEntityTypes[i % allEntityTypes.size()];
        if (entity.type == EntityType::Organization)
            entity.kind = OrgKind::Company;
        graph.entities.append(entity);
    }
    for (qsizetype i = 0; i < shape.edges.size(); ++i) {
        Relation relation;
        relation.type = allRelationTypes[i % allRelationTypes.size()];
        relation.source = shape.edges[i].source;
        relation.target = shape.edges[i].target;
        graph.relations.append(relation);
    }
    return graph;
}

QDataStream &operator<<(QDataStream &out, const std::optional<QPointF> &point)
{
    return out << point.has_value() << point.value_or(QPointF());
}

QDataStream &operator>>(QDataStream &in, std::optional<QPointF> &point)
{
    bool has = false;
    QPointF value;
    in >> has >> value;
    point = has ? std::optional<QPointF>(value) : std::nullopt;
    return in;
}

QString layoutCachePath(int nodes, Shape shape)
{
    const QString dir = qEnvironmentVariable("GUANXI_BENCH_LAYOUT_CACHE");
    const QString name = shape == Shape::News ? QStringLiteral("sfdp-news-%1.layout") : QStringLiteral("sfdp-%1.layout");
    return dir.isEmpty() ? QString() : QDir(dir).filePath(name.arg(nodes));
}

std::optional<LayoutResult> readLayout(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream in(&file);
    LayoutResult layout;
    qsizetype nodeCount = 0;
    in >> layout.engine >> layout.bounds >> nodeCount;
    for (qsizetype i = 0; i < nodeCount && in.status() == QDataStream::Ok; ++i) {
        NodeGeometry node;
        in >> node.id >> node.center >> node.size;
        layout.nodes.append(node);
    }
    qsizetype edgeCount = 0;
    in >> edgeCount;
    for (qsizetype i = 0; i < edgeCount && in.status() == QDataStream::Ok; ++i) {
        EdgeGeometry edge;
        in >> edge.id >> edge.path >> edge.arrowStart >> edge.arrowEnd >> edge.labelPos;
        layout.edges.append(edge);
    }
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return layout;
}

void writeLayout(const QString &path, const LayoutResult &layout)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::WriteOnly))
        return;
    QDataStream out(&file);
    out << layout.engine << layout.bounds << layout.nodes.size();
    for (const NodeGeometry &node : layout.nodes)
        out << node.id << node.center << node.size;
    out << layout.edges.size();
    for (const EdgeGeometry &edge : layout.edges)
        out << edge.id << edge.path << edge.arrowStart << edge.arrowEnd << edge.labelPos;
}

// Laid out once per size and shape: sfdp takes seconds at 10,000 nodes.
// The benchmark's arguments: the node count, then 0 random or 1 news-shaped.
const Fixture &fixture(const benchmark::State &state)
{
    const int nodes = int(state.range(0));
    const Shape shape = state.range(1) == 1 ? Shape::News : Shape::Random;
    static std::map<std::pair<int, Shape>, Fixture> cache;
    auto found = cache.find({nodes, shape});
    if (found != cache.end())
        return found->second;
    Fixture fixture;
    fixture.graph = documentFor(nodes, shape);
    const QString cachePath = layoutCachePath(nodes, shape);
    if (auto cached = readLayout(cachePath)) {
        fixture.layout = *cached;
    } else {
        const LayoutRequest request = LayoutBuilder::fromGraph(fixture.graph, GraphStyle::standard().labelMetrics(),
                                                               QStringLiteral("sfdp"));
        auto layout = LayoutEngine().layout(request);
        if (!layout) {
            std::cerr << qPrintable(layout.error().toString()) << '\n';
            std::exit(1);
        }
        fixture.layout = *layout;
        writeLayout(cachePath, fixture.layout);
    }
    return cache.emplace(std::make_pair(nodes, shape), std::move(fixture)).first->second;
}

// This thread's CPU time in ms: the GUI thread's, without the worker that
// draws the far-out image aside.
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return 1000.0 * double(now.tv_sec) + double(now.tv_nsec) / 1e6;
}

// The scene's build as the viewer pays it: setGraph(), then what
// QGraphicsScene leaves for later (its BSP index, built by the first look-up,
// and the items' polish on the next event-loop turn). Tearing the scene down
// is left out: with the items never polished, Qt's removal scans its list of
// unpolished items once per item, a cost the viewer never meets.
void buildScene(benchmark::State &state)
{
    const Fixture &input = fixture(state);
    double setMs = 0;
    double indexMs = 0;
    double polishMs = 0;
    for (auto _ : state) {
        auto scene = std::make_unique<GraphScene>();
        const double start = cpuMs();
        scene->setGraph(input.graph, input.layout);
        const double set = cpuMs();
        benchmark::DoNotOptimize(scene->items(scene->sceneRect().center()));
        const double indexed = cpuMs();
        QCoreApplication::processEvents();
        const double polished = cpuMs();
        setMs += set - start;
        indexMs += indexed - set;
        polishMs += polished - indexed;
        state.PauseTiming();
        scene.reset();
        state.ResumeTiming();
    }
    const double n = double(state.iterations());
    state.counters["set_ms"] = setMs / n;
    state.counters["index_ms"] = indexMs / n;
    state.counters["polish_ms"] = polishMs / n;
    state.counters["nodes"] = double(input.graph.entities.size());
    state.counters["edges"] = double(input.graph.relations.size());
}

enum class Zoom { Whole, AppFit, Readable, Actual };

enum class Step {
    None,    // a repaint: the caches full
    Exact,   // the exact first frame at a new zoom
    Scaled,  // GraphView::stepZoom and the frame it shows at once; the exact frame after, apart
    Filter,  // a relation type hidden or shown again (the Filters dock), then the frame: the batch rebuilt
};

// With a step, every frame at a new zoom, one wheel step (1.2×) in and out
// of the starting one in turn, so each is a first frame after a zoom change.
void paintFrame(benchmark::State &state, Zoom zoom, Step step = Step::None)
{
    const Fixture &input = fixture(state);
    GraphScene scene;
    scene.setGraph(input.graph, input.layout);
    GraphView view;
    view.setDrawsBatchAside(qEnvironmentVariable("GUANXI_BENCH_ASIDE") != QStringLiteral("0"));
    // GUANXI_BENCH_REFRESH_MS=0: the exact frame at detail zoom in one paint, as before the refresh by tiles.
    if (const QString budget = qEnvironmentVariable("GUANXI_BENCH_REFRESH_MS"); !budget.isEmpty())
        view.setRefreshBudgetMs(budget.toInt());
    view.setScene(&scene);
    view.resize(viewSize);
    // Laid out as on screen: a hidden view keeps a default-sized viewport.
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.show();
    QCoreApplication::processEvents();
    if (zoom == Zoom::Whole) {
        // Everything in view: the most items a frame can hold.
        view.fitInView(scene.itemsBoundingRect(), Qt::KeepAspectRatio);
    } else if (zoom == Zoom::AppFit) {
        // What the viewer shows first: at least minFitZoom, full detail, labels readable.
        view.fitToWindow();
    } else if (zoom == Zoom::Readable) {
        // The centre at GraphView::minFitZoom, what the app's fit showed of
        // any graph too large for it until the fit showed large graphs whole.
        // resetZoom first, as a user's zoom would: the view stops refitting
        // itself when its scroll bars come (a worker's image, awaited through
        // the event loop, would otherwise let that resize refit it far out).
        view.resetZoom();
        view.setZoom(GraphView::minFitZoom);
        view.centerOn(scene.connectedBounds().center());
    } else {
        view.resetZoom();
        view.centerOn(scene.itemsBoundingRect().center());
    }
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    // The viewport's own paint event, as on screen: GraphView::paintEvent
    // chooses between the batch and QGraphicsView's item-by-item drawing.
    // GUANXI_BENCH_RENDER=view: QGraphicsView::render instead (item by item at
    // every zoom, as this benchmark measured before the batch); =repaint: the
    // viewport's synchronous repaint() into its backing store.
    const bool viaViewRender = qEnvironmentVariable("GUANXI_BENCH_RENDER") == QStringLiteral("view");
    const bool viaRepaint = qEnvironmentVariable("GUANXI_BENCH_RENDER") == QStringLiteral("repaint");
    auto frame = [&] {
        if (viaRepaint) {
            view.viewport()->repaint();
            return;
        }
        if (!viaViewRender) {
            view.viewport()->render(&image);
            return;
        }
        QPainter painter(&image);
        painter.setRenderHints(view.renderHints());
        view.render(&painter, QRectF(image.rect()), view.viewport()->rect());
    };
    // The first frame fills the caches (the items' pixmaps, the batch's
    // image), as on screen the first frame after a zoom step: timed apart.
    const double firstStart = cpuMs();
    frame();
    const double firstFrameMs = cpuMs() - firstStart;
    // What the event loop has yet to do for the new scene (its index, the
    // items' polish), before anything is timed: on screen it comes before
    // the user's first wheel step or filter, not in the refresh's turns.
    QCoreApplication::processEvents();
    // GUANXI_BENCH_FRAME_DIR=<dir>: keep each frame as a PNG, to look at.
    if (const QString dir = qEnvironmentVariable("GUANXI_BENCH_FRAME_DIR"); !dir.isEmpty())
        image.save(QDir(dir).filePath(QStringLiteral("frame-%1-%2-%3.png")
                                          .arg(state.range(0))
                                          .arg(state.range(1) == 1 ? QStringLiteral("news") : QStringLiteral("random"))
                                          .arg(int(zoom))));
    const double startZoom = view.zoom();
    const QPointF centre = view.mapToScene(view.viewport()->rect().center());
    bool isIn = false;
    double exactMs = 0;
    double rescaledMs = 0;
    // The detail zoom's refresh after the wheel rests: its later turns (the
    // longest, all together, how many) and the frame after it.
    double refreshMaxMs = 0;
    double refreshMs = 0;
    double refreshedMs = 0;
    qint64 refreshTurns = 0;
    qint64 refreshTurnsOver16 = 0;
    // Untimed: waits for the worker's image, then times the frame that shows it.
    double asideWallMs = 0;
    double adoptedMs = 0;
    double visibilityMs = 0;
    double rebuildMs = 0;
    qint64 asideCount = 0;
    auto awaitAside = [&] {
        if (!view.isDrawingBatchAside())
            return;
        QElapsedTimer wall;
        wall.start();
        QEventLoop loop;
        QObject::connect(&view, &GraphView::batchFrameDrawn, &loop, &QEventLoop::quit);
        loop.exec();
        asideWallMs += double(wall.nsecsElapsed()) / 1e6;
        const double start = cpuMs();
        frame();
        adoptedMs += cpuMs() - start;
        ++asideCount;
    };
    // The refresh's turns (after the wheel rests or a filter), each with the
    // frame it brings; then the repaint once it is done.
    double heldMs = 0;
    auto awaitRefresh = [&] {
        while (view.isShowingScaledFrame()) {
            const double start = cpuMs();
            // Waits for a worker too (the context grid after a filter).
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            frame();
            const double turnMs = cpuMs() - start;
            refreshMaxMs = std::max(refreshMaxMs, turnMs);
            refreshTurnsOver16 += turnMs > 16.0 ? 1 : 0;
            refreshMs += turnMs;
            ++refreshTurns;
        }
        const double start = cpuMs();
        frame();
        refreshedMs += cpuMs() - start;
    };
    for (auto _ : state) {
        if (step == Step::Scaled) {
            // Timed: the first step of a run of steps (it keeps the exact
            // frame, one repaint) and the scaled frame it shows.
            isIn = !isIn;
            view.stepZoom(isIn ? 1.2 : 1 / 1.2);
            view.centerOn(centre);
            frame();
            state.PauseTiming();
            // A later step of the run only scales again: that frame alone.
            double start = cpuMs();
            frame();
            rescaledMs += cpuMs() - start;
            // The wheel rests: the exact frame at the new zoom (at detail
            // zoom its first turn of tiles, GraphView::refreshExactFrame).
            start = cpuMs();
            view.refreshExactFrame();
            frame();
            exactMs += cpuMs() - start;
            awaitRefresh();
            awaitAside();
            state.ResumeTiming();
            continue;
        }
        if (step == Step::Filter) {
            // Not timed: what the Filters dock does before the frame (the
            // items' visibility, `visibility_ms`); timed: the frame after it.
            state.PauseTiming();
            isIn = !isIn;
            // As the Filters dock does: the view keeps its frame (`held_ms`;
            // at detail zoom on a large graph, the frame after the change then
            // comes tile by tile, the turns timed as a zoom's refresh).
            double start = cpuMs();
            view.keepFrameForChange();
            heldMs += cpuMs() - start;
            start = cpuMs();
            scene.setHiddenRelationTypes(isIn ? QSet<RelationType>{RelationType::WorksAt} : QSet<RelationType>{});
            visibilityMs += cpuMs() - start;
            state.ResumeTiming();
            if (!view.isShowingScaledFrame()) {
                // Timed, and also apart (`rebuild_ms`): the batch made anew, which the frame would do first.
                const double rebuildStart = cpuMs();
                scene.batch();
                rebuildMs += cpuMs() - rebuildStart;
            }
            frame();
            state.PauseTiming();
            awaitRefresh();
            awaitAside();
            state.ResumeTiming();
            continue;
        }
        if (step == Step::Exact) {
            // Not timed: what a wheel step does before the frame.
            state.PauseTiming();
            isIn = !isIn;
            view.setZoom(isIn ? startZoom * 1.2 : startZoom);
            view.centerOn(centre);
            state.ResumeTiming();
        }
        frame();
        if (view.isDrawingBatchAside()) {
            state.PauseTiming();
            awaitAside();
            state.ResumeTiming();
        }
    }
    if (step == Step::Scaled)
        state.counters["rescaled_ms"] = rescaledMs / double(state.iterations());
    if (step == Step::Scaled)
        state.counters["exact_ms"] = exactMs / double(state.iterations());
    if (refreshTurns > 0) {
        state.counters["turn_max_ms"] = refreshMaxMs;
        state.counters["turns"] = double(refreshTurns) / double(state.iterations());
        state.counters["turns_over_16ms"] = double(refreshTurnsOver16) / double(state.iterations());
        state.counters["refresh_ms"] = refreshMs / double(state.iterations());
        state.counters["refreshed_ms"] = refreshedMs / double(state.iterations());
    }
    if (step == Step::Filter)
    {
        state.counters["visibility_ms"] = visibilityMs / double(state.iterations());
        state.counters["held_ms"] = heldMs / double(state.iterations());
        state.counters["rebuild_ms"] = rebuildMs / double(state.iterations());
    }
    if (asideCount > 0) {
        state.counters["aside_wall_ms"] = asideWallMs / double(asideCount);
        state.counters["adopted_ms"] = adoptedMs / double(asideCount);
    }
    state.counters["zoom"] = startZoom;
    state.counters["first_ms"] = firstFrameMs;
    state.counters["width"] = image.width();
    state.counters["height"] = image.height();
    const QList<QGraphicsItem *> shown = scene.items(view.mapToScene(view.viewport()->rect()));
    state.counters["items"] = double(shown.size());
    // What QGraphicsView's index hands the paint: every item whose bounding
    // rectangle meets the view (a long edge's is large).
    state.counters["candidates"] = double(
        scene.items(view.mapToScene(view.viewport()->rect()).boundingRect(), Qt::IntersectsItemBoundingRect).size());
    state.counters["nodes"] = double(input.graph.entities.size());
}

void paintAtFit(benchmark::State &state)
{
    paintFrame(state, Zoom::Whole);
}

void paintAtAppFit(benchmark::State &state)
{
    paintFrame(state, Zoom::AppFit);
}

void paintAtReadableZoom(benchmark::State &state)
{
    paintFrame(state, Zoom::Readable);
}

void paintAtActualSize(benchmark::State &state)
{
    paintFrame(state, Zoom::Actual);
}

void zoomStepAtAppFit(benchmark::State &state)
{
    paintFrame(state, Zoom::AppFit, Step::Exact);
}

void scaledStepAtAppFit(benchmark::State &state)
{
    paintFrame(state, Zoom::AppFit, Step::Scaled);
}

void zoomStepAtReadableZoom(benchmark::State &state)
{
    paintFrame(state, Zoom::Readable, Step::Exact);
}

void scaledStepAtReadableZoom(benchmark::State &state)
{
    paintFrame(state, Zoom::Readable, Step::Scaled);
}

void zoomStepAtActualSize(benchmark::State &state)
{
    paintFrame(state, Zoom::Actual, Step::Exact);
}

void scaledStepAtActualSize(benchmark::State &state)
{
    paintFrame(state, Zoom::Actual, Step::Scaled);
}

void filterAtAppFit(benchmark::State &state)
{
    paintFrame(state, Zoom::AppFit, Step::Filter);
}

void filterAtActualSize(benchmark::State &state)
{
    paintFrame(state, Zoom::Actual, Step::Filter);
}

// The overview map's frame after a filter (a relation type hidden and shown
// in turn): the whole graph in a dock-sized view. GUI-thread CPU time; the
// batch's rebuild (`rebuild_ms`) apart too, as it is shared with the main view.
void filterInMiniMap(benchmark::State &state)
{
    const Fixture &input = fixture(state);
    GraphScene scene;
    scene.setGraph(input.graph, input.layout);
    GraphView view;
    view.setScene(&scene);
    MiniMap map(&view);
    map.setDrawsBatchAside(qEnvironmentVariable("GUANXI_BENCH_ASIDE") != QStringLiteral("0"));
    map.resize(miniMapSize);
    map.setAttribute(Qt::WA_DontShowOnScreen);
    map.show();
    map.refit();
    QCoreApplication::processEvents();
    QImage image(map.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    map.viewport()->render(&image);
    QCoreApplication::processEvents();
    bool isHidden = false;
    double rebuildMs = 0;
    for (auto _ : state) {
        state.PauseTiming();
        isHidden = !isHidden;
        scene.setHiddenRelationTypes(isHidden ? QSet<RelationType>{RelationType::WorksAt} : QSet<RelationType>{});
        state.ResumeTiming();
        const double start = cpuMs();
        scene.batch();
        rebuildMs += cpuMs() - start;
        map.viewport()->render(&image);
        state.PauseTiming();
        // A worker's image, if the map has one drawn aside: until it is in.
        QElapsedTimer wall;
        wall.start();
        while (wall.elapsed() < 2000 && map.isDrawingBatchAside())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        state.ResumeTiming();
    }
    state.counters["rebuild_ms"] = rebuildMs / double(state.iterations());
    state.counters["nodes"] = double(input.graph.entities.size());
}

void graphs(benchmark::internal::Benchmark *benchmark)
{
    benchmark->ArgNames({"nodes", "news"});
    for (int shape : {0, 1})
        for (int nodes : {1000, 10000})
            benchmark->Args({nodes, shape});
    benchmark->Unit(benchmark::kMillisecond);
}

} // namespace

BENCHMARK(buildScene)->Apply(graphs);
BENCHMARK(paintAtFit)->Apply(graphs);
BENCHMARK(paintAtAppFit)->Apply(graphs);
BENCHMARK(paintAtReadableZoom)->Apply(graphs);
BENCHMARK(paintAtActualSize)->Apply(graphs);
BENCHMARK(zoomStepAtAppFit)->Apply(graphs);
BENCHMARK(zoomStepAtReadableZoom)->Apply(graphs);
BENCHMARK(zoomStepAtActualSize)->Apply(graphs);
BENCHMARK(scaledStepAtAppFit)->Apply(graphs);
BENCHMARK(scaledStepAtReadableZoom)->Apply(graphs);
BENCHMARK(scaledStepAtActualSize)->Apply(graphs);
BENCHMARK(filterAtAppFit)->Apply(graphs);
BENCHMARK(filterAtActualSize)->Apply(graphs);
BENCHMARK(filterInMiniMap)->Apply(graphs);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
