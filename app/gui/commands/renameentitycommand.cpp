#include "renameentitycommand.h"

namespace Guanxi {

Result<std::unique_ptr<RenameEntityCommand>> RenameEntityCommand::create(Curation &curation, EntityId entity, const QString &oldName, const QString &newName, ErrorSink onError)
{
    auto record = curation.renameEntity(entity, newName);
    if (!record)
        return tl::unexpected(record.error());
    return std::unique_ptr<RenameEntityCommand>(new RenameEntityCommand(curation, *record, tr("Rename “%1” to “%2”").arg(oldName, newName), std::move(onError)));
}

} // namespace Guanxi
