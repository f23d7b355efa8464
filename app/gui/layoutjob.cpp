#include "layoutjob.h"

#include "edgerouter.h"
#include "graphstyle.h"
#include "layout/layoutbuilder.h"
#include "layout/layoutengine.h"

#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace Guanxi {

namespace {

// neato's stress majorisation grows with the square of the node count
// (docs/performance.md: 0.7 s at 300 nodes, 5 s at 1,000); fdp, which pins
// too, takes 1 s at 1,000.
constexpr qsizetype maxNodesForNeato = 300;

constexpr double nodeGap = 8.0;

QRectF rectOf(const NodeGeometry &node)
{
    return QRectF(node.center - QPointF(node.size.width() / 2, node.size.height() / 2), node.size);
}

// Moves `rect` off every rectangle in `fixed` it covers, each time by the
// shortest way out; gives up after a bounded number of moves.
QRectF pushedClear(QRectF rect, const QList<QRectF> &fixed)
{
    for (int attempt = 0; attempt < 200; ++attempt) {
        const auto hit = std::find_if(fixed.cbegin(), fixed.cend(), [&](const QRectF &f) { return f.intersects(rect); });
        if (hit == fixed.cend())
            break;
        const double moves[] = {hit->left() - rect.right(), hit->right() - rect.left(),
                                hit->top() - rect.bottom(), hit->bottom() - rect.top()};
        int best = 0;
        for (int i = 1; i < 4; ++i)
            if (std::abs(moves[i]) < std::abs(moves[best]))
                best = i;
        const double step = moves[best] + (moves[best] < 0 ? -0.5 : 0.5);
        rect.translate(best < 2 ? step : 0.0, best < 2 ? 0.0 : step);
    }
    return rect;
}

QHash<QString, const NodeGeometry *> nodesById(const LayoutResult &layout)
{
    QHash<QString, const NodeGeometry *> nodes;
    nodes.reserve(layout.nodes.size());
    for (const NodeGeometry &node : layout.nodes)
        nodes.insert(node.id, &node);
    return nodes;
}

} // namespace

LayoutJob::LayoutJob(QObject *parent)
    : QObject(parent)
{}

QString LayoutJob::pinnedEngineFor(qsizetype nodeCount)
{
    return nodeCount <= maxNodesForNeato ? QStringLiteral("neato") : QStringLiteral("fdp");
}

LayoutResult LayoutJob::mergeKept(const GraphDocument &graph, const LayoutResult &laidOut, const LayoutResult &keep)
{
    const GraphStyle &style = GraphStyle::standard();
    const QHash<QString, const NodeGeometry *> kept = nodesById(keep);
    QHash<QString, const EdgeGeometry *> keptEdges;
    for (const EdgeGeometry &edge : keep.edges)
        keptEdges.insert(edge.id, &edge);
    QHash<QString, const EdgeGeometry *> placedEdges;
    for (const EdgeGeometry &edge : laidOut.edges)
        placedEdges.insert(edge.id, &edge);

    LayoutResult result;
    result.engine = laidOut.engine.isEmpty() ? keep.engine : laidOut.engine;
    QHash<QString, NodeGeometry> placed;
    for (const NodeGeometry &node : laidOut.nodes)
        placed.insert(node.id, node);
    QList<QRectF> taken;
    for (const Entity &entity : graph.entities) {
        if (const NodeGeometry *old = kept.value(entity.key)) {
            placed.insert(entity.key, *old);
            taken.append(rectOf(*old).adjusted(-nodeGap, -nodeGap, nodeGap, nodeGap));
        }
    }
    // Graphviz's overlap removal may shift the pins a little and they go back
    // exactly: new nodes that now cover a kept one step aside.
    QSet<QString> nudged;
    for (const Entity &entity : graph.entities) {
        auto node = placed.find(entity.key);
        if (node == placed.end() || kept.contains(entity.key))
            continue;
        const QRectF rect = rectOf(*node);
        const QRectF clear = pushedClear(rect, taken);
        if (clear != rect) {
            node->center = clear.center();
            nudged.insert(entity.key);
        }
        taken.append(clear.adjusted(-nodeGap, -nodeGap, nodeGap, nodeGap));
    }

    QHash<QString, EdgeRouter::End> ends;
    for (const Entity &entity : graph.entities) {
        const auto node = placed.constFind(entity.key);
        if (node == placed.constEnd())
            continue;
        result.nodes.append(*node);
        result.bounds |= QRectF(node->center - QPointF(node->size.width() / 2, node->size.height() / 2), node->size);
        const QPainterPath outline =
            GraphStyle::shapePath(style.nodeStyle(entity.type, entity.kind).shape, style.nodeSize(entity));
        ends.insert(entity.key, EdgeRouter::End{node->center, outline});
    }
    for (qsizetype i = 0; i < graph.relations.size(); ++i) {
        const Relation &relation = graph.relations[i];
        if (!ends.contains(relation.source) || !ends.contains(relation.target))
            continue;
        const QString id = LayoutBuilder::edgeId(relation, i);
        const bool bothKept = kept.contains(relation.source) && kept.contains(relation.target);
        if (const EdgeGeometry *old = keptEdges.value(id); old && bothKept) {
            result.edges.append(*old);
        } else if (const EdgeGeometry *fresh = placedEdges.value(id);
                   fresh && !bothKept && !nudged.contains(relation.source) && !nudged.contains(relation.target)) {
            result.edges.append(*fresh);
        } else {
            // A new relation between nodes already on screen (or a loop): no
            // reason to move anything, a straight route will do.
            if (relation.source == relation.target) {
                if (const EdgeGeometry *any = fresh ? fresh : old)
                    result.edges.append(*any);
                continue;
            }
            result.edges.append(EdgeRouter::route(id, ends.value(relation.source), ends.value(relation.target),
                                                  !isSymmetric(relation.type), false));
        }
        for (const QPointF &point : std::as_const(result.edges.last().path))
            result.bounds |= QRectF(point, QSizeF(0.01, 0.01));
    }
    return result;
}

