#pragma once

#include "entity.h"
#include "relation.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Guanxi {

// Metadata of one ingested article.
struct DocumentInfo
{
    DocumentId id;
    QString name;         // file name, as in the JSON "document" field
    QString title;
    QString sourceUrl;
    QString source;       // the outlet named in a source line (来源:华尔街见闻)
    QDate published;
    QString language;     // BCP 47: "zh", "en"
    QString contentHash;  // hex SHA-256 of the decoded text, as the store records it (empty after extraction)
    QString text;         // the decoded original text; offsets point into it
};

// The graph of SCHEMA.md's JSON document: one article's extraction, a gold
// file, or a subgraph read back from the store. A value type, cheap to move.
struct GraphDocument
{
    DocumentInfo info;
    QList<Entity> entities;
    QList<Relation> relations;
    QString notes;

    // Index of the entity with this key, or -1.
    qsizetype indexOfEntity(const QString &key) const;
    const Entity *entity(const QString &key) const;
    Entity *entity(const QString &key);
};

} // namespace Guanxi
