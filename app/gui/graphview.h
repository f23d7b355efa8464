#pragma once

#include "graphbatch.h"

#include <QFutureWatcher>
#include <QGraphicsView>
#include <QPixmap>
#include <QPointer>
#include <QTimer>

namespace Guanxi {

class GraphScene;

// The main canvas view: wheel zoom anchored under the mouse, drag to pan,
// zoom clamped to a readable range, fit to window.
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);

    double zoom() const { return transform().m11(); }
    void setZoom(double zoom);
    // The View menu's and the keyboard's steps, drawn as a wheel step is (stepZoom).
    void zoomIn() { stepZoom(1.25); }
    void zoomOut() { stepZoom(1 / 1.25); }
    // A jump, as a fit is: the exact frame at once.
    void resetZoom()
    {
        showExactFrame();
        m_isAutoFit = false;
        setZoom(1.0);
    }
    // Shows the whole scene, never magnified beyond 1:1 so small graphs stay
    // crisp; a graph slightly too large for minFitZoom is shown around its
    // centre at minFitZoom, a much larger one whole (far out, batched).
    void fitToWindow();
    // Shows `centre` at this transform and stops refitting on resize (a restored view).
    void showAt(const QTransform &transform, const QPointF &centre);
    // What a wheel step does: zooms by `factor`, shows the last exact frame
    // scaled at once and draws the exact frame when the steps pause
    // (exactFrameDelayMs after the last), as map viewers do: the first frame
    // at a new zoom at detail redraws every node and line in view (32-91 ms
    // at 10,000 nodes; far out the batch's image is drawn aside, see
    // setDrawsBatchAside), a scaled copy of the previous one costs a few ms.
    void stepZoom(double factor);
    // Whether the viewport shows a scaled copy of an earlier frame (a zoom step not yet redrawn).
    bool isShowingScaledFrame() const { return !m_scaledFrom.isNull(); }
    // Drops the scaled copy: the next paint is the exact frame. A press, a
    // key, a resize, a fit or showAt does so too, so a click or a jump shows
    // what is really there; a hover's emphasis or a new graph during a run
    // of steps shows when the wheel rests.
    void showExactFrame();
    bool isAutoFit() const { return m_isAutoFit; }
    // Far out, the batch's image for a view it has not drawn yet (a zoom, a
    // pan) is drawn on a worker thread (GraphBatch::render), and until it
    // comes the view shows the newest image the batch keeps, scaled: the
    // 20,000 antialiased lines of a large graph take 60-170 ms to rasterise.
    // Off, the paint draws it (what bench_canvas compares with). On by default.
    void setDrawsBatchAside(bool isAside) { m_drawsBatchAside = isAside; }
    // Whether a worker is drawing the batch's image for this view.
    bool isDrawingBatchAside() const { return m_isBatchFrameDue; }

    static constexpr double minZoom = 0.05;
    static constexpr double maxZoom = 6.0;
    static constexpr double minFitZoom = 0.6;
    // How long the wheel must rest before the exact frame is drawn.
    static constexpr int exactFrameDelayMs = 100;

Q_SIGNALS:
    void viewportChanged();
    // A worker's image of the batch came back (adopted or, if the graph changed meanwhile, dropped).
    void batchFrameDrawn();

protected:
    // Far out (GraphScene::isBatchedAt) the graph is drawn as the scene's
    // batch instead of item by item; closer in, as QGraphicsView draws it,
    // with the context (edges with no end in view, the middle of very long
    // ones) drawn by the batch under the items (drawBackground). Right after
    // a zoom step, the kept frame scaled instead (stepZoom).
    void paintEvent(QPaintEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void wheelEvent(QWheelEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void paintScaledFrame(QPaintEvent *event);
    // Far out: when the batch has no image for this view, shows its newest
    // one scaled and has the exact one drawn aside; false when the paint
    // must draw the batch itself (it keeps this view, or has no image yet).
    bool paintBatchAside(QPainter *painter, GraphScene *graph, const QRectF &exposed);
    void requestBatchFrame(GraphScene *graph);
    void onBatchFrameDrawn();

    // The last exact frame before a run of zoom steps and the viewport
    // transform it was drawn at; null while the exact frame is shown.
    QPixmap m_scaledFrom;
    QTransform m_scaledFromTransform;
    QTimer m_exactFrameTimer;
    // Refit on resize until the user zooms: the first fit often happens before the window has its size.
    bool m_isAutoFit = true;
    bool m_drawsBatchAside = true;
    // One worker at a time: a paint that finds it busy leaves the newest
    // view to the repaint its result brings.
    QFutureWatcher<GraphBatch::Frame> m_batchFrameWatcher;
    QPointer<GraphScene> m_batchFrameScene;
    bool m_isBatchFrameDue = false;
};

} // namespace Guanxi
