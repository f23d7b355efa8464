#include "curation.h"

#include "common/namekey.h"
#include "graphstore.h"
#include "graphsurgery.h"
#include "rowimage.h"
#include "sqlite/sqlitedatabase.h"
#include "sqlite/sqlitestatement.h"
#include "sqlite/sqlitetransaction.h"
#include "storereader.h"
#include "storetry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Guanxi {

using namespace Internal;

QString toString(EditOp op)
{
    switch (op) {
    case EditOp::MergeEntities: return QStringLiteral("merge");
    case EditOp::SplitAlias: return QStringLiteral("split");
    case EditOp::RenameEntity: return QStringLiteral("rename");
    case EditOp::ChangeType: return QStringLiteral("retype");
    case EditOp::DeleteEntity: return QStringLiteral("delete_entity");
    case EditOp::DeleteRelation: return QStringLiteral("delete_relation");
    case EditOp::AddRelation: return QStringLiteral("add_relation");
    case EditOp::EditRelation: return QStringLiteral("edit_relation");
    }
    return {};
}

namespace {

std::optional<EditOp> editOpFromString(const QString &text)
{
    for (EditOp op : {EditOp::MergeEntities, EditOp::SplitAlias, EditOp::RenameEntity, EditOp::ChangeType,
                      EditOp::DeleteEntity, EditOp::DeleteRelation, EditOp::AddRelation, EditOp::EditRelation}) {
        if (toString(op) == text)
            return op;
    }
    return std::nullopt;
}

QString quote(const QString &name)
{
    return QStringLiteral("“%1”").arg(name);
}

// "a person", "an organization"
QString withArticle(const QString &noun)
{
    const bool vowel = !noun.isEmpty() && QStringLiteral("aeiou").contains(noun.front());
    return (vowel ? QStringLiteral("an ") : QStringLiteral("a ")) + noun;
}

QString timeText(const TimePoint &time)
{
    return time.isValid() ? time.toString() : QString();
}

tl::unexpected<Error> invalid(const QString &message)
{
    return makeError(Error::Category::Validation, message);
}

// The stable identity of a relation: its type, time and the references of its ends.
Result<QJsonObject> relationRef(SqliteDatabase &db, const Relation &r)
{
    GUANXI_TRY(source, GraphSurgery::entityRef(db, r.sourceId.value()));
    GUANXI_TRY(target, GraphSurgery::entityRef(db, r.targetId.value()));
    return QJsonObject{{QStringLiteral("id"), r.id.value()},
                       {QStringLiteral("type"), toString(r.type)},
                       {QStringLiteral("time"), timeText(r.time)},
                       {QStringLiteral("role"), r.role},
                       {QStringLiteral("amount"), r.amount},
                       {QStringLiteral("source"), *source},
                       {QStringLiteral("target"), *target}};
}

EditRecord recordFromRow(const SqliteStatement &row)
{
    EditRecord record;
    record.id = EditId(row.columnInt64(0));
    record.time = QDateTime::fromString(row.columnText(1), Qt::ISODate);
    record.op = editOpFromString(row.columnText(2)).value_or(EditOp::RenameEntity);
    const QJsonObject payload = QJsonDocument::fromJson(row.columnText(3).toUtf8()).object();
    record.description = payload.value(QStringLiteral("description")).toString();
    record.entity = EntityId(payload.value(QStringLiteral("entity_id")).toInteger());
    record.relation = RelationId(payload.value(QStringLiteral("relation_id")).toInteger());
    record.isUndone = row.columnInt64(4) != 0;
    return record;
}

const QString kRecordColumns = QStringLiteral("id, time, op, payload, undone");

} // namespace

Curation::Curation(GraphStore &store) : m_store(store) {}

Result<void> Curation::requireWritable() const
{
    if (m_store.m_db->isReadOnly())
        return makeError(Error::Category::Storage,
                         QStringLiteral("%1 is open read-only; edits cannot be saved").arg(m_store.path()));
    return {};
}

