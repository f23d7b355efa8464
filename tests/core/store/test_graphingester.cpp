#include "store/graphingester.h"

#include "storetestutil.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>

using namespace Guanxi;
using namespace Guanxi::Test;
using Guanxi::Internal::GraphIngester;

TEST(GraphIngester, ContentHashIsSha256OfTheText)
{
    const GraphDocument d = makeDocument(QStringLiteral("a.txt"), QStringLiteral("马斯克创立了OpenAI。"));
    const QByteArray expected =
        QCryptographicHash::hash(QStringLiteral("马斯克创立了OpenAI。").toUtf8(), QCryptographicHash::Sha256).toHex();
    EXPECT_EQ(GraphIngester::contentHash(d), QString::fromLatin1(expected));
}

TEST(GraphIngester, ContentHashIgnoresTheGraphWhenThereIsText)
{
    GraphDocument a = makeDocument(QStringLiteral("a.txt"), QStringLiteral("same text"));
    GraphDocument b = a;
    b.entities.append(makeEntity(QStringLiteral("e1"), EntityType::Person, QStringLiteral("Someone")));
    EXPECT_EQ(GraphIngester::contentHash(a), GraphIngester::contentHash(b));
}

TEST(GraphIngester, ContentHashWithoutTextFollowsTheGraph)
{
    GraphDocument a = makeDocument(QStringLiteral("a.json"), QString());
    a.entities.append(makeEntity(QStringLiteral("e1"), EntityType::Person, QStringLiteral("Someone")));
    GraphDocument b = a;
    b.entities.first().name = QStringLiteral("Someone else");
    EXPECT_EQ(GraphIngester::contentHash(a).size(), 64);
    EXPECT_NE(GraphIngester::contentHash(a), GraphIngester::contentHash(b));
    EXPECT_EQ(GraphIngester::contentHash(a), GraphIngester::contentHash(GraphDocument(a)));
}

TEST(GraphIngester, DuplicateEntityKeysAreRefused)
{
    auto store = GraphStore::open(QStringLiteral(":memory:"));
    ASSERT_TRUE(store);
    GraphDocument d = makeDocument(QStringLiteral("dup.txt"), QStringLiteral("dup"));
    d.entities = {makeEntity(QStringLiteral("e1"), EntityType::Person, QStringLiteral("A")),
                  makeEntity(QStringLiteral("e1"), EntityType::Person, QStringLiteral("B"))};
    auto report = (*store)->ingest(d);
    ASSERT_FALSE(report);
    EXPECT_TRUE(report.error().message().contains(QStringLiteral("e1")));
    EXPECT_EQ((*store)->stats()->entities, 0);
}

namespace {

GraphDocument personAt(const QString &file, const QString &person, const QStringList &aliases,
                       const QString &sentence)
{
    GraphDocument d = makeDocument(file, sentence);
    d.entities = {makeEntity(QStringLiteral("p"), EntityType::Person, person, aliases),
                  makeEntity(QStringLiteral("o"), EntityType::Organization, QStringLiteral("星河科技"))};
    d.relations = {makeRelation(RelationType::WorksAt, QStringLiteral("p"), QStringLiteral("o"), QString(), sentence)};
    return d;
}

} // namespace

// The batch's name-key cache must learn the aliases its earlier documents stored.
TEST(GraphIngester, BatchMergesANameOnlyAnEarlierDocumentOfTheBatchGave)
{
    auto store = GraphStore::open(QStringLiteral(":memory:"));
    ASSERT_TRUE(store);
    auto reports = (*store)->ingestAll(
        {personAt(QStringLiteral("a.txt"), QStringLiteral("张三"), {QStringLiteral("老张")}, QStringLiteral("张三在星河科技。")),
         personAt(QStringLiteral("b.txt"), QStringLiteral("老张"), {}, QStringLiteral("老张在星河科技。"))});
    ASSERT_TRUE(reports) << reports.error().toString().toStdString();
    EXPECT_EQ(reports->at(1).entitiesMerged, 2);
    EXPECT_EQ((*store)->stats()->entities, 2);
}

