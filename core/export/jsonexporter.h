#pragma once

#include "exporter.h"

namespace Guanxi {

// Writes SCHEMA.md's JSON document (GraphJson), adding "x" and "y" (points,
// y down) to each entity when a layout is given.
class JsonExporter : public Exporter
{
public:
    QString format() const override { return QStringLiteral("json"); }
    QString suffix() const override { return QStringLiteral("json"); }
    Result<void> write(const GraphDocument &graph, const LayoutResult *layout,
                       const QString &path) const override;
};

} // namespace Guanxi
