// Placeholder for the export command, owned by the layout/export engineer,
// who replaces this file.

#include "clisupport.h"
#include "commands.h"

namespace Guanxi::Cli {

int runExportCommand(const QStringList &args)
{
    Q_UNUSED(args);
    CliSupport::printError(QStringLiteral("export"), QStringLiteral("not available yet"));
    return ExitUnavailable;
}

} // namespace Guanxi::Cli
