#pragma once

#include <QGraphicsView>
#include <QPixmap>
#include <QTimer>

namespace Guanxi {

// The main canvas view: wheel zoom anchored under the mouse, drag to pan,
// zoom clamped to a readable range, fit to window.
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);

    double zoom() const { return transform().m11(); }
    void setZoom(double zoom);
    void zoomIn() { m_isAutoFit = false; setZoom(zoom() * 1.25); }
    void zoomOut() { m_isAutoFit = false; setZoom(zoom() / 1.25); }
    void resetZoom() { m_isAutoFit = false; setZoom(1.0); }
    // Shows the whole scene, never magnified beyond 1:1 so small graphs stay
    // crisp; a graph slightly too large for minFitZoom is shown around its
    // centre at minFitZoom, a much larger one whole (far out, batched).
    void fitToWindow();
    // Shows `centre` at this transform and stops refitting on resize (a restored view).
    void showAt(const QTransform &transform, const QPointF &centre);
    // What a wheel step does: zooms by `factor`, shows the last exact frame
    // scaled at once and draws the exact frame when the steps pause
    // (exactFrameDelayMs after the last), as map viewers do: the first frame
    // at a new zoom redraws every node and line in view (32-268 ms at 10,000
    // nodes), a scaled copy of the previous one costs a few ms.
    void stepZoom(double factor);
    // Whether the viewport shows a scaled copy of an earlier frame (a zoom step not yet redrawn).
    bool isShowingScaledFrame() const { return !m_scaledFrom.isNull(); }
    // Drops the scaled copy: the next paint is the exact frame. A press, a
    // key, a resize, a fit or showAt does so too, so a click or a jump shows
    // what is really there; a hover's emphasis or a new graph during a run
    // of steps shows when the wheel rests.
    void showExactFrame();
    bool isAutoFit() const { return m_isAutoFit; }

    static constexpr double minZoom = 0.05;
    static constexpr double maxZoom = 6.0;
    static constexpr double minFitZoom = 0.6;
    // How long the wheel must rest before the exact frame is drawn.
    static constexpr int exactFrameDelayMs = 100;

Q_SIGNALS:
    void viewportChanged();

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

    // The last exact frame before a run of zoom steps and the viewport
    // transform it was drawn at; null while the exact frame is shown.
    QPixmap m_scaledFrom;
    QTransform m_scaledFromTransform;
    QTimer m_exactFrameTimer;
    // Refit on resize until the user zooms: the first fit often happens before the window has its size.
    bool m_isAutoFit = true;
};

} // namespace Guanxi
