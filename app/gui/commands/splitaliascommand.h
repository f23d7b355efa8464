#pragma once

#include "curationcommand.h"

#include <QCoreApplication>

#include <memory>

namespace Guanxi {

// Makes one alias of an entity an entity of its own.
class SplitAliasCommand : public CurationCommand
{
    Q_DECLARE_TR_FUNCTIONS(SplitAliasCommand)

public:
    // Makes the edit; the command to push, or the reason it was refused.
    static Result<std::unique_ptr<SplitAliasCommand>> create(Curation &curation, EntityId entity, const QString &name, const QString &alias, ErrorSink onError);

private:
    using CurationCommand::CurationCommand;
};

} // namespace Guanxi
