#include "graphbatch.h"

#include "edgeitem.h"
#include "nodeitem.h"

#include <QHash>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Guanxi {

namespace {

quint64 groupKey(int type, int kind)
{
    return (quint64(type) << 16) | quint64(kind);
}

// Nodes are filled in paths of one square of the scene this wide: one path
// of thousands of outlines overflows the antialiasing rasterizer's cell pool,
// which then walks the path again band by band (1.7 G instructions a frame
// at 10,000 nodes), while a few hundred small paths fill in a few ms.
constexpr double nodeTileSize = 1200.0;

// The context edges' grid: about this many cells along the scene's longer
// side, none smaller than a few nodes (not tuned: a tile meets a few cells).
constexpr int gridCellsAcross = 96;
constexpr double gridMinCellSize = 64.0;

quint64 tileKey(const QPointF &point)
{
    return (quint64(quint32(qint32(std::floor(point.x() / nodeTileSize)))) << 32)
        | quint64(quint32(qint32(std::floor(point.y() / nodeTileSize))));
}

void paintOnTop(QPainter *painter, QGraphicsItem *item)
{
    QStyleOptionGraphicsItem option;
    option.exposedRect = item->boundingRect();
    option.rect = option.exposedRect.toAlignedRect();
    if (item->isSelected())
        option.state |= QStyle::State_Selected;
    painter->save();
    painter->setTransform(item->sceneTransform(), true);
    painter->setOpacity(painter->opacity() * item->effectiveOpacity());
    item->paint(painter, &option, nullptr);
    painter->restore();
}

// A copy of `path` that shares no data with it.
QPainterPath detachedCopy(const QPainterPath &path)
{
    QPainterPath copy;
    copy.setFillRule(path.fillRule());
    copy.addPath(path);
    return copy;
}

} // namespace

struct GraphBatch::Layers
{
    QList<EdgeGroup> edges;
    QList<NodeGroup> nodes;
};

void GraphBatch::rebuild(const QList<NodeItem *> &nodes, const QList<EdgeItem *> &edges, const GraphStyle &style)
{
    // A view may have done the edges' step already (GraphScene::rebuildBatchStep).
    if (!(m_isStale && m_hasEdges))
        rebuildEdges(edges, style);
    rebuildNodes(nodes, style);
}

void GraphBatch::rebuildEdges(const QList<EdgeItem *> &edges, const GraphStyle &style)
{
    m_edgeGroups.clear();
    m_contextEdges.clear();
    m_nodeGroups.clear();
    m_layers.reset();
    ++m_generation;
    m_background = style.backgroundColor();
    // Every visible item at full opacity, selected or not: emphasis is drawn
    // over the batch (paint()), so hovering and selecting keep its pixels.
    QHash<quint64, qsizetype> edgeIndex;
    m_contextEdges.reserve(edges.size());
    for (EdgeItem *edge : edges) {
        if (!edge->isVisible())
            continue;
        const EdgeAppearance &a = edge->appearance();
        const quint64 key = groupKey(int(a.type), 0);
        auto found = edgeIndex.constFind(key);
        if (found == edgeIndex.constEnd()) {
            EdgeGroup group;
            group.type = a.type;
            // What EdgeItem::paint draws far out: a solid chord with the type's pen.
            group.detailPen = style.edgePen(a.type);
            group.pen = group.detailPen;
            group.pen.setStyle(Qt::SolidLine);
            found = edgeIndex.insert(key, m_edgeGroups.size());
            m_edgeGroups.append(group);
        }
        EdgeGroup &group = m_edgeGroups[*found];
        const QLineF chord = edge->chord();
        group.lines.append(chord);
        const QRectF bounds = QRectF(chord.p1(), chord.p2()).normalized();
        group.bounds |= bounds;
        if (edge->isStraight()) {
            // Where it draws: a part of the view that meets only its label or an arrow draws them too.
            const QRectF arrowAtEnd = a.arrowAtEnd.isEmpty() ? QRectF() : a.arrowAtEnd.boundingRect();
            const QRectF arrowAtStart = a.arrowAtStart.isEmpty() ? QRectF() : a.arrowAtStart.boundingRect();
            const QRectF reach = bounds | edge->labelArea() | arrowAtEnd | arrowAtStart;
            m_contextEdges.append({edge, chord, reach, arrowAtEnd, arrowAtStart, *found});
        }
    }
    m_widestPen = 0.0;
    for (const EdgeGroup &group : std::as_const(m_edgeGroups))
        m_widestPen = std::max(m_widestPen, group.detailPen.widthF());
    // Only detail zoom asks the grid (collectContext): far out a rebuild
    // (a filter, a dragged node) does not pay for it.
    m_contextGrid = SceneGrid();
    m_isContextGridBuilt = false;
    m_hasEdges = true;
}

