#pragma once

#include "common/error.h"
#include "store/graphstore.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>

namespace Guanxi::Cli {

enum ExitCode { ExitOk = 0, ExitInput = 1, ExitUnavailable = 2 };

// What every subcommand shares: argument parsing with --help, the --db option,
// opening the store, and printing results and errors.
class CliSupport
{
public:
    // Sets up `parser` for a subcommand: description, --help, and positional
    // arguments described by the caller afterwards.
    static void prepare(QCommandLineParser &parser, const QString &description);
    // Parses `args`. Returns nullopt to go on, or the exit code when done
    // (help printed: 0; usage error printed: 1).
    static std::optional<int> parse(QCommandLineParser &parser, const QStringList &args);

    static QCommandLineOption databaseOption();
    // --json: print JSON instead of text.
    static QCommandLineOption jsonOption();
    // The --db value, or GraphStore::defaultPath().
    static QString databasePath(const QCommandLineParser &parser);

    // Opens an existing database for queries (read-only when the file or its
    // folder is not writable); prints an error and returns null when that fails.
    static std::unique_ptr<GraphStore> openForQuery(const QString &path);
    // Opens or creates a database for writing; prints the error on failure.
    static std::unique_ptr<GraphStore> openForWrite(const QString &path);

    // "guanxi-cli: <context>: <message>" on stderr.
    static void printError(const QString &context, const QString &message);
    static void printError(const QString &context, const Error &error);
    // A usage error: the message and a pointer to --help.
    static int usageError(const QCommandLineParser &parser, const QString &message);

    // UTF-8 to stdout / stderr, unbuffered by Qt.
    static void writeOut(const QByteArray &bytes);
    static void writeOut(const QString &text) { writeOut(text.toUtf8()); }
    static void writeErr(const QString &text);
    static bool isStderrTerminal();
};

} // namespace Guanxi::Cli
