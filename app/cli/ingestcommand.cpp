// guanxi-cli ingest: read every input first and extract the articles on a
// pool of threads (the Extractor is immutable and shared), then store them all
// in input order in one transaction, so a bad file stops the run before
// anything is written and a failed store leaves the database as it was.

#include "clisupport.h"
#include "commands.h"

#include "common/inputfile.h"
#include "extract/extractor.h"
#include "model/graphjson.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace Guanxi::Cli {

namespace {

struct Input
{
    QString path;
    QByteArray bytes;
    Result<GraphDocument> document = makeError(Error::Category::Internal, QStringLiteral("not processed"));
};

// Through InputFile: a file over its size limit is refused before it is read.
Result<QByteArray> readFile(const QString &path)
{
    return InputFile::read(path);
}

bool isJson(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
}

// Parses or extracts one input; safe on any thread (the extractor is shared).
Result<GraphDocument> toDocument(const Input &input, const Extractor *extractor, const QDate &date,
                                 const QString &language)
{
    const QString name = QFileInfo(input.path).fileName();
    if (isJson(input.path)) {
        auto document = GraphJson::read(input.bytes);
        if (document && document->info.name.isEmpty())
            document->info.name = name;
        return document;
    }
    auto document = extractor->extract(input.bytes, ExtractRequest{name, date, language});
    if (document) {
        if (document->info.name.isEmpty())
            document->info.name = name;
        if (!document->info.published.isValid())
            document->info.published = date;
        if (document->info.text.isEmpty())
            document->info.text = QString::fromUtf8(input.bytes);
    }
    return document;
}

// Runs toDocument over every input on `jobs` threads, each taking the next
// unclaimed input; results land in their input's slot, so order is kept.
void toDocuments(QList<Input> &inputs, const Extractor *extractor, const QDate &date, const QString &language, int jobs,
                 bool showProgress)
{
    std::atomic<qsizetype> next{0};
    std::atomic<qsizetype> done{0};
    std::mutex progressMutex;
    const auto work = [&] {
        for (qsizetype i = next++; i < inputs.size(); i = next++) {
            inputs[i].document = toDocument(inputs.at(i), extractor, date, language);
            inputs[i].bytes = QByteArray();  // the text now lives in the document
            const qsizetype count = ++done;
            if (showProgress) {
                const std::lock_guard<std::mutex> lock(progressMutex);
                CliSupport::writeErr(QStringLiteral("\r[%1/%2] extracting\x1b[K").arg(count).arg(inputs.size()));
            }
        }
    };
    const int threads = int(std::min<qsizetype>(jobs, inputs.size()));
    if (threads <= 1) {
        work();
        return;
    }
    std::vector<std::thread> pool;
    pool.reserve(size_t(threads - 1));
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();  // this thread is one of the workers
    for (std::thread &thread : pool)
        thread.join();
}

} // namespace

