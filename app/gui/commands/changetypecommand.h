#pragma once

#include "curationcommand.h"

#include <QCoreApplication>

#include <memory>

namespace Guanxi {

// Changes an entity's type or organisation kind.
class ChangeTypeCommand : public CurationCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeTypeCommand)

public:
    // Makes the edit; the command to push, or the reason it was refused.
    static Result<std::unique_ptr<ChangeTypeCommand>> create(Curation &curation, EntityId entity, const QString &name, EntityType type, OrgKind kind, ErrorSink onError);

private:
    using CurationCommand::CurationCommand;
};

} // namespace Guanxi
