#include "graphview.h"

#include "graphscene.h"

#include <QWheelEvent>

namespace Guanxi {

GraphView::GraphView(QWidget *parent)
    : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
}

void GraphView::setZoom(double factor)
{
    const double clamped = std::clamp(factor, minZoom, maxZoom);
    setTransform(QTransform::fromScale(clamped, clamped));
    Q_EMIT viewportChanged();
}

void GraphView::fitToWindow()
{
    auto *graph = qobject_cast<GraphScene *>(scene());
    const QRectF bounds = graph ? graph->visibleBounds() : scene()->itemsBoundingRect();
    if (bounds.isEmpty())
        return;
    fitInView(bounds.adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        setZoom(1.0);
    else if (zoom() < minZoom)
        setZoom(minZoom);
    centerOn(bounds.center());
    Q_EMIT viewportChanged();
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    setZoom(zoom() * std::pow(1.2, steps));
    event->accept();
}

void GraphView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    Q_EMIT viewportChanged();
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    Q_EMIT viewportChanged();
}

} // namespace Guanxi
