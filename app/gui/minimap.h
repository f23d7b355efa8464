#pragma once

#include "batchimageworker.h"

#include <QGraphicsView>

namespace Guanxi {

class GraphView;

// An overview of the whole scene with the main view's visible area outlined;
// clicking or dragging moves the main view there. Draws a GraphScene as its
// batch (GraphScene::drawBatched), never item by item.
class MiniMap : public QGraphicsView
{
    Q_OBJECT

public:
    explicit MiniMap(GraphView *main, QWidget *parent = nullptr);

    void refit();
    // As GraphView's: the batch's image for this map drawn on a worker, the
    // newest one shown until it comes (a filter or a new graph would
    // otherwise rasterise every line of a large graph in the map's paint).
    void setDrawsBatchAside(bool isAside) { m_drawsBatchAside = isAside; }
    bool isDrawingBatchAside() const { return m_batchImages->isDrawing(); }

Q_SIGNALS:
    // A worker's image of the batch came back (GraphView::batchFrameDrawn for the map).
    void batchFrameDrawn();

protected:
    void paintEvent(QPaintEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    GraphView *m_main;
    BatchImageWorker *m_batchImages;
    bool m_drawsBatchAside = true;
};

} // namespace Guanxi
