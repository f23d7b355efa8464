#include "storereader.h"

#include "sqlite/sqlitedatabase.h"
#include "sqlite/sqlitestatement.h"
#include "storetry.h"

namespace Guanxi::Internal {

QString entityColumns() { return QStringLiteral("id, type, kind, name, court, status, time, confidence"); }
QString relationColumns()
{
    return QStringLiteral(
        "id, type, source_id, target_id, time, role, amount, amount_value, currency, duration, confidence");
}

QString entityKey(qint64 id) { return QLatin1Char('e') + QString::number(id); }

Entity entityFromRow(const SqliteStatement &row)
{
    Entity e;
    e.id = EntityId(row.columnInt64(0));
    e.key = entityKey(e.id.value());
    e.type = entityTypeFromString(row.columnText(1)).value_or(EntityType::Organization);
    e.kind = orgKindFromString(row.columnText(2)).value_or(OrgKind::None);
    e.name = row.columnText(3);
    e.court = row.columnText(4);
    e.status = lawsuitStatusFromString(row.columnText(5)).value_or(LawsuitStatus::None);
    e.time = TimePoint::parse(row.columnText(6)).value_or(TimePoint());
    e.confidence = row.columnDouble(7);
    return e;
}

Relation relationFromRow(const SqliteStatement &row)
{
    Relation r;
    r.id = RelationId(row.columnInt64(0));
    r.type = relationTypeFromString(row.columnText(1)).value_or(RelationType::WorksAt);
    r.sourceId = EntityId(row.columnInt64(2));
    r.targetId = EntityId(row.columnInt64(3));
    r.source = entityKey(r.sourceId.value());
    r.target = entityKey(r.targetId.value());
    r.time = TimePoint::parse(row.columnText(4)).value_or(TimePoint());
    r.role = row.columnText(5);
    r.amount = row.columnText(6);
    r.amountValue = row.columnOptionalDouble(7);
    r.currency = row.columnText(8);
    r.duration = row.columnText(9);
    r.confidence = row.columnDouble(10);
    return r;
}

Result<QList<Evidence>> loadEvidence(SqliteDatabase &db, const char *column, qint64 id)
{
    GUANXI_TRY(query, db.prepare(QStringLiteral(
        "SELECT coalesce(ev.document_id, 0), coalesce(d.name, ''), ev.sentence, ev.start, ev.\"end\", ev.by_user "
        "FROM evidence ev LEFT JOIN documents d ON d.id = ev.document_id WHERE ev.%1 = ?1 ORDER BY ev.id")
        .arg(QLatin1String(column))));
    query->bind(1, id);
    QList<Evidence> out;
    for (;;) {
        GUANXI_TRY(row, query->step());
        if (!*row)
            break;
        Evidence e;
        e.documentId = DocumentId(query->columnInt64(0));
        e.document = query->columnText(1);
        e.sentence = query->columnText(2);
        e.start = query->columnInt64(3);
        e.end = query->columnInt64(4);
        e.isUserEdit = query->columnInt64(5) != 0;  // a user's note: no document
        out.append(e);
    }
    return out;
}

Result<std::optional<Entity>> loadEntity(SqliteDatabase &db, qint64 id)
{
    Entity entity;
    {
        GUANXI_TRY(query, db.prepare(QStringLiteral("SELECT %1 FROM entities WHERE id = ?1").arg(entityColumns())));
        query->bind(1, id);
        GUANXI_TRY(row, query->step());
        if (!*row)
            return std::optional<Entity>();
        entity = entityFromRow(*query);
    }
    GUANXI_TRY(aliases, db.prepare(QStringLiteral("SELECT alias FROM aliases WHERE entity_id = ?1 ORDER BY id")));
    aliases->bind(1, id);
    for (;;) {
        GUANXI_TRY(row, aliases->step());
        if (!*row)
            break;
        entity.addAlias(aliases->columnText(0));
    }
    GUANXI_TRY(evidence, loadEvidence(db, "entity_id", id));
    entity.evidence = std::move(*evidence);
    return std::optional<Entity>(std::move(entity));
}

Result<Entity> requireEntity(SqliteDatabase &db, qint64 id)
{
    GUANXI_TRY(entity, loadEntity(db, id));
    if (!*entity)
        return makeError(Error::Category::Validation, QStringLiteral("there is no entity e%1 in the database").arg(id));
    return std::move(**entity);
}

// Runs a relation query (selecting relationColumns()) with one integer parameter.
Result<QList<Relation>> loadRelations(SqliteDatabase &db, const QString &sql, qint64 parameter, bool withEvidence)
{
    QList<Relation> out;
    {
        GUANXI_TRY(query, db.prepare(sql));
        if (parameter != 0)
            query->bind(1, parameter);
        for (;;) {
            GUANXI_TRY(row, query->step());
            if (!*row)
                break;
            out.append(relationFromRow(*query));
        }
    }
    if (withEvidence) {
        for (Relation &r : out) {
            GUANXI_TRY(evidence, loadEvidence(db, "relation_id", r.id.value()));
            r.evidence = std::move(*evidence);
        }
    }
    return out;
}

// The type and confidence of the entities with these ids (those missing from
// `known`), added to `known`: a neighbourhood reads only the rows it visits.
Result<void> addEntityTypes(SqliteDatabase &db, std::initializer_list<qint64> ids,
                            QHash<qint64, std::pair<EntityType, double>> &known)
{
    for (qint64 id : ids) {
        if (known.contains(id))
            continue;
        GUANXI_TRY(query, db.prepare(QStringLiteral("SELECT type, confidence FROM entities WHERE id = ?1")));
        query->bind(1, id);
        GUANXI_TRY(row, query->step());
        if (*row)
            known.insert(id, {entityTypeFromString(query->columnText(0)).value_or(EntityType::Organization),
                              query->columnDouble(1)});
    }
    return {};
}

// The types of every entity, for filtering relations by the types of their ends.
Result<QHash<qint64, std::pair<EntityType, double>>> entityTypes(SqliteDatabase &db)
{
    QHash<qint64, std::pair<EntityType, double>> out;
    GUANXI_TRY(query, db.prepare(QStringLiteral("SELECT id, type, confidence FROM entities")));
    for (;;) {
        GUANXI_TRY(row, query->step());
        if (!*row)
            break;
        out.insert(query->columnInt64(0),
                   {entityTypeFromString(query->columnText(1)).value_or(EntityType::Organization),
                    query->columnDouble(2)});
    }
    return out;
}


DocumentInfo documentFromRow(const SqliteStatement &row)
{
    DocumentInfo info;
    info.id = DocumentId(row.columnInt64(0));
    info.name = row.columnText(1);
    info.title = row.columnText(2);
    info.sourceUrl = row.columnText(3);
    info.source = row.columnText(4);
    info.published = QDate::fromString(row.columnText(5), Qt::ISODate);
    info.language = row.columnText(6);
    info.contentHash = row.columnText(7);
    return info;
}

QString documentColumns()
{
    return QStringLiteral("id, name, title, source_url, source, published, language, content_hash");
}

} // namespace Guanxi::Internal
