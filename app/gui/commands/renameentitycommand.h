#pragma once

#include "curationcommand.h"

#include <QCoreApplication>

#include <memory>

namespace Guanxi {

// Gives an entity a new name; the old one stays an alias.
class RenameEntityCommand : public CurationCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenameEntityCommand)

public:
    // Makes the edit; the command to push, or the reason it was refused.
    static Result<std::unique_ptr<RenameEntityCommand>> create(Curation &curation, EntityId entity, const QString &oldName, const QString &newName, ErrorSink onError);

private:
    using CurationCommand::CurationCommand;
};

} // namespace Guanxi
