#include "graphsurgery.h"

#include "sqlite/sqlitedatabase.h"
#include "sqlite/sqlitestatement.h"
#include "storetry.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Guanxi::Internal {

namespace {

QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

} // namespace

Result<void> GraphSurgery::foldRelation(SqliteDatabase &db, qint64 from, qint64 into)
{
    Q_ASSERT(from != into);
    GUANXI_TRY(moveEvidence, db.prepare(QStringLiteral("UPDATE evidence SET relation_id = ?2 WHERE relation_id = ?1")));
    moveEvidence->bind(1, from).bind(2, into);
    GUANXI_TRY_VOID(moveEvidence->exec());
    // Fill what the kept relation lacks; never overwrite what it knows.
    GUANXI_TRY(fill, db.prepare(QStringLiteral(
        "UPDATE relations SET "
        "role = CASE WHEN relations.role = '' THEN f.role ELSE relations.role END, "
        "amount = CASE WHEN relations.amount = '' THEN f.amount ELSE relations.amount END, "
        "amount_value = coalesce(relations.amount_value, f.amount_value), "
        "currency = CASE WHEN relations.currency = '' THEN f.currency ELSE relations.currency END, "
        "duration = CASE WHEN relations.duration = '' THEN f.duration ELSE relations.duration END, "
        "confidence = max(relations.confidence, f.confidence) "
        "FROM (SELECT role, amount, amount_value, currency, duration, confidence FROM relations WHERE id = ?1) AS f "
        "WHERE relations.id = ?2")));
    fill->bind(1, from).bind(2, into);
    GUANXI_TRY_VOID(fill->exec());
    GUANXI_TRY(remove, db.prepare(QStringLiteral("DELETE FROM relations WHERE id = ?1")));
    remove->bind(1, from);
    return remove->exec();
}

Result<void> GraphSurgery::mergeEntities(SqliteDatabase &db, qint64 survivor, qint64 absorbed)
{
    Q_ASSERT(survivor != absorbed);
    {
        // A name both already carry stays once, on the survivor.
        GUANXI_TRY(move, db.prepare(QStringLiteral("UPDATE OR IGNORE aliases SET entity_id = ?1 WHERE entity_id = ?2")));
        move->bind(1, survivor).bind(2, absorbed);
        GUANXI_TRY_VOID(move->exec());
        GUANXI_TRY(rest, db.prepare(QStringLiteral("DELETE FROM aliases WHERE entity_id = ?1")));
        rest->bind(1, absorbed);
        GUANXI_TRY_VOID(rest->exec());
        GUANXI_TRY(evidence, db.prepare(QStringLiteral("UPDATE evidence SET entity_id = ?1 WHERE entity_id = ?2")));
        evidence->bind(1, survivor).bind(2, absorbed);
        GUANXI_TRY_VOID(evidence->exec());
    }

    struct Row
    {
        qint64 id;
        QString type;
        qint64 source;
        qint64 target;
        QString time;
    };
    QList<Row> rows;
    {
        GUANXI_TRY(query, db.prepare(QStringLiteral(
            "SELECT id, type, source_id, target_id, time FROM relations WHERE source_id = ?1 OR target_id = ?1 ORDER BY id")));
        query->bind(1, absorbed);
        for (;;) {
            GUANXI_TRY(row, query->step());
            if (!*row)
                break;
            rows.append(Row{query->columnInt64(0), query->columnText(1), query->columnInt64(2), query->columnInt64(3),
                            query->columnText(4)});
        }
    }
    for (const Row &r : std::as_const(rows)) {
        qint64 source = r.source == absorbed ? survivor : r.source;
        qint64 target = r.target == absorbed ? survivor : r.target;
        if (source == target) {
            // The two ends are one entity now: a relation with itself says nothing.
            GUANXI_TRY(remove, db.prepare(QStringLiteral("DELETE FROM relations WHERE id = ?1")));
            remove->bind(1, r.id);
            GUANXI_TRY_VOID(remove->exec());
            continue;
        }
        const auto type = relationTypeFromString(r.type);
        if (type && isSymmetric(*type) && source > target)
            std::swap(source, target);  // the one stored order of a symmetric relation
        GUANXI_TRY(existing, findRelation(db, r.type, source, target, r.time));
        if (*existing != 0 && *existing != r.id) {
            GUANXI_TRY_VOID(foldRelation(db, r.id, *existing));
        } else {
            GUANXI_TRY(update, db.prepare(QStringLiteral("UPDATE relations SET source_id = ?2, target_id = ?3 WHERE id = ?1")));
            update->bind(1, r.id).bind(2, source).bind(3, target);
            GUANXI_TRY_VOID(update->exec());
        }
    }

    GUANXI_TRY(fill, db.prepare(QStringLiteral(
        "UPDATE entities SET "
        "kind = CASE WHEN entities.kind = '' THEN a.kind ELSE entities.kind END, "
        "court = CASE WHEN entities.court = '' THEN a.court ELSE entities.court END, "
        "status = CASE WHEN entities.status = '' THEN a.status ELSE entities.status END, "
        "time = CASE WHEN entities.time = '' THEN a.time ELSE entities.time END, "
        "confidence = max(entities.confidence, a.confidence) "
        "FROM (SELECT kind, court, status, time, confidence FROM entities WHERE id = ?2) AS a WHERE entities.id = ?1")));
    fill->bind(1, survivor).bind(2, absorbed);
    GUANXI_TRY_VOID(fill->exec());
    GUANXI_TRY(remove, db.prepare(QStringLiteral("DELETE FROM entities WHERE id = ?1")));
    remove->bind(1, absorbed);
    return remove->exec();
}

