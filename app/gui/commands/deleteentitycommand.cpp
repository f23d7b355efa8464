#include "deleteentitycommand.h"

namespace Guanxi {

Result<std::unique_ptr<DeleteEntityCommand>> DeleteEntityCommand::create(Curation &curation, EntityId entity, const QString &name, ErrorSink onError)
{
    auto record = curation.deleteEntity(entity);
    if (!record)
        return tl::unexpected(record.error());
    return std::unique_ptr<DeleteEntityCommand>(new DeleteEntityCommand(curation, *record, tr("Delete “%1”").arg(name), std::move(onError)));
}

} // namespace Guanxi
