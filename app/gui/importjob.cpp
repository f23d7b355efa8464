#include "importjob.h"

#include "extract/extractor.h"
#include "model/graphjson.h"
#include "store/graphstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Guanxi {

Result<ImportSummary> ImportJob::run(const QString &databasePath, const QStringList &files, const QDate &published,
                                     const CancelToken *cancel, const ProgressSink &progress)
{
    auto store = GraphStore::open(databasePath);
    if (!store)
        return tl::unexpected(store.error());
    std::shared_ptr<const Extractor> extractor;
    ImportSummary summary;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (cancel && cancel->isCancelled())
            return makeError(Error::Category::Cancelled, QCoreApplication::translate("Guanxi::ImportJob", "Import cancelled"));
        const QString &path = files[i];
        const QString name = QFileInfo(path).fileName();
        if (progress)
            progress(i, files.size(), name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            summary.failures.append(name + QStringLiteral(": ") + file.errorString());
            continue;
        }
        const QByteArray bytes = file.readAll();
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
                return tl::unexpected(graph.error());
            summary.failures.append(name + QStringLiteral(": ") + graph.error().toString());
            continue;
        }
        if (graph->info.name.isEmpty())
            graph->info.name = name;
        if (!graph->info.published.isValid())
            graph->info.published = published;
        auto report = (*store)->ingest(*graph, cancel);
        if (!report) {
            if (report.error().isCancelled())
                return tl::unexpected(report.error());
            summary.failures.append(name + QStringLiteral(": ") + report.error().toString());
            continue;
        }
        ++summary.documents;
        summary.alreadyPresent += report->alreadyPresent ? 1 : 0;
        summary.entitiesAdded += report->entitiesAdded;
        summary.relationsAdded += report->relationsAdded;
    }
    if (progress)
        progress(files.size(), files.size(), QString());
    return summary;
}

} // namespace Guanxi
