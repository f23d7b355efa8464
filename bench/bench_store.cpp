// Store benchmarks on the generator's gold JSON (bench/corpus/generate.py):
// ingest speed (relations/s) and database size per entity on --data=DIR, and
// query latency (search, neighbourhood depth 2, history, open + first
// neighbourhood) on a large database built once from --big=DIR and cached in
// --cache=DIR (default: the system temp dir). Without --big the query
// benchmarks use the --data set. Environment: GUANXI_BENCH_DATA,
// GUANXI_BENCH_BIG, GUANXI_BENCH_CACHE.

#include "model/graphjson.h"
#include "store/graphstore.h"

#include <benchmark/benchmark.h>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using namespace Guanxi;

QString g_dataDir;
QString g_bigDir;
QString g_cacheDir;

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_store: %s\n", qPrintable(message));
    std::exit(2);
}

// Reads every article_NNNNN.json of `dir`, with the article text beside it.
std::vector<GraphDocument> loadDocuments(const QString &dir)
{
    if (dir.isEmpty())
        fail(QStringLiteral("no data directory; pass --data=DIR (bench/corpus/generate.py --out DIR)"));
    const QDir d(dir);
    const QStringList names = d.entryList({QStringLiteral("article_*.json")}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        fail(QStringLiteral("no article_*.json in %1").arg(dir));
    std::vector<GraphDocument> docs;
    docs.reserve(size_t(names.size()));
    for (const QString &name : names) {
        QFile json(d.filePath(name));
        if (!json.open(QIODevice::ReadOnly))
            fail(QStringLiteral("cannot read %1").arg(json.fileName()));
        auto doc = GraphJson::read(json.readAll());
        if (!doc)
            fail(QStringLiteral("%1: %2").arg(name, doc.error().toString()));
        QFile text(d.filePath(name.chopped(5) + QStringLiteral(".txt")));
        if (text.open(QIODevice::ReadOnly))
            doc->info.text = QString::fromUtf8(text.readAll());
        docs.push_back(std::move(*doc));
    }
    return docs;
}

const std::vector<GraphDocument> &smallDocs()
{
    static const std::vector<GraphDocument> docs = loadDocuments(g_dataDir);
    return docs;
}

qint64 fileSize(const QString &db)
{
    qint64 size = QFileInfo(db).size();
    for (const char *suffix : {"-wal", "-shm"}) {
        const QFileInfo extra(db + QString::fromLatin1(suffix));
        if (extra.exists())
            size += extra.size();
    }
    return size;
}

std::unique_ptr<GraphStore> openStore(const QString &path, GraphStore::OpenMode mode = GraphStore::OpenMode::ReadWrite)
{
    auto store = GraphStore::open(path, mode);
    if (!store)
        fail(store.error().toString());
    return std::move(*store);
}

// Stores `docs` with ingest() per document (batch 1: one transaction each) or
// with ingestAll() `batch` documents at a time (0: all in one transaction).
qint64 ingestDocs(GraphStore &store, const std::vector<GraphDocument> &docs, size_t batch = 1)
{
    qint64 relations = 0;
    for (const GraphDocument &doc : docs)
        relations += doc.relations.size();
    if (batch == 1) {
        for (const GraphDocument &doc : docs) {
            auto report = store.ingest(doc);
            if (!report)
                fail(QStringLiteral("%1: %2").arg(doc.info.name, report.error().toString()));
        }
        return relations;
    }
    const size_t step = batch == 0 ? docs.size() : batch;
    for (size_t first = 0; first < docs.size(); first += step) {
        const size_t last = std::min(docs.size(), first + step);
        const QList<GraphDocument> chunk(docs.begin() + qsizetype(first), docs.begin() + qsizetype(last));
        auto reports = store.ingestAll(chunk);
        if (!reports)
            fail(reports.error().toString());
    }
    return relations;
}

// Ingest of every document of --data into a fresh temp-file database, the
// argument documents to a transaction (0: all in one). Building the QList
// chunk (a copy of each document) is inside the timing, as a caller pays it.
void BM_Ingest(benchmark::State &state)
{
    const auto &docs = smallDocs();
    const size_t batch = size_t(state.range(0));
    qint64 relations = 0;
    double bytesPerEntity = 0, entities = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ingest.db"));
        auto store = openStore(path);
        state.ResumeTiming();
        relations += ingestDocs(*store, docs, batch);
        state.PauseTiming();
        auto stats = store->stats();
        if (stats && stats->entities > 0) {
            entities = double(stats->entities);
            store.reset();  // checkpoints the WAL, so the size is the file's
            bytesPerEntity = double(fileSize(path)) / entities;
        }
        state.ResumeTiming();
    }
    state.counters["relations_per_s"] = benchmark::Counter(double(relations), benchmark::Counter::kIsRate);
    state.counters["docs_per_s"] =
        benchmark::Counter(double(docs.size() * state.iterations()), benchmark::Counter::kIsRate);
    state.counters["entities"] = entities;
    state.counters["db_bytes_per_entity"] = bytesPerEntity;
}
BENCHMARK(BM_Ingest)->ArgName("batch")->Arg(1)->Arg(1000)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime();

