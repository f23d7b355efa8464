#pragma once

#include "common/error.h"
#include "model/types.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Guanxi::Internal {

class SqliteDatabase;

// The row-level steps that user edits are made of, shared by Curation (which
// logs them) and EditReplay (which re-applies logged edits after an ingest).
// Each runs inside the caller's open transaction and writes no log.
class GraphSurgery
{
public:
    // Moves everything of `absorbed` onto `survivor`: aliases, mention evidence,
    // relations (a relation that becomes a duplicate collapses into the stored
    // one, keeping every evidence row; one that would join the survivor to
    // itself is dropped), and what the survivor lacks (kind, court, status,
    // time). Then deletes `absorbed`.
    static Result<void> mergeEntities(SqliteDatabase &db, qint64 survivor, qint64 absorbed);
    // Moves the evidence of relation `from` onto `into`, fills what `into`
    // lacks from `from`, and deletes `from`.
    static Result<void> foldRelation(SqliteDatabase &db, qint64 from, qint64 into);

    // The distinct name keys of an entity's names.
    static Result<QStringList> entityKeys(SqliteDatabase &db, qint64 entity);
    // Entities having a name with any of these keys, most connected first;
    // restricted to `types` unless it is empty.
    static Result<QList<qint64>> entitiesWithKeys(SqliteDatabase &db, const QStringList &keys,
                                                  const QSet<EntityType> &types = {});
    static Result<bool> entityExists(SqliteDatabase &db, qint64 entity);
    // The relation with this identity, or 0.
    static Result<qint64> findRelation(SqliteDatabase &db, const QString &type, qint64 source, qint64 target,
                                       const QString &time);

    // A stable description of an entity: {"id", "name", "type", "keys"}, which
    // EditReplay resolves again after the row ids of a later ingest.
    static Result<QJsonObject> entityRef(SqliteDatabase &db, qint64 entity);
    // The entity a reference names today: the same row when it still carries
    // one of the names, else the best entity with one of its keys (same type
    // first), else 0.
    static Result<qint64> resolve(SqliteDatabase &db, const QJsonObject &ref);
    // Every entity a reference may name today (the row itself and any entity
    // sharing a key, of the same type).
    static Result<QSet<qint64>> resolveAll(SqliteDatabase &db, const QJsonObject &ref);
};

} // namespace Guanxi::Internal
