#pragma once

#include "exporter.h"

namespace Guanxi {

// Writes a Cypher script of MERGE statements: re-running it on the same
// database changes nothing. Entities merge on their id, relations on their
// type, ends, time and role.
class CypherExporter : public Exporter
{
public:
    QString format() const override { return QStringLiteral("cypher"); }
    QString suffix() const override { return QStringLiteral("cypher"); }
    Result<void> write(const GraphDocument &graph, const LayoutResult *layout,
                       const QString &path) const override;
};

} // namespace Guanxi