LayoutJob::~LayoutJob()
{
    if (m_cancel)
        m_cancel->cancel();
    // The watchers are our children: every run still going has one.
    for (QFutureWatcherBase *watcher : findChildren<QFutureWatcherBase *>(Qt::FindDirectChildrenOnly))
        watcher->waitForFinished();
}

void LayoutJob::request(const GraphDocument &graph, const LayoutResult &keep)
{
    const quint64 generation = ++m_generation;
    // Whatever is still running lays out a graph no longer wanted.
    if (m_cancel)
        m_cancel->cancel();
    m_cancel.reset();
    if (graph.entities.isEmpty()) {
        Q_EMIT finished(graph, LayoutResult());
        return;
    }
    const QHash<QString, const NodeGeometry *> kept = nodesById(keep);
    qsizetype pinned = 0;
    for (const Entity &entity : graph.entities)
        pinned += kept.contains(entity.key) ? 1 : 0;
    if (pinned == graph.entities.size()) {
        // Nothing new to place: the view is what the user left.
        Q_EMIT finished(graph, mergeKept(graph, LayoutResult(), keep));
        return;
    }
    // Unpinned and unchosen, LayoutEngine picks by size: dot top-down for
    // small graphs unless its drawing would not fit a window, sfdp for large ones.
    QString engine = m_engine;
    if (pinned > 0 && !LayoutEngine::honoursPins(m_engine))
        engine = pinnedEngineFor(graph.entities.size());
    LayoutRequest request = LayoutBuilder::fromGraph(graph, GraphStyle::standard().labelMetrics(), engine);
    if (pinned > 0) {
        for (LayoutNode &node : request.nodes)
            if (const NodeGeometry *old = kept.value(node.id))
                node.pinned = old->center;
    }
    m_cancel = std::make_shared<CancelToken>();
    auto *watcher = new QFutureWatcher<Result<LayoutResult>>(this);
    ++m_running;
    connect(watcher, &QFutureWatcher<Result<LayoutResult>>::finished, this,
            [this, watcher, generation, graph, keep, pinned] {
                --m_running;
                watcher->deleteLater();
                if (generation != m_generation)
                    return;  // a newer request is on its way
                const Result<LayoutResult> result = watcher->result();
                if (!result)
                    Q_EMIT failed(result.error());
                else if (pinned > 0)
                    Q_EMIT finished(graph, mergeKept(graph, *result, keep));
                else
                    Q_EMIT finished(graph, *result);
            });
    // LayoutEngine packs unconnected entities under the graph when nothing is pinned.
    watcher->setFuture(QtConcurrent::run(
        [request, cancel = m_cancel] { return LayoutEngine().layout(request, cancel.get()); }));
}

} // namespace Guanxi
