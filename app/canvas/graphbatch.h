#pragma once

#include "edgeitem.h"
#include "graphstyle.h"
#include "scenegrid.h"

#include <QImage>
#include <QList>
#include <QLineF>
#include <QPainterPath>
#include <QPen>
#include <QRectF>
#include <QRegion>

#include <memory>

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
// image while the view stays. A view may have the far-out image drawn on
// another thread (frameRequest(), render(), adopt()) and show the newest one
// it has, scaled, until then (paintNearest()).
// Use from the GUI thread, but for render().
class GraphBatch
{
public:
    // Below this level of detail a view draws the batch: what the items draw
    // there (EdgeItem::detailLodThreshold: chords, no arrows, no labels).
    static constexpr double lodThreshold = EdgeItem::detailLodThreshold;

    // The far-out images kept stay for paintNearest() until new ones replace
    // them: a view shows the graph as it was while a worker draws it anew
    // (a filter, a dragged node, a new graph), instead of a blank view or a
    // paint that rasterises every line.
    void invalidate()
    {
        m_isStale = true;
        m_hasEdges = false;
        ++m_generation;
        m_contextCache = Cache();
    }
    // Forgets every item: call before the items are deleted.
    void clear();
    bool isStale() const { return m_isStale; }
    void rebuild(const QList<NodeItem *> &nodes, const QList<EdgeItem *> &edges, const GraphStyle &style);
    // rebuild() in two steps, edges then nodes (7-8 and 5-6 ms at 10,000
    // nodes), for a view that gives each a turn of the event loop of its own;
    // the batch is stale until both are done.
    void rebuildEdges(const QList<EdgeItem *> &edges, const GraphStyle &style);
    void rebuildNodes(const QList<NodeItem *> &nodes, const GraphStyle &style);
    bool hasEdgesRebuilt() const { return m_hasEdges; }
    // Draws the batch and then the emphasised items with the painter's
    // transform as the scene's; `exposed` in scene coordinates. The batch's
    // pixels are kept: a repaint of the same area at the same transform (a
    // hover, a selection, an expose) only copies them.
    void paint(QPainter *painter, const QRectF &exposed) const;
    // What render() draws on a worker thread: the edge and node groups, deep
    // copies made once per rebuild (a QPainterPath fills caches of its own
    // while drawn, so the GUI thread's must not be shared).
    struct Layers;
    // One far-out image: the batch's groups drawn for `rect` of a device of
    // `deviceSize` at `transform` (scene to device), for the batch as it was
    // at `generation`.
    struct Frame
    {
        QImage image;
        QTransform transform;
        QRect rect;
        QSize deviceSize;
        quint64 generation = 0;
    };
    struct FrameRequest
    {
        std::shared_ptr<const Layers> layers;
        quint64 generation = 0;
        QTransform transform;
        QRect rect;
        QSize deviceSize;
        double devicePixelRatio = 1.0;
    };
    // Copies out what render() needs for `rect` of a device at `transform`; rebuild() first.
    FrameRequest frameRequest(const QTransform &transform, const QRect &rect, const QSize &deviceSize,
                              double devicePixelRatio) const;
    // Draws the image paint() would draw for the request. Any thread: it
    // touches nothing but the request.
    static Frame render(const FrameRequest &request);
    // Keeps `frame` as paint() keeps its own image, unless the batch changed
    // since its request (then false). GUI thread.
    bool adopt(Frame frame);
    // Whether paint() at `transform` over `deviceRect` of a device of
    // `deviceSize` would only copy pixels it keeps.
    bool isDrawnAt(const QTransform &transform, const QRect &deviceRect, const QSize &deviceSize) const;
    // Draws the newest image kept for a device of the painter's size, mapped
    // from its transform to the painter's (nearest pixel, as a zoom step's
    // scaled frame), then what paint() draws over it; false, drawing
    // nothing, when there is no such image.
    // The image may be of an earlier generation (the graph before a change).
    bool paintNearest(QPainter *painter, const QRectF &exposed) const;
    // What paint() draws over its image (the veil of a hover, the items on
    // top), on no image: a view whose first image is still being drawn.
    void paintWithoutImage(QPainter *painter, const QRectF &exposed) const;
    // Whether paint() draws a new image in a few ms (a small graph): a view
    // then need not wait for a worker.
    bool isQuickToDraw() const;
    // Whether an image of the batch as it is now is kept for a device of `deviceSize` (any transform).
    bool hasCurrentImage(const QSize &deviceSize) const;
    // Counts rebuilds and invalidations: a frame of another generation is stale.
    quint64 generation() const { return m_generation; }

