// guanxi-cli search: entities whose names contain the text, best first.

#include "clisupport.h"
#include "commands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Guanxi::Cli {

int runSearchCommand(const QStringList &args)
{
    QCommandLineParser parser;
    CliSupport::prepare(parser, QStringLiteral("Finds entities by any of their names, Chinese or English: exact "
                                               "names first, then prefixes, then substrings."));
    parser.addOption(CliSupport::databaseOption());
    const QCommandLineOption json = CliSupport::jsonOption();
    const QCommandLineOption limit(QStringList{QStringLiteral("limit")},
                                   QStringLiteral("At most this many results (default 20)."), QStringLiteral("n"),
                                   QStringLiteral("20"));
    parser.addOption(json);
    parser.addOption(limit);
    parser.addPositionalArgument(QStringLiteral("text"), QStringLiteral("What to look for."), QStringLiteral("TEXT"));
    if (auto done = CliSupport::parse(parser, args))
        return *done;

    const QStringList words = parser.positionalArguments();
    const QString text = words.join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty())
        return CliSupport::usageError(parser, QStringLiteral("search: give the text to look for"));
    bool ok = false;
    const int max = parser.value(limit).toInt(&ok);
    if (!ok || max <= 0)
        return CliSupport::usageError(parser, QStringLiteral("search: --limit must be a positive number"));

    auto store = CliSupport::openForQuery(CliSupport::databasePath(parser));
    if (!store)
        return ExitInput;
    auto hits = store->search(text, max);
    if (!hits) {
        CliSupport::printError(store->path(), hits.error());
        return ExitInput;
    }

    if (parser.isSet(json)) {
        QJsonArray out;
        for (const SearchHit &hit : *hits) {
            out.append(QJsonObject{
                {QStringLiteral("id"), hit.entity.id.value()},
                {QStringLiteral("type"), toString(hit.entity.type)},
                {QStringLiteral("name"), hit.entity.name},
                {QStringLiteral("aliases"), QJsonArray::fromStringList(hit.entity.aliases)},
                {QStringLiteral("matched"), hit.matched},
                {QStringLiteral("score"), hit.score},
            });
        }
        CliSupport::writeOut(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (hits->isEmpty()) {
        CliSupport::writeErr(QStringLiteral("guanxi-cli: search: nothing matches \"%1\"\n").arg(text));
        return ExitOk;
    }
    QString out;
    for (const SearchHit &hit : *hits) {
        QStringList others = hit.entity.aliases;
        others.removeAll(hit.entity.name);
        out += QStringLiteral("%1\t%2\t%3").arg(hit.entity.id.value()).arg(toString(hit.entity.type), hit.entity.name);
        if (!others.isEmpty())
            out += QStringLiteral("\t(%1)").arg(others.join(QStringLiteral(", ")));
        out += QLatin1Char('\n');
    }
    CliSupport::writeOut(out);
    return ExitOk;
}

} // namespace Guanxi::Cli
