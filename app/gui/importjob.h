#pragma once

#include "common/error.h"
#include "common/progress.h"

#include <QDate>
#include <QStringList>

namespace Guanxi {

struct ImportSummary
{
    int documents = 0;
    int alreadyPresent = 0;
    int entitiesAdded = 0;
    int entitiesMerged = 0;   // found already stored (same type and name key) and merged into
    int relationsAdded = 0;
    QStringList failures;   // "file: message" for each file that could not be imported
};

// Imports articles (text/HTML through the Extractor) and graph JSON files
// (SCHEMA.md, ingested as they are) into a database. Opens its own GraphStore
// connection, so it runs on a worker thread while the GUI keeps reading.
// Every file is read and extracted first, then all documents are stored in one
// transaction: a cancelled import stores nothing.
class ImportJob
{
public:
    static Result<ImportSummary> run(const QString &databasePath, const QStringList &files, const QDate &published,
                                     const CancelToken *cancel, const ProgressSink &progress);
};

} // namespace Guanxi
