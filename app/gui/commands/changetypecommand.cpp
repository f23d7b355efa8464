#include "changetypecommand.h"

namespace Guanxi {

Result<std::unique_ptr<ChangeTypeCommand>> ChangeTypeCommand::create(Curation &curation, EntityId entity, const QString &name, EntityType type, OrgKind kind, ErrorSink onError)
{
    auto record = curation.changeType(entity, type, kind);
    if (!record)
        return tl::unexpected(record.error());
    return std::unique_ptr<ChangeTypeCommand>(new ChangeTypeCommand(curation, *record, tr("Change the type of “%1”").arg(name), std::move(onError)));
}

} // namespace Guanxi
