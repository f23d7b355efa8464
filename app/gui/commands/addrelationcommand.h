#pragma once

#include "curationcommand.h"

#include <QCoreApplication>

#include <memory>

namespace Guanxi {

// Adds a relation the user states, with a note as its evidence.
class AddRelationCommand : public CurationCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddRelationCommand)

public:
    // Makes the edit; the command to push, or the reason it was refused.
    static Result<std::unique_ptr<AddRelationCommand>> create(Curation &curation, EntityId source, EntityId target, const RelationAttributes &attributes, const QString &note, const QString &label, ErrorSink onError);

private:
    using CurationCommand::CurationCommand;
};

} // namespace Guanxi
