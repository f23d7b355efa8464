#pragma once

#include "graphstyle.h"

#include <QList>
#include <QRectF>

class QPainter;

namespace Guanxi {

// One line of the legend: a node shape, an edge stroke or the investor mark.
struct LegendEntry
{
    enum class Kind { Node, Edge, Investor };
    Kind kind = Kind::Node;
    EntityType entityType = EntityType::Person;
    OrgKind orgKind = OrgKind::None;
    RelationType relationType = RelationType::WorksAt;
    QString label;
    QRectF rect;       // where it goes, once laid out
};

// Lays out and paints the legend for the types a graph actually uses (all
// types when built without a graph), flowing entries into rows of a width.
class LegendPainter
{
    Q_DECLARE_TR_FUNCTIONS(LegendPainter)

public:
    LegendPainter(const GraphStyle &style, const GraphDocument &graph);
    explicit LegendPainter(const GraphStyle &style);

    bool isEmpty() const { return m_entries.isEmpty(); }
    // Entries placed in rows no wider than `width`, starting at `topLeft`.
    QList<LegendEntry> layout(const QPointF &topLeft, double width) const;
    QSizeF size(double width) const;
    void paint(QPainter *painter, const QPointF &topLeft, double width) const;

    static QString title() { return tr("Legend"); }
    static constexpr double swatchWidth = 30.0;
    static constexpr double swatchHeight = 16.0;
    static constexpr double rowHeight = 22.0;

    // The swatch area of an entry's rect.
    static QRectF swatchRect(const LegendEntry &entry);
    static QRectF textRect(const LegendEntry &entry);

private:
    void addAll(bool hasInvestors);

    const GraphStyle &m_style;
    QList<LegendEntry> m_entries;
};

} // namespace Guanxi
