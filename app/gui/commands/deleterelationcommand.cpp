#include "deleterelationcommand.h"

namespace Guanxi {

Result<std::unique_ptr<DeleteRelationCommand>> DeleteRelationCommand::create(Curation &curation, RelationId relation, const QString &label, ErrorSink onError)
{
    auto record = curation.deleteRelation(relation);
    if (!record)
        return tl::unexpected(record.error());
    return std::unique_ptr<DeleteRelationCommand>(new DeleteRelationCommand(curation, *record, tr("Delete %1").arg(label), std::move(onError)));
}

} // namespace Guanxi
