// guanxi-cli stats: what the database holds, as text or JSON.

#include "clisupport.h"
#include "commands.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Guanxi::Cli {

int runStatsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    CliSupport::prepare(parser, QStringLiteral("Counts the documents, entities (by type) and relations (by type) "
                                               "in the database."));
    parser.addOption(CliSupport::databaseOption());
    const QCommandLineOption json = CliSupport::jsonOption();
    parser.addOption(json);
    if (auto done = CliSupport::parse(parser, args))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return CliSupport::usageError(parser, QStringLiteral("stats: takes no arguments"));

    auto store = CliSupport::openForQuery(CliSupport::databasePath(parser));
    if (!store)
        return ExitInput;
    auto stats = store->stats();
    if (!stats) {
        CliSupport::printError(store->path(), stats.error());
        return ExitInput;
    }

    if (parser.isSet(json)) {
        QJsonObject entities;
        for (EntityType type : allEntityTypes)
            entities.insert(toString(type), stats->entitiesByType.value(type));
        QJsonObject relations;
        for (RelationType type : allRelationTypes)
            relations.insert(toString(type), stats->relationsByType.value(type));
        const QJsonObject out{
            {QStringLiteral("database"), store->path()},
            {QStringLiteral("documents"), stats->documents},
            {QStringLiteral("entities"), stats->entities},
            {QStringLiteral("relations"), stats->relations},
            {QStringLiteral("evidence"), stats->evidence},
            {QStringLiteral("entities_by_type"), entities},
            {QStringLiteral("relations_by_type"), relations},
        };
        CliSupport::writeOut(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    QString text = QStringLiteral("%1\ndocuments  %2\nentities   %3\n").arg(store->path()).arg(stats->documents)
                       .arg(stats->entities);
    for (EntityType type : allEntityTypes)
        text += QStringLiteral("  %1 %2\n").arg(toString(type).leftJustified(14)).arg(stats->entitiesByType.value(type));
    text += QStringLiteral("relations  %1\n").arg(stats->relations);
    for (RelationType type : allRelationTypes)
        text += QStringLiteral("  %1 %2\n").arg(toString(type).leftJustified(14)).arg(stats->relationsByType.value(type));
    text += QStringLiteral("evidence   %1\n").arg(stats->evidence);
    CliSupport::writeOut(text);
    return ExitOk;
}

} // namespace Guanxi::Cli
