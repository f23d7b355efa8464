#pragma once

#include "layout/layoutbuilder.h"
#include "model/graphdocument.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPainterPath>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVector>

class QPainter;

namespace Guanxi {

// The one style sheet of every drawing: colours (Okabe–Ito, colour-blind
// safe), node shapes, glyphs, edge pens and labels, fonts and the label
// metrics handed to the layout, so viewer and exported images agree.
class GraphStyle
{
    Q_DECLARE_TR_FUNCTIONS(GraphStyle)

public:
    enum class Shape { Ellipse, Rectangle, Hexagon, RoundedRectangle };

    struct NodeStyle
    {
        QColor fill;
        QColor border;
        QColor text;
        Shape shape = Shape::Rectangle;
    };

    struct EdgeStyle
    {
        QColor color;
        Qt::PenStyle penStyle = Qt::SolidLine;
        QVector<qreal> dashes;  // custom dash pattern in pen widths; empty = penStyle
        double width = 1.4;
    };

    GraphStyle();

    static const GraphStyle &standard();

    NodeStyle nodeStyle(EntityType type, OrgKind kind = OrgKind::None) const;
    EdgeStyle edgeStyle(RelationType type) const;
    QPen edgePen(RelationType type) const;

    // "founded" / "创立": the translated label of a relation type.
    static QString relationLabel(RelationType type);
    static QString entityTypeLabel(EntityType type);
    static QString orgKindLabel(OrgKind kind);
    static QString lawsuitStatusLabel(LawsuitStatus status);

    // Families chosen so Chinese never falls back to boxes.
    static QStringList fontFamilies();
    QFont nodeFont() const { return m_nodeFont; }
    QFont edgeFont() const { return m_edgeFont; }
    QFont titleFont() const { return m_titleFont; }

    // The label of a node laid out for drawing: wrapped to at most this width.
    static constexpr double maxLabelWidth = 150.0;
    static constexpr double paddingX = 10.0;
    static constexpr double paddingY = 7.0;
    static constexpr double glyphSize = 14.0;
    static constexpr double badgeSize = 15.0;

    // The label wrapped into lines no wider than maxLabelWidth, broken
    // between words (Chinese ones found with ICU's dictionary, Latin ones at
    // spaces), and the size of that text box.
    QStringList labelLines(const QString &label) const;
    QSizeF labelSize(const QString &label) const;
    double labelLineHeight() const;
    QSizeF nodeSize(const Entity &entity) const;
    QSizeF edgeLabelSize(const QString &text) const;

    // The node outline, centred on the origin.
    static QPainterPath shapePath(Shape shape, const QSizeF &size);
    // A small vector icon of the entity type inside `rect`.
    void paintGlyph(QPainter *painter, const QRectF &rect, EntityType type, const QColor &color) const;
    // The investor badge ("¥$" in a disc) centred on `center`.
    void paintInvestorBadge(QPainter *painter, const QPointF &center) const;

    // Label metrics for LayoutBuilder measured with the real fonts.
    LabelMetrics labelMetrics() const;

    QColor backgroundColor() const { return QColor(0xfa, 0xfa, 0xf7); }
    static constexpr double dimmedOpacity = 0.18;

private:
    QFont m_nodeFont;
    QFont m_edgeFont;
    QFont m_titleFont;
};

} // namespace Guanxi
