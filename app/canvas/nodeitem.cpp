#include "nodeitem.h"

#include "graphscene.h"

#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Guanxi {

NodeAppearance NodeAppearance::fromEntity(const Entity &entity, bool isInvestor, const GraphStyle &style)
{
    NodeAppearance appearance;
    appearance.key = entity.key;
    appearance.label = entity.name;
    appearance.type = entity.type;
    appearance.kind = entity.kind;
    appearance.isInvestor = isInvestor;
    appearance.size = style.nodeSize(entity);
    return appearance;
}

NodeItem::NodeItem(const NodeAppearance &appearance, const GraphStyle &style)
    : m_style(style)
    , m_appearance(appearance)
{
    // Movable: the user may drag a node; the scene reroutes its edges.
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setCacheMode(DeviceCoordinateCache);
    setZValue(2);
    setPos(m_appearance.center);
    updateGeometry();
}

void NodeItem::setAppearance(const NodeAppearance &appearance)
{
    prepareGeometryChange();
    m_appearance = appearance;
    setPos(m_appearance.center);
    updateGeometry();
    update();
    if (auto *graph = qobject_cast<GraphScene *>(scene()))
        graph->invalidateBatch();
}

const QPainterPath &NodeItem::sceneOutline() const
{
    if (m_sceneOutline.isEmpty())
        m_sceneOutline = m_shape.translated(pos());
    return m_sceneOutline;
}

const QPainterPath &NodeItem::sceneInvestorRing() const
{
    if (m_appearance.isInvestor && m_sceneInvestorRing.isEmpty()) {
        const GraphStyle::Shape shape = m_style.nodeStyle(m_appearance.type, m_appearance.kind).shape;
        m_sceneInvestorRing = GraphStyle::shapePath(shape, m_appearance.size + QSizeF(7, 7)).translated(pos());
    }
    return m_sceneInvestorRing;
}

void NodeItem::updateGeometry()
{
    m_drawing = Drawing();
    m_sceneOutline = QPainterPath();
    m_sceneInvestorRing = QPainterPath();
    m_shape = GraphStyle::shapePath(m_style.nodeStyle(m_appearance.type, m_appearance.kind).shape, m_appearance.size);
    QRectF bounds = m_shape.boundingRect();
    if (m_appearance.isInvestor) {
        const double b = GraphStyle::badgeSize;
        bounds |= QRectF(bounds.right() - b, bounds.top() - b / 2 - 1, b + 2, b + 2);
    }
    // Room for the selection outline and the investor's outer border.
    m_boundingRect = bounds.adjusted(-6, -6, 6, 6);
}

void NodeItem::setHighlighted(bool highlighted)
{
    if (m_isHighlighted == highlighted)
        return;
    m_isHighlighted = highlighted;
    repaintInEveryView();
}

QRectF NodeItem::labelRect(const GraphStyle &style, const NodeAppearance &appearance)
{
    const QSizeF text = style.labelSize(appearance.label);
    const double content = GraphStyle::glyphSize + 4.0 + text.width();
    const double left = -content / 2 + GraphStyle::glyphSize + 4.0;
    return QRectF(left, -text.height() / 2, text.width(), text.height());
}

NodeItem::Drawing NodeItem::drawingOf(const GraphStyle &style, const NodeAppearance &appearance)
{
    Drawing drawing;
    drawing.outline = GraphStyle::shapePath(style.nodeStyle(appearance.type, appearance.kind).shape, appearance.size);
    drawing.labelRect = labelRect(style, appearance);
    drawing.lines = style.labelLines(appearance.label);
    return drawing;
}

void NodeItem::paintNode(QPainter *painter, const GraphStyle &style, const NodeAppearance &appearance, double lod,
                         bool isSelected, bool isHighlighted)
{
    paintNode(painter, style, appearance, drawingOf(style, appearance), lod, isSelected, isHighlighted);
}

