#pragma once

#include "exporter.h"

namespace Guanxi {

// Writes Graphviz DOT with label, shape and color attributes, so the dot
// program can lay the graph out again; positions become pos="x,y" in points.
class DotExporter : public Exporter
{
public:
    QString format() const override { return QStringLiteral("dot"); }
    QString suffix() const override { return QStringLiteral("gv"); }
    Result<void> write(const GraphDocument &graph, const LayoutResult *layout,
                       const QString &path) const override;
};

} // namespace Guanxi
