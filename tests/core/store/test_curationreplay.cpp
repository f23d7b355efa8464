#include "curationfixture.h"

using namespace Guanxi;
using namespace Guanxi::Test;

// The user's edits survive the same article read again (new text, same facts)
// and a new article naming the same entities.
using CurationReplay = CurationTest;

namespace {

int countEntitiesNamed(const GraphDocument &graph, const QString &name)
{
    int n = 0;
    for (const Entity &e : graph.entities)
        n += e.allNames().contains(name) ? 1 : 0;
    return n;
}

} // namespace

TEST_F(CurationReplay, MergedPairStaysMerged)
{
    ASSERT_TRUE(m_curation->mergeEntities(id(QStringLiteral("Sam Altman")), id(QStringLiteral("奥特曼"))));
    ASSERT_TRUE(reingest());
    auto graph = m_store->graph();
    ASSERT_TRUE(graph);
    EXPECT_EQ(countEntitiesNamed(*graph, QStringLiteral("奥特曼")), 1);
    EXPECT_EQ(id(QStringLiteral("奥特曼")), id(QStringLiteral("Sam Altman")));
    EXPECT_EQ(relationsBetween(QStringLiteral("Sam Altman"), QStringLiteral("OpenAI")).size(), 2);
}

TEST_F(CurationReplay, DeletedRelationDoesNotComeBack)
{
    ASSERT_TRUE(m_curation->deleteRelation(
        relation(QStringLiteral("Microsoft"), RelationType::InvestedIn, QStringLiteral("OpenAI")).id));
    ASSERT_TRUE(reingest());
    EXPECT_TRUE(relationsBetween(QStringLiteral("Microsoft"), QStringLiteral("OpenAI")).isEmpty());
}

TEST_F(CurationReplay, DeletedEntityDoesNotComeBack)
{
    ASSERT_TRUE(m_curation->deleteEntity(id(QStringLiteral("Anthropic"))));
    ASSERT_TRUE(reingest());
    EXPECT_FALSE(exists(QStringLiteral("Anthropic")));
}

TEST_F(CurationReplay, RenamedEntityKeepsItsName)
{
    const EntityId openai = id(QStringLiteral("OpenAI"));
    ASSERT_TRUE(m_curation->renameEntity(openai, QStringLiteral("OpenAI Inc.")));
    ASSERT_TRUE(reingest());
    EXPECT_EQ(id(QStringLiteral("OpenAI")), openai);
    EXPECT_EQ(m_store->entity(openai)->name, QStringLiteral("OpenAI Inc."));
}

TEST_F(CurationReplay, SplitAliasStaysApart)
{
    auto split = m_curation->splitAlias(id(QStringLiteral("Sam Altman")), QStringLiteral("Altman"));
    ASSERT_TRUE(split);
    ASSERT_TRUE(reingest());
    EXPECT_EQ(id(QStringLiteral("Altman")), split->entity);
    EXPECT_FALSE(entity(QStringLiteral("Sam Altman")).aliases.contains(QStringLiteral("Altman")));
}

TEST_F(CurationReplay, ChangedTypeAbsorbsTheArticlesOldTypeEntity)
{
    const EntityId chatgpt = id(QStringLiteral("ChatGPT"));
    ASSERT_TRUE(m_curation->changeType(chatgpt, EntityType::Product));
    ASSERT_TRUE(reingest());  // the article still says ChatGPT is an organisation
    auto graph = m_store->graph();
    ASSERT_TRUE(graph);
    EXPECT_EQ(countEntitiesNamed(*graph, QStringLiteral("ChatGPT")), 1);
    EXPECT_EQ(id(QStringLiteral("ChatGPT")), chatgpt);
    EXPECT_EQ(m_store->entity(chatgpt)->type, EntityType::Product);
}

TEST_F(CurationReplay, EditedRelationKeepsTheUsersAttributes)
{
    const Relation r = relation(QStringLiteral("Sam Altman"), RelationType::WorksAt, QStringLiteral("OpenAI"));
    RelationAttributes a;
    a.type = RelationType::WorksAt;
    a.time = *TimePoint::parse(QStringLiteral("2020"));
    a.role = QStringLiteral("CEO");
    ASSERT_TRUE(m_curation->editRelation(r.id, a));
    ASSERT_TRUE(reingest());
    QList<Relation> worksAt;
    for (const Relation &x : relationsBetween(QStringLiteral("Sam Altman"), QStringLiteral("OpenAI")))
        if (x.type == RelationType::WorksAt)
            worksAt.append(x);
    ASSERT_EQ(worksAt.size(), 1);  // the 2019 one the article states again folds into the edited one
    EXPECT_EQ(worksAt.first().id, r.id);
    EXPECT_EQ(worksAt.first().time.toString(), QStringLiteral("2020"));
    EXPECT_EQ(worksAt.first().role, QStringLiteral("CEO"));
    EXPECT_EQ(worksAt.first().evidence.size(), 2);
}

