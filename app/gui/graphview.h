#pragma once

#include <QGraphicsView>

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
    bool isAutoFit() const { return m_isAutoFit; }

    static constexpr double minZoom = 0.05;
    static constexpr double maxZoom = 6.0;
    static constexpr double minFitZoom = 0.6;

Q_SIGNALS:
    void viewportChanged();

protected:
    // Far out (GraphScene::isBatchedAt) the graph is drawn as the scene's
    // batch instead of item by item; closer in, as QGraphicsView draws it,
    // with the context (edges with no end in view, the middle of very long
    // ones) drawn by the batch under the items (drawBackground).
    void paintEvent(QPaintEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void wheelEvent(QWheelEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Refit on resize until the user zooms: the first fit often happens before the window has its size.
    bool m_isAutoFit = true;
};

} // namespace Guanxi
