#pragma once

#include "exporter.h"

namespace Guanxi {

// Writes a directory holding nodes.csv and relationships.csv in the
// neo4j-admin import convention (id:ID, :LABEL / :START_ID, :END_ID, :TYPE),
// RFC 4180 quoted, arrays separated by ';'. Import with
// --multiline-fields=true when evidence sentences contain line breaks.
class CsvExporter : public Exporter
{
public:
    QString format() const override { return QStringLiteral("csv"); }
    QString suffix() const override { return QStringLiteral(""); }
    bool writesDirectory() const override { return true; }
    Result<void> write(const GraphDocument &graph, const LayoutResult *layout,
                       const QString &path) const override;
};

} // namespace Guanxi
