#pragma once

#include "evidence.h"
#include "ids.h"
#include "timepoint.h"
#include "types.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Guanxi {

// A node of the graph: a person, organisation, lawsuit or product with its
// names. `key` is the id inside one JSON document ("e1"); `id` is the row id
// once stored. Lawsuits carry court, status and time.
struct Entity
{
    EntityId id;
    QString key;
    EntityType type = EntityType::Person;
    OrgKind kind = OrgKind::None; // organisations only
    QString name;
    QStringList aliases;          // every surface form met, plus known other-language names

    // Lawsuits only.
    QString court;
    LawsuitStatus status = LawsuitStatus::None;
    TimePoint time;

    double confidence = 1.0;
    bool isOptional = false;      // gold files only: neither rewarded nor punished
    QList<Evidence> evidence;     // mentions: the sentences the entity was met in

    // The name followed by the aliases, without duplicates.
    QStringList allNames() const;
    // Adds an alias unless an equal one is already present.
    void addAlias(const QString &alias);
};

} // namespace Guanxi