int runIngestCommand(const QStringList &args)
{
    QCommandLineParser parser;
    CliSupport::prepare(parser,
                        QStringLiteral("Adds articles to the database. A .json file in the SCHEMA format is stored "
                                       "as it is; any other file is an article, read and extracted first. Entities "
                                       "merge with stored ones that share a name. Nothing is written unless every "
                                       "file can be read."));
    parser.addOption(CliSupport::databaseOption());
    const QCommandLineOption published(QStringList{QStringLiteral("published")},
                                       QStringLiteral("Publication date of the articles, to resolve relative "
                                                      "times (本周, 去年8月)."),
                                       QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption lexicon(QStringList{QStringLiteral("lexicon")},
                                     QStringLiteral("An extra lexicon file (TSV); may be repeated."),
                                     QStringLiteral("file"));
    const QCommandLineOption jobs(QStringList{QStringLiteral("j"), QStringLiteral("jobs")},
                                  QStringLiteral("Articles extracted at once (default: one per core)."),
                                  QStringLiteral("N"));
    const QCommandLineOption lang(QStringList{QStringLiteral("lang")},
                                  QStringLiteral("Language of the articles: zh, en or auto (default: detected "
                                                 "per paragraph)."),
                                  QStringLiteral("zh|en|auto"), QStringLiteral("auto"));
    parser.addOption(published);
    parser.addOption(lexicon);
    parser.addOption(jobs);
    parser.addOption(lang);
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Articles or SCHEMA JSON files."),
                                 QStringLiteral("FILE..."));
    if (auto done = CliSupport::parse(parser, args))
        return *done;

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return CliSupport::usageError(parser, QStringLiteral("ingest: give at least one file"));
    QDate date;
    if (parser.isSet(published)) {
        date = QDate::fromString(parser.value(published), Qt::ISODate);
        if (!date.isValid())
            return CliSupport::usageError(parser, QStringLiteral("ingest: --published %1 is not a date like 2024-08-11")
                                                      .arg(parser.value(published)));
    }

    if (!QStringList{QStringLiteral("zh"), QStringLiteral("en"), QStringLiteral("auto")}.contains(parser.value(lang)))
        return CliSupport::usageError(parser, QStringLiteral("ingest: --lang %1 is not zh, en or auto").arg(parser.value(lang)));

    int jobCount = std::max(1, QThread::idealThreadCount());
    if (parser.isSet(jobs)) {
        bool ok = false;
        jobCount = parser.value(jobs).toInt(&ok);
        if (!ok || jobCount < 1)
            return CliSupport::usageError(parser, QStringLiteral("ingest: --jobs %1 is not a whole number of at least 1")
                                                      .arg(parser.value(jobs)));
    }

    const bool showProgress = CliSupport::isStderrTerminal() && files.size() > 1;
    std::shared_ptr<const Extractor> extractor;
    QList<Input> inputs;
    inputs.reserve(files.size());
    int failures = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        if (showProgress)
            CliSupport::writeErr(QStringLiteral("\r[%1/%2] reading %3\x1b[K").arg(i + 1).arg(files.size()).arg(path));
        auto bytes = readFile(path);
        if (!bytes) {
            if (showProgress)
                CliSupport::writeErr(QStringLiteral("\n"));
            CliSupport::printError(path, bytes.error());
            ++failures;
            continue;
        }
        if (!isJson(path) && !extractor) {
            ExtractorOptions options;
            options.extraLexicons = parser.values(lexicon);
            auto created = Extractor::create(options);
            if (!created) {
                CliSupport::printError(QStringLiteral("extractor"), created.error());
                return ExitInput;
            }
            extractor = std::move(*created);
        }
        inputs.append(Input{path, std::move(*bytes)});
    }
    if (failures == 0)
        toDocuments(inputs, extractor.get(), date, parser.value(lang), jobCount, showProgress);
    if (showProgress)
        CliSupport::writeErr(QStringLiteral("\r\x1b[K"));
    QList<GraphDocument> documents;
    documents.reserve(inputs.size());
    for (Input &input : inputs) {
        if (failures > 0 && !input.document)
            continue;  // a read failed: extraction was skipped
        if (!input.document) {
            CliSupport::printError(input.path, input.document.error());
            ++failures;
            continue;
        }
        documents.append(std::move(*input.document));
    }
    if (failures > 0) {
        CliSupport::printError(QStringLiteral("ingest"),
                               QStringLiteral("%1 of %2 files could not be read; nothing was stored")
                                   .arg(failures).arg(files.size()));
        return ExitInput;
    }

    auto store = CliSupport::openForWrite(CliSupport::databasePath(parser));
    if (!store)
        return ExitInput;
    const qsizetype total = documents.size();
    qsizetype current = 0;  // progress is called before each document: on failure, the culprit
    auto reports = store->ingestAll(documents, nullptr, [&](qint64 done, qint64, const QString &) {
        current = qsizetype(std::min<qint64>(done, total - 1));
        if (showProgress && done < total)
            CliSupport::writeErr(QStringLiteral("\r[%1/%2] storing %3\x1b[K").arg(done + 1).arg(total)
                                     .arg(inputs.at(done).path));
    });
    if (showProgress)
        CliSupport::writeErr(QStringLiteral("\r\x1b[K"));
    if (!reports) {
        CliSupport::printError(inputs.at(current).path, reports.error());
        if (total > 1)
            CliSupport::printError(QStringLiteral("ingest"), QStringLiteral("nothing was stored"));
        return ExitInput;
    }
    for (qsizetype i = 0; i < total; ++i) {
        const QString &path = inputs.at(i).path;
        const IngestReport &report = reports->at(i);
        if (report.alreadyPresent) {
            CliSupport::writeOut(QStringLiteral("%1: already in the database (document %2)\n")
                                     .arg(path).arg(report.document.value()));
        } else {
            CliSupport::writeOut(QStringLiteral("%1: document %2: %3 new entities, %4 merged; %5 new relations, %6 merged\n")
                                     .arg(path).arg(report.document.value())
                                     .arg(report.entitiesAdded).arg(report.entitiesMerged)
                                     .arg(report.relationsAdded).arg(report.relationsMerged));
        }
    }
    return ExitOk;
}

} // namespace Guanxi::Cli
