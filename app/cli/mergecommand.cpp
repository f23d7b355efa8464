// guanxi-cli merge: two entries for one entity become one; later ingests keep
// them merged.

#include "clisupport.h"
#include "commands.h"
#include "editsupport.h"

namespace Guanxi::Cli {

int runMergeCommand(const QStringList &args)
{
    QCommandLineParser parser;
    CliSupport::prepare(parser, QStringLiteral("Merges entity B into entity A: B's names become aliases of A, its "
                                               "relations and evidence move to A (duplicates collapse), and B is "
                                               "gone. Articles ingested later keep the two merged. Undo it in the "
                                               "viewer (Edit > Undo)."));
    parser.addOption(CliSupport::databaseOption());
    parser.addPositionalArgument(QStringLiteral("A"), QStringLiteral("The entity that stays: a name, an alias or an id (e12)."));
    parser.addPositionalArgument(QStringLiteral("B"), QStringLiteral("The entity merged into A."));
    if (auto done = CliSupport::parse(parser, args))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return CliSupport::usageError(parser, QStringLiteral("merge: give two entities, A and B (quote names with spaces)"));

    auto store = CliSupport::openForQuery(CliSupport::databasePath(parser));
    if (!store)
        return ExitInput;
    Curation curation(*store);
    const auto survivor = EditSupport::entity(curation, positional.at(0));
    const auto absorbed = survivor ? EditSupport::entity(curation, positional.at(1)) : std::nullopt;
    if (!survivor || !absorbed)
        return ExitInput;
    return EditSupport::report(*store, curation.mergeEntities(*survivor, *absorbed));
}

} // namespace Guanxi::Cli