Result<EntityId> Curation::findEntity(const QString &nameOrId) const
{
    SqliteDatabase &db = *m_store.m_db;
    const QString text = nameOrId.trimmed();
    static const QRegularExpression idPattern(QStringLiteral("^[eE]?(\\d+)$"));
    if (const auto match = idPattern.match(text); match.hasMatch()) {
        const qint64 id = match.captured(1).toLongLong();
        GUANXI_TRY(exists, GraphSurgery::entityExists(db, id));
        if (*exists)
            return EntityId(id);
        if (text.startsWith(QLatin1Char('e'), Qt::CaseInsensitive))
            return invalid(QStringLiteral("there is no entity %1 in the database").arg(text));
    }
    const QString key = nameKey(text);
    if (key.isEmpty())
        return invalid(QStringLiteral("give an entity's name or id"));
    GUANXI_TRY(ids, GraphSurgery::entitiesWithKeys(db, {key}));
    if (ids->isEmpty())
        return invalid(QStringLiteral("no entity is called %1").arg(quote(text)));
    if (ids->size() > 1) {
        QStringList candidates;
        for (qint64 id : std::as_const(*ids)) {
            GUANXI_TRY(entity, requireEntity(db, id));
            candidates.append(QStringLiteral("e%1 (%2 %3)").arg(id).arg(toString(entity->type), quote(entity->name)));
        }
        return invalid(QStringLiteral("%1 is a name of %2 entities: %3; give one by its id")
                           .arg(quote(text)).arg(ids->size()).arg(candidates.join(QStringLiteral(", "))));
    }
    return EntityId(ids->first());
}

Result<Relation> Curation::relation(RelationId id) const
{
    GUANXI_TRY(relations, loadRelations(*m_store.m_db,
                                        QStringLiteral("SELECT %1 FROM relations WHERE id = ?1").arg(relationColumns()),
                                        id.value(), true));
    if (relations->isEmpty())
        return invalid(QStringLiteral("there is no relation r%1 in the database").arg(id.value()));
    return relations->first();
}

Result<EditRecord> Curation::record(EditOp op, const QSet<qint64> &entities, const QSet<qint64> &relations,
                                    const std::function<Result<Outcome>()> &apply)
{
    GUANXI_TRY_VOID(requireWritable());
    SqliteDatabase &db = *m_store.m_db;
    SqliteTransaction transaction(db);
    GUANXI_TRY_VOID(transaction.begin());
    GUANXI_TRY_VOID(db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")));
    GUANXI_TRY(before, RowImage::capture(db, entities, relations));
    GUANXI_TRY(outcome, apply());
    GUANXI_TRY(after, RowImage::capture(db, entities + outcome->newEntities, relations + outcome->newRelations));

    QJsonObject payload = outcome->payload;
    payload.insert(QStringLiteral("description"), outcome->description);
    payload.insert(QStringLiteral("entity_id"), outcome->entity.value());
    payload.insert(QStringLiteral("relation_id"), outcome->relation.value());
    const QJsonObject changes{{QStringLiteral("before"), before->toJson()}, {QStringLiteral("after"), after->toJson()}};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A new edit ends the redo branch, as on an undo stack.
    GUANXI_TRY_VOID(db.exec(QStringLiteral("DELETE FROM edit_log WHERE undone = 1")));
    GUANXI_TRY(insert, db.prepare(QStringLiteral(
        "INSERT INTO edit_log(time, op, payload, changes) VALUES (?1, ?2, ?3, ?4)")));
    insert->bind(1, now.toString(Qt::ISODateWithMs)).bind(2, toString(op))
        .bind(3, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)))
        .bind(4, QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
    GUANXI_TRY_VOID(insert->exec());
    const qint64 id = db.lastInsertRowId();
    GUANXI_TRY_VOID(transaction.commit());

    EditRecord record;
    record.id = EditId(id);
    record.time = now;
    record.op = op;
    record.description = outcome->description;
    record.entity = outcome->entity;
    record.relation = outcome->relation;
    return record;
}

Result<EditRecord> Curation::mergeEntities(EntityId survivor, EntityId absorbed)
{
    SqliteDatabase &db = *m_store.m_db;
    if (survivor == absorbed)
        return invalid(QStringLiteral("an entity cannot be merged with itself"));
    GUANXI_TRY(keep, requireEntity(db, survivor.value()));
    GUANXI_TRY(gone, requireEntity(db, absorbed.value()));
    if (keep->type != gone->type)
        return invalid(QStringLiteral("%1 is %2 and %3 %4; change the type of one of them first, then merge")
                           .arg(quote(gone->name), withArticle(toString(gone->type)), quote(keep->name),
                                withArticle(toString(keep->type))));
    return record(EditOp::MergeEntities, {survivor.value(), absorbed.value()}, {}, [&]() -> Result<Outcome> {
        GUANXI_TRY(survivorRef, GraphSurgery::entityRef(db, survivor.value()));
        GUANXI_TRY(absorbedRef, GraphSurgery::entityRef(db, absorbed.value()));
        GUANXI_TRY_VOID(GraphSurgery::mergeEntities(db, survivor.value(), absorbed.value()));
        Outcome out;
        out.description = QStringLiteral("merged %1 into %2").arg(quote(gone->name), quote(keep->name));
        out.payload = {{QStringLiteral("survivor"), *survivorRef}, {QStringLiteral("absorbed"), *absorbedRef}};
        out.entity = survivor;
        return out;
    });
}

