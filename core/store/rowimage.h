#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace Guanxi::Internal {

class SqliteDatabase;

// A copy of the graph rows one edit may touch (entities, aliases, relations,
// evidence), column by column, as JSON. Two images, taken before and after an
// edit, make its exact inverse: restoring one puts every row back as it was,
// ids included, and removes the rows that only the other has.
class RowImage
{
public:
    // The rows reachable from these entities and relations: the entities, their
    // aliases, every relation at either end of them, the relations themselves,
    // and the evidence of all those entities and relations.
    static Result<RowImage> capture(SqliteDatabase &db, const QSet<qint64> &entities, const QSet<qint64> &relations);

    static RowImage fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    // Makes the database hold this image's rows: rows of this image are
    // inserted or updated, rows only in `other` are deleted. Call inside an
    // open transaction; a row that cannot be put back (the graph changed
    // since in a way that conflicts) is an Error{Storage}.
    Result<void> restore(SqliteDatabase &db, const RowImage &other) const;

    QSet<qint64> ids(const QString &table) const;
    bool isEmpty() const;

private:
    // table name → (row id → {column: value})
    QJsonObject m_tables;
};

} // namespace Guanxi::Internal
