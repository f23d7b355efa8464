#include "rowimage.h"

#include "sqlite/sqlitedatabase.h"
#include "sqlite/sqlitestatement.h"
#include "storetry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <cmath>

namespace Guanxi::Internal {

namespace {

// Parents before children: inserting in this order satisfies the foreign
// keys; deleting in the reverse order never cascades into a row still wanted.
const QStringList &tableOrder()
{
    static const QStringList order{QStringLiteral("entities"), QStringLiteral("aliases"),
                                   QStringLiteral("relations"), QStringLiteral("evidence")};
    return order;
}

QString idList(const QSet<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString quoted(const QString &column)
{
    return QLatin1Char('"') + column + QLatin1Char('"');
}

Result<QStringList> columnsOf(SqliteDatabase &db, const QString &table)
{
    GUANXI_TRY(query, db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?1) ORDER BY cid")));
    query->bind(1, table);
    QStringList columns;
    for (;;) {
        GUANXI_TRY(row, query->step());
        if (!*row)
            break;
        columns.append(query->columnText(0));
    }
    return columns;
}

// Reads every column of the rows selected by `where` (which binds ?1 to a JSON
// array of ids) into `out`, keyed by row id.
Result<void> readRows(SqliteDatabase &db, const QString &table, const QString &where, const QSet<qint64> &ids,
                      QJsonObject &out)
{
    if (ids.isEmpty())
        return {};
    GUANXI_TRY(columns, columnsOf(db, table));
    QStringList select;
    for (const QString &c : std::as_const(*columns))
        select << QStringLiteral("typeof(%1)").arg(quoted(c)) << quoted(c);
    GUANXI_TRY(query, db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                                     .arg(select.join(QStringLiteral(", ")), table, where)));
    query->bind(1, idList(ids));
    for (;;) {
        GUANXI_TRY(row, query->step());
        if (!*row)
            break;
        QJsonObject values;
        for (int i = 0; i < columns->size(); ++i) {
            const QString type = query->columnText(2 * i);
            const int column = 2 * i + 1;
            QJsonValue value;
            if (type == QLatin1String("integer"))
                value = QJsonValue(query->columnInt64(column));
            else if (type == QLatin1String("real"))
                value = QJsonValue(query->columnDouble(column));
            else if (type != QLatin1String("null"))
                value = QJsonValue(query->columnText(column));
            values.insert(columns->at(i), value);
        }
        out.insert(QString::number(values.value(QStringLiteral("id")).toInteger()), values);
    }
    return {};
}

Result<QSet<qint64>> selectIds(SqliteDatabase &db, const QString &sql, const QSet<qint64> &ids)
{
    QSet<qint64> out;
    if (ids.isEmpty())
        return out;
    GUANXI_TRY(query, db.prepare(sql));
    query->bind(1, idList(ids));
    for (;;) {
        GUANXI_TRY(row, query->step());
        if (!*row)
            break;
        out.insert(query->columnInt64(0));
    }
    return out;
}

void bindValue(SqliteStatement &statement, int index, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined()) {
        statement.bindNull(index);
    } else if (value.isDouble()) {
        // JSON has one number type; integral values go back as integers, and
        // column affinity turns them into REAL where the column is REAL.
        const double d = value.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
            statement.bind(index, qint64(d));
        else
            statement.bind(index, d);
    } else {
        statement.bind(index, value.toString());
    }
}

} // namespace