Result<EditRecord> Curation::splitAlias(EntityId entityId, const QString &aliasText)
{
    SqliteDatabase &db = *m_store.m_db;
    GUANXI_TRY(entity, requireEntity(db, entityId.value()));
    const QString alias = aliasText.trimmed();
    const QString key = nameKey(alias);
    if (key.isEmpty())
        return invalid(QStringLiteral("give the alias to split off %1").arg(quote(entity->name)));
    if (nameKey(entity->name) == key)
        return invalid(QStringLiteral("%1 is the name of %2, not an alias; rename it first, then split the old name off")
                           .arg(quote(alias), quote(entity->name)));
    bool found = false;
    for (const QString &a : std::as_const(entity->aliases))
        found = found || nameKey(a) == key;
    if (!found)
        return invalid(QStringLiteral("%1 is not an alias of %2").arg(quote(alias), quote(entity->name)));
    return record(EditOp::SplitAlias, {entityId.value()}, {}, [&]() -> Result<Outcome> {
        GUANXI_TRY(fromRef, GraphSurgery::entityRef(db, entityId.value()));
        GUANXI_TRY(insert, db.prepare(QStringLiteral(
            "INSERT INTO entities(type, kind, name, confidence) SELECT type, kind, ?2, confidence FROM entities WHERE id = ?1")));
        insert->bind(1, entityId.value()).bind(2, alias);
        GUANXI_TRY_VOID(insert->exec());
        const qint64 created = db.lastInsertRowId();
        // Every spelling with this key moves, so the old entity no longer matches it.
        GUANXI_TRY(move, db.prepare(QStringLiteral("UPDATE aliases SET entity_id = ?2 WHERE entity_id = ?1 AND key = ?3")));
        move->bind(1, entityId.value()).bind(2, created).bind(3, key);
        GUANXI_TRY_VOID(move->exec());
        GUANXI_TRY(createdRef, GraphSurgery::entityRef(db, created));
        Outcome out;
        out.description = QStringLiteral("split %1 off %2").arg(quote(alias), quote(entity->name));
        out.payload = {{QStringLiteral("from"), *fromRef}, {QStringLiteral("created"), *createdRef},
                       {QStringLiteral("key"), key}};
        out.entity = EntityId(created);
        out.newEntities = {created};
        return out;
    });
}

Result<EditRecord> Curation::renameEntity(EntityId entityId, const QString &newName)
{
    SqliteDatabase &db = *m_store.m_db;
    GUANXI_TRY(entity, requireEntity(db, entityId.value()));
    const QString name = newName.trimmed();
    if (nameKey(name).isEmpty())
        return invalid(QStringLiteral("give %1 a new name that is not empty").arg(quote(entity->name)));
    if (name == entity->name)
        return invalid(QStringLiteral("%1 already has that name").arg(quote(entity->name)));
    return record(EditOp::RenameEntity, {entityId.value()}, {}, [&]() -> Result<Outcome> {
        GUANXI_TRY(update, db.prepare(QStringLiteral("UPDATE entities SET name = ?2 WHERE id = ?1")));
        update->bind(1, entityId.value()).bind(2, name);
        GUANXI_TRY_VOID(update->exec());
        GUANXI_TRY(alias, db.prepare(QStringLiteral("INSERT OR IGNORE INTO aliases(entity_id, alias, key) VALUES (?1, ?2, ?3)")));
        alias->bind(1, entityId.value()).bind(2, name).bind(3, nameKey(name));
        GUANXI_TRY_VOID(alias->exec());
        GUANXI_TRY(ref, GraphSurgery::entityRef(db, entityId.value()));
        Outcome out;
        out.description = QStringLiteral("renamed %1 to %2").arg(quote(entity->name), quote(name));
        out.payload = {{QStringLiteral("entity"), *ref}, {QStringLiteral("from"), entity->name},
                       {QStringLiteral("to"), name}};
        out.entity = entityId;
        return out;
    });
}

