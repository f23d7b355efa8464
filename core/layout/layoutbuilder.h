#pragma once

#include "layoutrequest.h"
#include "model/graphdocument.h"

#include <QSizeF>

#include <functional>

namespace Guanxi {

// How much room drawings need, in points: the canvas passes sizes measured
// with its real fonts (QFontMetricsF plus its padding); the core has an
// approximate default for the CLI and tests.
struct LabelMetrics
{
    // The whole node box for an entity (label plus padding).
    std::function<QSizeF(const Entity &)> nodeSize;
    // The text shown on a relation's edge; empty = no edge label.
    std::function<QString(const Relation &)> edgeLabel;
    // The box of an edge label's text.
    std::function<QSizeF(const QString &)> edgeLabelSize;

    // CJK characters about 1 em wide, others about 0.6 em; 10 pt node labels
    // with padding, 8 pt edge labels showing the relation type.
    static LabelMetrics approximate();
    // The approximate width of `text` in points at `pointSize`.
    static double approximateTextWidth(const QString &text, double pointSize);
};

// Builds LayoutRequests from graph documents.
class LayoutBuilder
{
public:
    // One node per entity (id = entity key) and one edge per relation (id =
    // edgeId()). Relations whose ends are not in the document are left out.
    static LayoutRequest fromGraph(const GraphDocument &graph, const LabelMetrics &metrics,
                                   const QString &engine = {});
    // The layout id of a relation: "r<id>" once stored, else "r#<index>".
    static QString edgeId(const Relation &relation, qsizetype index);
};

} // namespace Guanxi