Result<RowImage> RowImage::capture(SqliteDatabase &db, const QSet<qint64> &entities, const QSet<qint64> &relations)
{
    const QString inList = QStringLiteral("(SELECT value FROM json_each(?1))");
    QSet<qint64> allRelations = relations;
    GUANXI_TRY(touching, selectIds(db, QStringLiteral("SELECT id FROM relations WHERE source_id IN %1 "
                                                      "OR target_id IN %1").arg(inList), entities));
    allRelations.unite(*touching);
    GUANXI_TRY(entityEvidence, selectIds(db, QStringLiteral("SELECT id FROM evidence WHERE entity_id IN %1")
                                                 .arg(inList), entities));
    GUANXI_TRY(relationEvidence, selectIds(db, QStringLiteral("SELECT id FROM evidence WHERE relation_id IN %1")
                                                   .arg(inList), allRelations));
    GUANXI_TRY(aliases, selectIds(db, QStringLiteral("SELECT id FROM aliases WHERE entity_id IN %1").arg(inList),
                                  entities));

    RowImage image;
    const QString byId = QStringLiteral("id IN %1").arg(inList);
    const auto read = [&](const QString &table, const QSet<qint64> &ids) -> Result<void> {
        QJsonObject rows;
        GUANXI_TRY_VOID(readRows(db, table, byId, ids, rows));
        image.m_tables.insert(table, rows);
        return {};
    };
    GUANXI_TRY_VOID(read(QStringLiteral("entities"), entities));
    GUANXI_TRY_VOID(read(QStringLiteral("aliases"), *aliases));
    GUANXI_TRY_VOID(read(QStringLiteral("relations"), allRelations));
    GUANXI_TRY_VOID(read(QStringLiteral("evidence"), entityEvidence->unite(*relationEvidence)));
    return image;
}

RowImage RowImage::fromJson(const QJsonObject &object)
{
    RowImage image;
    image.m_tables = object;
    return image;
}

QJsonObject RowImage::toJson() const
{
    return m_tables;
}

QSet<qint64> RowImage::ids(const QString &table) const
{
    QSet<qint64> out;
    const QJsonObject rows = m_tables.value(table).toObject();
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it)
        out.insert(it.key().toLongLong());
    return out;
}

bool RowImage::isEmpty() const
{
    for (const QString &table : tableOrder()) {
        if (!m_tables.value(table).toObject().isEmpty())
            return false;
    }
    return true;
}

Result<void> RowImage::restore(SqliteDatabase &db, const RowImage &other) const
{
    const auto conflict = [&](const QString &table, const Error &e) {
        return makeError(Error::Category::Storage,
                         QStringLiteral("the %1 changed since this edit in a way that conflicts with putting them "
                                        "back; nothing was changed").arg(table),
                         e.detail(), e.code());
    };
    for (const QString &table : tableOrder()) {
        const QJsonObject rows = m_tables.value(table).toObject();
        for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
            const QJsonObject values = it.value().toObject();
            const QStringList columns = values.keys();
            QStringList names, placeholders, updates;
            for (int i = 0; i < columns.size(); ++i) {
                names << quoted(columns.at(i));
                placeholders << QStringLiteral("?%1").arg(i + 1);
                if (columns.at(i) != QLatin1String("id"))
                    updates << QStringLiteral("%1 = excluded.%1").arg(quoted(columns.at(i)));
            }
            const QString sql = QStringLiteral("INSERT INTO %1(%2) VALUES (%3) ON CONFLICT(id) DO %4")
                                    .arg(table, names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
                                         updates.isEmpty() ? QStringLiteral("NOTHING")
                                                           : QStringLiteral("UPDATE SET ") + updates.join(QStringLiteral(", ")));
            GUANXI_TRY(upsert, db.prepare(sql));
            for (int i = 0; i < columns.size(); ++i)
                bindValue(*upsert, i + 1, values.value(columns.at(i)));
            if (auto ok = upsert->exec(); !ok)
                return conflict(table, ok.error());
        }
    }
    for (auto table = tableOrder().crbegin(); table != tableOrder().crend(); ++table) {
        const QSet<qint64> keep = ids(*table);
        GUANXI_TRY(remove, db.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(*table)));
        for (qint64 id : other.ids(*table)) {
            if (keep.contains(id))
                continue;
            remove->reset();
            remove->bind(1, id);
            if (auto ok = remove->exec(); !ok)
                return conflict(*table, ok.error());
        }
    }
    return {};
}

} // namespace Guanxi::Internal
