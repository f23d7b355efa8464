#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

namespace Guanxi {

// Where the layout put things, in scene coordinates (points, y pointing down).
struct NodeGeometry
{
    QString id;
    QPointF center;
    QSizeF size;
};

struct EdgeGeometry
{
    QString id;
    // Cubic Bézier control points: p0, c1, c2, p1, c1, c2, p2, ... (3n+1 points).
    QList<QPointF> path;
    std::optional<QPointF> arrowStart; // tip of an arrowhead at the source end
    std::optional<QPointF> arrowEnd;   // tip of an arrowhead at the target end
    std::optional<QPointF> labelPos;   // centre of the label
};

struct LayoutResult
{
    QString engine;
    QRectF bounds;
    QList<NodeGeometry> nodes;
    QList<EdgeGeometry> edges;
};

} // namespace Guanxi
