// guanxi-cli relate: state a relation the articles missed, with a note as its
// evidence; it is marked as the user's.

#include "clisupport.h"
#include "commands.h"
#include "editsupport.h"

namespace Guanxi::Cli {

int runRelateCommand(const QStringList &args)
{
    QCommandLineParser parser;
    CliSupport::prepare(parser, QStringLiteral("Adds a relation A TYPE B. Its evidence is your note, marked as "
                                               "added by you. Types: founded, works_at, joined, left, on_leave, "
                                               "invested_in, plaintiff_in, defendant_in, competitor_of, develops, "
                                               "subsidiary_of."));
    parser.addOption(CliSupport::databaseOption());
    const QCommandLineOption time(QStringList{QStringLiteral("time")},
                                  QStringLiteral("When: 2024, 2024-06, 2024-06-03 or 2024-W31."), QStringLiteral("time"));
    const QCommandLineOption role(QStringList{QStringLiteral("role")}, QStringLiteral("A role (CEO, 总裁)."),
                                  QStringLiteral("role"));
    const QCommandLineOption amount(QStringList{QStringLiteral("amount")},
                                    QStringLiteral("An amount as written (10亿美元)."), QStringLiteral("amount"));
    const QCommandLineOption note(QStringList{QStringLiteral("note")},
                                  QStringLiteral("Why you know it; shown as the relation's evidence."),
                                  QStringLiteral("text"));
    parser.addOptions({time, role, amount, note});
    parser.addPositionalArgument(QStringLiteral("A"), QStringLiteral("The source: a name, an alias or an id (e12)."));
    parser.addPositionalArgument(QStringLiteral("TYPE"), QStringLiteral("The relation type."));
    parser.addPositionalArgument(QStringLiteral("B"), QStringLiteral("The target."));
    if (auto done = CliSupport::parse(parser, args))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return CliSupport::usageError(parser, QStringLiteral("relate: give A TYPE B (quote names with spaces)"));
    RelationAttributes attributes;
    const auto type = relationTypeFromString(positional.at(1).trimmed().toLower());
    if (!type)
        return CliSupport::usageError(parser, QStringLiteral("relate: unknown relation type \"%1\"").arg(positional.at(1)));
    attributes.type = *type;
    if (parser.isSet(time)) {
        const auto parsed = TimePoint::parse(parser.value(time).trimmed());
        if (!parsed)
            return CliSupport::usageError(parser, QStringLiteral("relate: \"%1\" is not a time like 2024, 2024-06, "
                                                                 "2024-06-03 or 2024-W31").arg(parser.value(time)));
        attributes.time = *parsed;
    }
    attributes.role = parser.value(role);
    attributes.amount = parser.value(amount);

    auto store = CliSupport::openForQuery(CliSupport::databasePath(parser));
    if (!store)
        return ExitInput;
    Curation curation(*store);
    const auto source = EditSupport::entity(curation, positional.at(0));
    const auto target = source ? EditSupport::entity(curation, positional.at(2)) : std::nullopt;
    if (!source || !target)
        return ExitInput;
    return EditSupport::report(*store, curation.addRelation(*source, *target, attributes, parser.value(note)));
}

} // namespace Guanxi::Cli
