#include "graphscene.h"

#include "edgerouter.h"
#include "itemtooltip.h"
#include "layout/layoutbuilder.h"

#include <QGraphicsSceneHelpEvent>
#include <QGraphicsView>
#include <QToolTip>

#include <algorithm>

namespace Guanxi {

GraphScene::GraphScene(const GraphStyle &style, QObject *parent)
    : QGraphicsScene(parent)
    , m_style(style)
{
    setItemIndexMethod(BspTreeIndex);
    setBackgroundBrush(m_style.backgroundColor());
    connect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::onSelectionChanged);
}

GraphScene::~GraphScene()
{
    // Items go while this is still a GraphScene: no selection signals from a half-destroyed scene.
    const QSignalBlocker blocker(this);
    clear();
}

QSet<QString> GraphScene::investorKeys(const GraphDocument &graph)
{
    QSet<QString> keys;
    for (const Relation &relation : graph.relations)
        if (relation.type == RelationType::InvestedIn)
            keys.insert(relation.source);
    return keys;
}

QList<NodeAppearance> GraphScene::nodeAppearances(const GraphDocument &graph, const LayoutResult &layout,
                                                  const GraphStyle &style)
{
    QHash<QString, QPointF> centers;
    for (const NodeGeometry &node : layout.nodes)
        centers.insert(node.id, node.center);
    const QSet<QString> investors = investorKeys(graph);
    QList<NodeAppearance> result;
    for (const Entity &entity : graph.entities) {
        const auto center = centers.constFind(entity.key);
        if (center == centers.constEnd())
            continue;
        NodeAppearance appearance = NodeAppearance::fromEntity(entity, investors.contains(entity.key), style);
        appearance.center = *center;
        result.append(appearance);
    }
    return result;
}

QList<EdgeAppearance> GraphScene::edgeAppearances(const GraphDocument &graph, const LayoutResult &layout)
{
    QHash<QString, const EdgeGeometry *> geometries;
    for (const EdgeGeometry &edge : layout.edges)
        geometries.insert(edge.id, &edge);
    QList<EdgeAppearance> result;
    for (qsizetype i = 0; i < graph.relations.size(); ++i) {
        const Relation &relation = graph.relations[i];
        const QString id = LayoutBuilder::edgeId(relation, i);
        const EdgeGeometry *geometry = geometries.value(id);
        if (!geometry || geometry->path.isEmpty())
            continue;
        result.append(EdgeAppearance::fromGeometry(relation, id, *geometry));
    }
    return result;
}

void GraphScene::clearGraph()
{
    // Deselect while every item is alive: clear() deleting a selected item
    // emits selectionChanged, whose handlers would touch items already deleted.
    clearSelection();
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_relationIndex.clear();
    m_graph = GraphDocument();
    m_layout = LayoutResult();
    m_layoutNodeIndex.clear();
    m_layoutEdgeIndex.clear();
    m_incidentEdges.clear();
    m_hoveredKey.clear();
    m_highlightedEdge.clear();
    m_batch.clear();
}

void GraphScene::setGraph(const GraphDocument &graph, const LayoutResult &layout)
{
    QSignalBlocker blocker(this);  // no selection signals for items being torn down
    clearGraph();
    m_isSettingGraph = true;
    m_graph = graph;
    m_layout = layout;
    for (qsizetype i = 0; i < m_layout.nodes.size(); ++i)
        m_layoutNodeIndex.insert(m_layout.nodes[i].id, i);
    for (qsizetype i = 0; i < m_layout.edges.size(); ++i)
        m_layoutEdgeIndex.insert(m_layout.edges[i].id, i);
    for (const NodeAppearance &appearance : nodeAppearances(graph, layout, m_style)) {
        auto *item = new NodeItem(appearance, m_style);
        addItem(item);
        m_nodes.insert(appearance.key, item);
    }
    for (qsizetype i = 0; i < graph.relations.size(); ++i)
        m_relationIndex.insert(LayoutBuilder::edgeId(graph.relations[i], i), i);
    for (const EdgeAppearance &appearance : edgeAppearances(graph, layout)) {
        if (!m_nodes.contains(appearance.source) || !m_nodes.contains(appearance.target))
            continue;
        auto *item = new EdgeItem(appearance, m_style);
        addItem(item);
        m_edges.insert(appearance.id, item);
        m_incidentEdges.insert(appearance.source, item);
        if (appearance.target != appearance.source)
            m_incidentEdges.insert(appearance.target, item);
    }
    m_isSettingGraph = false;
    m_batch.invalidate();
    updateVisibility();
    // QGraphicsScene fixes its BSP depth at the first graph it indexes (a
    // small one gives 5 levels for good): set it for this graph.
    setBspTreeDepth(indexDepthFor(m_nodes.size() + m_edges.size()));
    // Unblocked: the BSP index learns its area only from sceneRectChanged.
    // Blocked, it kept an empty rectangle, split every level at the origin
    // and put every item in one leaf, so each paint walked all the items.
    blocker.unblock();
    const QRectF bounds = itemsBoundingRect();
    setSceneRect(bounds.adjusted(-60, -60, 60, 60));
}

