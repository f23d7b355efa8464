#include "clisupport.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace Guanxi::Cli {

void CliSupport::prepare(QCommandLineParser &parser, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
}

std::optional<int> CliSupport::parse(QCommandLineParser &parser, const QStringList &args)
{
    // parse(), not process(): process() exits with its own codes and prints
    // the application name rather than the subcommand.
    if (!parser.parse(args))
        return usageError(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        // helpText() names the program only; show the subcommand instead.
        const QString program = QCoreApplication::arguments().value(0);
        help.replace(QStringLiteral("Usage: ") + program, QStringLiteral("Usage: ") + args.value(0));
        writeOut(help);
        return ExitOk;
    }
    return std::nullopt;
}

QCommandLineOption CliSupport::jsonOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("json")}, QStringLiteral("Print JSON."));
}

QCommandLineOption CliSupport::databaseOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("db")},
                              QStringLiteral("The database file (default: %1).").arg(GraphStore::defaultPath()),
                              QStringLiteral("path"));
}

QString CliSupport::databasePath(const QCommandLineParser &parser)
{
    const QString path = parser.value(QStringLiteral("db"));
    return path.isEmpty() ? GraphStore::defaultPath() : path;
}

namespace {

// SQLite needs the file and, for its -wal, the folder writable to change a database.
bool canWrite(const QFileInfo &info)
{
    return info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
}

// The store says what is not writable; this says what the user can do with
// guanxi-cli (the viewer says File → Open database read-only… instead).
Error explainOpenError(const QString &path, const Error &error)
{
    const QFileInfo info(path);
    if (!info.isFile() || canWrite(info))
        return error;
    return Error(error.category(),
                 error.toString() + QStringLiteral("\nguanxi-cli can still read it (stats, search, history, export); "
                                                   "to add to it or edit it, make the file and its folder writable, "
                                                   "or work on a copy in a folder you can write."));
}

} // namespace

std::unique_ptr<GraphStore> CliSupport::openForQuery(const QString &path)
{
    const QFileInfo info(path);
    if (path != QLatin1String(":memory:") && !info.exists()) {
        printError(path, QStringLiteral("no database here yet; add articles with \"guanxi-cli ingest\" first"));
        return nullptr;
    }
    // A database the user may only read (the file or its folder) is still there to query.
    const auto mode = path == QLatin1String(":memory:") || canWrite(info) ? GraphStore::OpenMode::ReadWrite
                                                                          : GraphStore::OpenMode::ReadOnly;
    auto store = GraphStore::open(path, mode);
    if (!store) {
        printError(QStringLiteral("database"), store.error());
        return nullptr;
    }
    return std::move(*store);
}

std::unique_ptr<GraphStore> CliSupport::openForWrite(const QString &path)
{
    auto store = GraphStore::open(path, GraphStore::OpenMode::ReadWrite);
    if (!store) {
        printError(QStringLiteral("database"), explainOpenError(path, store.error()));
        return nullptr;
    }
    return std::move(*store);
}

void CliSupport::printError(const QString &context, const QString &message)
{
    writeErr(QStringLiteral("guanxi-cli: %1: %2\n").arg(context, message));
}

void CliSupport::printError(const QString &context, const Error &error)
{
    printError(context, error.toString());
}

int CliSupport::usageError(const QCommandLineParser &parser, const QString &message)
{
    Q_UNUSED(parser);
    writeErr(QStringLiteral("guanxi-cli: %1\nTry --help.\n").arg(message));
    return ExitInput;
}

void CliSupport::writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliSupport::writeErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

bool CliSupport::isStderrTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

} // namespace Guanxi::Cli
