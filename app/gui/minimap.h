#pragma once

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

protected:
    void paintEvent(QPaintEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    GraphView *m_main;
};

} // namespace Guanxi
