#pragma once

#include "common/error.h"
#include "model/relation.h"
#include "store/editrecord.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace Guanxi {

class GraphStore;

// The attributes a user sets on a relation by hand.
struct RelationAttributes
{
    RelationType type = RelationType::WorksAt;
    TimePoint time;
    QString role;
    QString amount;           // as written; a changed amount drops the parsed value and currency
};

// The user's corrections to a stored graph: merge, split, rename, retype and
// delete entities; add, edit and delete relations. Each edit lands in one
// transaction together with its entry in the edit log, which holds the rows it
// changed (so undo and redo are exact) and its meaning in terms of names (so
// later ingests re-apply it: see EditReplay). Uses the store's connection:
// same thread as the store, and the store must outlive it.
class Curation
{
public:
    explicit Curation(GraphStore &store);

    // An entity by id ("e12" or "12") or by any of its names. Unknown and
    // ambiguous names are Errors{Validation} that list the candidates.
    Result<EntityId> findEntity(const QString &nameOrId) const;
    Result<Relation> relation(RelationId id) const;

    // `absorbed` becomes part of `survivor`: its names become aliases, its
    // relations and evidence move over, duplicate relations collapse.
    Result<EditRecord> mergeEntities(EntityId survivor, EntityId absorbed);
    // Makes one alias of `entity` an entity of its own (same type and kind).
    Result<EditRecord> splitAlias(EntityId entity, const QString &alias);
    // The new name becomes the display name; the old one stays an alias, so
    // articles that use it still find the entity.
    Result<EditRecord> renameEntity(EntityId entity, const QString &name);
    // Refused when a relation of the entity does not allow the new type.
    Result<EditRecord> changeType(EntityId entity, EntityType type, OrgKind kind = OrgKind::None);
    Result<EditRecord> deleteEntity(EntityId entity);
    Result<EditRecord> deleteRelation(RelationId relation);
    // A relation the user states, with `note` as its evidence (flagged as the
    // user's, with no document).
    Result<EditRecord> addRelation(EntityId source, EntityId target, const RelationAttributes &attributes,
                                   const QString &note = {});
    Result<EditRecord> editRelation(RelationId relation, const RelationAttributes &attributes);

    // Undoes the latest edit not yet undone (or `id`, which must be that one).
    Result<EditRecord> undo(EditId id = {});
    // Redoes the earliest undone edit (or `id`, which must be that one). A new
    // edit drops the undone ones, as an undo stack does.
    Result<EditRecord> redo(EditId id = {});
    // Every logged edit, oldest first.
    Result<QList<EditRecord>> edits() const;

private:
    struct Outcome
    {
        QString description;
        QJsonObject payload;
        EntityId entity;
        RelationId relation;
        QSet<qint64> newEntities;
        QSet<qint64> newRelations;
    };
    Result<EditRecord> record(EditOp op, const QSet<qint64> &entities, const QSet<qint64> &relations,
                              const std::function<Result<Outcome>()> &apply);
    Result<EditRecord> step(EditId id, bool isUndo);
    Result<void> requireWritable() const;

    GraphStore &m_store;
};

} // namespace Guanxi
