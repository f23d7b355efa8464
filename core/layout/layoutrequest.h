#pragma once

#include "model/types.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace Guanxi {

// A node to place: its id (the entity key), label, type and the size its
// drawing needs, in points. A pinned node keeps its position (engines that
// support it: neato, fdp), so a growing view keeps the user's mental map.
struct LayoutNode
{
    QString id;
    QString label;
    EntityType type = EntityType::Person;
    double width = 72.0;   // points
    double height = 36.0;  // points
    std::optional<QPointF> pinned; // scene coordinates, y down
};

struct LayoutEdge
{
    QString id;
    QString source;        // node id
    QString target;        // node id
    QString label;
    double labelWidth = 0.0;   // points; 0 = no label space
    double labelHeight = 0.0;
};

// What to lay out and with which engine (dot, neato, fdp, sfdp, circo,
// twopi; empty = chosen by size). A value: build it anywhere, send it to the
// layout thread.
struct LayoutRequest
{
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
    QString engine;
};

} // namespace Guanxi
