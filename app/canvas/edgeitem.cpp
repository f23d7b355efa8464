#include "edgeitem.h"

#include "graphscene.h"

#include <QHash>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

#include <cmath>
#include <optional>

namespace Guanxi {

namespace {

// One laid-out text per label ("works at"...): a frame at one zoom lays each
// label out once, not once per edge. GUI thread only, as the items.
QStaticText sharedLabelText(const QString &label, const QFont &font)
{
    static QHash<QString, QStaticText> cache;
    auto found = cache.constFind(label);
    if (found != cache.constEnd())
        return *found;
    QStaticText text(label);
    text.setTextFormat(Qt::PlainText);
    text.prepare(QTransform(), font);
    return *cache.insert(label, text);
}

// labelRect() with one measurement per label and font: measuring shapes the
// text, and a graph of 20,000 edges has a dozen labels. GUI thread only, as the items.
// A label of `size` centred where the layout put it.
QRectF labelRectOfSize(const EdgeAppearance &appearance, const QSizeF &size)
{
    return QRectF(appearance.labelPos - QPointF(size.width() / 2, size.height() / 2), size);
}

QRectF sharedLabelRect(const GraphStyle &style, const EdgeAppearance &appearance)
{
    if (appearance.label.isEmpty())
        return {};
    static QHash<std::pair<QString, QString>, QSizeF> cache;
    const std::pair<QString, QString> key(appearance.label, style.edgeFont().key());
    auto found = cache.constFind(key);
    if (found == cache.constEnd())
        found = cache.insert(key, style.edgeLabelSize(appearance.label));
    return labelRectOfSize(appearance, *found);
}

// The painted area in the painter's current (item) coordinates, a little
// wider so cut ends, caps and antialiasing stay off screen.
QRectF paintedRect(const QPainter *painter, double margin)
{
    const QPaintDevice *device = painter->device();
    // Physical pixels: never smaller than the logical area, so nothing shown is left out.
    QRectF area(0, 0, device->width() * device->devicePixelRatio(), device->height() * device->devicePixelRatio());
    if (painter->hasClipping())
        area &= painter->combinedTransform().mapRect(painter->clipBoundingRect());
    bool isInvertible = false;
    const QTransform toItem = painter->combinedTransform().inverted(&isInvertible);
    if (!isInvertible)
        return {};
    return toItem.mapRect(area).adjusted(-margin, -margin, margin, margin);
}

// Whether every control point of `path` lies within a hundredth of a unit of
// the line between its ends: Graphviz writes a straight edge (splines=line, as
// for large graphs) as a cubic, and the raster engine strokes a line several
// times faster than the same line as a curve.
bool isChordOnly(const QPainterPath &path, const QLineF &chord)
{
    const double length = chord.length();
    if (path.elementCount() < 2 || length < 1e-6)
        return false;
    const QPointF along = (chord.p2() - chord.p1()) / length;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPointF offset = QPointF(path.elementAt(i)) - chord.p1();
        const double across = offset.x() * along.y() - offset.y() * along.x();
        const double at = QPointF::dotProduct(offset, along);
        if (std::abs(across) > 0.01 || at < -0.01 || at > length + 0.01)
            return false;
    }
    return true;
}

// The part of `line` inside `rect` (Liang–Barsky), and how far along the line
// it starts; nothing when the line misses the rectangle.
std::optional<QLineF> clipped(const QLineF &line, const QRectF &rect, double *startDistance)
{
    const QPointF d = line.p2() - line.p1();
    double t0 = 0.0;
    double t1 = 1.0;
    const double p[4] = {-d.x(), d.x(), -d.y(), d.y()};
    const double q[4] = {line.p1().x() - rect.left(), rect.right() - line.p1().x(), line.p1().y() - rect.top(),
                         rect.bottom() - line.p1().y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0)
                return std::nullopt;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0.0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
    }
    if (t0 > t1)
        return std::nullopt;
    *startDistance = t0 * line.length();
    return QLineF(line.pointAt(t0), line.pointAt(t1));
}

} // namespace

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
    if (auto *graph = qobject_cast<GraphScene *>(scene()))
        graph->invalidateBatch();
}

QVariant EdgeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    // The scene's batch draws this edge far out: it must not keep a stale
    // copy. The scene also sends the change, unchanged, when it polishes a
    // new item: that must not drop the batch (nor an image being drawn of it).
    if (change == ItemVisibleHasChanged && value.toBool() != m_wasVisible) {
        m_wasVisible = value.toBool();
        if (auto *graph = qobject_cast<GraphScene *>(scene()))
            graph->invalidateBatch();
    }
    return QGraphicsItem::itemChange(change, value);
}

