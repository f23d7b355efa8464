// Extraction throughput: one thread over a >= 10 MB text cut into articles,
// two threads sharing one Extractor over the same articles, and the start of
// the text as one document at growing sizes. The corpus is
// the generator's concat file (--corpus=FILE or GUANXI_BENCH_CORPUS); without
// it the bundled sample article is repeated to --megabytes (default 10).
//
// `bench_extract --rss=FILE [--whole]` is a separate mode: it extracts FILE
// article by article (or, with --whole, as one document) and prints the peak
// resident set size, so that runs on 10 MB and 100 MB can be compared.

#include "common/datapaths.h"
#include "extract/extractor.h"
#include "text/htmltextextractor.h"

#include <benchmark/benchmark.h>

#include <QFile>
#include <QString>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

namespace {

using Guanxi::Extractor;

struct Corpus
{
    QByteArray whole;                 // the full text
    std::vector<QByteArray> articles; // cut at blank lines, for the parallel run
};

QString g_corpusPath;
double g_megabytes = 10.0;
const QDate kPublished(2024, 8, 11);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_extract: cannot read %s\n", qPrintable(path));
        std::exit(2);
    }
    return file.readAll();
}

// Articles are separated by an empty line (generate.py --concat); the sample
// fallback has none, so every copy of it is one article.
std::vector<QByteArray> splitArticles(const QByteArray &text)
{
    std::vector<QByteArray> out;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf("\n\n", start);
        if (end < 0)
            end = text.size();
        if (end > start)
            out.push_back(text.mid(start, end - start + 1));
        start = end + 2;
    }
    return out;
}

const Corpus &corpus()
{
    static const Corpus c = [] {
        Corpus result;
        const qsizetype limit = qsizetype(g_megabytes * 1024 * 1024);
        if (!g_corpusPath.isEmpty()) {
            result.whole = readFile(g_corpusPath);
            if (result.whole.size() > limit) {
                // Cut at an article boundary so no UTF-8 sequence is split.
                const qsizetype cut = result.whole.indexOf("\n\n", limit);
                if (cut > 0)
                    result.whole.truncate(cut + 1);
            }
        } else {
            const QString sample = Guanxi::DataPaths::find(QStringLiteral("samples/openai_founders.txt"));
            if (sample.isEmpty()) {
                std::fprintf(stderr, "bench_extract: no --corpus and no resources/samples/openai_founders.txt\n");
                std::exit(2);
            }
            const QByteArray one = readFile(sample) + "\n\n";
            while (result.whole.size() < limit)
                result.whole += one;
        }
        result.articles = splitArticles(result.whole);
        return result;
    }();
    return c;
}

std::shared_ptr<const Extractor> extractor()
{
    static const std::shared_ptr<const Extractor> e = [] {
        auto created = Extractor::create();
        if (!created) {
            std::fprintf(stderr, "bench_extract: %s\n", qPrintable(created.error().toString()));
            std::exit(2);
        }
        return *created;
    }();
    return e;
}

// The first state.range(0) KiB of the corpus as one document, at several
// sizes up to 10 MB: MB/s must stay level as the document grows (the cost of
// one document is linear in its length).
void BM_ExtractWholeText(benchmark::State &state)
{
    const Corpus &c = corpus();
    const auto ex = extractor();
    const qsizetype limit = qsizetype(state.range(0)) * 1024;
    qsizetype cut = c.whole.size();
    if (cut > limit) {
        cut = c.whole.indexOf('\n', limit);
        cut = cut < 0 ? c.whole.size() : cut + 1;
    }
    const QByteArray text = c.whole.left(cut);
    qint64 relations = 0;
    for (auto _ : state) {
        auto doc = ex->extract(text, {QStringLiteral("corpus.txt"), kPublished});
        if (!doc) {
            state.SkipWithError(qPrintable(doc.error().toString()));
            return;
        }
        relations = doc->relations.size();
        benchmark::DoNotOptimize(doc);
    }
    state.SetBytesProcessed(state.iterations() * text.size());
    state.counters["relations"] = double(relations);
    state.counters["MB"] = double(text.size()) / (1024.0 * 1024.0);
}

// The first state.range(0) KiB of the corpus as ONE line without any sentence
// punctuation or line break: the worst case for sentence splitting and for
// the per-sentence relation matching, which must stay linear too.
void BM_ExtractUnpunctuatedLine(benchmark::State &state)
{
    const Corpus &c = corpus();
    const auto ex = extractor();
    const qsizetype limit = qsizetype(state.range(0)) * 1024;
    const qsizetype cut = c.whole.size() > limit ? c.whole.indexOf('\n', limit) : -1;
    QString line = QString::fromUtf8(cut < 0 ? c.whole : c.whole.left(cut));
    line.removeIf([](QChar ch) {
        return ch == QChar(u'\n') || ch == QChar(u'。') || ch == QChar(u'，') || ch == QChar(u',')
            || ch == QChar(u'！') || ch == QChar(u'？') || ch == QChar(u'；') || ch == QChar(u'：');
    });
    const QByteArray text = line.toUtf8();
    qint64 relations = 0;
    for (auto _ : state) {
        auto doc = ex->extract(text, {QStringLiteral("line.txt"), kPublished});
        if (!doc) {
            state.SkipWithError(qPrintable(doc.error().toString()));
            return;
        }
        relations = doc->relations.size();
        benchmark::DoNotOptimize(doc);
    }
    state.SetBytesProcessed(state.iterations() * text.size());
    state.counters["relations"] = double(relations);
    state.counters["MB"] = double(text.size()) / (1024.0 * 1024.0);
}

