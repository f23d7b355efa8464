#include "graphscorer.h"

#include "extract/extractor.h"
#include "model/graphjson.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace Guanxi;
using namespace Guanxi::Test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::shared_ptr<const Extractor> makeExtractor(bool withTestLexicon)
{
    ExtractorOptions options;
    if (withTestLexicon)
        options.extraLexicons = {QStringLiteral(GUANXI_TEST_DATA_DIR "/extraction/lexicon/test_entities.tsv")};
    auto created = Extractor::create(options);
    return created ? *created : nullptr;
}

// Extracts `article` and scores it against `goldPath` with score.py's rules.
GraphScore extractAndScore(const Extractor &extractor, const QString &article, const QString &goldPath)
{
    auto gold = GraphJson::read(readAll(goldPath));
    EXPECT_TRUE(gold) << goldPath.toStdString() << ": " << (gold ? "" : gold.error().toString().toStdString());
    if (!gold)
        return {};
    auto doc = extractor.extract(readAll(article), ExtractRequest{QFileInfo(article).fileName(), gold->info.published});
    EXPECT_TRUE(doc);
    if (!doc)
        return {};
    const GraphScore s = scoreGraph(*gold, *doc);
    for (const QString &m : s.missedRelations)
        std::cout << "  missed " << m.toStdString() << "\n";
    for (const QString &m : s.extraRelations)
        std::cout << "  extra  " << m.toStdString() << "\n";
    std::cout << QFileInfo(article).fileName().toStdString() << ": entity F1 " << s.entityF1 << ", relation F1 "
              << s.relationF1 << ", time " << s.timeAccuracy << "\n";
    return s;
}

} // namespace

// Our own articles (tests/data/extraction/<case>/input.txt + expected.json):
// the extractor must keep finding what they state.
TEST(ExtractorGolden, OwnArticlesStayAboveTheBar)
{
    const auto extractor = makeExtractor(true);
    ASSERT_TRUE(extractor);
    const QDir root(QStringLiteral(GUANXI_TEST_DATA_DIR "/extraction"));
    int cases = 0;
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString input = root.filePath(name + QStringLiteral("/input.txt"));
        const QString expected = root.filePath(name + QStringLiteral("/expected.json"));
        if (!QFileInfo::exists(input) || !QFileInfo::exists(expected))
            continue;
        ++cases;
        const GraphScore s = extractAndScore(*extractor, input, expected);
        EXPECT_GE(s.entityF1, 0.85) << name.toStdString();
        EXPECT_GE(s.relationF1, 0.70) << name.toStdString();
    }
    EXPECT_GE(cases, 4);
}

// The evaluation's sample article, with the bundled lexicons only, as users run it.
TEST(ExtractorGolden, SampleArticleMeetsTheEvaluationBars)
{
    const QString article = QStringLiteral(GUANXI_EVAL_DIR "/000_84226dfc0b281014.txt");
    if (!QFileInfo::exists(article))
        GTEST_SKIP() << "no evaluation data at " GUANXI_EVAL_DIR;
    const auto extractor = makeExtractor(false);
    ASSERT_TRUE(extractor);
    const GraphScore s = extractAndScore(*extractor, article, QStringLiteral(GUANXI_EVAL_DIR "/000_84226dfc0b281014.gold.json"));
    EXPECT_GE(s.entityF1, 0.95);
    EXPECT_GE(s.relationF1, 0.85);
    EXPECT_GE(s.timeAccuracy, 0.80);
}

// Throughput on a long input made of the sample repeated: linear and fast.
TEST(ExtractorGolden, ThroughputOnALongInput)
{
    const QString article = QStringLiteral(GUANXI_EVAL_DIR "/000_84226dfc0b281014.txt");
    if (!QFileInfo::exists(article))
        GTEST_SKIP() << "no evaluation data at " GUANXI_EVAL_DIR;
    const auto extractor = makeExtractor(false);
    ASSERT_TRUE(extractor);
    const QString one = QString::fromUtf8(readAll(article));
    QString text;
    while (text.toUtf8().size() < 1'000'000)
        text += one;
    QElapsedTimer timer;
    timer.start();
    const auto doc = extractor->extractText(text, ExtractRequest{QStringLiteral("long.txt"), QDate(2024, 8, 11)});
    const double seconds = timer.nsecsElapsed() / 1e9;
    ASSERT_TRUE(doc);
    const double mbPerSecond = text.toUtf8().size() / 1e6 / seconds;
    std::cout << "throughput: " << mbPerSecond << " MB/s over " << text.toUtf8().size() << " bytes\n";
    EXPECT_GT(mbPerSecond, 0.05); // a floor for Debug builds; see the report for Release figures
}
