#pragma once

#include "curationcommand.h"

#include <QCoreApplication>

#include <memory>

namespace Guanxi {

// Changes a relation's type, time, role or amount.
class EditRelationCommand : public CurationCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditRelationCommand)

public:
    // Makes the edit; the command to push, or the reason it was refused.
    static Result<std::unique_ptr<EditRelationCommand>> create(Curation &curation, RelationId relation, const RelationAttributes &attributes, const QString &label, ErrorSink onError);

private:
    using CurationCommand::CurationCommand;
};

} // namespace Guanxi
