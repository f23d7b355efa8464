#pragma once

#include "layout/layoutresult.h"

#include <QPainterPath>
#include <QPointF>

namespace Guanxi {

// Routes an edge between two nodes without Graphviz, for nodes the user moved:
// a straight (or, for parallel edges, gently bent) cubic Bézier from outline
// to outline, with its arrowhead tips where Graphviz would put them.
class EdgeRouter
{
public:
    struct End
    {
        QPointF center;        // scene coordinates
        QPainterPath outline;  // the node's shape around (0, 0), item coordinates
    };

    // `bend` pushes the middle of the curve sideways by that many scene units
    // (left of the source → target direction when positive), so parallel edges
    // between the same nodes stay apart. Arrowheads take `arrowLength` off the
    // path's ends that carry one.
    static EdgeGeometry route(const QString &id, const End &source, const End &target, bool arrowAtEnd,
                              bool arrowAtStart, double bend = 0.0);
    // Geometry moved along with both of its nodes (a self loop, a moved group).
    static EdgeGeometry translated(const EdgeGeometry &geometry, const QPointF &delta);
    // Where the segment from the node's centre towards `towards` leaves its outline.
    static QPointF exitPoint(const End &node, const QPointF &towards);
    // The bend of edge `index` of `count` parallel edges.
    static double parallelBend(qsizetype index, qsizetype count);

    static constexpr double arrowLength = 10.0;
    static constexpr double parallelSpacing = 22.0;
};

} // namespace Guanxi