// A first load answers name look-ups from what it wrote; a store that
// already holds entities must still be asked.
TEST(GraphIngester, BatchIntoAStoreWithEntitiesMergesWithWhatWasThereBefore)
{
    auto store = GraphStore::open(QStringLiteral(":memory:"));
    ASSERT_TRUE(store);
    ASSERT_TRUE((*store)->ingest(personAt(QStringLiteral("a.txt"), QStringLiteral("张三"), {QStringLiteral("老张")},
                                          QStringLiteral("张三在星河科技。"))));
    auto reports = (*store)->ingestAll(
        {personAt(QStringLiteral("b.txt"), QStringLiteral("老张"), {}, QStringLiteral("老张在星河科技。"))});
    ASSERT_TRUE(reports) << reports.error().toString().toStdString();
    EXPECT_EQ(reports->at(0).entitiesMerged, 2);
    EXPECT_EQ(reports->at(0).entitiesAdded, 0);
    EXPECT_EQ((*store)->stats()->entities, 2);
}

// Relations between entities created in the batch are found without the store.
TEST(GraphIngester, BatchMergesARelationAnEarlierDocumentOfTheBatchStored)
{
    auto store = GraphStore::open(QStringLiteral(":memory:"));
    ASSERT_TRUE(store);
    auto reports = (*store)->ingestAll(
        {personAt(QStringLiteral("a.txt"), QStringLiteral("张三"), {}, QStringLiteral("张三在星河科技。")),
         personAt(QStringLiteral("b.txt"), QStringLiteral("张三"), {}, QStringLiteral("张三仍在星河科技。"))});
    ASSERT_TRUE(reports) << reports.error().toString().toStdString();
    EXPECT_EQ(reports->at(1).relationsMerged, 1);
    EXPECT_EQ(reports->at(1).relationsAdded, 0);
    auto stats = (*store)->stats();
    EXPECT_EQ(stats->relations, 1);
    EXPECT_EQ(stats->evidence, 2);
}

// A lawsuit's alias is no key for merging lawsuits, in the cache as in the store.
TEST(GraphIngester, BatchMergesLawsuitsOnlyOnTheirOwnNames)
{
    const auto lawsuit = [](const QString &file, const QString &name, const QStringList &aliases) {
        GraphDocument d = makeDocument(file, name);
        d.entities = {makeEntity(QStringLiteral("l"), EntityType::Lawsuit, name, aliases)};
        return d;
    };
    auto store = GraphStore::open(QStringLiteral(":memory:"));
    ASSERT_TRUE(store);
    auto reports = (*store)->ingestAll({lawsuit(QStringLiteral("a.txt"), QStringLiteral("Musk v. Altman"),
                                                {QStringLiteral("OpenAI case")}),
                                        lawsuit(QStringLiteral("b.txt"), QStringLiteral("OpenAI case"), {}),
                                        lawsuit(QStringLiteral("c.txt"), QStringLiteral("openai case"), {})});
    ASSERT_TRUE(reports) << reports.error().toString().toStdString();
    EXPECT_EQ(reports->at(1).entitiesAdded, 1);
    EXPECT_EQ(reports->at(2).entitiesMerged, 1);
    EXPECT_EQ((*store)->stats()->entitiesByType.value(EntityType::Lawsuit), 2);
}

// Evidence goes in several rows per statement; every sentence lands, in order.
TEST(GraphIngester, EveryEvidenceSentenceIsStoredInOrder)
{
    auto store = GraphStore::open(QStringLiteral(":memory:"));
    ASSERT_TRUE(store);
    GraphDocument d = personAt(QStringLiteral("a.txt"), QStringLiteral("张三"), {}, QStringLiteral("s0"));
    for (int i = 1; i < 37; ++i)  // 37 = 16 + 16 + 4 + 1: every chunk size but 8 and 2
        d.relations[0].evidence.append(Evidence{.sentence = QStringLiteral("s%1").arg(i)});
    ASSERT_TRUE((*store)->ingest(d));
    auto graph = (*store)->graph();
    ASSERT_TRUE(graph);
    ASSERT_EQ(graph->relations.size(), 1);
    const QList<Evidence> &stored = graph->relations[0].evidence;
    ASSERT_EQ(stored.size(), 37);
    for (int i = 0; i < 37; ++i)
        EXPECT_EQ(stored[i].sentence, QStringLiteral("s%1").arg(i));
}
