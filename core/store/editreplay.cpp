#include "editreplay.h"

#include "common/namekey.h"
#include "graphsurgery.h"
#include "model/types.h"
#include "sqlite/sqlitedatabase.h"
#include "sqlite/sqlitestatement.h"
#include "storetry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace Guanxi::Internal {

namespace {

struct LoggedEdit
{
    QString op;
    QJsonObject payload;
};

QStringList keysOf(const QJsonObject &ref)
{
    QStringList keys;
    for (const QJsonValue &v : ref.value(QStringLiteral("keys")).toArray())
        keys.append(v.toString());
    return keys;
}

std::optional<EntityType> typeOf(const QJsonObject &ref, const QString &field = QStringLiteral("type"))
{
    return entityTypeFromString(ref.value(field).toString());
}

QString text(const QJsonObject &o, const char *field)
{
    return o.value(QLatin1String(field)).toString();
}

QJsonObject object(const QJsonObject &o, const char *field)
{
    return o.value(QLatin1String(field)).toObject();
}

Result<void> execute(SqliteDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    GUANXI_TRY(statement, db.prepare(sql));
    int index = 1;
    for (const QVariant &v : values) {
        if (v.typeId() == QMetaType::QString)
            statement->bind(index++, v.toString());
        else
            statement->bind(index++, v.toLongLong());
    }
    return statement->exec();
}

// The relation of this type and time between the two entities, in the stored
// order of a symmetric type; 0 when there is none.
Result<qint64> findBetween(SqliteDatabase &db, const QString &type, qint64 source, qint64 target, const QString &time)
{
    const auto t = relationTypeFromString(type);
    if (t && isSymmetric(*t) && source > target)
        std::swap(source, target);
    return GraphSurgery::findRelation(db, type, source, target, time);
}

class Replayer
{
public:
    explicit Replayer(SqliteDatabase &db) : m_db(db) {}

    Result<void> run(const QList<LoggedEdit> &edits)
    {
        // Entities the user split off are never merged back by an older merge.
        for (const LoggedEdit &e : edits) {
            if (e.op == QLatin1String("split")) {
                GUANXI_TRY(created, GraphSurgery::resolve(m_db, object(e.payload, "created")));
                if (*created != 0)
                    m_splitOff.insert(*created);
            }
        }
        for (const LoggedEdit &e : edits) {
            const QJsonObject &p = e.payload;
            if (e.op == QLatin1String("merge"))
                GUANXI_TRY_VOID(merge(p));
            else if (e.op == QLatin1String("split"))
                GUANXI_TRY_VOID(split(p));
            else if (e.op == QLatin1String("rename"))
                GUANXI_TRY_VOID(rename(p));
            else if (e.op == QLatin1String("retype"))
                GUANXI_TRY_VOID(retype(p));
            else if (e.op == QLatin1String("delete_entity"))
                GUANXI_TRY_VOID(deleteEntity(p));
            else if (e.op == QLatin1String("delete_relation"))
                GUANXI_TRY_VOID(deleteRelation(p));
            else if (e.op == QLatin1String("edit_relation"))
                GUANXI_TRY_VOID(editRelation(p));
            // add_relation: ingests never delete, so an added relation stays.
        }
        return {};
    }

private:
    Result<void> merge(const QJsonObject &p)
    {
        const QJsonObject absorbed = object(p, "absorbed");
        GUANXI_TRY(survivor, GraphSurgery::resolve(m_db, object(p, "survivor")));
        if (*survivor == 0)
            return {};
        QSet<EntityType> types;
        if (auto t = typeOf(absorbed))
            types.insert(*t);
        GUANXI_TRY(others, GraphSurgery::entitiesWithKeys(m_db, keysOf(absorbed), types));
        for (qint64 other : std::as_const(*others)) {
            if (other != *survivor && !m_splitOff.contains(other))
                GUANXI_TRY_VOID(GraphSurgery::mergeEntities(m_db, *survivor, other));
        }
        return {};
    }

    Result<void> split(const QJsonObject &p)
    {
        const QString key = text(p, "key");
        GUANXI_TRY(created, GraphSurgery::resolve(m_db, object(p, "created")));
        if (*created == 0)
            return {};
        GUANXI_TRY(from, GraphSurgery::resolve(m_db, object(p, "from")));
        if (*from == 0 || *from == *created)
            return {};
        // The split name went back to the old entity: move it off again ...
        GUANXI_TRY_VOID(execute(m_db, QStringLiteral("UPDATE OR IGNORE aliases SET entity_id = ?2 "
                                                     "WHERE entity_id = ?1 AND key = ?3"), {*from, *created, key}));
        GUANXI_TRY_VOID(execute(m_db, QStringLiteral("DELETE FROM aliases WHERE entity_id = ?1 AND key = ?2"),
                                {*from, key}));
        // ... and the old entity's other names that reached the new one go back.
        QStringList fromKeys = keysOf(object(p, "from"));
        fromKeys.removeAll(key);
        for (const QString &k : std::as_const(fromKeys)) {
            GUANXI_TRY_VOID(execute(m_db, QStringLiteral("UPDATE OR IGNORE aliases SET entity_id = ?2 "
                                                         "WHERE entity_id = ?1 AND key = ?3"), {*created, *from, k}));
            GUANXI_TRY_VOID(execute(m_db, QStringLiteral("DELETE FROM aliases WHERE entity_id = ?1 AND key = ?2"),
                                    {*created, k}));
        }
        return {};
    }

    Result<void> rename(const QJsonObject &p)
    {
        GUANXI_TRY(entity, GraphSurgery::resolve(m_db, object(p, "entity")));
        if (*entity == 0)
            return {};
        return execute(m_db, QStringLiteral("UPDATE entities SET name = ?2 WHERE id = ?1 AND name = ?3"),
                       {*entity, text(p, "to"), text(p, "from")});
    }