void EdgeItem::updateGeometry()
{
    const QPainterPath &path = m_appearance.path;
    m_chord = path.isEmpty() ? QLineF() : QLineF(path.pointAtPercent(0), path.pointAtPercent(1));
    m_pathBounds = path.controlPointRect();
    m_isStraight = isChordOnly(path, m_chord);
    m_pen = m_style.edgePen(m_appearance.type);
    m_slicer = PathSlicer();
    m_labelText = m_appearance.label.isEmpty() ? QStaticText()
                                               : sharedLabelText(m_appearance.label, m_style.edgeFont());
    // The shape's bounds without stroking the path: a scene of 20,000 edges
    // strokes only the few the mouse comes near (shape() builds it then).
    m_shape = QPainterPath();
    QRectF bounds = path.boundingRect().adjusted(-shapeHalfWidth, -shapeHalfWidth, shapeHalfWidth, shapeHalfWidth);
    bounds |= m_appearance.arrowAtEnd.boundingRect();
    bounds |= m_appearance.arrowAtStart.boundingRect();
    m_labelRect = sharedLabelRect(m_style, m_appearance);
    bounds |= m_labelRect;
    m_boundingRect = bounds.adjusted(-3, -3, 3, 3);
}

QPainterPath EdgeItem::shape() const
{
    if (m_shape.isEmpty() && !m_appearance.path.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(2 * shapeHalfWidth);  // easy to hit with the mouse, still exact
        m_shape = stroker.createStroke(m_appearance.path);
        m_shape.addPolygon(m_appearance.arrowAtEnd);
        m_shape.addPolygon(m_appearance.arrowAtStart);
        m_shape.addRect(m_labelRect);
    }
    return m_shape;
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
    return labelRectOfSize(appearance, style.edgeLabelSize(appearance.label));
}

QPen EdgeItem::pen(const GraphStyle &style, const EdgeAppearance &appearance, bool isSelected, bool isHighlighted)
{
    QPen pen = style.edgePen(appearance.type);
    if (isSelected || isHighlighted)
        pen.setWidthF(pen.widthF() + (isSelected ? 2.0 : 1.2));
    return pen;
}

void EdgeItem::paintEnds(QPainter *painter, const GraphStyle &style, const EdgeAppearance &appearance,
                         const QPen &pen, double lod, const QRectF &rect, const QStaticText *label,
                         const QRectF &painted)
{
    // What lies outside the painted area is skipped here: the raster engine
    // would clip it, but only after building and transforming its outline.
    painter->setPen(QPen(pen.color(), 1.0));
    painter->setBrush(pen.color());
    if (!appearance.arrowAtEnd.isEmpty() && painted.intersects(appearance.arrowAtEnd.boundingRect()))
        painter->drawPolygon(appearance.arrowAtEnd);
    if (!appearance.arrowAtStart.isEmpty() && painted.intersects(appearance.arrowAtStart.boundingRect()))
        painter->drawPolygon(appearance.arrowAtStart);
    if (appearance.label.isEmpty() || lod < labelLodThreshold || !painted.intersects(rect))
        return;
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 215));
    painter->drawRoundedRect(rect, 3, 3);
    painter->setPen(pen.color().darker(135));
    painter->setFont(style.edgeFont());
    if (label) {
        const QSizeF size = label->size();
        painter->drawStaticText(rect.center() - QPointF(size.width() / 2, size.height() / 2), *label);
    } else {
        painter->drawText(rect, Qt::AlignCenter, appearance.label);
    }
}

void EdgeItem::paintEndsInScene(QPainter *painter, double lod, const QRectF &painted) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    paintEnds(painter, m_style, m_appearance, m_pen, lod, m_labelRect,
              m_labelText.text().isEmpty() ? nullptr : &m_labelText, painted);
    painter->restore();
}

