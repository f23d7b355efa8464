// guanxi-cli delete: remove an entity (with its relations) or one relation;
// later ingests do not bring it back.

#include "clisupport.h"
#include "commands.h"
#include "editsupport.h"

#include <QRegularExpression>

namespace Guanxi::Cli {

int runDeleteCommand(const QStringList &args)
{
    QCommandLineParser parser;
    CliSupport::prepare(parser, QStringLiteral("Deletes an entity with all its relations, or with --relation one "
                                               "relation. Articles ingested later do not bring it back."));
    parser.addOption(CliSupport::databaseOption());
    const QCommandLineOption relation(QStringList{QStringLiteral("relation")},
                                      QStringLiteral("Delete the relation with this id (r12) instead of an entity."),
                                      QStringLiteral("id"));
    parser.addOption(relation);
    parser.addPositionalArgument(QStringLiteral("ENTITY"), QStringLiteral("A name, an alias or an id (e12)."));
    if (auto done = CliSupport::parse(parser, args))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const bool byRelation = parser.isSet(relation);
    if (byRelation == !positional.isEmpty() || positional.size() > 1)
        return CliSupport::usageError(parser, QStringLiteral("delete: give one entity, or --relation ID"));
    RelationId relationId;
    if (byRelation) {
        static const QRegularExpression pattern(QStringLiteral("^[rR]?(\\d+)$"));
        const auto match = pattern.match(parser.value(relation).trimmed());
        if (!match.hasMatch())
            return CliSupport::usageError(parser, QStringLiteral("delete: --relation takes a relation id like r12"));
        relationId = RelationId(match.captured(1).toLongLong());
    }

    auto store = CliSupport::openForQuery(CliSupport::databasePath(parser));
    if (!store)
        return ExitInput;
    Curation curation(*store);
    if (byRelation)
        return EditSupport::report(*store, curation.deleteRelation(relationId));
    const auto entity = EditSupport::entity(curation, positional.first());
    if (!entity)
        return ExitInput;
    return EditSupport::report(*store, curation.deleteEntity(*entity));
}

} // namespace Guanxi::Cli
