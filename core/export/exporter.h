#pragma once

#include "common/error.h"
#include "layout/layoutresult.h"
#include "model/graphdocument.h"

#include <QByteArray>
#include <QHash>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <memory>

namespace Guanxi {

// Writes a graph (and, when given, the positions of a layout) in one data
// format. Every write is atomic (QSaveFile): the target path holds either the
// old content or the complete new one, never half a file.
class Exporter
{
public:
    virtual ~Exporter() = default;

    // The format's name as the CLI spells it: "json", "graphml", ...
    virtual QString format() const = 0;
    // The usual file suffix, without the dot ("" for directory formats).
    virtual QString suffix() const = 0;
    // Whether the output path is a directory of files (csv) rather than a file.
    virtual bool writesDirectory() const { return false; }
    // Writes `graph` to `path`; `layout` (may be null) adds node positions.
    virtual Result<void> write(const GraphDocument &graph, const LayoutResult *layout,
                               const QString &path) const = 0;

    // The exporter for a format name, or null when there is none.
    static std::unique_ptr<Exporter> create(const QString &format);
    static QStringList formats();

protected:
    // Writes `bytes` to `path` through QSaveFile; an Export error names the path.
    static Result<void> saveFile(const QString &path, const QByteArray &bytes);
    // Node centres by entity key, in scene coordinates (points, y down).
    static QHash<QString, QPointF> positions(const LayoutResult *layout);
    // A Neo4j label for an entity type, CamelCase by convention: Person, Organization.
    static QString neo4jLabel(EntityType type);
    // A number with enough digits to read back the same double.
    static QString number(double value);
    // Drops characters XML 1.0 cannot carry (most C0 controls, lone surrogates).
    static QString xmlSafe(const QString &text);
};

} // namespace Guanxi
