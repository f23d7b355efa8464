#include "batchimageworker.h"

#include "graphscene.h"

#include <QGraphicsView>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

namespace Guanxi {

BatchImageWorker::BatchImageWorker(QGraphicsView *view)
    : QObject(view)
    , m_view(view)
{
    connect(&m_watcher, &QFutureWatcher<GraphBatch::Frame>::finished, this, &BatchImageWorker::onFinished);
}

bool BatchImageWorker::paint(QPainter *painter, GraphScene *graph, const QRectF &exposed)
{
    const GraphBatch &batch = graph->batch();
    const QTransform transform = painter->worldTransform();
    const QSize size = m_view->viewport()->size();
    const QRect deviceRect = transform.mapRect(exposed).toAlignedRect() & QRect(QPoint(0, 0), size);
    if (batch.isDrawnAt(transform, deviceRect, size))
        return false;
    // A small graph changed (a filter, a new graph) is drawn in the paint at
    // once: a few ms, and no image of what it was shows meanwhile.
    if (batch.isQuickToDraw() && !batch.hasCurrentImage(size))
        return false;
    // The newest image, or the graph's image from before a change (a filter,
    // a dragged node, a new graph), shown mapped to this view while the
    // worker draws the exact one; with none at all (a large graph's first
    // far-out view: a hundred ms or more) its selection on the background.
    if (!batch.paintNearest(painter, exposed))
        batch.paintWithoutImage(painter, exposed);
    request(graph);
    return true;
}

void BatchImageWorker::request(GraphScene *graph)
{
    if (m_isDue)
        return;
    m_isDue = true;
    m_scene = graph;
    // The whole viewport: later exposes of this view copy from it.
    QWidget *viewport = m_view->viewport();
    const GraphBatch::FrameRequest request = graph->batch().frameRequest(
        m_view->viewportTransform(), viewport->rect(), viewport->size(), viewport->devicePixelRatio());
    m_watcher.setFuture(QtConcurrent::run([request] { return GraphBatch::render(request); }));
}

void BatchImageWorker::onFinished()
{
    m_isDue = false;
    auto *graph = qobject_cast<GraphScene *>(m_view->scene());
    if (graph && graph == m_scene && m_watcher.future().resultCount() > 0)
        graph->adoptBatchFrame(m_watcher.result());
    m_watcher.setFuture(QFuture<GraphBatch::Frame>());
    // The repaint shows the image, or asks for the view as it is now if it moved on meanwhile.
    m_view->viewport()->update();
    Q_EMIT drawn();
}

} // namespace Guanxi