int GraphScene::indexDepthFor(qsizetype itemCount)
{
    // About 8 items a leaf, as Qt's documentation advises. Qt's own guess
    // (one leaf per item) costs 10x the time to build for no faster look-up:
    // an edge sits in every leaf its bounding rectangle meets (10,000 nodes,
    // random graph: 63 ms at depth 12, 825 ms at Qt's 15).
    int depth = 5;
    while (depth < 18 && (qsizetype(8) << depth) < itemCount)
        ++depth;
    return depth;
}

QHash<QString, QPointF> GraphScene::nodePositions() const
{
    QHash<QString, QPointF> positions;
    positions.reserve(m_nodes.size());
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        positions.insert(it.key(), it.value()->pos());
    return positions;
}

bool GraphScene::moveNode(const QString &key, const QPointF &center)
{
    NodeItem *item = m_nodes.value(key);
    if (!item)
        return false;
    item->setPos(center);
    return true;
}

QString GraphScene::toolTipAt(const QPointF &scenePos, const QTransform &deviceTransform) const
{
    const QList<QGraphicsItem *> hits = items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder, deviceTransform);
    for (const QGraphicsItem *hit : hits) {
        if (const auto *node = qgraphicsitem_cast<const NodeItem *>(hit)) {
            const Entity *entity = m_graph.entity(node->key());
            if (!entity)
                continue;
            const auto edges = m_incidentEdges.values(node->key());
            const int shown = int(std::count_if(edges.cbegin(), edges.cend(),
                                                [](const EdgeItem *edge) { return edge->isVisible(); }));
            return ItemToolTip::forEntity(*entity, shown, node->appearance().isInvestor);
        }
        if (const auto *edge = qgraphicsitem_cast<const EdgeItem *>(hit)) {
            if (const Relation *relation = this->relation(edge->id()))
                return ItemToolTip::forRelation(*relation, m_graph);
        }
    }
    return {};
}

void GraphScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    // Not QGraphicsScene's: it reads QGraphicsItem::toolTip(), which the
    // items do not carry (see ItemToolTip). The view's transform goes with the
    // look-up as QGraphicsScene's own does.
    QTransform deviceTransform;
    for (const QGraphicsView *view : views())
        if (view->viewport() == event->widget())
            deviceTransform = view->viewportTransform();
    const QString text = toolTipAt(event->scenePos(), deviceTransform);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->screenPos(), text, event->widget());
    event->setAccepted(!text.isEmpty());
}

void GraphScene::nodeItemMoved(NodeItem *item)
{
    if (m_isSettingGraph || m_nodes.value(item->key()) != item)
        return;
    const QPointF center = item->pos();
    QPointF delta;
    if (const auto index = m_layoutNodeIndex.constFind(item->key()); index != m_layoutNodeIndex.constEnd()) {
        delta = center - m_layout.nodes[*index].center;
        m_layout.nodes[*index].center = center;
    }
    const auto edges = m_incidentEdges.values(item->key());
    for (EdgeItem *edge : edges) {
        const EdgeAppearance &a = edge->appearance();
        if (a.source == a.target) {
            // A loop keeps its shape and moves with its node.
            const auto index = m_layoutEdgeIndex.constFind(edge->id());
            if (index == m_layoutEdgeIndex.constEnd())
                continue;
            EdgeGeometry &geometry = m_layout.edges[*index];
            geometry = EdgeRouter::translated(geometry, delta);
            if (const Relation *relation = this->relation(edge->id()))
                edge->setAppearance(EdgeAppearance::fromGeometry(*relation, edge->id(), geometry));
            continue;
        }
        rerouteEdge(edge);
    }
    // Let the view scroll to wherever the node went.
    const QRectF reach = item->sceneBoundingRect().adjusted(-60, -60, 60, 60);
    if (!sceneRect().contains(reach))
        setSceneRect(sceneRect() | reach);
    Q_EMIT nodeMoved(item->key(), center);
}