void EdgeItem::paintEdge(QPainter *painter, const GraphStyle &style, const EdgeAppearance &appearance, double lod,
                         bool isSelected, bool isHighlighted)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen = EdgeItem::pen(style, appearance, isSelected, isHighlighted);
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
    // Everything: an exporter's device (SVG, PDF) may not know its own size.
    const QRectF everywhere(-1e12, -1e12, 2e12, 2e12);
    paintEnds(painter, style, appearance, pen, lod, labelRect(style, appearance), nullptr, everywhere);
    painter->restore();
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // paintEdge()'s drawing, with what it computes per call kept in the item.
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool isEmphasised = isSelected() || m_isHighlighted;
    QPen pen = isEmphasised ? EdgeItem::pen(m_style, m_appearance, isSelected(), m_isHighlighted) : m_pen;
    if (lod < detailLodThreshold) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        pen.setStyle(Qt::SolidLine);
        painter->setPen(pen);
        painter->drawLine(m_chord);
        painter->restore();
        return;
    }
    // In a view that batches the context the batch draws a straight edge
    // whole: its line (strokeInView), arrows and label (paintEndsInScene).
    if (!isEmphasised && m_isStraight) {
        auto *graph = qobject_cast<GraphScene *>(scene());
        if (graph && graph->isContextBatched())
            return;
    }
    const QRectF painted = paintedRect(painter, pen.widthF() + 2.0);
    // An edge that only passes through (both ends off screen: in a dense graph
    // most of those in view), or one drawn thinner than hairlineWidth pixels,
    // is stroked as a smooth hairline, which costs a fraction of a wide stroke.
    const bool passesThrough = !painted.contains(m_chord.p1()) && !painted.contains(m_chord.p2());
    const QPen linePen = !isEmphasised && (passesThrough || pen.widthF() * lod < hairlineWidth)
        ? hairline(pen, lod) : pen;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    if (m_isStraight) {
        strokeStraightPart(painter, m_chord, linePen, 0.0, m_chord.length(), painted);
    } else {
        const bool isLong = std::max(m_pathBounds.width(), m_pathBounds.height()) > PathSlicer::defaultPieceLength;
        if (!isLong && painted.contains(m_pathBounds)) {
            painter->setPen(linePen);
            painter->drawPath(m_appearance.path);
        } else {
            if (m_slicer.isEmpty())
                m_slicer = PathSlicer(m_appearance.path);
            m_slicer.stroke(painter, linePen, painted);
        }
    }
    paintEnds(painter, m_style, m_appearance, pen, lod, m_labelRect, m_labelText.text().isEmpty() ? nullptr : &m_labelText,
              painted);
    painter->restore();
}

void EdgeItem::strokeStraightPart(QPainter *painter, const QLineF &chord, const QPen &pen, double from, double to,
                                  const QRectF &painted)
{
    // Only the part in view, its dashes shifted to where that part starts.
    const double length = chord.length();
    if (length <= 0.0)
        return;
    const QLineF part(chord.pointAt(from / length), chord.pointAt(to / length));
    double start = 0.0;
    if (const auto visible = clipped(part, painted, &start)) {
        start += from;
        QPen shifted = pen;
        if (pen.style() != Qt::SolidLine && start > 0.0)
            shifted.setDashOffset(pen.dashOffset() + start / pen.widthF());
        painter->setPen(shifted);
        painter->drawLine(*visible);
    }
}

void EdgeItem::strokeInView(QPainter *painter, const QLineF &chord, const QPen &pen, double scale, ContextRole role,
                            const QRectF &shown, const QRectF &painted)
{
    const bool isThin = pen.widthF() * scale < hairlineWidth;
    const double length = chord.length();
    if (role == ContextRole::BeyondStubs) {
        // The middle is context (a hairline): full width only near the ends in view.
        const double stub = std::min(length / 2, stubFraction * std::hypot(shown.width(), shown.height()));
        const QPen stubPen = isThin ? hairline(pen, scale) : pen;
        if (shown.contains(chord.p1()))
            strokeStraightPart(painter, chord, stubPen, 0.0, stub, painted);
        if (shown.contains(chord.p2()))
            strokeStraightPart(painter, chord, stubPen, length - stub, length, painted);
        return;
    }
    // An end is in view (role None): full width unless thinner than a hairline.
    strokeStraightPart(painter, chord, isThin ? hairline(pen, scale) : pen, 0.0, length, painted);
}

QRectF EdgeItem::shownArea(const QPainter *painter)
{
    const QPaintDevice *device = painter->device();
    bool isInvertible = false;
    const QTransform toItem = painter->combinedTransform().inverted(&isInvertible);
    if (!isInvertible)
        return {};
    return toItem.mapRect(QRectF(0, 0, device->width(), device->height()));
}

EdgeItem::ContextRole EdgeItem::contextRole(const QLineF &chord, const QRectF &shown)
{
    const bool p1Shown = shown.contains(chord.p1());
    const bool p2Shown = shown.contains(chord.p2());
    if (!p1Shown && !p2Shown)
        return ContextRole::Whole;
    if (chord.length() > longEdgeFactor * std::hypot(shown.width(), shown.height()))
        return ContextRole::BeyondStubs;
    return ContextRole::None;
}

QPen EdgeItem::hairline(const QPen &pen, double scale)
{
    // Just under a pixel on screen: the raster engine's fast antialiased
    // stroker (for pens up to one device pixel) instead of outline filling.
    const double width = 0.99 / scale;
    QPen thin = pen;
    if (pen.style() != Qt::SolidLine && pen.style() != Qt::NoPen && pen.widthF() > 0.0) {
        // Dash lengths are in pen widths: keep them as long in the scene.
        const double ratio = pen.widthF() / width;
        QList<qreal> pattern = pen.dashPattern();
        for (qreal &length : pattern)
            length *= ratio;
        thin.setDashPattern(pattern);
        thin.setDashOffset(pen.dashOffset() * ratio);
    }
    thin.setWidthF(width);
    return thin;
}

} // namespace Guanxi