Result<QStringList> GraphSurgery::entityKeys(SqliteDatabase &db, qint64 entity)
{
    GUANXI_TRY(query, db.prepare(QStringLiteral("SELECT DISTINCT key FROM aliases WHERE entity_id = ?1 AND key <> '' "
                                                "ORDER BY key")));
    query->bind(1, entity);
    QStringList keys;
    for (;;) {
        GUANXI_TRY(row, query->step());
        if (!*row)
            break;
        keys.append(query->columnText(0));
    }
    return keys;
}

Result<QList<qint64>> GraphSurgery::entitiesWithKeys(SqliteDatabase &db, const QStringList &keys,
                                                     const QSet<EntityType> &types)
{
    QList<qint64> out;
    if (keys.isEmpty())
        return out;
    QStringList typeNames;
    for (EntityType t : types)
        typeNames.append(toString(t));
    GUANXI_TRY(query, db.prepare(QStringLiteral(
        "SELECT e.id FROM entities e "
        "WHERE e.id IN (SELECT entity_id FROM aliases WHERE key IN (SELECT value FROM json_each(?1))) "
        "AND (?2 = '[]' OR e.type IN (SELECT value FROM json_each(?2))) "
        "ORDER BY (SELECT count(*) FROM relations r WHERE r.source_id = e.id OR r.target_id = e.id) DESC, e.id")));
    query->bind(1, jsonList(keys)).bind(2, jsonList(typeNames));
    for (;;) {
        GUANXI_TRY(row, query->step());
        if (!*row)
            break;
        out.append(query->columnInt64(0));
    }
    return out;
}

Result<bool> GraphSurgery::entityExists(SqliteDatabase &db, qint64 entity)
{
    GUANXI_TRY(query, db.prepare(QStringLiteral("SELECT 1 FROM entities WHERE id = ?1")));
    query->bind(1, entity);
    GUANXI_TRY(row, query->step());
    return *row;
}

Result<qint64> GraphSurgery::findRelation(SqliteDatabase &db, const QString &type, qint64 source, qint64 target,
                                          const QString &time)
{
    GUANXI_TRY(query, db.prepare(QStringLiteral(
        "SELECT id FROM relations WHERE type = ?1 AND source_id = ?2 AND target_id = ?3 AND time = ?4")));
    query->bind(1, type).bind(2, source).bind(3, target).bind(4, time);
    GUANXI_TRY(row, query->step());
    return *row ? query->columnInt64(0) : qint64(0);
}

Result<QJsonObject> GraphSurgery::entityRef(SqliteDatabase &db, qint64 entity)
{
    GUANXI_TRY(query, db.prepare(QStringLiteral("SELECT name, type FROM entities WHERE id = ?1")));
    query->bind(1, entity);
    GUANXI_TRY(row, query->step());
    if (!*row)
        return makeError(Error::Category::Validation, QStringLiteral("there is no entity e%1 in the database").arg(entity));
    GUANXI_TRY(keys, entityKeys(db, entity));
    return QJsonObject{{QStringLiteral("id"), entity},
                       {QStringLiteral("name"), query->columnText(0)},
                       {QStringLiteral("type"), query->columnText(1)},
                       {QStringLiteral("keys"), QJsonArray::fromStringList(*keys)}};
}

namespace {

QStringList refKeys(const QJsonObject &ref)
{
    QStringList keys;
    for (const QJsonValue &v : ref.value(QStringLiteral("keys")).toArray())
        keys.append(v.toString());
    return keys;
}

QSet<EntityType> refTypes(const QJsonObject &ref)
{
    if (auto type = entityTypeFromString(ref.value(QStringLiteral("type")).toString()))
        return {*type};
    return {};
}

} // namespace

Result<qint64> GraphSurgery::resolve(SqliteDatabase &db, const QJsonObject &ref)
{
    const qint64 id = ref.value(QStringLiteral("id")).toInteger();
    const QStringList keys = refKeys(ref);
    GUANXI_TRY(exists, entityExists(db, id));
    if (*exists) {
        GUANXI_TRY(current, entityKeys(db, id));
        for (const QString &k : std::as_const(*current)) {
            if (keys.contains(k))
                return id;
        }
    }
    GUANXI_TRY(sameType, entitiesWithKeys(db, keys, refTypes(ref)));
    if (!sameType->isEmpty())
        return sameType->first();
    GUANXI_TRY(anyType, entitiesWithKeys(db, keys));
    return anyType->isEmpty() ? qint64(0) : anyType->first();
}

Result<QSet<qint64>> GraphSurgery::resolveAll(SqliteDatabase &db, const QJsonObject &ref)
{
    QSet<qint64> out;
    GUANXI_TRY(first, resolve(db, ref));
    if (*first != 0)
        out.insert(*first);
    GUANXI_TRY(sameType, entitiesWithKeys(db, refKeys(ref), refTypes(ref)));
    for (qint64 id : std::as_const(*sameType))
        out.insert(id);
    return out;
}

} // namespace Guanxi::Internal
