#include "importjob.h"

#include "common/inputfile.h"
#include "extract/extractor.h"
#include "model/graphjson.h"
#include "store/graphstore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Guanxi {

namespace {

Error cancelledError()
{
    return Error(Error::Category::Cancelled,
                 QCoreApplication::translate("Guanxi::ImportJob", "Import cancelled; nothing was stored"));
}

void count(ImportSummary &summary, const IngestReport &report)
{
    ++summary.documents;
    summary.alreadyPresent += report.alreadyPresent ? 1 : 0;
    summary.entitiesAdded += report.entitiesAdded;
    summary.entitiesMerged += report.entitiesMerged;
    summary.relationsAdded += report.relationsAdded;
}

} // namespace

Result<ImportSummary> ImportJob::run(const QString &databasePath, const QStringList &files, const QDate &published,
                                     const CancelToken *cancel, const ProgressSink &progress)
{
    auto store = GraphStore::open(databasePath);
    if (!store)
        return tl::unexpected(store.error());
    std::shared_ptr<const Extractor> extractor;
    ImportSummary summary;
    QList<GraphDocument> documents;
    QStringList names;
    // One step per file to read and extract, one more to store them all.
    const qint64 steps = files.size() + 1;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (cancel && cancel->isCancelled())
            return tl::unexpected(cancelledError());
        const QString &path = files[i];
        const QString name = QFileInfo(path).fileName();
        if (progress)
            progress(i, steps, name);
        // Through InputFile, as the CLI: a file over its size limit is refused before it is read.
        const Result<QByteArray> read = InputFile::read(path);
        if (!read) {
            summary.failures.append(name + QStringLiteral(": ") + read.error().toString());
            continue;
        }
        const QByteArray &bytes = *read;
        Result<GraphDocument> graph;
        if (QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) {
            graph = GraphJson::read(bytes);
        } else {
            if (!extractor) {
                auto created = Extractor::create();
                if (!created)
                    return tl::unexpected(created.error());
                extractor = *created;
            }
            graph = extractor->extract(bytes, ExtractRequest{name, published}, {}, cancel);
        }
        if (!graph) {
            if (graph.error().isCancelled())
                return tl::unexpected(cancelledError());
            summary.failures.append(name + QStringLiteral(": ") + graph.error().toString());
            continue;
        }
        if (graph->info.name.isEmpty())
            graph->info.name = name;
        if (!graph->info.published.isValid())
            graph->info.published = published;
        documents.append(std::move(*graph));
        names.append(name);
    }
    if (cancel && cancel->isCancelled())
        return tl::unexpected(cancelledError());
    if (progress)
        progress(files.size(), steps,
                 QCoreApplication::translate("Guanxi::ImportJob", "Storing %n document(s)", nullptr,
                                             int(documents.size())));
    // Nothing read: no write transaction either, so other connections see no change.
    auto reports = documents.isEmpty() ? Result<QList<IngestReport>>() : (*store)->ingestAll(documents, cancel);
    if (reports) {
        for (const IngestReport &report : std::as_const(*reports))
            count(summary, report);
    } else if (reports.error().isCancelled()) {
        return tl::unexpected(cancelledError());
    } else {
        // One document the store refuses must not cost the others: store them one by one.
        for (qsizetype i = 0; i < documents.size(); ++i) {
            auto report = (*store)->ingest(documents[i], cancel);
            if (report)
                count(summary, *report);
            else if (report.error().isCancelled())
                return tl::unexpected(cancelledError());
            else
                summary.failures.append(names[i] + QStringLiteral(": ") + report.error().toString());
        }
    }
    if (progress)
        progress(steps, steps, QString());
    return summary;
}

} // namespace Guanxi