// Every article of the corpus, on state.range(0) threads sharing one Extractor.
void BM_ExtractArticles(benchmark::State &state)
{
    const Corpus &c = corpus();
    const auto ex = extractor();
    const int threads = int(state.range(0));
    std::atomic<qint64> relations{0};
    std::atomic<bool> failed{false};
    for (auto _ : state) {
        std::atomic<size_t> next{0};
        relations = 0;
        auto work = [&] {
            for (size_t i = next++; i < c.articles.size(); i = next++) {
                auto doc = ex->extract(c.articles[i],
                                       {QStringLiteral("article_%1.txt").arg(i), kPublished});
                if (!doc)
                    failed = true;
                else
                    relations += doc->relations.size();
            }
        };
        std::vector<std::thread> pool;
        for (int t = 1; t < threads; ++t)
            pool.emplace_back(work);
        work();
        for (auto &t : pool)
            t.join();
    }
    if (failed)
        state.SkipWithError("an article failed to extract");
    qint64 bytes = 0;
    for (const auto &a : c.articles)
        bytes += a.size();
    state.SetBytesProcessed(state.iterations() * bytes);
    state.counters["articles"] = double(c.articles.size());
    state.counters["relations"] = double(relations.load());
}

// The HTML scanner on hostile markup (many '<' without '>', unclosed quotes)
// at growing sizes: time per byte must stay flat (a tolerant scanner that
// rescans from each '<' goes quadratic). Was a timed unit test.
void BM_HtmlPathologicalMarkup(benchmark::State &state)
{
    QString html;
    for (int i = 0; i < state.range(0); ++i)
        html += QStringLiteral("<a x=\"");
    for (auto _ : state) {
        auto page = Guanxi::HtmlTextExtractor::extract(html);
        benchmark::DoNotOptimize(page);
    }
    state.SetBytesProcessed(state.iterations() * html.size() * qint64(sizeof(QChar)));
}

BENCHMARK(BM_HtmlPathologicalMarkup)->Arg(20000)->Arg(200000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractWholeText)->Arg(128)->Arg(1024)->Arg(10240)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ExtractUnpunctuatedLine)->Arg(1024)->Arg(10240)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ExtractArticles)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

// Streams the file article by article (as the ingester does document by
// document) or, with `whole`, extracts it as one document; prints peak RSS.
int rssMode(const QString &path, bool whole)
{
    const auto ex = extractor();
    const long before = peakRssKb();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_extract: cannot read %s\n", qPrintable(path));
        return 2;
    }
    qint64 bytes = 0, relations = 0;
    if (whole) {
        const QByteArray text = file.readAll();
        bytes = text.size();
        auto doc = ex->extract(text, {QStringLiteral("whole.txt"), kPublished});
        if (!doc) {
            std::fprintf(stderr, "bench_extract: %s\n", qPrintable(doc.error().toString()));
            return 1;
        }
        relations = doc->relations.size();
    } else {
        QByteArray article;
        auto flush = [&] {
            if (article.trimmed().isEmpty())
                return;
            auto doc = ex->extract(article, {QStringLiteral("a.txt"), kPublished});
            if (doc)
                relations += doc->relations.size();
            bytes += article.size();
            article.clear();
        };
        while (!file.atEnd()) {
            const QByteArray line = file.readLine();
            if (line == "\n")
                flush();
            else
                article += line;
        }
        flush();
    }
    std::printf("mode=%s bytes=%lld relations=%lld rss_after_lexicon_kb=%ld peak_rss_kb=%ld\n",
                whole ? "whole" : "stream", static_cast<long long>(bytes), static_cast<long long>(relations),
                before, peakRssKb());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // Our flags first; the rest go to Google Benchmark.
    std::vector<char *> rest;
    QString rssFile;
    bool whole = false;
    if (const char *env = std::getenv("GUANXI_BENCH_CORPUS"))
        g_corpusPath = QString::fromLocal8Bit(env);
    for (int i = 0; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg.rfind("--corpus=", 0) == 0)
            g_corpusPath = QString::fromLocal8Bit(arg.substr(9).c_str());
        else if (arg.rfind("--megabytes=", 0) == 0)
            g_megabytes = std::atof(arg.substr(12).c_str());
        else if (arg.rfind("--rss=", 0) == 0)
            rssFile = QString::fromLocal8Bit(arg.substr(6).c_str());
        else if (arg == "--whole")
            whole = true;
        else
            rest.push_back(argv[i]);
    }
    if (!rssFile.isEmpty())
        return rssMode(rssFile, whole);
    int restCount = int(rest.size());
    benchmark::Initialize(&restCount, rest.data());
    if (benchmark::ReportUnrecognizedArguments(restCount, rest.data()))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
