#pragma once

#include "graphstyle.h"
#include "layout/layoutresult.h"
#include "pathslicer.h"

#include <QGraphicsItem>
#include <QPen>
#include <QPolygonF>
#include <QStaticText>

#include <optional>

namespace Guanxi {

// What an edge looks like: its Bézier path in scene coordinates, arrowheads
// and label, independent of any scene (the exporter paints the same).
struct EdgeAppearance
{
    QString id;              // LayoutBuilder::edgeId of the relation
    QString source;          // entity keys
    QString target;
    RelationType type = RelationType::WorksAt;
    QPainterPath path;
    QPolygonF arrowAtEnd;    // empty = none
    QPolygonF arrowAtStart;
    QString label;
    QPointF labelPos;

    static EdgeAppearance fromGeometry(const Relation &relation, const QString &id, const EdgeGeometry &geometry);
    // The Bézier path of a Graphviz spline (3n+1 points; other counts become a polyline).
    static QPainterPath splinePath(const QList<QPointF> &points);
    // A filled arrowhead ending at `tip`, pointing away from `from`.
    static QPolygonF arrowHead(const QPointF &from, const QPointF &tip);
};

// A relation on the canvas: a Bézier curve with an arrowhead and its label at
// the layout's label position; a straight line without arrow when zoomed far
// out. Strokes only the part of a long curve near the painted area, and an
// edge that only passes through the view (or is thinner than a pixel and a
// third there) as a smooth hairline. In a view that batches the context
// (GraphScene::isContextBatched) a straight edge that is neither selected
// nor highlighted leaves its drawing to the batch, which keeps it in an
// image while the view stays (strokeInView, paintEndsInScene).
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    EdgeItem(const EdgeAppearance &appearance, const GraphStyle &style);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_boundingRect; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const QString &id() const { return m_appearance.id; }
    const EdgeAppearance &appearance() const { return m_appearance; }
    // The line between the path's ends: what is drawn far out.
    const QLineF &chord() const { return m_chord; }
    // Whether the path is its chord (splines=line): only those are batched at detail zoom.
    bool isStraight() const { return m_isStraight; }
    // Where the label is drawn (labelRect, kept from setAppearance); empty without a label.
    const QRectF &labelArea() const { return m_labelRect; }
    void setAppearance(const EdgeAppearance &appearance);

    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_isHighlighted; }

    // The arrowheads and (from labelLodThreshold) the label within `painted`
    // with the painter's transform as the scene's, neither selected nor
    // highlighted: what a view that batches the context draws for the item.
    void paintEndsInScene(QPainter *painter, double lod, const QRectF &painted) const;

    static constexpr double detailLodThreshold = 0.35;
    static QRectF labelRect(const GraphStyle &style, const EdgeAppearance &appearance);
    static void paintEdge(QPainter *painter, const GraphStyle &style, const EdgeAppearance &appearance, double lod,
                          bool isSelected, bool isHighlighted);
    // The pen of an edge, wider when selected or highlighted.
    static QPen pen(const GraphStyle &style, const EdgeAppearance &appearance, bool isSelected, bool isHighlighted);
    // `pen` as a line just under one device pixel wide at `scale`, its dashes
    // as long in the scene as before: what a view draws a context edge with.
    static QPen hairline(const QPen &pen, double scale);
    // Edges thinner than this on screen (in pixels) are drawn as hairlines.
    static constexpr double hairlineWidth = 1.35;

    // What the batch draws of a straight edge at detail zoom, given `shown`,
    // the view's whole area (not the exposed part) in scene coordinates:
    // Whole when no end is in view, BeyondStubs when an end is in view but
    // the edge is over longEdgeFactor times the view's diagonal long (its
    // item strokes a stub of stubFraction diagonals at each end in view).
    enum class ContextRole { None, Whole, BeyondStubs };
    static ContextRole contextRole(const QLineF &chord, const QRectF &shown);
    // The paint device's whole area in the painter's current coordinates.
    static QRectF shownArea(const QPainter *painter);
    // The line of a straight edge with an end in view (`role` None or
    // BeyondStubs) as its item drew it before the batch took it over: the
    // whole line, as a hairline when it is thinner than hairlineWidth pixels
    // at `scale`, else with `pen`; or only the stubs at the ends in `shown`.
    // Clipped to `painted`, dashes in place.
    static void strokeInView(QPainter *painter, const QLineF &chord, const QPen &pen, double scale, ContextRole role,
                             const QRectF &shown, const QRectF &painted);
    static constexpr double longEdgeFactor = 1.0;
    static constexpr double stubFraction = 0.15;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void updateGeometry();
    // Arrowheads, and the label when `lod` is at least labelLodThreshold.
    static void paintEnds(QPainter *painter, const GraphStyle &style, const EdgeAppearance &appearance,
                          const QPen &pen, double lod, const QRectF &labelRect, const QStaticText *label,
                          const QRectF &painted);
    // The part of `chord` from `from` to `to` (distances along it) within `painted`.
    static void strokeStraightPart(QPainter *painter, const QLineF &chord, const QPen &pen, double from, double to,
                                   const QRectF &painted);

    static constexpr double labelLodThreshold = 0.5;

    const GraphStyle &m_style;
    EdgeAppearance m_appearance;
    QRectF m_boundingRect;
    static constexpr double shapeHalfWidth = 4.0;

    mutable QPainterPath m_shape;  // built by the first shape() call
    QLineF m_chord;            // the path's ends: what is drawn far out
    QRectF m_pathBounds;       // of the path's control points
    bool m_isStraight = false; // the path is its chord: drawn as one clipped line
    QPen m_pen;                // the relation type's pen, not selected or highlighted
    PathSlicer m_slicer;       // built at the first paint that shows only part of the path
    QRectF m_labelRect;
    QStaticText m_labelText;   // shared by every edge with the same label
    bool m_isHighlighted = false;
    // The visibility the last ItemVisibleHasChanged reported (items start visible).
    bool m_wasVisible = true;
};

} // namespace Guanxi
