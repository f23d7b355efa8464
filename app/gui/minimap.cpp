#include "minimap.h"

#include "graphscene.h"
#include "graphview.h"

#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>

namespace Guanxi {

MiniMap::MiniMap(GraphView *main, QWidget *parent)
    : QGraphicsView(main->scene(), parent)
    , m_main(main)
    , m_batchImages(new BatchImageWorker(this))
{
    setInteractive(false);
    setRenderHints(QPainter::Antialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumSize(160, 110);
    connect(main, &GraphView::viewportChanged, this, [this] { viewport()->update(); });
    connect(m_batchImages, &BatchImageWorker::drawn, this, &MiniMap::batchFrameDrawn);
}

void MiniMap::refit()
{
    if (scene())
        fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    viewport()->update();
}

void MiniMap::paintEvent(QPaintEvent *event)
{
    auto *graph = qobject_cast<GraphScene *>(scene());
    if (!graph) {
        QGraphicsView::paintEvent(event);
        return;
    }
    // The whole graph at a tiny zoom: tens of thousands of items would cost
    // ~3 µs each in the traversal alone; the batch is a copy of its pixels,
    // drawn on a worker when it has none for the map.
    QPainter painter(viewport());
    painter.setRenderHints(renderHints());
    painter.setClipRegion(event->region());
    const QRectF exposed = mapToScene(event->rect().adjusted(-2, -2, 2, 2)).boundingRect();
    painter.setWorldTransform(viewportTransform());
    drawBackground(&painter, exposed);
    if (!(m_drawsBatchAside && m_batchImages->paint(&painter, graph, exposed)))
        graph->drawBatched(&painter, exposed);
    drawForeground(&painter, exposed);
}

void MiniMap::drawForeground(QPainter *painter, const QRectF &)
{
    const QRectF visible = m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
    painter->setPen(QPen(QColor(0x00, 0x72, 0xB2), 0));
    painter->setBrush(QColor(0x56, 0xB4, 0xE9, 40));
    painter->drawRect(visible);
}

void MiniMap::mousePressEvent(QMouseEvent *event)
{
    m_main->centerOn(mapToScene(event->position().toPoint()));
    event->accept();
}

void MiniMap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        m_main->centerOn(mapToScene(event->position().toPoint()));
    event->accept();
}

void MiniMap::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

} // namespace Guanxi
