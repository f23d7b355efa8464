#pragma once

#include "evidence.h"
#include "ids.h"
#include "timepoint.h"
#include "types.h"

#include <QList>
#include <QString>

#include <optional>

namespace Guanxi {

// A directed edge of the graph with its attributes (SCHEMA.md). In a JSON
// document the ends are entity keys; once stored they are also entity ids.
struct Relation
{
    RelationId id;
    RelationType type = RelationType::WorksAt;
    QString source;               // entity key
    QString target;               // entity key
    EntityId sourceId;            // set when stored
    EntityId targetId;

    TimePoint time;
    QString role;                 // 总裁, CEO, 董事会席位
    QString amount;               // as written: 10亿美元
    std::optional<double> amountValue; // 1000000000
    QString currency;             // ISO 4217: USD, CNY
    QString duration;             // ISO 8601 duration: P1Y

    double confidence = 1.0;
    bool isOptional = false;      // gold files only
    QList<Evidence> evidence;

    // The first evidence sentence, or an empty string.
    QString evidenceText() const { return evidence.isEmpty() ? QString() : evidence.first().sentence; }
};

} // namespace Guanxi
