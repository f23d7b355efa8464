#include "graphscorer.h"

#include "extract/extractor.h"
#include "model/graphjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <iostream>

using namespace Guanxi;
using namespace Guanxi::Test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

GraphScore extractAndScore(const Extractor &extractor, const QString &article, const QString &goldPath)
{
    auto gold = GraphJson::read(readAll(goldPath));
    EXPECT_TRUE(gold) << goldPath.toStdString();
    if (!gold)
        return {};
    auto doc = extractor.extract(readAll(article), ExtractRequest{QFileInfo(article).fileName(), gold->info.published, {}});
    EXPECT_TRUE(doc);
    if (!doc)
        return {};
    const GraphScore s = scoreGraph(*gold, *doc);
    for (const QString &m : s.missedRelations)
        std::cout << "  missed " << m.toStdString() << "\n";
    for (const QString &m : s.extraRelations)
        std::cout << "  extra  " << m.toStdString() << "\n";
    std::cout << article.toStdString() << ": entity F1 " << s.entityF1 << ", relation F1 " << s.relationF1
              << ", time " << s.timeAccuracy << "\n";
    return s;
}

} // namespace

// Our English articles (tests/data/extraction/en_<case>/input.txt + gold.json),
// written as wire and tech-site news: the extractor must keep finding what they state.
TEST(EnglishGolden, OwnArticlesStayAboveTheBar)
{
    auto extractor = Extractor::create();
    ASSERT_TRUE(extractor);
    const QDir root(QStringLiteral(GUANXI_TEST_DATA_DIR "/extraction"));
    int cases = 0;
    for (const QString &name : root.entryList({QStringLiteral("en_*")}, QDir::Dirs)) {
        const QString input = root.filePath(name + QStringLiteral("/input.txt"));
        const QString gold = root.filePath(name + QStringLiteral("/gold.json"));
        if (!QFileInfo::exists(input) || !QFileInfo::exists(gold))
            continue;
        ++cases;
        const GraphScore s = extractAndScore(**extractor, input, gold);
        EXPECT_GE(s.entityF1, 0.85) << name.toStdString();
        EXPECT_GE(s.relationF1, 0.75) << name.toStdString();
    }
    EXPECT_GE(cases, 4);
}
