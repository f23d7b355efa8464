#include "addrelationcommand.h"

namespace Guanxi {

Result<std::unique_ptr<AddRelationCommand>> AddRelationCommand::create(Curation &curation, EntityId source, EntityId target, const RelationAttributes &attributes, const QString &note, const QString &label, ErrorSink onError)
{
    auto record = curation.addRelation(source, target, attributes, note);
    if (!record)
        return tl::unexpected(record.error());
    return std::unique_ptr<AddRelationCommand>(new AddRelationCommand(curation, *record, tr("Add %1").arg(label), std::move(onError)));
}

} // namespace Guanxi
