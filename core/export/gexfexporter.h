#pragma once

#include "exporter.h"

namespace Guanxi {

// Writes GEXF 1.3 for Gephi: viz:position and viz:color by type, and edge
// start dates from relation times so Gephi's timeline can replay the graph.
class GexfExporter : public Exporter
{
public:
    QString format() const override { return QStringLiteral("gexf"); }
    QString suffix() const override { return QStringLiteral("gexf"); }
    Result<void> write(const GraphDocument &graph, const LayoutResult *layout,
                       const QString &path) const override;
};

} // namespace Guanxi
