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