void GraphScene::rerouteEdge(EdgeItem *edge)
{
    const EdgeAppearance &a = edge->appearance();
    const NodeItem *source = m_nodes.value(a.source);
    const NodeItem *target = m_nodes.value(a.target);
    const Relation *relation = this->relation(edge->id());
    const auto index = m_layoutEdgeIndex.constFind(edge->id());
    if (!source || !target || !relation || index == m_layoutEdgeIndex.constEnd())
        return;
    // Parallel edges between the same two nodes bend apart, in a stable order.
    QList<EdgeItem *> parallel;
    const auto atSource = m_incidentEdges.values(a.source);
    for (EdgeItem *other : atSource) {
        const EdgeAppearance &o = other->appearance();
        if ((o.source == a.source && o.target == a.target) || (o.source == a.target && o.target == a.source))
            parallel.append(other);
    }
    std::sort(parallel.begin(), parallel.end(), [](const EdgeItem *x, const EdgeItem *y) { return x->id() < y->id(); });
    double bend = EdgeRouter::parallelBend(parallel.indexOf(edge), parallel.size());
    // Bend in one direction whichever way each edge runs.
    if (a.source > a.target)
        bend = -bend;
    EdgeGeometry &geometry = m_layout.edges[*index];
    const bool arrowAtEnd = geometry.arrowEnd.has_value() || !isSymmetric(relation->type);
    const bool arrowAtStart = geometry.arrowStart.has_value();
    geometry = EdgeRouter::route(edge->id(), {source->pos(), source->shape()}, {target->pos(), target->shape()},
                                 arrowAtEnd, arrowAtStart, bend);
    edge->setAppearance(EdgeAppearance::fromGeometry(*relation, edge->id(), geometry));
}

const Relation *GraphScene::relation(const QString &edgeId) const
{
    const auto index = m_relationIndex.constFind(edgeId);
    return index == m_relationIndex.constEnd() ? nullptr : &m_graph.relations[*index];
}

QString GraphScene::edgeIdFor(const Relation &relation) const
{
    for (qsizetype i = 0; i < m_graph.relations.size(); ++i) {
        const Relation &candidate = m_graph.relations[i];
        const bool sameStoredRow = relation.id.isValid() && candidate.id == relation.id;
        const bool sameFact = !relation.id.isValid() && candidate.type == relation.type
            && candidate.source == relation.source && candidate.target == relation.target;
        if (sameStoredRow || sameFact)
            return LayoutBuilder::edgeId(candidate, i);
    }
    return {};
}

void GraphScene::setHiddenEntityTypes(const QSet<EntityType> &types)
{
    m_hiddenEntityTypes = types;
    updateVisibility();
}

void GraphScene::setHiddenRelationTypes(const QSet<RelationType> &types)
{
    m_hiddenRelationTypes = types;
    updateVisibility();
}

void GraphScene::updateVisibility()
{
    for (NodeItem *node : std::as_const(m_nodes))
        node->setVisible(!m_hiddenEntityTypes.contains(node->appearance().type));
    for (EdgeItem *edge : std::as_const(m_edges)) {
        const NodeItem *source = m_nodes.value(edge->appearance().source);
        const NodeItem *target = m_nodes.value(edge->appearance().target);
        edge->setVisible(!m_hiddenRelationTypes.contains(edge->appearance().type) && source && target
                         && source->isVisible() && target->isVisible());
    }
}

void GraphScene::emphasise(const QSet<QString> &nodeKeys, const QSet<QString> &edgeIds)
{
    const bool dimOthers = !nodeKeys.isEmpty() || !edgeIds.isEmpty();
    // Edges first: the batch paints the emphasised items in this order, nodes over edges.
    QList<QGraphicsItem *> emphasised;
    for (EdgeItem *edge : std::as_const(m_edges)) {
        const bool on = edgeIds.contains(edge->id());
        edge->setHighlighted(on);
        edge->setOpacity(!dimOthers || on ? 1.0 : GraphStyle::dimmedOpacity);
        if (on)
            emphasised.append(edge);
    }
    for (NodeItem *node : std::as_const(m_nodes)) {
        const bool on = nodeKeys.contains(node->key());
        node->setHighlighted(on);
        node->setOpacity(!dimOthers || on ? 1.0 : GraphStyle::dimmedOpacity);
        if (on)
            emphasised.append(node);
    }
    m_batch.setEmphasis(dimOthers, emphasised);
}