Result<EditRecord> Curation::changeType(EntityId entityId, EntityType type, OrgKind kind)
{
    SqliteDatabase &db = *m_store.m_db;
    GUANXI_TRY(entity, requireEntity(db, entityId.value()));
    if (type != EntityType::Organization)
        kind = OrgKind::None;
    if (entity->type == type && entity->kind == kind)
        return invalid(QStringLiteral("%1 already is %2").arg(quote(entity->name), withArticle(toString(type))));
    GUANXI_TRY(relations, loadRelations(db, QStringLiteral("SELECT %1 FROM relations WHERE source_id = ?1 OR target_id = ?1 "
                                                           "ORDER BY id").arg(relationColumns()),
                                        entityId.value(), false));
    for (const Relation &r : std::as_const(*relations)) {
        const bool isSource = r.sourceId == entityId;
        GUANXI_TRY(other, requireEntity(db, (isSource ? r.targetId : r.sourceId).value()));
        const EntityType source = isSource ? type : other->type;
        const EntityType target = isSource ? other->type : type;
        if (!isAllowed(r.type, source, target))
            return invalid(QStringLiteral("%1 cannot become %2: its %3 relation with %4 (r%5) does not allow it; "
                                          "delete or change that relation first")
                               .arg(quote(entity->name), withArticle(toString(type)), toString(r.type), quote(other->name))
                               .arg(r.id.value()));
    }
    return record(EditOp::ChangeType, {entityId.value()}, {}, [&]() -> Result<Outcome> {
        GUANXI_TRY(ref, GraphSurgery::entityRef(db, entityId.value()));
        GUANXI_TRY(update, db.prepare(QStringLiteral("UPDATE entities SET type = ?2, kind = ?3 WHERE id = ?1")));
        update->bind(1, entityId.value()).bind(2, toString(type)).bind(3, toString(kind));
        GUANXI_TRY_VOID(update->exec());
        Outcome out;
        const QString what = kind == OrgKind::None ? toString(type)
                                                   : QStringLiteral("%1 (%2)").arg(toString(type), toString(kind));
        out.description = QStringLiteral("made %1 %2").arg(quote(entity->name), withArticle(what));
        out.payload = {{QStringLiteral("entity"), *ref},
                       {QStringLiteral("from_type"), toString(entity->type)},
                       {QStringLiteral("from_kind"), toString(entity->kind)},
                       {QStringLiteral("to_type"), toString(type)},
                       {QStringLiteral("to_kind"), toString(kind)}};
        out.entity = entityId;
        return out;
    });
}

Result<EditRecord> Curation::deleteEntity(EntityId entityId)
{
    SqliteDatabase &db = *m_store.m_db;
    GUANXI_TRY(entity, requireEntity(db, entityId.value()));
    return record(EditOp::DeleteEntity, {entityId.value()}, {}, [&]() -> Result<Outcome> {
        GUANXI_TRY(ref, GraphSurgery::entityRef(db, entityId.value()));
        GUANXI_TRY(remove, db.prepare(QStringLiteral("DELETE FROM entities WHERE id = ?1")));
        remove->bind(1, entityId.value());
        GUANXI_TRY_VOID(remove->exec());
        Outcome out;
        out.description = QStringLiteral("deleted %1").arg(quote(entity->name));
        out.payload = {{QStringLiteral("entity"), *ref}};
        out.entity = entityId;
        return out;
    });
}

Result<EditRecord> Curation::deleteRelation(RelationId relationId)
{
    SqliteDatabase &db = *m_store.m_db;
    GUANXI_TRY(r, relation(relationId));
    GUANXI_TRY(source, requireEntity(db, r->sourceId.value()));
    GUANXI_TRY(target, requireEntity(db, r->targetId.value()));
    return record(EditOp::DeleteRelation, {}, {relationId.value()}, [&]() -> Result<Outcome> {
        GUANXI_TRY(ref, relationRef(db, *r));
        GUANXI_TRY(remove, db.prepare(QStringLiteral("DELETE FROM relations WHERE id = ?1")));
        remove->bind(1, relationId.value());
        GUANXI_TRY_VOID(remove->exec());
        Outcome out;
        out.description = QStringLiteral("deleted %1 %2 %3").arg(quote(source->name), toString(r->type), quote(target->name));
        out.payload = {{QStringLiteral("relation"), *ref}};
        out.relation = relationId;
        return out;
    });
}

