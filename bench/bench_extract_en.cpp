// English extraction throughput beside Chinese: one thread extracting
// article after article, each language's articles repeated to about
// --megabytes (default 2) of UTF-8. English: the English golden articles in
// tests/data/extraction/en_*; Chinese: the evaluation's sample article and
// its dev set. Bytes/s are UTF-8 bytes (a Chinese character is three), so
// characters/s are reported too.

#include "extract/extractor.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QFile>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

using Guanxi::Extractor;
using Guanxi::ExtractRequest;

double g_megabytes = 2.0;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_extract_en: cannot read %s\n", qPrintable(path));
        std::exit(2);
    }
    return file.readAll();
}

std::vector<QByteArray> englishArticles()
{
    std::vector<QByteArray> out;
    const QDir root(QStringLiteral(GUANXI_SOURCE_DIR "/tests/data/extraction"));
    for (const QString &name : root.entryList({QStringLiteral("en_*")}, QDir::Dirs)) {
        const QString input = root.filePath(name + QStringLiteral("/input.txt"));
        if (QFile::exists(input))
            out.push_back(readFile(input));
    }
    return out;
}

std::vector<QByteArray> chineseArticles()
{
    std::vector<QByteArray> out = {readFile(QStringLiteral(GUANXI_EVAL_DIR "/000_84226dfc0b281014.txt"))};
    const QDir dev(QStringLiteral(GUANXI_EVAL_DIR "/dev"));
    for (const QString &name : dev.entryList({QStringLiteral("*.txt")}, QDir::Files))
        out.push_back(readFile(dev.filePath(name)));
    return out;
}

// The articles repeated until they hold about g_megabytes.
std::vector<QByteArray> repeated(const std::vector<QByteArray> &articles)
{
    std::vector<QByteArray> out;
    qint64 bytes = 0;
    while (!articles.empty() && bytes < qint64(g_megabytes * 1024 * 1024))
        for (const QByteArray &a : articles) {
            out.push_back(a);
            bytes += a.size();
        }
    return out;
}

void extractAll(benchmark::State &state, const std::vector<QByteArray> &articles)
{
    auto extractor = Extractor::create();
    if (!extractor) {
        state.SkipWithError("cannot create the extractor (resources not found)");
        return;
    }
    qint64 bytes = 0, chars = 0;
    for (const QByteArray &a : articles) {
        bytes += a.size();
        chars += QString::fromUtf8(a).size();
    }
    for (auto _ : state) {
        for (const QByteArray &a : articles) {
            auto doc = (*extractor)->extract(a, ExtractRequest{QStringLiteral("bench.txt"), QDate(2024, 8, 11), {}});
            benchmark::DoNotOptimize(doc);
        }
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    state.counters["chars/s"] = benchmark::Counter(double(chars), benchmark::Counter::kIsIterationInvariantRate);
    state.counters["articles/s"] = benchmark::Counter(double(articles.size()), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_ExtractEnglish(benchmark::State &state)
{
    static const std::vector<QByteArray> articles = repeated(englishArticles());
    extractAll(state, articles);
}
BENCHMARK(BM_ExtractEnglish)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ExtractChinese(benchmark::State &state)
{
    static const std::vector<QByteArray> articles = repeated(chineseArticles());
    extractAll(state, articles);
}
BENCHMARK(BM_ExtractChinese)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    // --megabytes=N is ours; the rest goes to Google Benchmark.
    std::vector<char *> rest;
    for (int i = 0; i < argc; ++i) {
        if (std::strncmp(argv[i], "--megabytes=", 12) == 0)
            g_megabytes = std::atof(argv[i] + 12);
        else
            rest.push_back(argv[i]);
    }
    int count = int(rest.size());
    benchmark::Initialize(&count, rest.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