void GraphBatch::rebuildNodes(const QList<NodeItem *> &nodes, const GraphStyle &style)
{
    Q_ASSERT(m_hasEdges);
    m_nodeGroups.clear();
    QHash<std::pair<quint64, quint64>, qsizetype> nodeIndex;
    for (NodeItem *node : nodes) {
        if (!node->isVisible())
            continue;
        const NodeAppearance &a = node->appearance();
        const std::pair<quint64, quint64> key(groupKey(int(a.type), int(a.kind)), tileKey(node->pos()));
        auto found = nodeIndex.constFind(key);
        if (found == nodeIndex.constEnd()) {
            const GraphStyle::NodeStyle nodeStyle = style.nodeStyle(a.type, a.kind);
            NodeGroup group;
            group.type = a.type;
            group.kind = a.kind;
            // NodeItem::paintNode's pens when neither selected nor highlighted.
            group.border = QPen(nodeStyle.border, 1.4);
            group.fill = nodeStyle.fill;
            group.ringPen = QPen(style.edgeStyle(RelationType::InvestedIn).color, 1.4);
            // One winding path: overlapping nodes of a group must not cancel out.
            group.outlines.setFillRule(Qt::WindingFill);
            found = nodeIndex.insert(key, m_nodeGroups.size());
            m_nodeGroups.append(group);
        }
        NodeGroup &group = m_nodeGroups[*found];
        group.outlines.addPath(node->sceneOutline());
        if (a.isInvestor)
            group.investorRings.addPath(node->sceneInvestorRing());
        ++group.count;
    }
    m_isStale = false;
}

GraphBatch::GridRequest GraphBatch::contextGridRequest() const
{
    GridRequest request;
    request.generation = m_generation;
    request.chords.reserve(m_contextEdges.size());
    for (qsizetype i = 0; i < m_contextEdges.size(); ++i) {
        const ContextEdge &edge = m_contextEdges[i];
        request.bounds |= edge.bounds;
        request.chords.append(edge.chord);
        // An edge draws its line, its arrows and its label: it is in every cell one of them meets.
        const auto id = SceneGrid::Id(i);
        if (!edge.arrowAtEnd.isNull())
            request.areas.append({id, edge.arrowAtEnd});
        if (!edge.arrowAtStart.isNull())
            request.areas.append({id, edge.arrowAtStart});
        if (const QRectF &label = edge.item->labelArea(); !label.isEmpty())
            request.areas.append({id, label});
    }
    return request;
}

SceneGrid GraphBatch::makeContextGrid(const GridRequest &request)
{
    SceneGrid grid(request.bounds, gridCellsAcross, gridMinCellSize);
    // Each edge's line, then its arrows and label: a cell lists ids in the batch's order either way.
    qsizetype area = 0;
    for (qsizetype i = 0; i < request.chords.size(); ++i) {
        const auto id = SceneGrid::Id(i);
        grid.insert(id, request.chords[i]);
        for (; area < request.areas.size() && request.areas[area].first == id; ++area)
            grid.insert(id, request.areas[area].second);
    }
    grid.finish();
    return grid;
}

bool GraphBatch::adoptContextGrid(SceneGrid grid, quint64 generation)
{
    if (generation != m_generation || m_isStale)
        return false;
    m_contextGrid = std::move(grid);
    m_isContextGridBuilt = true;
    return true;
}

