#pragma once

#include "model/ids.h"

#include <QDateTime>
#include <QString>

namespace Guanxi {

using EditId = Id<struct EditIdTag>;

enum class EditOp { MergeEntities, SplitAlias, RenameEntity, ChangeType, DeleteEntity, DeleteRelation, AddRelation,
                    EditRelation };

QString toString(EditOp op);

// One user edit as kept in the store's edit log: what it was, in words, and
// the entity or relation it leaves in view (the survivor of a merge, the new
// entity of a split, the added relation).
struct EditRecord
{
    EditId id;
    QDateTime time;           // UTC
    EditOp op = EditOp::RenameEntity;
    QString description;      // "merged “Sam” into “Sam Altman”"
    bool isUndone = false;
    EntityId entity;
    RelationId relation;
};

} // namespace Guanxi