TEST_F(CurationReplay, UserRelationStaysAndStaysMarkedAsTheUsers)
{
    RelationAttributes a;
    a.type = RelationType::CompetitorOf;
    ASSERT_TRUE(m_curation->addRelation(id(QStringLiteral("Microsoft")), id(QStringLiteral("Anthropic")), a,
                                        QStringLiteral("my note")));
    ASSERT_TRUE(reingest());
    const Relation r = relation(QStringLiteral("Microsoft"), RelationType::CompetitorOf, QStringLiteral("Anthropic"));
    ASSERT_EQ(r.evidence.size(), 1);
    EXPECT_TRUE(r.evidence.first().isUserEdit);
}

TEST_F(CurationReplay, NewArticleNamingTheSameEntitiesRespectsEdits)
{
    ASSERT_TRUE(m_curation->mergeEntities(id(QStringLiteral("Sam Altman")), id(QStringLiteral("奥特曼"))));
    ASSERT_TRUE(m_curation->deleteRelation(
        relation(QStringLiteral("Microsoft"), RelationType::InvestedIn, QStringLiteral("OpenAI")).id));
    ASSERT_TRUE(m_curation->deleteEntity(id(QStringLiteral("Anthropic"))));
    GraphDocument b = makeDocument(QStringLiteral("b.txt"), QStringLiteral("another article"));
    b.entities = {
        makeEntity(QStringLiteral("p"), EntityType::Person, QStringLiteral("山姆·奥特曼")),
        makeEntity(QStringLiteral("o"), EntityType::Organization, QStringLiteral("OpenAI")),
        makeEntity(QStringLiteral("m"), EntityType::Organization, QStringLiteral("微软")),
        makeEntity(QStringLiteral("a"), EntityType::Organization, QStringLiteral("Anthropic")),
    };
    b.relations = {
        makeRelation(RelationType::Left, QStringLiteral("p"), QStringLiteral("o"), QStringLiteral("2023-11"),
                     QStringLiteral("山姆·奥特曼离开OpenAI。")),
        makeRelation(RelationType::InvestedIn, QStringLiteral("m"), QStringLiteral("o"), {},
                     QStringLiteral("微软再次投资OpenAI。")),
        makeRelation(RelationType::CompetitorOf, QStringLiteral("a"), QStringLiteral("o"), {},
                     QStringLiteral("Anthropic与OpenAI竞争。")),
    };
    ASSERT_TRUE(m_store->ingest(b));
    EXPECT_NE(find(relationsBetween(QStringLiteral("Sam Altman"), QStringLiteral("OpenAI")), RelationType::Left),
              nullptr);
    EXPECT_TRUE(relationsBetween(QStringLiteral("Microsoft"), QStringLiteral("OpenAI")).isEmpty());
    EXPECT_FALSE(exists(QStringLiteral("Anthropic")));
}

TEST_F(CurationReplay, BatchIngestRespectsEditsToo)
{
    ASSERT_TRUE(m_curation->deleteEntity(id(QStringLiteral("Anthropic"))));
    auto reports = m_store->ingestAll({article(QStringLiteral("c.txt"), QStringLiteral("c")),
                                       article(QStringLiteral("d.txt"), QStringLiteral("d"))});
    ASSERT_TRUE(reports) << reports.error().toString().toStdString();
    EXPECT_FALSE(exists(QStringLiteral("Anthropic")));
    auto hits = m_store->search(QStringLiteral("Anthrop"));
    ASSERT_TRUE(hits);
    EXPECT_TRUE(hits->isEmpty());
}

TEST_F(CurationReplay, UndoneEditIsNotReapplied)
{
    ASSERT_TRUE(m_curation->deleteEntity(id(QStringLiteral("Anthropic"))));
    ASSERT_TRUE(m_curation->undo());
    ASSERT_TRUE(reingest());
    EXPECT_TRUE(exists(QStringLiteral("Anthropic")));
    EXPECT_EQ(relationsBetween(QStringLiteral("OpenAI"), QStringLiteral("Anthropic")).size(), 1);
}

TEST_F(CurationReplay, UndoAfterAReingestStillWorks)
{
    ASSERT_TRUE(m_curation->mergeEntities(id(QStringLiteral("Sam Altman")), id(QStringLiteral("奥特曼"))));
    ASSERT_TRUE(reingest());
    auto undone = m_curation->undo();
    ASSERT_TRUE(undone) << undone.error().toString().toStdString();
    EXPECT_NE(id(QStringLiteral("奥特曼")), id(QStringLiteral("Sam Altman")));
}