namespace {

// Checks a relation the user is about to store; returns its stored (source,
// target) order.
Result<std::pair<qint64, qint64>> checkRelation(SqliteDatabase &db, qint64 sourceId, qint64 targetId,
                                                const RelationAttributes &a, qint64 ignoring)
{
    if (sourceId == targetId)
        return invalid(QStringLiteral("a relation needs two different entities"));
    GUANXI_TRY(source, requireEntity(db, sourceId));
    GUANXI_TRY(target, requireEntity(db, targetId));
    if (!isAllowed(a.type, source->type, target->type))
        return invalid(QStringLiteral("%1 %2 relation cannot go from %3 to %4 (%5 → %6)")
                           .arg(withArticle(toString(a.type)).section(QLatin1Char(' '), 0, 0), toString(a.type),
                                withArticle(toString(source->type)), withArticle(toString(target->type)),
                                quote(source->name), quote(target->name)));
    if (isSymmetric(a.type) && sourceId > targetId)
        std::swap(sourceId, targetId);
    GUANXI_TRY(existing, GraphSurgery::findRelation(db, toString(a.type), sourceId, targetId, timeText(a.time)));
    if (*existing != 0 && *existing != ignoring)
        return invalid(QStringLiteral("%1 %2 %3%4 is already stored (r%5); edit that relation instead")
                           .arg(quote(source->name), toString(a.type), quote(target->name),
                                a.time.isValid() ? QStringLiteral(" in ") + a.time.toString() : QString())
                           .arg(*existing));
    return std::pair{sourceId, targetId};
}

} // namespace

Result<EditRecord> Curation::addRelation(EntityId sourceId, EntityId targetId, const RelationAttributes &a,
                                         const QString &note)
{
    SqliteDatabase &db = *m_store.m_db;
    GUANXI_TRY(ends, checkRelation(db, sourceId.value(), targetId.value(), a, 0));
    GUANXI_TRY(source, requireEntity(db, sourceId.value()));
    GUANXI_TRY(target, requireEntity(db, targetId.value()));
    return record(EditOp::AddRelation, {}, {}, [&]() -> Result<Outcome> {
        GUANXI_TRY(insert, db.prepare(QStringLiteral(
            "INSERT INTO relations(type, source_id, target_id, time, role, amount, confidence) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1.0)")));
        insert->bind(1, toString(a.type)).bind(2, ends->first).bind(3, ends->second).bind(4, timeText(a.time))
            .bind(5, a.role.trimmed()).bind(6, a.amount.trimmed());
        GUANXI_TRY_VOID(insert->exec());
        const qint64 id = db.lastInsertRowId();
        // The user's word is the evidence: no document, flagged as the user's.
        GUANXI_TRY(evidence, db.prepare(QStringLiteral(
            "INSERT INTO evidence(relation_id, document_id, sentence, by_user) VALUES (?1, NULL, ?2, 1)")));
        evidence->bind(1, id).bind(2, note.trimmed());
        GUANXI_TRY_VOID(evidence->exec());
        GUANXI_TRY(rows, loadRelations(db, QStringLiteral("SELECT %1 FROM relations WHERE id = ?1").arg(relationColumns()),
                                       id, false));
        GUANXI_TRY(ref, relationRef(db, rows->first()));
        Outcome out;
        out.description = QStringLiteral("added %1 %2 %3").arg(quote(source->name), toString(a.type), quote(target->name));
        out.payload = {{QStringLiteral("relation"), *ref}, {QStringLiteral("note"), note.trimmed()}};
        out.relation = RelationId(id);
        out.newRelations = {id};
        return out;
    });
}

