#include "edgerouter.h"

#include <QLineF>

#include <cmath>

namespace Guanxi {

QPointF EdgeRouter::exitPoint(const End &node, const QPointF &towards)
{
    const QPointF direction = towards - node.center;
    if (node.outline.isEmpty() || QLineF(QPointF(), direction).length() < 1e-6)
        return node.center;
    // Bisect along the ray between the inside (centre) and a point surely
    // outside the outline; 24 steps bring it below a thousandth of a unit.
    const QRectF box = node.outline.boundingRect();
    const double reach = std::hypot(box.width(), box.height()) + 1.0;
    const QPointF unit = direction / QLineF(QPointF(), direction).length();
    double inside = 0.0;
    double outside = reach;
    for (int i = 0; i < 24; ++i) {
        const double middle = (inside + outside) / 2;
        if (node.outline.contains(unit * middle))
            inside = middle;
        else
            outside = middle;
    }
    return node.center + unit * outside;
}

double EdgeRouter::parallelBend(qsizetype index, qsizetype count)
{
    return (double(index) - double(count - 1) / 2.0) * parallelSpacing;
}

EdgeGeometry EdgeRouter::route(const QString &id, const End &source, const End &target, bool arrowAtEnd,
                               bool arrowAtStart, double bend)
{
    EdgeGeometry geometry;
    geometry.id = id;
    const QLineF axis(source.center, target.center);
    QPointF normal;
    if (axis.length() > 1e-6)
        normal = QPointF(axis.dy(), -axis.dx()) / axis.length();
    const QPointF middle = (source.center + target.center) / 2 + normal * bend;
    // Aim each end at the curve's middle, so bent edges leave their nodes apart.
    QPointF start = exitPoint(source, middle);
    QPointF end = exitPoint(target, middle);
    auto shorten = [](const QPointF &tip, const QPointF &from) {
        const QLineF line(tip, from);
        if (line.length() <= arrowLength)
            return tip;
        return tip + (from - tip) * (arrowLength / line.length());
    };
    if (arrowAtEnd) {
        geometry.arrowEnd = end;
        end = shorten(end, middle);
    }
    if (arrowAtStart) {
        geometry.arrowStart = start;
        start = shorten(start, middle);
    }
    // A quadratic through `middle`'s control point, written as a cubic.
    const QPointF control = 2 * middle - (start + end) / 2;
    const QPointF c1 = start + (control - start) * (2.0 / 3.0);
    const QPointF c2 = end + (control - end) * (2.0 / 3.0);
    geometry.path = {start, c1, c2, end};
    // The curve's point at t = 0.5.
    geometry.labelPos = (start + 3 * c1 + 3 * c2 + end) / 8;
    return geometry;
}

EdgeGeometry EdgeRouter::translated(const EdgeGeometry &geometry, const QPointF &delta)
{
    EdgeGeometry moved = geometry;
    for (QPointF &point : moved.path)
        point += delta;
    if (moved.arrowStart)
        *moved.arrowStart += delta;
    if (moved.arrowEnd)
        *moved.arrowEnd += delta;
    if (moved.labelPos)
        *moved.labelPos += delta;
    return moved;
}

} // namespace Guanxi
