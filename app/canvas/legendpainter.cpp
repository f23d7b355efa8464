#include "legendpainter.h"

#include "graphscene.h"

#include <QFontMetricsF>
#include <QPainter>

namespace Guanxi {

LegendPainter::LegendPainter(const GraphStyle &style, const GraphDocument &graph)
    : m_style(style)
{
    QSet<QPair<int, int>> nodeKinds;
    for (const Entity &entity : graph.entities) {
        const OrgKind kind = entity.type == EntityType::Organization ? entity.kind : OrgKind::None;
        const QPair<int, int> id(int(entity.type), int(kind));
        if (nodeKinds.contains(id))
            continue;
        nodeKinds.insert(id);
    }
    for (EntityType type : allEntityTypes) {
        if (type == EntityType::Organization) {
            for (OrgKind kind : {OrgKind::None, OrgKind::Company, OrgKind::Nonprofit, OrgKind::Government,
                                 OrgKind::Court, OrgKind::Media, OrgKind::Other})
                if (nodeKinds.contains({int(type), int(kind)}))
                    m_entries.append({LegendEntry::Kind::Node, type, kind, {},
                                      kind == OrgKind::None ? GraphStyle::entityTypeLabel(type)
                                                            : GraphStyle::orgKindLabel(kind),
                                      {}});
        } else if (nodeKinds.contains({int(type), int(OrgKind::None)})) {
            m_entries.append({LegendEntry::Kind::Node, type, OrgKind::None, {}, GraphStyle::entityTypeLabel(type), {}});
        }
    }
    if (!GraphScene::investorKeys(graph).isEmpty())
        m_entries.append({LegendEntry::Kind::Investor, EntityType::Organization, OrgKind::Company, {}, tr("Investor"), {}});
    QSet<RelationType> relationTypes;
    for (const Relation &relation : graph.relations)
        relationTypes.insert(relation.type);
    for (RelationType type : allRelationTypes)
        if (relationTypes.contains(type))
            m_entries.append({LegendEntry::Kind::Edge, {}, {}, type, GraphStyle::relationLabel(type), {}});
}

LegendPainter::LegendPainter(const GraphStyle &style)
    : m_style(style)
{
    addAll(true);
}

void LegendPainter::addAll(bool hasInvestors)
{
    m_entries.append({LegendEntry::Kind::Node, EntityType::Person, OrgKind::None, {},
                      GraphStyle::entityTypeLabel(EntityType::Person), {}});
    for (OrgKind kind : allOrgKinds)
        m_entries.append({LegendEntry::Kind::Node, EntityType::Organization, kind, {}, GraphStyle::orgKindLabel(kind), {}});
    for (EntityType type : {EntityType::Lawsuit, EntityType::Product})
        m_entries.append({LegendEntry::Kind::Node, type, OrgKind::None, {}, GraphStyle::entityTypeLabel(type), {}});
    if (hasInvestors)
        m_entries.append({LegendEntry::Kind::Investor, EntityType::Organization, OrgKind::Company, {}, tr("Investor"), {}});
    for (RelationType type : allRelationTypes)
        m_entries.append({LegendEntry::Kind::Edge, {}, {}, type, GraphStyle::relationLabel(type), {}});
}

QList<LegendEntry> LegendPainter::layout(const QPointF &topLeft, double width) const
{
    const QFontMetricsF metrics(m_style.edgeFont());
    QList<LegendEntry> placed;
    double x = 0.0;
    double y = 0.0;
    for (LegendEntry entry : m_entries) {
        const double entryWidth = swatchWidth + 6.0 + std::ceil(metrics.horizontalAdvance(entry.label)) + 14.0;
        if (x > 0.0 && x + entryWidth > width) {
            x = 0.0;
            y += rowHeight;
        }
        entry.rect = QRectF(topLeft.x() + x, topLeft.y() + y, entryWidth, rowHeight);
        placed.append(entry);
        x += entryWidth;
    }
    return placed;
}

QSizeF LegendPainter::size(double width) const
{
    QRectF bounds;
    for (const LegendEntry &entry : layout(QPointF(), width))
        bounds |= entry.rect;
    return bounds.size();
}

QRectF LegendPainter::swatchRect(const LegendEntry &entry)
{
    return QRectF(entry.rect.left(), entry.rect.center().y() - swatchHeight / 2, swatchWidth, swatchHeight);
}

QRectF LegendPainter::textRect(const LegendEntry &entry)
{
    return entry.rect.adjusted(swatchWidth + 6.0, 0, 0, 0);
}

void LegendPainter::paint(QPainter *painter, const QPointF &topLeft, double width) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (const LegendEntry &entry : layout(topLeft, width)) {
        const QRectF swatch = swatchRect(entry);
        switch (entry.kind) {
        case LegendEntry::Kind::Node:
        case LegendEntry::Kind::Investor: {
            const GraphStyle::NodeStyle style = m_style.nodeStyle(entry.entityType, entry.orgKind);
            QPainterPath path = GraphStyle::shapePath(style.shape, QSizeF(swatch.width() - 6, swatch.height() - 2));
            path.translate(swatch.center());
            painter->setPen(QPen(style.border, 1.2));
            painter->setBrush(style.fill);
            painter->drawPath(path);
            if (entry.kind == LegendEntry::Kind::Investor)
                m_style.paintInvestorBadge(painter, swatch.center());
            break;
        }
        case LegendEntry::Kind::Edge: {
            painter->setPen(m_style.edgePen(entry.relationType));
            const double y = swatch.center().y();
            painter->drawLine(QPointF(swatch.left(), y), QPointF(swatch.right() - 6, y));
            painter->setPen(Qt::NoPen);
            painter->setBrush(m_style.edgeStyle(entry.relationType).color);
            if (!isSymmetric(entry.relationType))
                painter->drawPolygon(EdgeAppearance::arrowHead(QPointF(swatch.left(), y), QPointF(swatch.right(), y)));
            break;
        }
        }
        painter->setPen(QColor(0x33, 0x33, 0x33));
        painter->setFont(m_style.edgeFont());
        painter->drawText(textRect(entry), Qt::AlignLeft | Qt::AlignVCenter, entry.label);
    }
    painter->restore();
}

} // namespace Guanxi
