// guanxi-cli ingest: read every input first, extract the articles on a pool
// of threads (the Extractor is immutable and shared) and store them in input
// order in one transaction, storing each as soon as it is extracted, so a bad
// file or a failed store leaves the database as it was (a database the run
// created is removed).

#include "clisupport.h"
#include "commands.h"

#include "common/inputfile.h"
#include "extract/extractor.h"
#include "model/graphjson.h"
#include "store/graphstore.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <condition_variable>
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
// Started, it lets the caller store input i as soon as it is done (take(i))
// while later ones are still being extracted: the store's single writer
// overlaps extraction instead of waiting for all of it. The destructor waits
// for every thread.
class Extraction
{
public:
    Extraction(QList<Input> &inputs, const Extractor *extractor, const QDate &date, const QString &language)
        : m_inputs(inputs), m_extractor(extractor), m_date(date), m_language(language),
          m_done(size_t(inputs.size()), false)
    {}
    ~Extraction() { finish(); }
    Extraction(const Extraction &) = delete;
    Extraction &operator=(const Extraction &) = delete;

    // On `jobs` background threads; showProgress prints each extraction.
    void start(int jobs, bool showProgress)
    {
        m_showProgress = showProgress;
        const int threads = int(std::min<qsizetype>(jobs, m_inputs.size()));
        for (int t = 0; t < threads; ++t)
            m_threads.emplace_back([this] { work(); });
    }
    // On this thread, every input, before returning.
    void runHere(bool showProgress)
    {
        m_showProgress = showProgress;
        work();
    }
    // Waits until input i is processed.
    void wait(qsizetype i)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_ready.wait(lock, [&] { return bool(m_done[size_t(i)]); });
    }
    // Waits for input i and moves its document out (or copies its error).
    Result<GraphDocument> take(qsizetype i)
    {
        wait(i);
        Input &input = m_inputs[i];
        if (!input.document)
            return tl::unexpected(input.document.error());
        GraphDocument document = std::move(*input.document);
        input.document = GraphDocument();  // taken; stays a success for the error count
        return document;
    }
    void finish()
    {
        for (std::thread &thread : m_threads)
            thread.join();
        m_threads.clear();
    }

private:
    void work()
    {
        for (qsizetype i = m_next++; i < m_inputs.size(); i = m_next++) {
            auto document = toDocument(m_inputs.at(i), m_extractor, m_date, m_language);
            const qsizetype count = ++m_count;
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                m_inputs[i].document = std::move(document);
                m_inputs[i].bytes = QByteArray();  // the text now lives in the document
                m_done[size_t(i)] = true;
                if (m_showProgress)
                    CliSupport::writeErr(QStringLiteral("\r[%1/%2] extracting\x1b[K").arg(count).arg(m_inputs.size()));
            }
            m_ready.notify_all();
        }
    }

    QList<Input> &m_inputs;
    const Extractor *m_extractor;
    const QDate m_date;
    const QString m_language;
    bool m_showProgress = false;
    std::vector<bool> m_done;  // guarded by m_mutex
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::atomic<qsizetype> m_next{0};
    std::atomic<qsizetype> m_count{0};
    std::vector<std::thread> m_threads;
};

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
    if (failures > 0) {
        CliSupport::printError(QStringLiteral("ingest"),
                               QStringLiteral("%1 of %2 files could not be read; nothing was stored")
                                   .arg(failures).arg(files.size()));
        return ExitInput;
    }

    // With more than one job, storing starts with the first document while
    // the rest are still extracted (one transaction either way). The database
    // is opened only once the first input is a document, so a run whose first
    // file is bad creates nothing; a file this run created is removed when a
    // later one fails.
    const qsizetype total = inputs.size();
    Extraction extraction(inputs, extractor.get(), date, parser.value(lang));
    const bool pipelined = jobCount > 1 && total > 1;
    if (pipelined)
        extraction.start(jobCount, false);  // the store's progress shows the pace
    else
        extraction.runHere(showProgress);
    if (showProgress && !pipelined)
        CliSupport::writeErr(QStringLiteral("\r\x1b[K"));
    extraction.wait(0);
    const auto reportExtractionErrors = [&]() -> bool {
        extraction.finish();
        int failed = 0;
        for (const Input &input : std::as_const(inputs)) {
            if (!input.document) {
                CliSupport::printError(input.path, input.document.error());
                ++failed;
            }
        }
        if (failed > 0)
            CliSupport::printError(QStringLiteral("ingest"),
                                   QStringLiteral("%1 of %2 files could not be read; nothing was stored")
                                       .arg(failed).arg(files.size()));
        return failed > 0;
    };
    // Run on one thread, every input is done: a bad one stops the run before
    // the database is touched, as it always did.
    const bool anyFailed = pipelined ? !inputs.at(0).document
                                     : std::any_of(inputs.cbegin(), inputs.cend(),
                                                   [](const Input &input) { return !input.document; });
    if (anyFailed) {
        reportExtractionErrors();
        return ExitInput;
    }

    const QString databasePath = CliSupport::databasePath(parser);
    const bool existed = QFileInfo::exists(databasePath);
    auto store = CliSupport::openForWrite(databasePath);
    if (!store)
        return ExitInput;  // ~Extraction waits for the threads
    qsizetype current = 0;  // progress is called before each document: on failure, the culprit
    auto reports = store->ingestEach(
        total, [&](qsizetype i) { return extraction.take(i); }, nullptr,
        [&](qint64 done, qint64, const QString &) {
            current = qsizetype(std::min<qint64>(done, total - 1));
            if (showProgress && done < total)
                CliSupport::writeErr(QStringLiteral("\r[%1/%2] storing %3\x1b[K").arg(done + 1).arg(total)
                                         .arg(inputs.at(done).path));
        });
    if (showProgress)
        CliSupport::writeErr(QStringLiteral("\r\x1b[K"));
    if (!reports) {
        store.reset();
        if (!existed) {
            QFile::remove(databasePath);
            for (const QString &side : GraphStore::sideFiles(databasePath))
                QFile::remove(side);
        }
        if (reportExtractionErrors())
            return ExitInput;
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
