#pragma once

#include "curationcommand.h"

#include <QCoreApplication>

#include <memory>

namespace Guanxi {

// Merges one entity into another (Edit → Merge, or a node dropped on another).
class MergeEntitiesCommand : public CurationCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeEntitiesCommand)

public:
    // Makes the edit; the command to push, or the reason it was refused.
    static Result<std::unique_ptr<MergeEntitiesCommand>> create(Curation &curation, EntityId survivor, const QString &survivorName, EntityId absorbed, const QString &absorbedName, ErrorSink onError);

private:
    using CurationCommand::CurationCommand;
};

} // namespace Guanxi
