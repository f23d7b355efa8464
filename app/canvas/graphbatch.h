#pragma once

#include "edgeitem.h"
#include "graphstyle.h"

#include <QImage>
#include <QList>
#include <QLineF>
#include <QPainterPath>
#include <QPen>
#include <QRectF>

class QGraphicsItem;
class QPainter;

namespace Guanxi {

class NodeItem;

// Draws a graph seen from far out in a few calls: the visible edges as
// straight lines, one drawLines per relation type, and the visible nodes as
// filled outline paths per node style and square of the scene, instead of one paint() per item.
// Selected and highlighted items are painted again on top by their own items;
// while a hover dims the rest, a veil of the background dims the batch. The
// scene tells it what is emphasised and selected (setEmphasis, setSelection),
// so a paint touches those items only, never all of them. Holds item
// pointers: rebuilt after every change GraphScene reports (invalidate()),
// emptied before the items go (clear()). Use from the GUI thread.
class GraphBatch
{
public:
    // Below this level of detail a view draws the batch: what the items draw
    // there (EdgeItem::detailLodThreshold: chords, no arrows, no labels).
    static constexpr double lodThreshold = EdgeItem::detailLodThreshold;

    void invalidate() { m_isStale = true; m_cache = QImage(); }
    // Forgets every item: call before the items are deleted.
    void clear();
    bool isStale() const { return m_isStale; }
    void rebuild(const QList<NodeItem *> &nodes, const QList<EdgeItem *> &edges, const GraphStyle &style);
    // Draws the batch and then the emphasised items with the painter's
    // transform as the scene's; `exposed` in scene coordinates. The batch's
    // pixels are kept: a repaint of the same area at the same transform (a
    // hover, a selection, an expose) only copies them.
    void paint(QPainter *painter, const QRectF &exposed) const;

    // What the batch holds, for tests: the lines of one relation type, how
    // many nodes are batched, which items are painted on top.
    QList<QLineF> lines(RelationType type) const;
    int nodeCount() const;
    QList<QGraphicsItem *> itemsOnTop() const;
    // Whether the rest of the graph is dimmed (a hover or a highlighted edge).
    bool isDimmed() const { return m_isDimmed; }

    // The items kept bright while the rest is dimmed (`dimmed`), edges
    // before nodes; and the selected items. Both are painted on top.
    void setEmphasis(bool dimmed, const QList<QGraphicsItem *> &emphasised);
    void setSelection(const QList<QGraphicsItem *> &selected) { m_selected = selected; }

private:
    void paintGroups(QPainter *painter, const QRectF &exposed) const;

    struct EdgeGroup
    {
        RelationType type = RelationType::WorksAt;
        QPen pen;
        QList<QLineF> lines;
        QRectF bounds;
    };
    struct NodeGroup
    {
        EntityType type = EntityType::Person;
        OrgKind kind = OrgKind::None;
        QPen border;
        QBrush fill;
        QPainterPath outlines;  // the group's nodes in one square of the scene, in scene coordinates
        QPainterPath investorRings;
        QPen ringPen;
        int count = 0;
    };

    QList<EdgeGroup> m_edgeGroups;
    QList<NodeGroup> m_nodeGroups;
    QList<QGraphicsItem *> m_emphasised;
    QList<QGraphicsItem *> m_selected;
    bool m_isDimmed = false;
    QColor m_background;
    bool m_isStale = true;
    // The groups as last painted, in device pixels, and where they went.
    mutable QImage m_cache;
    mutable QTransform m_cacheTransform;
    mutable QRect m_cacheRect;
};

} // namespace Guanxi
