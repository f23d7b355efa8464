#pragma once

#include "common/error.h"
#include "model/graphdocument.h"

#include <QHash>
#include <QList>
#include <QString>

#include <initializer_list>
#include <optional>
#include <utility>

// Reads stored rows back into model values: entities with their aliases and
// mention evidence, relations with theirs, documents. Entity keys are "e<id>".

namespace Guanxi::Internal {

class SqliteDatabase;
class SqliteStatement;

// Column lists that the *FromRow functions expect, in order.
QString entityColumns();
QString relationColumns();
QString documentColumns();

QString entityKey(qint64 id);
Entity entityFromRow(const SqliteStatement &row);
Relation relationFromRow(const SqliteStatement &row);
DocumentInfo documentFromRow(const SqliteStatement &row);

// Evidence rows of one relation or entity (`column` is "relation_id" or
// "entity_id"), with the document's name, in the order they were stored.
Result<QList<Evidence>> loadEvidence(SqliteDatabase &db, const char *column, qint64 id);
// An entity with aliases and evidence; nullopt when there is none with this id.
Result<std::optional<Entity>> loadEntity(SqliteDatabase &db, qint64 id);
// Like loadEntity, but a missing entity is an Error{Validation}.
Result<Entity> requireEntity(SqliteDatabase &db, qint64 id);
// Runs `sql` (selecting relationColumns()) with `parameter` bound to ?1 unless 0.
Result<QList<Relation>> loadRelations(SqliteDatabase &db, const QString &sql, qint64 parameter, bool withEvidence);
// Type and confidence of every entity, for filtering without loading them.
Result<QHash<qint64, std::pair<EntityType, double>>> entityTypes(SqliteDatabase &db);
Result<void> addEntityTypes(SqliteDatabase &db, std::initializer_list<qint64> ids,
                            QHash<qint64, std::pair<EntityType, double>> &known);

} // namespace Guanxi::Internal
