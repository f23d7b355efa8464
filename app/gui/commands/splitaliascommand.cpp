#include "splitaliascommand.h"

namespace Guanxi {

Result<std::unique_ptr<SplitAliasCommand>> SplitAliasCommand::create(Curation &curation, EntityId entity, const QString &name, const QString &alias, ErrorSink onError)
{
    auto record = curation.splitAlias(entity, alias);
    if (!record)
        return tl::unexpected(record.error());
    return std::unique_ptr<SplitAliasCommand>(new SplitAliasCommand(curation, *record, tr("Split “%1” off “%2”").arg(alias, name), std::move(onError)));
}

} // namespace Guanxi
