#pragma once

#include "model/graphdocument.h"

#include <QFile>
#include <QString>

// Small builders for the store tests' GraphDocuments.
namespace Guanxi::Test {

inline Entity makeEntity(const QString &key, EntityType type, const QString &name, QStringList aliases = {})
{
    Entity e;
    e.key = key;
    e.type = type;
    e.name = name;
    e.aliases = aliases;
    if (type == EntityType::Organization)
        e.kind = OrgKind::Company;
    return e;
}

inline Relation makeRelation(RelationType type, const QString &source, const QString &target,
                             const QString &time = {}, const QString &sentence = {})
{
    Relation r;
    r.type = type;
    r.source = source;
    r.target = target;
    if (!time.isEmpty())
        r.time = *TimePoint::parse(time);
    if (!sentence.isEmpty())
        r.evidence.append(Evidence{.sentence = sentence});
    return r;
}

inline GraphDocument makeDocument(const QString &name, const QString &text)
{
    GraphDocument d;
    d.info.name = name;
    d.info.text = text;
    return d;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace Guanxi::Test
