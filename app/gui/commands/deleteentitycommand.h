#pragma once

#include "curationcommand.h"

#include <QCoreApplication>

#include <memory>

namespace Guanxi {

// Deletes an entity with its relations.
class DeleteEntityCommand : public CurationCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteEntityCommand)

public:
    // Makes the edit; the command to push, or the reason it was refused.
    static Result<std::unique_ptr<DeleteEntityCommand>> create(Curation &curation, EntityId entity, const QString &name, ErrorSink onError);

private:
    using CurationCommand::CurationCommand;
};

} // namespace Guanxi
