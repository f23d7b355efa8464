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
// emptied before the items go (clear()). Closer in (paintContext) it draws
// the lines of a view's straight edges: those with no end in view, and the
// part of very long ones beyond their ends' stubs, as aliased hairlines in
// one drawLines per relation type (EdgeItem::contextRole), then the lines of
// the others antialiased as their items drew them (EdgeItem::strokeInView)
// with their arrows and labels (EdgeItem::paintEndsInScene), kept in an
// image while the view stays.
// Use from the GUI thread.
class GraphBatch
{
public:
    // Below this level of detail a view draws the batch: what the items draw
    // there (EdgeItem::detailLodThreshold: chords, no arrows, no labels).
    static constexpr double lodThreshold = EdgeItem::detailLodThreshold;

    void invalidate()
    {
        m_isStale = true;
        for (Cache &cache : m_caches)
            cache = Cache();
        m_contextCache = Cache();
    }
    // Forgets every item: call before the items are deleted.
    void clear();
    bool isStale() const { return m_isStale; }
    void rebuild(const QList<NodeItem *> &nodes, const QList<EdgeItem *> &edges, const GraphStyle &style);
    // Draws the batch and then the emphasised items with the painter's
    // transform as the scene's; `exposed` in scene coordinates. The batch's
    // pixels are kept: a repaint of the same area at the same transform (a
    // hover, a selection, an expose) only copies them.
    void paint(QPainter *painter, const QRectF &exposed) const;
    // At detail zoom, under the items: the lines of the straight edges of the
    // view the painter's device is (its whole area decides which edges are
    // context), `exposed` in scene coordinates. Selected and highlighted
    // edges are left to their items; while a hover dims the rest, the lines
    // are dimmed too.
    void paintContext(QPainter *painter, const QRectF &exposed) const;
    // The context lines (hairlines) paintContext() would draw of one relation type, for tests.
    QList<QLineF> contextLines(RelationType type, const QRectF &shown) const;
    // The chords of the edges with an end in `shown` whose lines paintContext() draws, for tests.
    QList<QLineF> inViewLines(RelationType type, const QRectF &shown) const;

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
    void setSelection(const QList<QGraphicsItem *> &selected)
    {
        m_selected = selected;
        m_contextCache = Cache();
    }

private:
    void paintGroups(QPainter *painter, const QRectF &exposed) const;
    // A batched edge with an end in view and its role.
    struct InView
    {
        qsizetype edge = 0;  // into m_contextEdges
        EdgeItem::ContextRole role = EdgeItem::ContextRole::None;
    };
    // Appends to `perGroup` the context lines within `exposed`, to `inView`
    // the edges with an end in view that reach into `exposed`.
    void collectContext(const QRectF &shown, const QRectF &exposed, QList<QList<QLineF>> &perGroup,
                        QList<InView> &inView) const;

    // Pixels drawn for one transform and area of the device, copied while
    // neither changes.
    struct Cache
    {
        QImage image;
        QTransform transform;
        QRect rect;
        QSize deviceSize;
    };
    static bool covers(const Cache &cache, const QTransform &transform, const QRect &rect, const QSize &deviceSize);

    struct EdgeGroup
    {
        RelationType type = RelationType::WorksAt;
        QPen pen;        // far out: solid
        QPen detailPen;  // the type's own pen, dashes and all: the context's hairline is made from it
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

    // A straight visible edge, the one kind drawn as context at detail zoom.
    struct ContextEdge
    {
        EdgeItem *item = nullptr;
        QLineF chord;
        QRectF bounds;
        qsizetype group = 0;
    };

    QList<EdgeGroup> m_edgeGroups;
    QList<ContextEdge> m_contextEdges;
    QList<NodeGroup> m_nodeGroups;
    QList<QGraphicsItem *> m_emphasised;
    QList<QGraphicsItem *> m_selected;
    bool m_isDimmed = false;
    QColor m_background;
    bool m_isStale = true;
    // The groups as last painted, one per view (the main view and the
    // overview map alternate).
    mutable Cache m_caches[2];
    mutable int m_lastCache = 0;
    mutable Cache m_contextCache;
};

} // namespace Guanxi