    Result<void> retype(const QJsonObject &p)
    {
        const QJsonObject ref = object(p, "entity");
        GUANXI_TRY(entity, GraphSurgery::resolve(m_db, ref));
        if (*entity == 0)
            return {};
        const auto fromType = entityTypeFromString(text(p, "from_type"));
        const auto toType = entityTypeFromString(text(p, "to_type"));
        if (!fromType || !toType)
            return {};
        // An article still calling it a <from_type> made a second entity of that type.
        if (*fromType != *toType) {
            GUANXI_TRY(others, GraphSurgery::entitiesWithKeys(m_db, keysOf(ref), {*fromType}));
            for (qint64 other : std::as_const(*others)) {
                if (other != *entity && !m_splitOff.contains(other))
                    GUANXI_TRY_VOID(GraphSurgery::mergeEntities(m_db, *entity, other));
            }
        }
        GUANXI_TRY_VOID(execute(m_db, QStringLiteral("UPDATE entities SET type = ?2, kind = ?3 WHERE id = ?1"),
                                {*entity, text(p, "to_type"), text(p, "to_kind")}));
        return dropDisallowedRelations(*entity);
    }

    // Relations brought in under the old type that the new type does not allow.
    Result<void> dropDisallowedRelations(qint64 entity)
    {
        QList<qint64> doomed;
        {
            GUANXI_TRY(query, m_db.prepare(QStringLiteral(
                "SELECT r.id, r.type, s.type, t.type FROM relations r JOIN entities s ON s.id = r.source_id "
                "JOIN entities t ON t.id = r.target_id WHERE r.source_id = ?1 OR r.target_id = ?1")));
            query->bind(1, entity);
            for (;;) {
                GUANXI_TRY(row, query->step());
                if (!*row)
                    break;
                const auto type = relationTypeFromString(query->columnText(1));
                const auto source = entityTypeFromString(query->columnText(2));
                const auto target = entityTypeFromString(query->columnText(3));
                if (type && source && target && !isAllowed(*type, *source, *target))
                    doomed.append(query->columnInt64(0));
            }
        }
        for (qint64 id : std::as_const(doomed))
            GUANXI_TRY_VOID(execute(m_db, QStringLiteral("DELETE FROM relations WHERE id = ?1"), {id}));
        return {};
    }

    Result<void> deleteEntity(const QJsonObject &p)
    {
        GUANXI_TRY(doomed, GraphSurgery::resolveAll(m_db, object(p, "entity")));
        for (qint64 id : std::as_const(*doomed))
            GUANXI_TRY_VOID(execute(m_db, QStringLiteral("DELETE FROM entities WHERE id = ?1"), {id}));
        return {};
    }

    Result<void> deleteRelation(const QJsonObject &p)
    {
        const QJsonObject r = object(p, "relation");
        GUANXI_TRY(sources, GraphSurgery::resolveAll(m_db, object(r, "source")));
        GUANXI_TRY(targets, GraphSurgery::resolveAll(m_db, object(r, "target")));
        for (qint64 s : std::as_const(*sources)) {
            for (qint64 t : std::as_const(*targets)) {
                if (s == t)
                    continue;
                GUANXI_TRY(id, findBetween(m_db, text(r, "type"), s, t, text(r, "time")));
                if (*id != 0)
                    GUANXI_TRY_VOID(execute(m_db, QStringLiteral("DELETE FROM relations WHERE id = ?1"), {*id}));
            }
        }
        return {};
    }

    Result<void> editRelation(const QJsonObject &p)
    {
        const QJsonObject from = object(p, "from");
        const QJsonObject to = object(p, "to");
        GUANXI_TRY(source, GraphSurgery::resolve(m_db, object(to, "source")));
        GUANXI_TRY(target, GraphSurgery::resolve(m_db, object(to, "target")));
        if (*source == 0 || *target == 0 || *source == *target)
            return {};
        GUANXI_TRY(edited, findBetween(m_db, text(to, "type"), *source, *target, text(to, "time")));
        if (*edited == 0)
            return {};  // deleted since: nothing to keep in shape
        // An article read again states the relation as it was before the edit.
        GUANXI_TRY(stale, findBetween(m_db, text(from, "type"), *source, *target, text(from, "time")));
        if (*stale != 0 && *stale != *edited)
            GUANXI_TRY_VOID(GraphSurgery::foldRelation(m_db, *stale, *edited));
        return execute(m_db, QStringLiteral(
            "UPDATE relations SET role = ?2, amount = ?3, "
            "amount_value = CASE WHEN amount = ?3 THEN amount_value END, "
            "currency = CASE WHEN amount = ?3 THEN currency ELSE '' END WHERE id = ?1"),
                       {*edited, text(to, "role"), text(to, "amount")});
    }

    SqliteDatabase &m_db;
    QSet<qint64> m_splitOff;
};

} // namespace

Result<void> EditReplay::apply(SqliteDatabase &db)
{
    QList<LoggedEdit> edits;
    {
        GUANXI_TRY(query, db.prepare(QStringLiteral("SELECT op, payload FROM edit_log WHERE undone = 0 ORDER BY id")));
        for (;;) {
            GUANXI_TRY(row, query->step());
            if (!*row)
                break;
            edits.append(LoggedEdit{query->columnText(0),
                                    QJsonDocument::fromJson(query->columnText(1).toUtf8()).object()});
        }
    }
    if (edits.isEmpty())
        return {};
    return Replayer(db).run(edits);
}

} // namespace Guanxi::Internal
