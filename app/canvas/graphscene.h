#pragma once

#include "edgeitem.h"
#include "graphbatch.h"
#include "graphstyle.h"
#include "layout/layoutresult.h"
#include "model/graphdocument.h"
#include "nodeitem.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

namespace Guanxi {

// The canvas of one displayed graph: a NodeItem per entity and an EdgeItem per
// relation placed by a LayoutResult. Keeps the document and key → item
// hashes; hides types, highlights a hovered node's neighbours and reports
// selection as signals. Use from the GUI thread.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit GraphScene(const GraphStyle &style = GraphStyle::standard(), QObject *parent = nullptr);
    ~GraphScene() override;

    // Replaces the items. Entities without geometry in `layout` are left out.
    void setGraph(const GraphDocument &graph, const LayoutResult &layout);
    void clearGraph();

    const GraphDocument &graph() const { return m_graph; }
    // The geometry as shown: the layout given to setGraph() with the nodes the
    // user dragged (or moveNode() moved) at their new places and their edges
    // rerouted. What an export of the current view draws.
    const LayoutResult &layout() const { return m_layout; }
    // Centres of every node, by entity key.
    QHash<QString, QPointF> nodePositions() const;
    // Moves a node's centre; its edges follow. False for an unknown key.
    bool moveNode(const QString &key, const QPointF &center);
    // What a tooltip says over `scenePos` (ItemToolTip): the topmost node or
    // edge there, or an empty string over the background.
    QString toolTipAt(const QPointF &scenePos, const QTransform &deviceTransform) const;
    // Called by NodeItem when it moved (dragged or moveNode()).
    void nodeItemMoved(NodeItem *item);
    const GraphStyle &style() const { return m_style; }

    NodeItem *nodeItem(const QString &key) const { return m_nodes.value(key); }
    EdgeItem *edgeItem(const QString &id) const { return m_edges.value(id); }
    QList<NodeItem *> nodeItems() const { return m_nodes.values(); }
    QList<EdgeItem *> edgeItems() const { return m_edges.values(); }
    // The relation drawn by an edge item, or nullptr.
    const Relation *relation(const QString &edgeId) const;
    // The id of the edge drawing this relation (first match), or empty.
    QString edgeIdFor(const Relation &relation) const;

    void setHiddenEntityTypes(const QSet<EntityType> &types);
    void setHiddenRelationTypes(const QSet<RelationType> &types);
    QSet<EntityType> hiddenEntityTypes() const { return m_hiddenEntityTypes; }
    QSet<RelationType> hiddenRelationTypes() const { return m_hiddenRelationTypes; }

    // Hover highlighting: the node, its visible neighbours and the edges
    // between them stay; everything else is dimmed. Empty key restores all.
    void setHoveredNode(const QString &key);
    // Emphasises one edge and its two ends (a timeline entry was clicked).
    void highlightEdge(const QString &edgeId);
    void clearHighlight();
    // Keeps the given nodes and edges bright and highlighted and dims the
    // rest; both empty undims everything. Hover, edge highlight and the
    // viewer's article footprint all go through here, so the batch knows.
    void emphasise(const QSet<QString> &nodeKeys, const QSet<QString> &edgeIds);

    void selectNode(const QString &key);
    void selectEdge(const QString &id);
    QString selectedNodeKey() const;
    QString selectedEdgeId() const;

    // Far out (a level of detail below GraphBatch::lodThreshold) a view draws
    // the graph with drawBatched(): tens of thousands of items cost ~3 µs each
    // in QGraphicsScene's traversal alone, whatever they draw.
    static bool isBatchedAt(double lod) { return lod < GraphBatch::lodThreshold; }
    // Draws the visible graph (the batch, rebuilt if stale, then the selected
    // and highlighted items) with `painter`'s transform mapping the scene to
    // the device; `exposed` is the area to draw, in scene coordinates.
    void drawBatched(QPainter *painter, const QRectF &exposed);
    // The batch as drawBatched() would draw it now.
    const GraphBatch &batch();
    // Keeps a far-out image a view had drawn aside (GraphBatch::adopt);
    // false when the graph or its look changed since it was asked for.
    bool adoptBatchFrame(GraphBatch::Frame frame) { return m_batch.adopt(std::move(frame)); }
    // Keeps a context grid a view had made aside (GraphBatch::adoptContextGrid).
    bool adoptContextGrid(SceneGrid grid, quint64 generation)
    {
        return m_batch.adoptContextGrid(std::move(grid), generation);
    }
    // Called by the items when something the batch draws of them changed.
    void invalidateBatch() { m_batch.invalidate(); }
    // Whether the batch waits for a rebuild (no view has drawn it since a change).
    bool isBatchStale() const { return m_batch.isStale(); }
    // The next step of the batch's rebuild (GraphBatch::rebuildEdges, then
    // rebuildNodes); false when it is not stale.
    bool rebuildBatchStep();
    // Closer in, a view that batches the context sets this while it paints
    // (GraphView::paintEvent): straight edges then leave what
    // EdgeItem::contextRole gives the batch to drawContext(), called from its
    // drawBackground. Off, every item draws itself whole (exports, other views).
    void setContextBatched(bool isBatched) { m_isContextBatched = isBatched; }
    bool isContextBatched() const { return m_isContextBatched; }
    void drawContext(QPainter *painter, const QRectF &exposed);

    // The bounding rectangle of the visible items.
    QRectF visibleBounds() const;
    // The visible nodes that have a visible edge, with their edges: what a
    // view should frame first (unconnected entities sit in a row aside).
    QRectF connectedBounds() const;

    // Appearances of the graph as the exporter paints them (no scene needed).
    static QList<NodeAppearance> nodeAppearances(const GraphDocument &graph, const LayoutResult &layout,
                                                 const GraphStyle &style);
    static QList<EdgeAppearance> edgeAppearances(const GraphDocument &graph, const LayoutResult &layout);
    // Keys of entities with an invested_in edge going out.
    static QSet<QString> investorKeys(const GraphDocument &graph);
    // The depth of the BSP index setGraph() gives a scene of `itemCount` items.
    static int indexDepthFor(qsizetype itemCount);

Q_SIGNALS:
    void nodeSelected(const QString &key);
    void edgeSelected(const QString &id);
    void selectionCleared();
    void nodeHovered(const QString &key);
    void nodeDoubleClicked(const QString &key);
    // A node's centre changed after the graph was set (the user dragged it).
    void nodeMoved(const QString &key, const QPointF &center);

protected:
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    void updateVisibility();
    void onSelectionChanged();
    void rerouteEdge(EdgeItem *edge);

    const GraphStyle &m_style;
    GraphDocument m_graph;
    LayoutResult m_layout;
    QHash<QString, qsizetype> m_layoutNodeIndex;  // entity key → index into m_layout.nodes
    QHash<QString, qsizetype> m_layoutEdgeIndex;  // edge id → index into m_layout.edges
    QMultiHash<QString, EdgeItem *> m_incidentEdges;  // entity key → edges at that node
    bool m_isSettingGraph = false;
    QHash<QString, NodeItem *> m_nodes;
    QHash<QString, EdgeItem *> m_edges;
    QHash<QString, qsizetype> m_relationIndex;  // edge id → index into m_graph.relations
    QSet<EntityType> m_hiddenEntityTypes;
    QSet<RelationType> m_hiddenRelationTypes;
    QString m_hoveredKey;
    QString m_highlightedEdge;
    GraphBatch m_batch;
    bool m_isContextBatched = false;
};

} // namespace Guanxi