Result<EditRecord> Curation::editRelation(RelationId relationId, const RelationAttributes &a)
{
    SqliteDatabase &db = *m_store.m_db;
    GUANXI_TRY(old, relation(relationId));
    GUANXI_TRY(ends, checkRelation(db, old->sourceId.value(), old->targetId.value(), a, relationId.value()));
    if (a.type == old->type && a.time == old->time && a.role.trimmed() == old->role && a.amount.trimmed() == old->amount)
        return invalid(QStringLiteral("nothing to change in relation r%1").arg(relationId.value()));
    GUANXI_TRY(source, requireEntity(db, old->sourceId.value()));
    GUANXI_TRY(target, requireEntity(db, old->targetId.value()));
    return record(EditOp::EditRelation, {}, {relationId.value()}, [&]() -> Result<Outcome> {
        GUANXI_TRY(fromRef, relationRef(db, *old));
        GUANXI_TRY(update, db.prepare(QStringLiteral(
            "UPDATE relations SET type = ?2, source_id = ?3, target_id = ?4, time = ?5, role = ?6, "
            "amount_value = CASE WHEN amount = ?7 THEN amount_value END, "
            "currency = CASE WHEN amount = ?7 THEN currency ELSE '' END, amount = ?7 WHERE id = ?1")));
        update->bind(1, relationId.value()).bind(2, toString(a.type)).bind(3, ends->first).bind(4, ends->second)
            .bind(5, timeText(a.time)).bind(6, a.role.trimmed()).bind(7, a.amount.trimmed());
        GUANXI_TRY_VOID(update->exec());
        GUANXI_TRY(now, relation(relationId));
        GUANXI_TRY(toRef, relationRef(db, *now));
        Outcome out;
        out.description = QStringLiteral("changed %1 %2 %3").arg(quote(source->name), toString(old->type), quote(target->name));
        out.payload = {{QStringLiteral("from"), *fromRef}, {QStringLiteral("to"), *toRef}};
        out.relation = relationId;
        return out;
    });
}

Result<EditRecord> Curation::step(EditId id, bool isUndo)
{
    GUANXI_TRY_VOID(requireWritable());
    SqliteDatabase &db = *m_store.m_db;
    SqliteTransaction transaction(db);
    GUANXI_TRY_VOID(transaction.begin());
    GUANXI_TRY_VOID(db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")));
    // Undo takes the newest active edit, redo the oldest undone one: edits
    // are undone and redone in stack order, so every image fits the rows.
    GUANXI_TRY(query, db.prepare(isUndo ? QStringLiteral("SELECT %1, changes FROM edit_log WHERE undone = 0 "
                                                         "ORDER BY id DESC LIMIT 1").arg(kRecordColumns)
                                        : QStringLiteral("SELECT %1, changes FROM edit_log WHERE undone = 1 "
                                                         "ORDER BY id LIMIT 1").arg(kRecordColumns)));
    GUANXI_TRY(row, query->step());
    if (!*row)
        return invalid(isUndo ? QStringLiteral("there is no edit to undo") : QStringLiteral("there is no edit to redo"));
    EditRecord record = recordFromRow(*query);
    if (id.isValid() && id != record.id)
        return invalid(QStringLiteral("edit %1 cannot be %2 before edit %3").arg(id.value())
                           .arg(isUndo ? QStringLiteral("undone") : QStringLiteral("redone")).arg(record.id.value()));
    const QJsonObject changes = QJsonDocument::fromJson(query->columnText(5).toUtf8()).object();
    query->reset();
    const RowImage before = RowImage::fromJson(changes.value(QStringLiteral("before")).toObject());
    const RowImage after = RowImage::fromJson(changes.value(QStringLiteral("after")).toObject());
    auto restored = isUndo ? before.restore(db, after) : after.restore(db, before);
    if (!restored)
        return tl::unexpected(restored.error().withContext(
            QStringLiteral("cannot %1 “%2”").arg(isUndo ? QStringLiteral("undo") : QStringLiteral("redo"),
                                                 record.description)));
    GUANXI_TRY(mark, db.prepare(QStringLiteral("UPDATE edit_log SET undone = ?2 WHERE id = ?1")));
    mark->bind(1, record.id.value()).bind(2, isUndo ? 1 : 0);
    GUANXI_TRY_VOID(mark->exec());
    GUANXI_TRY_VOID(transaction.commit());
    record.isUndone = isUndo;
    return record;
}

Result<EditRecord> Curation::undo(EditId id)
{
    return step(id, true);
}

Result<EditRecord> Curation::redo(EditId id)
{
    return step(id, false);
}

Result<QList<EditRecord>> Curation::edits() const
{
    GUANXI_TRY(query, m_store.m_db->prepare(QStringLiteral("SELECT %1 FROM edit_log ORDER BY id").arg(kRecordColumns)));
    QList<EditRecord> out;
    for (;;) {
        GUANXI_TRY(row, query->step());
        if (!*row)
            break;
        out.append(recordFromRow(*query));
    }
    return out;
}

} // namespace Guanxi
