#pragma once

#include "common/error.h"

namespace Guanxi::Internal {

class SqliteDatabase;

// Re-applies the user's logged edits (those not undone) after an ingest, so
// an article read again, or a new one naming the same entities, does not bring
// back what the user corrected: a merged pair stays merged, a deleted entity
// or relation stays deleted, a split alias stays apart, a rename, a type and
// edited relation attributes stay as the user set them. Edits are matched by
// name keys (GraphSurgery::resolve), not row ids. Runs in the caller's
// transaction, writes no log, and changes nothing when the graph already
// agrees with every edit.
class EditReplay
{
public:
    static Result<void> apply(SqliteDatabase &db);
};

} // namespace Guanxi::Internal