void GraphBatch::paint(QPainter *painter, const QRectF &exposed) const
{
    const QTransform transform = painter->worldTransform();
    const QPaintDevice *device = painter->device();
    const QRect deviceRect = transform.mapRect(exposed).toAlignedRect() & QRect(0, 0, device->width(), device->height());
    if (deviceRect.isEmpty())
        return;
    // Thousands of long antialiased lines cost tens of ms whatever batches
    // them: draw them once into an image of the exposed area and copy it
    // while neither the batch, the transform nor the area changes.
    const QSize deviceSize(device->width(), device->height());
    const int slot = slotFor(transform, deviceRect, deviceSize);
    Cache &cache = m_caches[slot];
    if (!covers(cache, transform, deviceRect, deviceSize)) {
        const double ratio = device->devicePixelRatio();
        cache.image = QImage(deviceRect.size() * ratio, QImage::Format_ARGB32_Premultiplied);
        cache.image.setDevicePixelRatio(ratio);
        cache.image.fill(Qt::transparent);
        QPainter cachePainter(&cache.image);
        cachePainter.setRenderHints(painter->renderHints());
        cachePainter.setWorldTransform(transform * QTransform::fromTranslate(-deviceRect.left(), -deviceRect.top()));
        paintGroups(&cachePainter, m_edgeGroups, m_nodeGroups, transform.inverted().mapRect(QRectF(deviceRect)));
        cache.transform = transform;
        cache.rect = deviceRect;
        cache.deviceSize = deviceSize;
        cache.generation = m_generation;
    }
    m_lastCache = slot;
    painter->save();
    painter->resetTransform();
    const QRect source((deviceRect.topLeft() - cache.rect.topLeft()) * cache.image.devicePixelRatio(),
                       deviceRect.size() * cache.image.devicePixelRatio());
    painter->drawImage(QRectF(deviceRect), cache.image, QRectF(source));
    painter->restore();
    paintOverlay(painter, deviceRect, exposed);
}

void GraphBatch::paintOverlay(QPainter *painter, const QRect &deviceRect, const QRectF &exposed) const
{
    if (m_isDimmed) {
        // The background at 1 - dimmedOpacity over the batch: the same pixels
        // as the items drawn at dimmedOpacity on the background.
        QColor veil = m_background;
        veil.setAlphaF(float(1.0 - GraphStyle::dimmedOpacity));
        painter->save();
        painter->resetTransform();
        painter->fillRect(deviceRect, veil);
        painter->restore();
    }
    const QList<QGraphicsItem *> onTop = itemsOnTop();
    for (QGraphicsItem *item : onTop)
        if (exposed.intersects(item->sceneBoundingRect()))
            paintOnTop(painter, item);
}

int GraphBatch::slotFor(const QTransform &transform, const QRect &rect, const QSize &deviceSize) const
{
    // A view's own slot is the one of its size (the main view and the
    // overview map differ), else the one used less recently.
    for (int i = 0; i < 2; ++i)
        if (covers(m_caches[i], transform, rect, deviceSize))
            return i;
    for (int i = 0; i < 2; ++i)
        if (m_caches[i].deviceSize == deviceSize)
            return i;
    return 1 - m_lastCache;
}

bool GraphBatch::isDrawnAt(const QTransform &transform, const QRect &deviceRect, const QSize &deviceSize) const
{
    return covers(m_caches[0], transform, deviceRect, deviceSize)
        || covers(m_caches[1], transform, deviceRect, deviceSize);
}

GraphBatch::FrameRequest GraphBatch::frameRequest(const QTransform &transform, const QRect &rect,
                                                  const QSize &deviceSize, double devicePixelRatio) const
{
    Q_ASSERT(!m_isStale);
    if (!m_layers) {
        auto layers = std::make_shared<Layers>();
        layers->edges = m_edgeGroups;
        for (EdgeGroup &group : layers->edges)
            group.lines = QList<QLineF>(group.lines.cbegin(), group.lines.cend());
        layers->nodes = m_nodeGroups;
        for (NodeGroup &group : layers->nodes) {
            group.outlines = detachedCopy(group.outlines);
            group.investorRings = detachedCopy(group.investorRings);
        }
        m_layers = std::move(layers);
    }
    return {m_layers, m_generation, transform, rect, deviceSize, devicePixelRatio};
}

