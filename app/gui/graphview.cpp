#include "graphview.h"

#include "graphscene.h"

#include <QElapsedTimer>
#include <QPaintEvent>
#include <QtConcurrent/QtConcurrentRun>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QWheelEvent>

#include <algorithm>

namespace Guanxi {

GraphView::GraphView(QWidget *parent)
    : QGraphicsView(parent)
    , m_batchImages(new BatchImageWorker(this))
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    m_exactFrameTimer.setSingleShot(true);
    m_exactFrameTimer.setInterval(exactFrameDelayMs);
    connect(&m_exactFrameTimer, &QTimer::timeout, this, &GraphView::refreshExactFrame);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &GraphView::refreshSomeTiles);
    connect(m_batchImages, &BatchImageWorker::drawn, this, &GraphView::batchFrameDrawn);
    connect(&m_gridWatcher, &QFutureWatcher<SceneGrid>::finished, this, &GraphView::onContextGridMade);
}

void GraphView::setZoom(double factor)
{
    const double clamped = std::clamp(factor, minZoom, maxZoom);
    setTransform(QTransform::fromScale(clamped, clamped));
    Q_EMIT viewportChanged();
}

void GraphView::fitToWindow()
{
    if (!scene())
        return;
    auto *graph = qobject_cast<GraphScene *>(scene());
    const QRectF bounds = graph ? graph->visibleBounds() : scene()->itemsBoundingRect();
    if (bounds.isEmpty())
        return;
    showExactFrame();
    m_isAutoFit = true;
    fitInView(bounds.adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
    // Between readable and 1:1: below minFitZoom labels get too small to
    // read, so a graph a little too large is shown around the centre of its
    // connected part and the mini map gives the rest. One so large that this
    // crop would show under a quarter of it (zoom under minFitZoom / 2) is
    // shown whole, far out, as Gephi's and Bloom's fit do: its structure is
    // what a fit is for, and the batch draws it in a copy (GraphBatch).
    QPointF centre = bounds.center();
    if (zoom() > 1.0) {
        setZoom(1.0);
    } else if (zoom() < minFitZoom && zoom() >= minFitZoom / 2) {
        setZoom(minFitZoom);
        if (graph)
            centre = graph->connectedBounds().center();
    }
    centerOn(centre);
    Q_EMIT viewportChanged();
}

void GraphView::showAt(const QTransform &transform, const QPointF &centre)
{
    showExactFrame();
    m_isAutoFit = false;
    setTransform(transform);
    centerOn(centre);
    Q_EMIT viewportChanged();
}

void GraphView::stepZoom(double factor)
{
    m_isAutoFit = false;
    // The first step of a run keeps the exact frame (one repaint, its
    // caches full); later steps scale that same frame further.
    if (scene())
        keepFrame();
    // A refresh under way was for the zoom before: the steps scale the kept frame on.
    dropRefreshedTiles();
    m_exactFrameTimer.start();
    setZoom(zoom() * factor);
}

void GraphView::showExactFrame()
{
    m_exactFrameTimer.stop();
    if (m_scaledFrom.isNull())
        return;
    endRefresh();
}

void GraphView::keepFrame()
{
    if (!m_scaledFrom.isNull())
        return;
    m_scaledFrom = viewport()->grab();
    m_scaledFromTransform = viewportTransform();
}

void GraphView::dropRefreshedTiles()
{
    m_refreshTimer.stop();
    m_refreshTiles.clear();
    m_refreshed = QImage();
    m_refreshedRegion = QRegion();
}

void GraphView::endRefresh()
{
    dropRefreshedTiles();
    m_scaledFrom = QPixmap();
    viewport()->update();
    Q_EMIT exactFrameShown();
}

void GraphView::refreshExactFrame()
{
    m_exactFrameTimer.stop();
    if (m_scaledFrom.isNull())
        return;
    auto *graph = qobject_cast<GraphScene *>(scene());
    if (m_refreshBudgetMs <= 0 || !graph
        || GraphScene::isBatchedAt(QStyleOptionGraphicsItem::levelOfDetailFromTransform(viewportTransform()))) {
        showExactFrame();
        return;
    }
    const QRect area = viewport()->rect();
    const qreal ratio = viewport()->devicePixelRatio();
    m_refreshed = QImage(area.size() * ratio, QImage::Format_ARGB32_Premultiplied);
    m_refreshed.setDevicePixelRatio(ratio);
    m_refreshedRegion = QRegion();
    m_refreshTiles.clear();
    for (int y = 0; y < area.height(); y += refreshTileSize)
        for (int x = 0; x < area.width(); x += refreshTileSize)
            m_refreshTiles.append(QRect(x, y, refreshTileSize, refreshTileSize) & area);
    // The middle first: where the wheel zoomed, most often, and where the eye is.
    const QPoint middle = area.center();
    std::stable_sort(m_refreshTiles.begin(), m_refreshTiles.end(), [middle](const QRect &a, const QRect &b) {
        return (a.center() - middle).manhattanLength() < (b.center() - middle).manhattanLength();
    });
    refreshSomeTiles();
}

void GraphView::keepFrameForChange()
{
    auto *graph = qobject_cast<GraphScene *>(scene());
    if (!graph || m_refreshBudgetMs <= 0 || !isVisible()
        || GraphScene::isBatchedAt(QStyleOptionGraphicsItem::levelOfDetailFromTransform(viewportTransform()))
        || graph->batch().isQuickToDraw())
        return;
    // The frame as it is, from the caches of its last paint (a run of zoom
    // steps keeps its own); tiles drawn so far were of the graph before.
    keepFrame();
    dropRefreshedTiles();
    // A run of zoom steps refreshes when the wheel rests; otherwise after the change.
    if (!m_exactFrameTimer.isActive())
        QMetaObject::invokeMethod(this, &GraphView::refreshExactFrame, Qt::QueuedConnection);
}

GraphView::Preparation GraphView::prepareBatchForTiles()
{
    auto *graph = qobject_cast<GraphScene *>(scene());
    if (!graph)
        return Preparation::Ready;
    // 12-14 ms at 10,000 nodes: it reads the items, so the GUI thread does
    // it, in two turns (edges, then nodes) with a frame between.
    if (graph->rebuildBatchStep())
        return Preparation::Done;
    if (graph->batch().isContextPrepared())
        return Preparation::Ready;
    // 12-15 ms more: on a worker, the old frame showing meanwhile.
    if (!m_gridWatcher.isRunning()) {
        GraphBatch::GridRequest request = graph->batch().contextGridRequest();
        m_gridScene = graph;
        m_gridGeneration = request.generation;
        m_gridWatcher.setFuture(QtConcurrent::run(
            [request = std::move(request)] { return GraphBatch::makeContextGrid(request); }));
    }
    return Preparation::Waiting;
}

void GraphView::onContextGridMade()
{
    auto *graph = qobject_cast<GraphScene *>(scene());
    if (graph && graph == m_gridScene && m_gridWatcher.future().resultCount() > 0)
        graph->adoptContextGrid(m_gridWatcher.result(), m_gridGeneration);
    m_gridWatcher.setFuture(QFuture<SceneGrid>());
    // The refresh goes on (and asks again if the graph changed meanwhile).
    if (isRefreshingExactFrame())
        m_refreshTimer.start();
}

void GraphView::refreshSomeTiles()
{
    switch (prepareBatchForTiles()) {
    case Preparation::Done:
        m_refreshTimer.start();
        return;
    case Preparation::Waiting:
        return;  // onContextGridMade() goes on
    case Preparation::Ready:
        break;
    }
    QElapsedTimer clock;
    clock.start();
    QRegion drawn;
    // Each tile is the exact paint of that part of the viewport (paintEvent,
    // through QWidget::render): the nodes in it fill their pixmaps at the new
    // scale and the context image gains that part (GraphBatch::paintContext),
    // so the last tile leaves every cache of the view full and the frame
    // after the refresh is a repaint.
    m_isDrawingTile = true;
    while (!m_refreshTiles.isEmpty()) {
        const qint64 tileStart = clock.nsecsElapsed();
        const QRect tile = m_refreshTiles.takeFirst();
        viewport()->render(&m_refreshed, tile.topLeft(), QRegion(tile));
        drawn += tile;
        // Neighbouring tiles cost alike: stop before one more would overrun the budget.
        const qint64 tileNs = clock.nsecsElapsed() - tileStart;
        if (clock.nsecsElapsed() + tileNs >= qint64(m_refreshBudgetMs) * 1000000)
            break;
    }
    m_isDrawingTile = false;
    if (m_refreshTiles.isEmpty()) {
        endRefresh();
        return;
    }
    m_refreshedRegion += drawn;
    viewport()->update(drawn);
    m_refreshTimer.start();
}

void GraphView::paintScaledFrame(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.setClipRegion(event->region());
    // Where the kept frame lies uncovered (zooming out), the scene's background.
    const bool hasOwnBackground = backgroundBrush().style() != Qt::NoBrush || !scene();
    painter.fillRect(event->rect(), hasOwnBackground ? backgroundBrush() : scene()->backgroundBrush());
    // Kept viewport pixel -> scene -> viewport pixel now (a pan between steps included).
    const qreal ratio = m_scaledFrom.devicePixelRatio();
    painter.setTransform(QTransform::fromScale(1.0 / ratio, 1.0 / ratio) * m_scaledFromTransform.inverted()
                         * viewportTransform());
    // Nearest pixel, not smooth: bilinear filtering of the whole viewport
    // costs several ms a frame, and the frame lasts until the wheel rests.
    painter.drawPixmap(0, 0, m_scaledFrom);
    // Over it, the tiles of the exact frame a refresh has drawn so far.
    if (!m_refreshedRegion.isEmpty()) {
        painter.resetTransform();
        painter.setClipRegion(event->region() & m_refreshedRegion);
        painter.drawImage(0, 0, m_refreshed);
    }
}

void GraphView::paintEvent(QPaintEvent *event)
{
    if (!m_scaledFrom.isNull() && !m_isDrawingTile) {
        paintScaledFrame(event);
        return;
    }
    auto *graph = qobject_cast<GraphScene *>(scene());
    const QTransform toViewport = viewportTransform();
    if (!graph) {
        QGraphicsView::paintEvent(event);
        return;
    }
    if (!GraphScene::isBatchedAt(QStyleOptionGraphicsItem::levelOfDetailFromTransform(toViewport))) {
        // Only for this paint: the overview map and exports draw every item whole.
        graph->setContextBatched(true);
        QGraphicsView::paintEvent(event);
        graph->setContextBatched(false);
        return;
    }
    QPainter painter(viewport());
    painter.setRenderHints(renderHints());
    painter.setClipRegion(event->region());
    const QRectF exposed = mapToScene(event->rect().adjusted(-2, -2, 2, 2)).boundingRect();
    painter.setWorldTransform(toViewport);
    drawBackground(&painter, exposed);
    // Far out, the batch's image drawn aside (BatchImageWorker), else in this paint.
    if (!(m_drawsBatchAside && m_batchImages->paint(&painter, graph, exposed)))
        graph->drawBatched(&painter, exposed);
    drawForeground(&painter, exposed);
}

void GraphView::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawBackground(painter, rect);
    auto *graph = qobject_cast<GraphScene *>(scene());
    if (graph && graph->isContextBatched())
        graph->drawContext(painter, rect);
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // Anchored at the wheel event's own position, not at QCursor::pos() as
    // AnchorUnderMouse is: the two part under remote displays and in tests.
    const QPoint at = event->position().toPoint();
    const QPointF anchor = mapToScene(at);
    stepZoom(std::pow(1.2, steps));
    const QPointF drift = mapToScene(at) - anchor;
    if (drift.manhattanLength() * zoom() >= 0.5)
        centerOn(mapToScene(viewport()->rect().center()) - drift);
    event->accept();
}

void GraphView::scrollContentsBy(int dx, int dy)
{
    // The refreshed tiles are of the view before the pan.
    if (isRefreshingExactFrame())
        showExactFrame();
    QGraphicsView::scrollContentsBy(dx, dy);
    Q_EMIT viewportChanged();
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    showExactFrame();
    QGraphicsView::resizeEvent(event);
    if (m_isAutoFit && scene())
        fitToWindow();
    Q_EMIT viewportChanged();
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    showExactFrame();
    QGraphicsView::mousePressEvent(event);
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    showExactFrame();
    QGraphicsView::keyPressEvent(event);
}

} // namespace Guanxi