void NodeItem::paintNode(QPainter *painter, const GraphStyle &style, const NodeAppearance &appearance,
                         const Drawing &drawing, double lod, bool isSelected, bool isHighlighted)
{
    const GraphStyle::NodeStyle nodeStyle = style.nodeStyle(appearance.type, appearance.kind);
    const QPainterPath &outline = drawing.outline;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (isSelected) {
        // A halo: the selection must stand out at any zoom and on any fill.
        painter->setPen(QPen(QColor(0x00, 0x72, 0xB2, 110), 7.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(outline);
    }
    const double borderWidth = isSelected ? 2.6 : (isHighlighted ? 2.4 : 1.4);
    painter->setPen(QPen(isSelected ? QColor(0x00, 0x48, 0x8C) : nodeStyle.border, borderWidth));
    painter->setBrush(nodeStyle.fill);
    painter->drawPath(outline);
    if (appearance.isInvestor) {
        // Investors get a double border and a currency badge.
        QPainterPath outer = GraphStyle::shapePath(nodeStyle.shape, appearance.size + QSizeF(7, 7));
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(style.edgeStyle(RelationType::InvestedIn).color, 1.4));
        painter->drawPath(outer);
    }
    if (lod >= labelLodThreshold) {
        const QRectF &label = drawing.labelRect;
        const QRectF glyph(label.left() - 4.0 - GraphStyle::glyphSize, -GraphStyle::glyphSize / 2,
                           GraphStyle::glyphSize, GraphStyle::glyphSize);
        style.paintGlyph(painter, glyph, appearance.type, nodeStyle.border);
        painter->setPen(nodeStyle.text);
        painter->setFont(style.nodeFont());
        const double lineHeight = style.labelLineHeight();
        const QStringList &lines = drawing.lines;
        for (qsizetype i = 0; i < lines.size(); ++i)
            painter->drawText(QRectF(label.left(), label.top() + i * lineHeight, label.width(), lineHeight),
                              Qt::AlignCenter, lines[i]);
    }
    if (appearance.isInvestor && lod >= labelLodThreshold / 2) {
        const QRectF box = outline.boundingRect();
        style.paintInvestorBadge(painter, QPointF(box.right() - GraphStyle::badgeSize / 2 + 1, box.top()));
    }
    painter->restore();
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (m_drawing.outline.isEmpty())
        m_drawing = drawingOf(m_style, m_appearance);
    paintNode(painter, m_style, m_appearance, m_drawing, lod, isSelected(), m_isHighlighted);
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    if (auto *graph = qobject_cast<GraphScene *>(scene()))
        graph->setHoveredNode(key());
    QGraphicsItem::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    if (auto *graph = qobject_cast<GraphScene *>(scene()))
        graph->setHoveredNode(QString());
    QGraphicsItem::hoverLeaveEvent(event);
}

void NodeItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (auto *graph = qobject_cast<GraphScene *>(scene()))
        Q_EMIT graph->nodeDoubleClicked(key());
    QGraphicsItem::mouseDoubleClickEvent(event);
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        m_appearance.center = pos();
        m_sceneOutline = QPainterPath();
        m_sceneInvestorRing = QPainterPath();
        if (auto *graph = qobject_cast<GraphScene *>(scene()))
            graph->nodeItemMoved(this);
    } else if (change == ItemVisibleHasChanged && value.toBool() != m_wasVisible) {
        // The scene's batch draws this node far out: it must not keep a stale
        // copy (not on the unchanged visibility a scene sends when it polishes a new item).
        m_wasVisible = value.toBool();
        if (auto *graph = qobject_cast<GraphScene *>(scene()))
            graph->invalidateBatch();
    }
    if (change == ItemSelectedHasChanged)
        repaintInEveryView();
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::repaintInEveryView()
{
    // Not update() alone: Qt keeps one "exposed" flag per item for the device
    // caches of all views, so the first view to repaint (often the overview
    // map) cleared it and the main view kept its old pixmap: a node selected
    // by search showed no halo. A fresh cache is drawn anew in every view.
    setCacheMode(NoCache);
    setCacheMode(DeviceCoordinateCache);
}

} // namespace Guanxi
