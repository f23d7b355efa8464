#pragma once

#include "graphstyle.h"
#include "layout/layoutresult.h"

#include <QGraphicsItem>
#include <QPolygonF>

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
// the layout's label position; a straight line without arrow when zoomed far out.
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    EdgeItem(const EdgeAppearance &appearance, const GraphStyle &style);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_boundingRect; }
    QPainterPath shape() const override { return m_shape; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const QString &id() const { return m_appearance.id; }
    const EdgeAppearance &appearance() const { return m_appearance; }
    void setAppearance(const EdgeAppearance &appearance);

    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_isHighlighted; }

    static constexpr double detailLodThreshold = 0.35;
    static QRectF labelRect(const GraphStyle &style, const EdgeAppearance &appearance);
    static void paintEdge(QPainter *painter, const GraphStyle &style, const EdgeAppearance &appearance, double lod,
                          bool isSelected, bool isHighlighted);

private:
    void updateGeometry();

    const GraphStyle &m_style;
    EdgeAppearance m_appearance;
    QRectF m_boundingRect;
    QPainterPath m_shape;
    bool m_isHighlighted = false;
};

} // namespace Guanxi
