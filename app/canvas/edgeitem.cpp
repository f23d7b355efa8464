#include "edgeitem.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace Guanxi {

QPainterPath EdgeAppearance::splinePath(const QList<QPointF> &points)
{
    QPainterPath path;
    if (points.isEmpty())
        return path;
    path.moveTo(points.first());
    if ((points.size() - 1) % 3 == 0) {
        for (qsizetype i = 1; i + 2 < points.size(); i += 3)
            path.cubicTo(points[i], points[i + 1], points[i + 2]);
    } else {
        for (qsizetype i = 1; i < points.size(); ++i)
            path.lineTo(points[i]);
    }
    return path;
}

QPolygonF EdgeAppearance::arrowHead(const QPointF &from, const QPointF &tip)
{
    QLineF line(tip, from);
    if (line.length() < 0.01)
        return {};
    constexpr double length = 10.0;
    constexpr double halfWidth = 4.0;
    const QPointF unit = (from - tip) / line.length();
    const QPointF normal(-unit.y(), unit.x());
    const QPointF base = tip + unit * length;
    return QPolygonF({tip, base + normal * halfWidth, base - normal * halfWidth, tip});
}

EdgeAppearance EdgeAppearance::fromGeometry(const Relation &relation, const QString &id, const EdgeGeometry &geometry)
{
    EdgeAppearance appearance;
    appearance.id = id;
    appearance.source = relation.source;
    appearance.target = relation.target;
    appearance.type = relation.type;
    appearance.path = splinePath(geometry.path);
    appearance.label = GraphStyle::relationLabel(relation.type);
    if (!geometry.path.isEmpty()) {
        if (geometry.arrowEnd)
            appearance.arrowAtEnd = arrowHead(geometry.path.last(), *geometry.arrowEnd);
        else if (!isSymmetric(relation.type) && geometry.path.size() >= 2)
            appearance.arrowAtEnd = arrowHead(appearance.path.pointAtPercent(0.9), geometry.path.last());
        if (geometry.arrowStart)
            appearance.arrowAtStart = arrowHead(geometry.path.first(), *geometry.arrowStart);
    }
    appearance.labelPos = geometry.labelPos ? *geometry.labelPos : appearance.path.pointAtPercent(0.5);
    return appearance;
}

EdgeItem::EdgeItem(const EdgeAppearance &appearance, const GraphStyle &style)
    : m_style(style)
    , m_appearance(appearance)
{
    setFlags(ItemIsSelectable);
    setZValue(1);
    updateGeometry();
}

void EdgeItem::setAppearance(const EdgeAppearance &appearance)
{
    prepareGeometryChange();
    m_appearance = appearance;
    updateGeometry();
    update();
}

void EdgeItem::updateGeometry()
{
    QPainterPathStroker stroker;
    stroker.setWidth(8.0);  // easy to hit with the mouse, still exact
    m_shape = stroker.createStroke(m_appearance.path);
    m_shape.addPolygon(m_appearance.arrowAtEnd);
    m_shape.addPolygon(m_appearance.arrowAtStart);
    m_shape.addRect(labelRect(m_style, m_appearance));
    m_boundingRect = m_shape.boundingRect().adjusted(-3, -3, 3, 3);
}

void EdgeItem::setHighlighted(bool highlighted)
{
    if (m_isHighlighted == highlighted)
        return;
    m_isHighlighted = highlighted;
    update();
}

QRectF EdgeItem::labelRect(const GraphStyle &style, const EdgeAppearance &appearance)
{
    if (appearance.label.isEmpty())
        return {};
    const QSizeF size = style.edgeLabelSize(appearance.label);
    return QRectF(appearance.labelPos - QPointF(size.width() / 2, size.height() / 2), size);
}

void EdgeItem::paintEdge(QPainter *painter, const GraphStyle &style, const EdgeAppearance &appearance, double lod,
                         bool isSelected, bool isHighlighted)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen = style.edgePen(appearance.type);
    if (isSelected || isHighlighted)
        pen.setWidthF(pen.widthF() + (isSelected ? 2.0 : 1.2));
    painter->setBrush(Qt::NoBrush);
    if (lod < detailLodThreshold) {
        // Far out, curves and arrows are noise: a straight line between the ends.
        pen.setStyle(Qt::SolidLine);
        painter->setPen(pen);
        painter->drawLine(appearance.path.pointAtPercent(0), appearance.path.pointAtPercent(1));
        painter->restore();
        return;
    }
    painter->setPen(pen);
    painter->drawPath(appearance.path);
    painter->setPen(QPen(pen.color(), 1.0));
    painter->setBrush(pen.color());
    if (!appearance.arrowAtEnd.isEmpty())
        painter->drawPolygon(appearance.arrowAtEnd);
    if (!appearance.arrowAtStart.isEmpty())
        painter->drawPolygon(appearance.arrowAtStart);
    if (!appearance.label.isEmpty() && lod >= 0.5) {
        const QRectF rect = labelRect(style, appearance);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 215));
        painter->drawRoundedRect(rect, 3, 3);
        painter->setPen(pen.color().darker(135));
        painter->setFont(style.edgeFont());
        painter->drawText(rect, Qt::AlignCenter, appearance.label);
    }
    painter->restore();
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    paintEdge(painter, m_style, m_appearance, lod, isSelected(), m_isHighlighted);
}

} // namespace Guanxi