    // At detail zoom, under the items: the lines of the straight edges of the
    // view the painter's device is (its whole area decides which edges are
    // context), `exposed` in scene coordinates. Selected and highlighted
    // edges are left to their items; while a hover dims the rest, the lines
    // are dimmed too.
    void paintContext(QPainter *painter, const QRectF &exposed) const;
    // What paintContext() looks edges up in, made at its first call after a
    // rebuild on the GUI thread (12-15 ms at 20,000 edges), unless a view had
    // it made on a worker before: contextGridRequest() copies what it needs,
    // makeContextGrid() makes it on any thread, adoptContextGrid() keeps it
    // unless the batch changed meanwhile (then false).
    struct GridRequest
    {
        QList<QLineF> chords;  // of the context edges, in the batch's order (the ids)
        QList<std::pair<SceneGrid::Id, QRectF>> areas;  // their arrows and labels
        QRectF bounds;
        quint64 generation = 0;
    };
    GridRequest contextGridRequest() const;
    static SceneGrid makeContextGrid(const GridRequest &request);
    bool adoptContextGrid(SceneGrid grid, quint64 generation);
    bool isContextPrepared() const { return m_isContextGridBuilt; }
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
    struct EdgeGroup;
    struct NodeGroup;
    static void paintGroups(QPainter *painter, const QList<EdgeGroup> &edgeGroups,
                            const QList<NodeGroup> &nodeGroups, const QRectF &exposed);
    // The dimming veil over `deviceRect` and the items painted on top.
    void paintOverlay(QPainter *painter, const QRect &deviceRect, const QRectF &exposed) const;
    // A batched edge with an end in view and its role.
    struct InView
    {
        qsizetype edge = 0;  // into m_contextEdges
        EdgeItem::ContextRole role = EdgeItem::ContextRole::None;
    };
    // Appends to `perGroup` the context lines within `exposed`, to `inView`
    // the edges with an end in view that reach into `exposed`, in the
    // batch's order; only the edges the grid finds within `margin` of
    // `exposed` are looked at (what draws no pixel there is left out).
    void collectContext(const QRectF &shown, const QRectF &exposed, double margin, QList<QList<QLineF>> &perGroup,
                        QList<InView> &inView) const;


    // Pixels drawn for one transform and area of the device, copied while
    // neither changes.
    struct Cache
    {
        QImage image;
        QTransform transform;
        QRect rect;
        QSize deviceSize;
        // What of `rect` is drawn (the context image is drawn piece by piece).
        QRegion drawn;
        // The batch's generation the pixels show.
        quint64 generation = 0;
    };
    // Whether `cache` holds this generation's pixels for `rect`.
    bool covers(const Cache &cache, const QTransform &transform, const QRect &rect, const QSize &deviceSize) const;
    // The slot paint() and adopt() keep a device's image in.
    int slotFor(const QTransform &transform, const QRect &rect, const QSize &deviceSize) const;

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
        QRectF bounds;  // of the chord, its arrows and its label
        QRectF arrowAtEnd;    // the arrows' bounds, empty without one: the context grid's entries too
        QRectF arrowAtStart;
        qsizetype group = 0;
    };

    QList<EdgeGroup> m_edgeGroups;
    QList<ContextEdge> m_contextEdges;
    // Where the context edges' lines, arrows and labels lie (ids into
    // m_contextEdges): a tile gathers its own edges instead of walking all of them.
    mutable SceneGrid m_contextGrid;
    mutable bool m_isContextGridBuilt = false;
    double m_widestPen = 0.0;
    QList<NodeGroup> m_nodeGroups;
    QList<QGraphicsItem *> m_emphasised;
    QList<QGraphicsItem *> m_selected;
    bool m_isDimmed = false;
    QColor m_background;
    bool m_isStale = true;
    bool m_hasEdges = false;  // rebuildEdges() done since the last invalidate()
    quint64 m_generation = 0;
    // The groups' deep copies for render() on a worker, made at the first request after a rebuild.
    mutable std::shared_ptr<const Layers> m_layers;
    // The groups as last painted, one per view (the main view and the
    // overview map alternate).
    mutable Cache m_caches[2];
    mutable int m_lastCache = 0;
    mutable Cache m_contextCache;
};

} // namespace Guanxi
