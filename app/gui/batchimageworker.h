#pragma once

#include "graphbatch.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QGraphicsView;
class QPainter;

namespace Guanxi {

class GraphScene;

// Has a view's far-out image of a GraphScene's batch drawn on a worker
// thread (GraphBatch::render) and hands it to the scene (adoptBatchFrame);
// until it comes, the view shows the newest image the batch keeps, mapped to
// it: the 20,000 antialiased lines of a large graph take 20-170 ms to
// rasterise, at any size of view. One worker a view at a time: a paint that
// finds it busy leaves the view as it is then to the repaint its result
// brings. Shared by the main view and the overview map. GUI thread.
class BatchImageWorker : public QObject
{
    Q_OBJECT

public:
    explicit BatchImageWorker(QGraphicsView *view);

    // Paints the batch for the view's viewport when it has no image of it
    // (the newest one mapped, or the selection on the background) and has
    // the exact one drawn aside; false when the paint must draw the batch
    // itself: the batch keeps this view's image, or the graph is small
    // (GraphBatch::isQuickToDraw) and changed, so drawn at once.
    bool paint(QPainter *painter, GraphScene *graph, const QRectF &exposed);
    // Whether a worker is drawing an image for the view.
    bool isDrawing() const { return m_isDue; }

Q_SIGNALS:
    // The worker's image came back (adopted or, if the graph changed meanwhile, dropped).
    void drawn();

private:
    void request(GraphScene *graph);
    void onFinished();

    QGraphicsView *m_view;
    QFutureWatcher<GraphBatch::Frame> m_watcher;
    QPointer<GraphScene> m_scene;
    bool m_isDue = false;
};

} // namespace Guanxi
