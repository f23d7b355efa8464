#pragma once

#include "graphstyle.h"

#include <QGraphicsItem>

namespace Guanxi {

// What a node looks like, independent of any scene: the image exporter paints
// the same appearance without a QGraphicsScene.
struct NodeAppearance
{
    QString key;           // entity key in the displayed GraphDocument
    QString label;
    EntityType type = EntityType::Person;
    OrgKind kind = OrgKind::None;
    bool isInvestor = false;   // has an invested_in edge out
    QSizeF size;
    QPointF center;        // scene position of the node's centre

    static NodeAppearance fromEntity(const Entity &entity, bool isInvestor, const GraphStyle &style);
};

// A graph node on the canvas: the entity's shape, glyph and wrapped label.
// Holds the entity key, never a pointer into the model.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    NodeItem(const NodeAppearance &appearance, const GraphStyle &style);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_boundingRect; }
    QPainterPath shape() const override { return m_shape; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const QString &key() const { return m_appearance.key; }
    const NodeAppearance &appearance() const { return m_appearance; }
    // Changes what is drawn; the geometry follows the new label.
    void setAppearance(const NodeAppearance &appearance);

    // The shape and, for an investor, its outer ring in scene coordinates:
    // what the far-out batch fills (GraphBatch::rebuild, at every filter
    // change or drag). Made at the first call after the node moved or changed.
    const QPainterPath &sceneOutline() const;
    const QPainterPath &sceneInvestorRing() const;

    // The label's text box in item coordinates.
    QRectF labelRect() const { return labelRect(m_style, m_appearance); }

    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_isHighlighted; }

    // Shared with the exporter. `lod` below labelLodThreshold hides the label.
    static constexpr double labelLodThreshold = 0.45;
    static QRectF labelRect(const GraphStyle &style, const NodeAppearance &appearance);
    static void paintNode(QPainter *painter, const GraphStyle &style, const NodeAppearance &appearance,
                          double lod, bool isSelected, bool isHighlighted);

private:
    // What paintNode() derives from an appearance: computed once per item, not per paint.
    struct Drawing
    {
        QPainterPath outline;
        QRectF labelRect;
        QStringList lines;
    };
    static Drawing drawingOf(const GraphStyle &style, const NodeAppearance &appearance);
    static void paintNode(QPainter *painter, const GraphStyle &style, const NodeAppearance &appearance,
                          const Drawing &drawing, double lod, bool isSelected, bool isHighlighted);

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void updateGeometry();
    void repaintInEveryView();

    const GraphStyle &m_style;
    NodeAppearance m_appearance;
    QRectF m_boundingRect;
    QPainterPath m_shape;
    Drawing m_drawing;  // filled by the first paint: building a scene lays out no label
    bool m_isHighlighted = false;
    // The visibility the last ItemVisibleHasChanged reported (items start visible).
    bool m_wasVisible = true;
    mutable QPainterPath m_sceneOutline;
    mutable QPainterPath m_sceneInvestorRing;
};

} // namespace Guanxi