// The large database: built once, cached by the set's directory and size.
struct BigStore
{
    QString path;
    std::vector<QString> searchTerms;   // full names, prefixes, substrings
    std::vector<EntityId> people;       // centres for neighbourhood/history
    qint64 entities = 0;
    qint64 relations = 0;
    double buildSeconds = 0;            // 0 when it came from the cache
};

const BigStore &bigStore()
{
    static const BigStore big = [] {
        BigStore b;
        const QString dir = g_bigDir.isEmpty() ? g_dataDir : g_bigDir;
        const QStringList names = QDir(dir).entryList({QStringLiteral("article_*.json")}, QDir::Files);
        const QByteArray key = QCryptographicHash::hash(
            (QFileInfo(dir).absoluteFilePath() + QString::number(names.size())).toUtf8(), QCryptographicHash::Md5).toHex();
        const QString cache = g_cacheDir.isEmpty() ? QDir::tempPath() : g_cacheDir;
        QDir().mkpath(cache);
        b.path = QDir(cache).filePath(QStringLiteral("guanxi-bench-%1.db").arg(QString::fromLatin1(key.left(12))));
        const std::vector<GraphDocument> docs = loadDocuments(dir);
        if (!QFileInfo::exists(b.path)) {
            const QString partial = b.path + QStringLiteral(".partial");
            QFile::remove(partial);
            QElapsedTimer timer;
            timer.start();
            {
                auto store = openStore(partial);
                ingestDocs(*store, docs, 1000);
            }
            b.buildSeconds = double(timer.elapsed()) / 1000.0;
            if (!QFile::rename(partial, b.path))
                fail(QStringLiteral("cannot rename %1").arg(partial));
        }
        openStore(b.path);  // read-write once: a cache built by an older schema is migrated
        auto store = openStore(b.path, GraphStore::OpenMode::ReadOnly);
        auto stats = store->stats();
        if (!stats)
            fail(stats.error().toString());
        b.entities = stats->entities;
        b.relations = stats->relations;
        // Query the names the articles talk about, spread over the whole set.
        const size_t step = std::max<size_t>(1, docs.size() / 50);
        for (size_t i = 0; i < docs.size(); i += step) {
            for (const Entity &e : docs[i].entities) {
                if (e.type != EntityType::Person)
                    continue;
                auto found = store->findEntity(e.name);
                if (found && *found)
                    b.people.push_back((*found)->id);
                b.searchTerms.push_back(e.name);             // exact
                b.searchTerms.push_back(e.name.left(1));     // a surname: many hits
                b.searchTerms.push_back(e.name.mid(1, 2));   // a substring
                break;
            }
        }
        if (b.people.empty())
            fail(QStringLiteral("no person of the articles was found in %1").arg(b.path));
        return b;
    }();
    return big;
}

void addSizeCounters(benchmark::State &state, const BigStore &big)
{
    state.counters["entities"] = double(big.entities);
    state.counters["relations"] = double(big.relations);
}

void BM_Search(benchmark::State &state)
{
    const BigStore &big = bigStore();
    auto store = openStore(big.path, GraphStore::OpenMode::ReadOnly);
    size_t i = 0;
    double hits = 0;
    for (auto _ : state) {
        auto result = store->search(big.searchTerms[i++ % big.searchTerms.size()], 20);
        if (!result) {
            state.SkipWithError(qPrintable(result.error().toString()));
            return;
        }
        hits += double(result->size());
    }
    addSizeCounters(state, big);
    state.counters["hits"] = hits / double(state.iterations());
}
BENCHMARK(BM_Search)->Unit(benchmark::kMillisecond);

