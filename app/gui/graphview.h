#pragma once

#include "batchimageworker.h"
#include "graphbatch.h"

#include <QFutureWatcher>
#include <QGraphicsView>
#include <QImage>
#include <QList>
#include <QPixmap>
#include <QPointer>
#include <QRegion>
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
    // at a new zoom at detail redraws every node and line in view (36-91 ms
    // at 10,000 nodes, so it is drawn tile by tile, see refreshExactFrame;
    // far out the batch's image is drawn aside, see setDrawsBatchAside), a
    // scaled copy of the previous one costs a few ms.
    void stepZoom(double factor);
    // Whether the viewport shows a scaled copy of an earlier frame (a zoom step not yet redrawn).
    bool isShowingScaledFrame() const { return !m_scaledFrom.isNull(); }
    // Drops the scaled copy: the next paint is the exact frame. A press, a
    // key, a resize, a fit, a pan or showAt does so too, so a click or a jump
    // shows what is really there; a hover's emphasis or a new graph during a
    // run of steps shows when the wheel rests.
    void showExactFrame();
    // What the wheel's rest does (exactFrameDelayMs after the last step): at
    // detail zoom the exact frame is drawn tile by tile into an image of the
    // viewport, tiles for about refreshBudgetMs per event-loop turn, the
    // scaled copy showing where no tile is drawn yet, so no frame waits for
    // every node's pixmap and the whole context image at the new scale
    // (36-62 ms at 10,000 nodes, 9-12 ms for the first turn and its frame);
    // exactFrameShown() when done. Items changed meanwhile (a hover) show
    // in the tiles drawn after the change, all of them once it is done. Far out (the batch's image is drawn on a
    // worker) or with a zero budget, showExactFrame().
    void refreshExactFrame();
    // Keeps the frame shown now while the graph under it changes (a
    // filter): at detail zoom a large graph's frame after the change is then
    // drawn tile by tile over it (refreshExactFrame, from the next turn of
    // the event loop; the batch's rebuild in two turns of its own, its
    // context grid on a worker) instead of in one paint that does all of it
    // and draws every item in view (32-45 ms at 10,000 nodes). Call before the change.
    // A small graph (GraphBatch::isQuickToDraw) shows the change in the next
    // paint, as does a far-out view (its image is drawn aside).
    void keepFrameForChange();
    // Whether the exact frame is being drawn tile by tile.
    bool isRefreshingExactFrame() const { return !m_refreshTiles.isEmpty(); }
    // The GUI thread's time a turn of the refresh may take; 0 draws the exact frame at once.
    void setRefreshBudgetMs(int budgetMs) { m_refreshBudgetMs = budgetMs; }
    bool isAutoFit() const { return m_isAutoFit; }
    // Far out, the batch's image for a view it has not drawn yet (a zoom, a
    // pan) is drawn on a worker thread (GraphBatch::render), and until it
    // comes the view shows the newest image the batch keeps, scaled: the
    // 20,000 antialiased lines of a large graph take 60-170 ms to rasterise.
    // Off, the paint draws it (what bench_canvas compares with). On by default.
    void setDrawsBatchAside(bool isAside) { m_drawsBatchAside = isAside; }
    // Whether a worker is drawing the batch's image for this view.
    bool isDrawingBatchAside() const { return m_batchImages->isDrawing(); }

    static constexpr double minZoom = 0.05;
    static constexpr double maxZoom = 6.0;
    static constexpr double minFitZoom = 0.6;
    // How long the wheel must rest before the exact frame is drawn.
    static constexpr int exactFrameDelayMs = 100;
    // Tiles of the refresh: 5 x 4 of a 1600 x 1000 viewport. Smaller tiles
    // cost more in all (each gathers the context edges of its part anew:
    // 160 px doubled the refresh's CPU), larger ones make longer turns.
    static constexpr int refreshTileSize = 320;

Q_SIGNALS:
    void viewportChanged();
    // A worker's image of the batch came back (adopted or, if the graph changed meanwhile, dropped).
    void batchFrameDrawn();
    // The exact frame replaced the scaled copy (showExactFrame, or the last tile of refreshExactFrame).
    void exactFrameShown();

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
    // One turn of refreshExactFrame(): tiles until the budget is spent.
    void refreshSomeTiles();
    // Before the tiles of a refresh after a change: the batch's rebuild in two
    // turns of their own, then its context grid made on a worker.
    enum class Preparation { Ready, Done, Waiting };
    Preparation prepareBatchForTiles();
    void onContextGridMade();
    void endRefresh();
    // Keeps the viewport's frame as it is now to show scaled or over a change, unless one is kept.
    void keepFrame();
    // Stops a refresh under way and forgets its tiles.
    void dropRefreshedTiles();

    // The last exact frame before a run of zoom steps and the viewport
    // transform it was drawn at; null while the exact frame is shown.
    QPixmap m_scaledFrom;
    QTransform m_scaledFromTransform;
    QTimer m_exactFrameTimer;
    // The refresh's tiles still to draw (viewport pixels), the image they are
    // drawn into and the region of it drawn; a zero-interval timer runs the
    // turns so input and repaints come between them.
    QList<QRect> m_refreshTiles;
    QImage m_refreshed;
    QRegion m_refreshedRegion;
    QTimer m_refreshTimer;
    int m_refreshBudgetMs = 8;
    bool m_isDrawingTile = false;
    // Refit on resize until the user zooms: the first fit often happens before the window has its size.
    bool m_isAutoFit = true;
    bool m_drawsBatchAside = true;
    BatchImageWorker *m_batchImages;
    // The context grid a refresh waits for, made on a worker.
    QFutureWatcher<SceneGrid> m_gridWatcher;
    QPointer<GraphScene> m_gridScene;
    quint64 m_gridGeneration = 0;
};

} // namespace Guanxi
