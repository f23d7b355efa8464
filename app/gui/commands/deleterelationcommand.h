#pragma once

#include "curationcommand.h"

#include <QCoreApplication>

#include <memory>

namespace Guanxi {

// Deletes one relation.
class DeleteRelationCommand : public CurationCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteRelationCommand)

public:
    // Makes the edit; the command to push, or the reason it was refused.
    static Result<std::unique_ptr<DeleteRelationCommand>> create(Curation &curation, RelationId relation, const QString &label, ErrorSink onError);

private:
    using CurationCommand::CurationCommand;
};

} // namespace Guanxi
