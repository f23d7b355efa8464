#pragma once

#include "exporter.h"

namespace Guanxi {

// Writes GraphML with a <key> declaration for every attribute, for yEd,
// Gephi and Cytoscape. Positions become the x and y node attributes.
class GraphmlExporter : public Exporter
{
public:
    QString format() const override { return QStringLiteral("graphml"); }
    QString suffix() const override { return QStringLiteral("graphml"); }
    Result<void> write(const GraphDocument &graph, const LayoutResult *layout,
                       const QString &path) const override;
};

} // namespace Guanxi
