// guanxi-cli: ingest articles into the graph database and query it.

#include "clisupport.h"
#include "commands.h"

#include <QCoreApplication>
#ifdef GUANXI_CLI_HAS_CANVAS
#include <QGuiApplication>
#endif

#include <clocale>
#include <cstring>
#include <memory>

using namespace Guanxi::Cli;

namespace {

struct Command
{
    const char *name;
    int (*run)(const QStringList &args);
    const char *summary;
};

const Command kCommands[] = {
    {"ingest", runIngestCommand, "extract articles (or read SCHEMA JSON files) and add them to the database"},
    {"extract", runExtractCommand, "print the graph of one article as SCHEMA JSON"},
    {"stats", runStatsCommand, "count documents, entities and relations in the database"},
    {"search", runSearchCommand, "find entities by any of their names"},
    {"history", runHistoryCommand, "show a person's founded/joined/works_at/left/on_leave history"},
    {"export", runExportCommand, "write the graph in another format"},
    {"merge", runMergeCommand, "merge entity B into entity A (kept through later ingests)"},
    {"rename", runRenameCommand, "give an entity a new name (the old one stays an alias)"},
    {"delete", runDeleteCommand, "delete an entity or, with --relation, one relation"},
    {"relate", runRelateCommand, "add a relation A TYPE B with your note as evidence"},
};

QString usage()
{
    QString text = QStringLiteral("Usage: guanxi-cli <command> [options]\n\n"
                                  "Guanxi (关系): a knowledge graph of people and organisations read from news.\n\n"
                                  "Commands:\n");
    for (const Command &c : kCommands)
        text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(c.name).leftJustified(8), QString::fromUtf8(c.summary));
    text += QStringLiteral("\nRun \"guanxi-cli <command> --help\" for a command's options.\n");
    return text;
}

// `export` draws images with Qt's font machinery, which needs a
// QGuiApplication; the CLI is headless, so it renders on the offscreen
// platform unless the user chose another. Other commands stay QtCore-only.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
#ifdef GUANXI_CLI_HAS_CANVAS
    if (argc > 1 && std::strcmp(argv[1], "export") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Guanxi"));
    QCoreApplication::setApplicationName(QStringLiteral("guanxi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUANXI_VERSION));
    // Numbers are formatted and parsed in the C locale everywhere (Graphviz, JSON).
    std::setlocale(LC_NUMERIC, "C");

    const QStringList args = QCoreApplication::arguments();
    const QString name = args.value(1);
    if (name.isEmpty()) {
        CliSupport::writeErr(usage());
        return ExitInput;
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        CliSupport::writeOut(usage());
        return ExitOk;
    }
    if (name == QLatin1String("--version")) {
        CliSupport::writeOut(QStringLiteral("guanxi-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    for (const Command &c : kCommands) {
        if (name == QLatin1String(c.name)) {
            QStringList commandArgs = args.mid(2);
            commandArgs.prepend(QStringLiteral("guanxi-cli ") + name);
            return c.run(commandArgs);
        }
    }
    CliSupport::writeErr(QStringLiteral("guanxi-cli: unknown command \"%1\"\n\n").arg(name) + usage());
    return ExitInput;
}