void GraphScene::setHoveredNode(const QString &key)
{
    if (key == m_hoveredKey)
        return;
    m_hoveredKey = key;
    Q_EMIT nodeHovered(key);
    if (key.isEmpty() || !m_nodes.contains(key)) {
        m_hoveredKey.clear();
        if (m_highlightedEdge.isEmpty())
            emphasise({}, {});
        else
            highlightEdge(m_highlightedEdge);
        return;
    }
    QSet<QString> nodes{key};
    QSet<QString> edges;
    for (EdgeItem *edge : std::as_const(m_edges)) {
        if (!edge->isVisible())
            continue;
        const EdgeAppearance &a = edge->appearance();
        if (a.source == key || a.target == key) {
            edges.insert(edge->id());
            nodes.insert(a.source == key ? a.target : a.source);
        }
    }
    emphasise(nodes, edges);
}

void GraphScene::highlightEdge(const QString &edgeId)
{
    EdgeItem *edge = m_edges.value(edgeId);
    m_highlightedEdge = edge ? edgeId : QString();
    if (!edge) {
        emphasise({}, {});
        return;
    }
    emphasise({edge->appearance().source, edge->appearance().target}, {edgeId});
}

void GraphScene::clearHighlight()
{
    m_hoveredKey.clear();
    m_highlightedEdge.clear();
    emphasise({}, {});
}

void GraphScene::selectNode(const QString &key)
{
    NodeItem *node = m_nodes.value(key);
    clearSelection();
    if (node)
        node->setSelected(true);
}

void GraphScene::selectEdge(const QString &id)
{
    EdgeItem *edge = m_edges.value(id);
    clearSelection();
    if (edge)
        edge->setSelected(true);
}

QString GraphScene::selectedNodeKey() const
{
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem *>(item)->key();
    return {};
}

QString GraphScene::selectedEdgeId() const
{
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == EdgeItem::Type)
            return static_cast<EdgeItem *>(item)->id();
    return {};
}

const GraphBatch &GraphScene::batch()
{
    if (m_batch.isStale())
        m_batch.rebuild(m_nodes.values(), m_edges.values(), m_style);
    return m_batch;
}

bool GraphScene::rebuildBatchStep()
{
    if (!m_batch.isStale())
        return false;
    if (!m_batch.hasEdgesRebuilt())
        m_batch.rebuildEdges(m_edges.values(), m_style);
    else
        m_batch.rebuildNodes(m_nodes.values(), m_style);
    return true;
}

void GraphScene::drawBatched(QPainter *painter, const QRectF &exposed)
{
    batch().paint(painter, exposed);
}

void GraphScene::drawContext(QPainter *painter, const QRectF &exposed)
{
    batch().paintContext(painter, exposed);
}

QRectF GraphScene::visibleBounds() const
{
    QRectF bounds;
    for (const NodeItem *node : m_nodes)
        if (node->isVisible())
            bounds |= node->sceneBoundingRect();
    for (const EdgeItem *edge : m_edges)
        if (edge->isVisible())
            bounds |= edge->sceneBoundingRect();
    return bounds;
}

QRectF GraphScene::connectedBounds() const
{
    QRectF bounds;
    for (const EdgeItem *edge : m_edges) {
        if (!edge->isVisible())
            continue;
        bounds |= edge->sceneBoundingRect();
        bounds |= m_nodes.value(edge->appearance().source)->sceneBoundingRect();
        bounds |= m_nodes.value(edge->appearance().target)->sceneBoundingRect();
    }
    return bounds.isEmpty() ? visibleBounds() : bounds;
}

void GraphScene::onSelectionChanged()
{
    m_batch.setSelection(selectedItems());
    const QString node = selectedNodeKey();
    if (!node.isEmpty()) {
        Q_EMIT nodeSelected(node);
        return;
    }
    const QString edge = selectedEdgeId();
    if (!edge.isEmpty()) {
        Q_EMIT edgeSelected(edge);
        return;
    }
    Q_EMIT selectionCleared();
}

} // namespace Guanxi
