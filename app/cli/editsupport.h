#pragma once

#include "store/curation.h"
#include "store/graphstore.h"

#include <QString>

#include <optional>

namespace Guanxi::Cli {

// What the editing commands (merge, rename, delete, relate) share: finding
// entities by name or id with a clear message, and reporting an edit.
class EditSupport
{
public:
    // The entity `text` names (any name or alias, or an id like "e12"); prints
    // the reason (unknown, or ambiguous with the candidates) when there is none.
    static std::optional<EntityId> entity(const Curation &curation, const QString &text);
    // Prints what an edit did ("merged “X” into “Y” (edit 3)") and returns the
    // exit code; an error is printed against the database path.
    static int report(const GraphStore &store, const Result<EditRecord> &edit);
};

} // namespace Guanxi::Cli
