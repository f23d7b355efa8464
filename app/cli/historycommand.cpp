// guanxi-cli history: a person's career (founded, joined, works_at, left,
// on_leave) in time order, each step with the sentences that support it.

#include "clisupport.h"
#include "commands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Guanxi::Cli {

int runHistoryCommand(const QStringList &args)
{
    QCommandLineParser parser;
    CliSupport::prepare(parser, QStringLiteral("Shows a person's departure history: every founded, joined, "
                                               "works_at, left and on_leave relation in time order (an undated "
                                               "one beside the dated entry it follows at its organisation or in "
                                               "its article), with its evidence."));
    parser.addOption(CliSupport::databaseOption());
    const QCommandLineOption json = CliSupport::jsonOption();
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("person"), QStringLiteral("Any of the person's names."),
                                 QStringLiteral("PERSON"));
    if (auto done = CliSupport::parse(parser, args))
        return *done;
    const QString name = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (name.isEmpty())
        return CliSupport::usageError(parser, QStringLiteral("history: give a person's name"));

    auto store = CliSupport::openForQuery(CliSupport::databasePath(parser));
    if (!store)
        return ExitInput;
    auto found = store->findEntity(name);
    if (!found) {
        CliSupport::printError(store->path(), found.error());
        return ExitInput;
    }
    if (!*found) {
        CliSupport::printError(name, QStringLiteral("no one of that name in %1; try \"guanxi-cli search\"")
                                         .arg(store->path()));
        return ExitInput;
    }
    Entity person = **found;
    if (person.type != EntityType::Person) {
        // A name shared by an organisation and a person: the history is the person's.
        auto hits = store->search(name, 50);
        if (hits) {
            for (const SearchHit &hit : *hits) {
                if (hit.score >= 3.0 && hit.entity.type == EntityType::Person) {
                    person = hit.entity;
                    break;
                }
            }
        }
    }
    auto history = store->history(person.id);
    if (!history) {
        CliSupport::printError(store->path(), history.error());
        return ExitInput;
    }

    if (parser.isSet(json)) {
        QJsonArray entries;
        for (const HistoryEntry &h : *history) {
            QJsonArray evidence;
            for (const Evidence &e : h.relation.evidence) {
                evidence.append(QJsonObject{{QStringLiteral("sentence"), e.sentence},
                                            {QStringLiteral("document"), e.document},
                                            {QStringLiteral("document_id"), e.documentId.value()}});
            }
            QJsonObject entry{
                {QStringLiteral("time"), h.relation.time.isValid() ? h.relation.time.toString() : QString()},
                {QStringLiteral("type"), toString(h.relation.type)},
                {QStringLiteral("organization"), QJsonObject{{QStringLiteral("id"), h.organization.id.value()},
                                                             {QStringLiteral("name"), h.organization.name}}},
                {QStringLiteral("role"), h.relation.role},
                {QStringLiteral("evidence"), evidence},
            };
            if (!h.relation.duration.isEmpty())
                entry.insert(QStringLiteral("duration"), h.relation.duration);
            entries.append(entry);
        }
        const QJsonObject out{
            {QStringLiteral("person"), QJsonObject{{QStringLiteral("id"), person.id.value()},
                                                   {QStringLiteral("name"), person.name},
                                                   {QStringLiteral("aliases"), QJsonArray::fromStringList(person.aliases)}}},
            {QStringLiteral("history"), entries},
        };
        CliSupport::writeOut(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    QString out = QStringLiteral("%1 (%2)\n").arg(person.name).arg(person.id.value());
    if (history->isEmpty())
        out += QStringLiteral("  no founded/joined/works_at/left/on_leave relations stored\n");
    for (const HistoryEntry &h : *history) {
        const QString time = h.relation.time.isValid() ? h.relation.time.toString() : QStringLiteral("—");
        out += QStringLiteral("%1  %2 %3").arg(time.leftJustified(10), toString(h.relation.type).leftJustified(8),
                                              h.organization.name);
        if (!h.relation.role.isEmpty())
            out += QStringLiteral(" (%1)").arg(h.relation.role);
        if (!h.relation.duration.isEmpty())
            out += QStringLiteral(" for %1").arg(h.relation.duration);
        out += QLatin1Char('\n');
        for (const Evidence &e : h.relation.evidence)
            out += QStringLiteral("            “%1” — %2\n").arg(e.sentence, e.document);
    }
    CliSupport::writeOut(out);
    return ExitOk;
}

} // namespace Guanxi::Cli
