#include "isolatednodepacker.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace Guanxi {

namespace {

QRectF nodeRect(const NodeGeometry &node)
{
    return QRectF(node.center - QPointF(node.size.width() / 2, node.size.height() / 2), node.size);
}

} // namespace

void IsolatedNodePacker::pack(const LayoutRequest &request, LayoutResult &result)
{
    QSet<QString> connected;
    for (const LayoutEdge &edge : request.edges) {
        connected.insert(edge.source);
        connected.insert(edge.target);
    }
    QList<NodeGeometry *> isolated;
    QRectF drawing;
    for (NodeGeometry &node : result.nodes) {
        if (connected.contains(node.id))
            drawing |= nodeRect(node);
        else
            isolated.append(&node);
    }
    if (isolated.isEmpty())
        return;
    for (const EdgeGeometry &edge : std::as_const(result.edges))
        for (const QPointF &point : edge.path)
            drawing |= QRectF(point, QSizeF(0.001, 0.001));

    double area = 0.0;
    for (const NodeGeometry *node : std::as_const(isolated))
        area += (node->size.width() + gap) * (node->size.height() + gap);
    // Below a drawing: as wide as it is. Alone: a landscape block, like a screen.
    const double rowWidth = drawing.isNull() ? std::max(minRowWidth, std::sqrt(area * 1.6))
                                             : std::max(minRowWidth, drawing.width());
    const double centreX = drawing.isNull() ? rowWidth / 2 : drawing.center().x();
    double top = drawing.isNull() ? 0.0 : drawing.bottom() + marginAbove;

    // Fill rows left to right, then centre each row under the drawing.
    qsizetype first = 0;
    while (first < isolated.size()) {
        qsizetype end = first;
        double width = 0.0;
        double height = 0.0;
        while (end < isolated.size()) {
            const QSizeF size = isolated[end]->size;
            const double grown = width + (end > first ? gap : 0.0) + size.width();
            if (end > first && grown > rowWidth)
                break;
            width = grown;
            height = std::max(height, size.height());
            ++end;
        }
        double x = centreX - width / 2;
        for (qsizetype i = first; i < end; ++i) {
            NodeGeometry *node = isolated[i];
            node->center = QPointF(x + node->size.width() / 2, top + height / 2);
            x += node->size.width() + gap;
            result.bounds |= nodeRect(*node);
        }
        top += height + gap;
        first = end;
    }
}

} // namespace Guanxi
