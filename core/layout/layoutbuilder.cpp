#include "layoutbuilder.h"

#include <QSet>

#include <algorithm>

namespace Guanxi {

namespace {

constexpr double nodePointSize = 10.0;
constexpr double edgePointSize = 8.0;
constexpr double nodePaddingX = 10.0;
constexpr double nodePaddingY = 8.0;
constexpr double minNodeWidth = 36.0;

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

double LabelMetrics::approximateTextWidth(const QString &text, double pointSize)
{
    double ems = 0.0;
    for (char32_t c : text.toUcs4())
        ems += isWide(c) ? 1.0 : 0.6;
    return ems * pointSize;
}

LabelMetrics LabelMetrics::approximate()
{
    LabelMetrics metrics;
    metrics.nodeSize = [](const Entity &entity) {
        const double width = approximateTextWidth(entity.name, nodePointSize) + 2 * nodePaddingX;
        return QSizeF(std::max(minNodeWidth, width), nodePointSize * 1.4 + 2 * nodePaddingY);
    };
    metrics.edgeLabel = [](const Relation &relation) { return toString(relation.type); };
    metrics.edgeLabelSize = [](const QString &text) {
        return QSizeF(approximateTextWidth(text, edgePointSize) + 4.0, edgePointSize * 1.4);
    };
    return metrics;
}

LayoutRequest LayoutBuilder::fromGraph(const GraphDocument &graph, const LabelMetrics &metrics,
                                       const QString &engine)
{
    LayoutRequest request;
    request.engine = engine;
    request.nodes.reserve(graph.entities.size());
    QSet<QString> keys;
    for (const Entity &entity : graph.entities) {
        if (entity.key.isEmpty() || keys.contains(entity.key))
            continue;
        keys.insert(entity.key);
        LayoutNode node;
        node.id = entity.key;
        node.label = entity.name;
        node.type = entity.type;
        if (metrics.nodeSize) {
            const QSizeF size = metrics.nodeSize(entity);
            node.width = size.width();
            node.height = size.height();
        }
        request.nodes.append(std::move(node));
    }
    request.edges.reserve(graph.relations.size());
    for (qsizetype i = 0; i < graph.relations.size(); ++i) {
        const Relation &relation = graph.relations[i];
        if (!keys.contains(relation.source) || !keys.contains(relation.target))
            continue;
        LayoutEdge edge;
        edge.id = edgeId(relation, i);
        edge.source = relation.source;
        edge.target = relation.target;
        edge.label = metrics.edgeLabel ? metrics.edgeLabel(relation) : QString();
        if (!edge.label.isEmpty() && metrics.edgeLabelSize) {
            const QSizeF size = metrics.edgeLabelSize(edge.label);
            edge.labelWidth = size.width();
            edge.labelHeight = size.height();
        }
        request.edges.append(std::move(edge));
    }
    return request;
}

QString LayoutBuilder::edgeId(const Relation &relation, qsizetype index)
{
    if (relation.id.isValid())
        return QStringLiteral("r") + QString::number(relation.id.value());
    return QStringLiteral("r#") + QString::number(index);
}

} // namespace Guanxi
