#include "mergeentitiescommand.h"

namespace Guanxi {

Result<std::unique_ptr<MergeEntitiesCommand>> MergeEntitiesCommand::create(Curation &curation, EntityId survivor, const QString &survivorName, EntityId absorbed, const QString &absorbedName, ErrorSink onError)
{
    auto record = curation.mergeEntities(survivor, absorbed);
    if (!record)
        return tl::unexpected(record.error());
    return std::unique_ptr<MergeEntitiesCommand>(new MergeEntitiesCommand(curation, *record, tr("Merge “%1” into “%2”").arg(absorbedName, survivorName), std::move(onError)));
}

} // namespace Guanxi