GraphBatch::Frame GraphBatch::render(const FrameRequest &request)
{
    Frame frame;
    frame.transform = request.transform;
    frame.rect = request.rect;
    frame.deviceSize = request.deviceSize;
    frame.generation = request.generation;
    if (!request.layers || request.rect.isEmpty())
        return frame;
    frame.image = QImage(request.rect.size() * request.devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    frame.image.setDevicePixelRatio(request.devicePixelRatio);
    frame.image.fill(Qt::transparent);
    QPainter painter(&frame.image);
    painter.setWorldTransform(request.transform
                              * QTransform::fromTranslate(-request.rect.left(), -request.rect.top()));
    paintGroups(&painter, request.layers->edges, request.layers->nodes,
                request.transform.inverted().mapRect(QRectF(request.rect)));
    return frame;
}

bool GraphBatch::adopt(Frame frame)
{
    if (frame.generation != m_generation || m_isStale || frame.image.isNull())
        return false;
    const int slot = slotFor(frame.transform, frame.rect, frame.deviceSize);
    Cache &cache = m_caches[slot];
    cache.image = std::move(frame.image);
    cache.transform = frame.transform;
    cache.rect = frame.rect;
    cache.deviceSize = frame.deviceSize;
    cache.generation = frame.generation;
    m_lastCache = slot;
    return true;
}

bool GraphBatch::paintNearest(QPainter *painter, const QRectF &exposed) const
{
    const QPaintDevice *device = painter->device();
    const QSize deviceSize(device->width(), device->height());
    int slot = -1;
    for (int i : {m_lastCache, 1 - m_lastCache})
        if (slot < 0 && !m_caches[i].image.isNull() && m_caches[i].deviceSize == deviceSize)
            slot = i;
    if (slot < 0)
        return false;
    const Cache &cache = m_caches[slot];
    const QTransform now = painter->worldTransform();
    const QRect deviceRect = now.mapRect(exposed).toAlignedRect() & QRect(QPoint(0, 0), deviceSize);
    painter->save();
    // Kept image pixel -> device then -> scene -> device now.
    painter->setWorldTransform(QTransform::fromTranslate(cache.rect.left(), cache.rect.top())
                               * cache.transform.inverted() * now);
    // Nearest pixel: it shows until the exact image comes, and a pure pan maps pixels one to one.
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->drawImage(QPointF(0, 0), cache.image);
    painter->restore();
    paintOverlay(painter, deviceRect, exposed);
    return true;
}

void GraphBatch::paintWithoutImage(QPainter *painter, const QRectF &exposed) const
{
    const QPaintDevice *device = painter->device();
    const QRect deviceRect = painter->worldTransform().mapRect(exposed).toAlignedRect()
        & QRect(0, 0, device->width(), device->height());
    paintOverlay(painter, deviceRect, exposed);
}

bool GraphBatch::isQuickToDraw() const
{
    // About 5 us a long antialiased line or node outline far out (10,000
    // nodes and 20,000 edges: 60-200 ms): a thousand is a few ms.
    constexpr qsizetype quickItems = 1000;
    qsizetype items = 0;
    for (const EdgeGroup &group : m_edgeGroups)
        items += group.lines.size();
    for (const NodeGroup &group : m_nodeGroups)
        items += group.count;
    return items <= quickItems;
}

bool GraphBatch::hasCurrentImage(const QSize &deviceSize) const
{
    return std::any_of(std::begin(m_caches), std::end(m_caches), [&](const Cache &cache) {
        return !cache.image.isNull() && cache.generation == m_generation && cache.deviceSize == deviceSize;
    });
}

bool GraphBatch::covers(const Cache &cache, const QTransform &transform, const QRect &rect,
                        const QSize &deviceSize) const
{
    return !cache.image.isNull() && cache.generation == m_generation && cache.transform == transform
        && cache.deviceSize == deviceSize && cache.rect.contains(rect);
}

void GraphBatch::collectContext(const QRectF &shown, const QRectF &exposed, double margin,
                                QList<QList<QLineF>> &perGroup, QList<InView> &inView) const
{
    perGroup.resize(m_edgeGroups.size());
    if (!m_isContextGridBuilt) {
        m_contextGrid = makeContextGrid(contextGridRequest());
        m_isContextGridBuilt = true;
    }
    // Ascending ids: the lines are drawn in the batch's order, as before the grid.
    const QList<SceneGrid::Id> near = m_contextGrid.near(exposed.adjusted(-margin, -margin, margin, margin));
    for (const SceneGrid::Id id : near) {
        const qsizetype i = qsizetype(id);
        const ContextEdge &edge = m_contextEdges[i];
        if (!exposed.intersects(edge.bounds.adjusted(-1, -1, 1, 1)))
            continue;
        if (edge.item->isSelected() || edge.item->isHighlighted())
            continue;
        const EdgeItem::ContextRole role = EdgeItem::contextRole(edge.chord, shown);
        if (role != EdgeItem::ContextRole::None)
            perGroup[edge.group].append(edge.chord);
        if (role != EdgeItem::ContextRole::Whole)
            inView.append({i, role});
    }
}

QList<QLineF> GraphBatch::contextLines(RelationType type, const QRectF &shown) const
{
    QList<QList<QLineF>> perGroup;
    QList<InView> inView;
    collectContext(shown, shown, 1.0, perGroup, inView);
    QList<QLineF> result;
    for (qsizetype i = 0; i < m_edgeGroups.size(); ++i)
        if (m_edgeGroups[i].type == type)
            result += perGroup[i];
    return result;
}

QList<QLineF> GraphBatch::inViewLines(RelationType type, const QRectF &shown) const
{
    QList<QList<QLineF>> perGroup;
    QList<InView> inView;
    collectContext(shown, shown, 1.0, perGroup, inView);
    QList<QLineF> result;
    for (const InView &edge : std::as_const(inView))
        if (m_edgeGroups[m_contextEdges[edge.edge].group].type == type)
            result.append(m_contextEdges[edge.edge].chord);
    return result;
}

void GraphBatch::paintContext(QPainter *painter, const QRectF &exposed) const
{
    const QTransform transform = painter->worldTransform();
    const QPaintDevice *device = painter->device();
    const QSize deviceSize(device->width(), device->height());
    const QRect deviceRect = transform.mapRect(exposed).toAlignedRect() & QRect(QPoint(0, 0), deviceSize);
    if (deviceRect.isEmpty() || m_contextEdges.isEmpty())
        return;
    // Which edges are context depends on the whole view, not on the exposed part.
    const QRectF shown = EdgeItem::shownArea(painter);
    Cache &cache = m_contextCache;
    const bool isSameView = !cache.image.isNull() && cache.transform == transform && cache.deviceSize == deviceSize;
    const QRegion missing = isSameView ? QRegion(deviceRect) - cache.drawn : QRegion(deviceRect);
    if (!missing.isEmpty()) {
        // One image of the whole device a view: an expose or a refresh's tile
        // of the same view draws only the part not drawn yet, so a view drawn
        // piece by piece (GraphView::refreshExactFrame) ends with all of it
        // and its repaint copies.
        const double ratio = device->devicePixelRatio();
        if (!isSameView) {
            cache.image = QImage(deviceSize * ratio, QImage::Format_ARGB32_Premultiplied);
            cache.image.setDevicePixelRatio(ratio);
            cache.transform = transform;
            cache.rect = QRect(QPoint(0, 0), deviceSize);
            cache.deviceSize = deviceSize;
            cache.drawn = QRegion();
        }
        const QRect part = missing.boundingRect();
        QList<QList<QLineF>> perGroup;
        QList<InView> inView;
        const QRectF exposedInScene = transform.inverted().mapRect(QRectF(part));
        const double scale = std::sqrt(std::abs(transform.determinant()));
        // A stroke reaches half its pen and a pixel of antialiasing past its line; a hairline, a pixel or two.
        collectContext(shown, exposedInScene, m_widestPen + 3.0 / std::max(scale, 1e-6), perGroup, inView);
        QPainter cachePainter(&cache.image);
        cachePainter.setClipRect(part);
        // On the scene's background, as the items drew on it: antialiased
        // text and lines blend onto an opaque colour the same way (on a
        // transparent image labels came out heavier). The image replaces
        // the background it is drawn over. The part is filled anew: what
        // it overlaps of an earlier part must not be drawn twice.
        cachePainter.fillRect(part, m_background);
        cachePainter.setWorldTransform(transform);
        // Aliased: a hairline across the view costs a third of an antialiased one,
        // and thousands of them cross a large graph's view.
        cachePainter.setRenderHint(QPainter::Antialiasing, false);
        for (qsizetype i = 0; i < m_edgeGroups.size(); ++i) {
            if (perGroup[i].isEmpty())
                continue;
            cachePainter.setPen(EdgeItem::hairline(m_edgeGroups[i].detailPen, scale));
            cachePainter.drawLines(perGroup[i]);
        }
        // The edges with an end in view, smooth as their items drew them: what
        // the eye follows. Their items draw only arrows and labels, so a
        // repaint of the same view copies these lines too.
        cachePainter.setRenderHint(QPainter::Antialiasing, true);
        for (const InView &edge : std::as_const(inView)) {
            const ContextEdge &context = m_contextEdges[edge.edge];
            const QPen &pen = m_edgeGroups[context.group].detailPen;
            const double margin = pen.widthF() + 2.0;
            EdgeItem::strokeInView(&cachePainter, context.chord, pen, scale, edge.role, shown,
                                   exposedInScene.adjusted(-margin, -margin, margin, margin));
        }
        // Then their arrows and labels over every line, as the items stacked
        // over the lines of the context: a repaint copies them too.
        for (const InView &edge : std::as_const(inView))
            m_contextEdges[edge.edge].item->paintEndsInScene(&cachePainter, scale, exposedInScene.adjusted(-2, -2, 2, 2));
        cache.drawn += part;
    }
    painter->save();
    painter->resetTransform();
    if (m_isDimmed)
        painter->setOpacity(painter->opacity() * GraphStyle::dimmedOpacity);
    const QRect source((deviceRect.topLeft() - m_contextCache.rect.topLeft()) * m_contextCache.image.devicePixelRatio(),
                       deviceRect.size() * m_contextCache.image.devicePixelRatio());
    painter->drawImage(QRectF(deviceRect), m_contextCache.image, QRectF(source));
    painter->restore();
}

void GraphBatch::clear()
{
    m_edgeGroups.clear();
    m_contextEdges.clear();
    m_contextGrid = SceneGrid();
    m_isContextGridBuilt = false;
    m_nodeGroups.clear();
    m_emphasised.clear();
    m_selected.clear();
    m_isDimmed = false;
    invalidate();
}

void GraphBatch::setEmphasis(bool dimmed, const QList<QGraphicsItem *> &emphasised)
{
    m_isDimmed = dimmed;
    m_emphasised = emphasised;
    // The highlighted edges leave the context to their items.
    m_contextCache = Cache();
}

QList<QGraphicsItem *> GraphBatch::itemsOnTop() const
{
    QList<QGraphicsItem *> items;
    for (QGraphicsItem *item : m_emphasised)
        if (item->isVisible())
            items.append(item);
    // A selected item is usually emphasised too (its hover): paint it once, last.
    for (QGraphicsItem *item : m_selected) {
        if (!item->isVisible())
            continue;
        items.removeOne(item);
        items.append(item);
    }
    // Edges under nodes, as the items stack.
    std::stable_partition(items.begin(), items.end(),
                          [](const QGraphicsItem *item) { return dynamic_cast<const EdgeItem *>(item) != nullptr; });
    return items;
}

void GraphBatch::paintGroups(QPainter *painter, const QList<EdgeGroup> &edgeGroups,
                             const QList<NodeGroup> &nodeGroups, const QRectF &exposed)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    QList<QLineF> inView;
    for (const EdgeGroup &group : edgeGroups) {
        painter->setPen(group.pen);
        if (exposed.contains(group.bounds)) {
            painter->drawLines(group.lines);
            continue;
        }
        // Zoomed out over part of the graph: hand the rasterizer only what can show.
        inView.clear();
        for (const QLineF &line : group.lines)
            if (exposed.intersects(QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1)))
                inView.append(line);
        painter->drawLines(inView);
    }
    for (const NodeGroup &group : nodeGroups) {
        painter->setPen(group.border);
        painter->setBrush(group.fill);
        painter->drawPath(group.outlines);
        if (!group.investorRings.isEmpty()) {
            painter->setBrush(Qt::NoBrush);
            painter->setPen(group.ringPen);
            painter->drawPath(group.investorRings);
        }
    }
    painter->restore();
}

QList<QLineF> GraphBatch::lines(RelationType type) const
{
    QList<QLineF> result;
    for (const EdgeGroup &group : m_edgeGroups)
        if (group.type == type)
            result += group.lines;
    return result;
}

int GraphBatch::nodeCount() const
{
    int count = 0;
    for (const NodeGroup &group : m_nodeGroups)
        count += group.count;
    return count;
}

} // namespace Guanxi
