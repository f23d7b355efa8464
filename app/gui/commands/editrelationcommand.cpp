#include "editrelationcommand.h"

namespace Guanxi {

Result<std::unique_ptr<EditRelationCommand>> EditRelationCommand::create(Curation &curation, RelationId relation, const RelationAttributes &attributes, const QString &label, ErrorSink onError)
{
    auto record = curation.editRelation(relation, attributes);
    if (!record)
        return tl::unexpected(record.error());
    return std::unique_ptr<EditRelationCommand>(new EditRelationCommand(curation, *record, tr("Edit %1").arg(label), std::move(onError)));
}

} // namespace Guanxi
