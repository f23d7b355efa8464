#pragma once

#include "common/error.h"

#include <QString>

namespace Guanxi::Internal {

class SqliteDatabase;

// The store's schema as an ordered list of migrations, one per version of
// PRAGMA user_version; each runs in its own transaction.
class SchemaMigrations
{
public:
    static int latestVersion();
    // The DDL that takes the schema from `version - 1` to `version`.
    static QString ddl(int version);
    // Applies every migration after the database's current version.
    static Result<void> migrate(SqliteDatabase &db);
};

} // namespace Guanxi::Internal
