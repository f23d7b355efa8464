#include "editsupport.h"

#include "clisupport.h"

namespace Guanxi::Cli {

std::optional<EntityId> EditSupport::entity(const Curation &curation, const QString &text)
{
    auto found = curation.findEntity(text);
    if (!found) {
        CliSupport::printError(text.trimmed(), found.error().message() +
                                                   QStringLiteral("; \"guanxi-cli search\" lists names and ids"));
        return std::nullopt;
    }
    return *found;
}

int EditSupport::report(const GraphStore &store, const Result<EditRecord> &edit)
{
    if (!edit) {
        CliSupport::printError(store.path(), edit.error());
        return ExitInput;
    }
    QString line = edit->description;
    if (edit->relation.isValid() && edit->op == EditOp::AddRelation)
        line += QStringLiteral(" as r%1").arg(edit->relation.value());
    CliSupport::writeOut(QStringLiteral("%1 (edit %2)\n").arg(line).arg(edit->id.value()));
    return ExitOk;
}

} // namespace Guanxi::Cli
