// guanxi-cli rename: give an entity the name the user wants shown.

#include "clisupport.h"
#include "commands.h"
#include "editsupport.h"

namespace Guanxi::Cli {

int runRenameCommand(const QStringList &args)
{
    QCommandLineParser parser;
    CliSupport::prepare(parser, QStringLiteral("Renames an entity. The old name stays an alias, so articles that "
                                               "use it still find the entity; the new name stays through later "
                                               "ingests."));
    parser.addOption(CliSupport::databaseOption());
    parser.addPositionalArgument(QStringLiteral("ENTITY"), QStringLiteral("A name, an alias or an id (e12)."));
    parser.addPositionalArgument(QStringLiteral("NEWNAME"), QStringLiteral("The name to show."));
    if (auto done = CliSupport::parse(parser, args))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return CliSupport::usageError(parser, QStringLiteral("rename: give an entity and its new name (quote names "
                                                             "with spaces)"));

    auto store = CliSupport::openForQuery(CliSupport::databasePath(parser));
    if (!store)
        return ExitInput;
    Curation curation(*store);
    const auto entity = EditSupport::entity(curation, positional.at(0));
    if (!entity)
        return ExitInput;
    return EditSupport::report(*store, curation.renameEntity(*entity, positional.at(1)));
}

} // namespace Guanxi::Cli