void BM_Neighbourhood2(benchmark::State &state)
{
    const BigStore &big = bigStore();
    auto store = openStore(big.path, GraphStore::OpenMode::ReadOnly);
    size_t i = 0;
    double nodes = 0;
    for (auto _ : state) {
        auto result = store->neighbourhood(big.people[i++ % big.people.size()], 2);
        if (!result) {
            state.SkipWithError(qPrintable(result.error().toString()));
            return;
        }
        nodes += double(result->entities.size());
    }
    addSizeCounters(state, big);
    state.counters["nodes"] = nodes / double(state.iterations());
}
BENCHMARK(BM_Neighbourhood2)->Unit(benchmark::kMillisecond);

void BM_History(benchmark::State &state)
{
    const BigStore &big = bigStore();
    auto store = openStore(big.path, GraphStore::OpenMode::ReadOnly);
    size_t i = 0;
    double entries = 0;
    for (auto _ : state) {
        auto result = store->history(big.people[i++ % big.people.size()]);
        if (!result) {
            state.SkipWithError(qPrintable(result.error().toString()));
            return;
        }
        entries += double(result->size());
    }
    addSizeCounters(state, big);
    state.counters["entries"] = entries / double(state.iterations());
}
BENCHMARK(BM_History)->Unit(benchmark::kMillisecond);

// What the viewer does at start-up: open the file and show one neighbourhood.
// The OS page cache is warm after the first iteration; the first is reported
// separately as cold_ms (only truly cold after dropping caches).
void BM_OpenAndFirstNeighbourhood(benchmark::State &state)
{
    const BigStore &big = bigStore();
    size_t i = 0;
    double firstMs = -1;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto store = openStore(big.path, GraphStore::OpenMode::ReadOnly);
        auto result = store->neighbourhood(big.people[i++ % big.people.size()], 2);
        if (!result) {
            state.SkipWithError(qPrintable(result.error().toString()));
            return;
        }
        if (firstMs < 0)
            firstMs = double(timer.nsecsElapsed()) / 1e6;
    }
    addSizeCounters(state, big);
    state.counters["first_ms"] = firstMs;
    state.counters["build_s"] = big.buildSeconds;
    state.counters["db_MB"] = double(fileSize(big.path)) / (1024.0 * 1024.0);
}
BENCHMARK(BM_OpenAndFirstNeighbourhood)->Unit(benchmark::kMillisecond)->UseRealTime();

// What the viewer does when it opens a large database with no saved focus
// (MainWindow::openDatabase): open, stats(), mostConnectedEntity(), and the
// hub's depth-2 neighbourhood (it shows depth 1 instead when that has more
// than 200 entities, with one more query). Layout and drawing are not in it.
void BM_OpenAndStartView(benchmark::State &state)
{
    const BigStore &big = bigStore();
    double nodes = 0;
    for (auto _ : state) {
        auto store = openStore(big.path, GraphStore::OpenMode::ReadOnly);
        auto stats = store->stats();
        auto hub = store->mostConnectedEntity();
        if (!stats || !hub || !*hub) {
            state.SkipWithError("no stats or no most-connected entity");
            return;
        }
        auto view = store->neighbourhood(**hub, 2);
        if (view && view->entities.size() > 200)
            view = store->neighbourhood(**hub, 1);
        if (!view) {
            state.SkipWithError(qPrintable(view.error().toString()));
            return;
        }
        nodes = double(view->entities.size());
    }
    addSizeCounters(state, big);
    state.counters["nodes"] = nodes;
}
BENCHMARK(BM_OpenAndStartView)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    auto env = [](const char *name) { const char *v = std::getenv(name); return v ? QString::fromLocal8Bit(v) : QString(); };
    g_dataDir = env("GUANXI_BENCH_DATA");
    g_bigDir = env("GUANXI_BENCH_BIG");
    g_cacheDir = env("GUANXI_BENCH_CACHE");
    std::vector<char *> rest;
    for (int i = 0; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg.rfind("--data=", 0) == 0)
            g_dataDir = QString::fromLocal8Bit(arg.substr(7).c_str());
        else if (arg.rfind("--big=", 0) == 0)
            g_bigDir = QString::fromLocal8Bit(arg.substr(6).c_str());
        else if (arg.rfind("--cache=", 0) == 0)
            g_cacheDir = QString::fromLocal8Bit(arg.substr(8).c_str());
        else
            rest.push_back(argv[i]);
    }
    int restCount = int(rest.size());
    benchmark::Initialize(&restCount, rest.data());
    if (benchmark::ReportUnrecognizedArguments(restCount, rest.data()))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
