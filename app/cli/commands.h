#pragma once

#include <QStringList>

// The subcommands of guanxi-cli, one a file. Each takes its own argument list,
// whose first element is the command's display name ("guanxi-cli stats") and
// the rest the arguments after the subcommand, ready for
// QCommandLineParser::parse(). Each returns the process exit code: 0 success,
// 1 bad input or usage, 2 a feature this build does not have.

namespace Guanxi::Cli {

int runIngestCommand(const QStringList &args);
int runExtractCommand(const QStringList &args);
int runStatsCommand(const QStringList &args);
int runSearchCommand(const QStringList &args);
int runHistoryCommand(const QStringList &args);
// The user's edits (store/curation.h); they survive later ingests.
int runMergeCommand(const QStringList &args);
int runRenameCommand(const QStringList &args);
int runDeleteCommand(const QStringList &args);
int runRelateCommand(const QStringList &args);
// Defined in exportcommand.cpp, owned by the layout/export engineer.
int runExportCommand(const QStringList &args);

} // namespace Guanxi::Cli

