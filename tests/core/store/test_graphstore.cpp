#include "store/graphstore.h"

#include "store/curation.h"

#include "model/graphjson.h"
#include "storetestutil.h"
#include "store/sqlite/sqlitedatabase.h"
#include "../../support/asordinaryuser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace Guanxi;
using namespace Guanxi::Test;

namespace {

std::unique_ptr<GraphStore> memoryStore()
{
    auto store = GraphStore::open(QStringLiteral(":memory:"));
    EXPECT_TRUE(store) << (store ? "" : store.error().toString().toStdString());
    return store ? std::move(*store) : nullptr;
}

// Two articles that name Musk differently and share a relation.
GraphDocument chineseArticle()
{
    GraphDocument d = makeDocument(QStringLiteral("a.txt"), QStringLiteral("马斯克创立了OpenAI。"));
    d.entities = {makeEntity(QStringLiteral("e1"), EntityType::Person, QStringLiteral("马斯克")),
                  makeEntity(QStringLiteral("e2"), EntityType::Organization, QStringLiteral("OpenAI"))};
    d.relations = {makeRelation(RelationType::Founded, QStringLiteral("e1"), QStringLiteral("e2"),
                                QStringLiteral("2015"), QStringLiteral("马斯克创立了OpenAI。"))};
    return d;
}

GraphDocument englishArticle()
{
    GraphDocument d = makeDocument(QStringLiteral("b.txt"), QStringLiteral("Elon Musk co-founded OpenAI in 2015."));
    d.entities = {makeEntity(QStringLiteral("m"), EntityType::Person, QStringLiteral("Elon Musk"),
                             {QStringLiteral("Musk"), QStringLiteral("马斯克")}),
                  makeEntity(QStringLiteral("o"), EntityType::Organization, QStringLiteral("OpenAI Inc."),
                             {QStringLiteral("OpenAI")}),
                  makeEntity(QStringLiteral("t"), EntityType::Organization, QStringLiteral("Tesla"))};
    d.relations = {makeRelation(RelationType::Founded, QStringLiteral("m"), QStringLiteral("o"),
                                QStringLiteral("2015"), QStringLiteral("Elon Musk co-founded OpenAI in 2015.")),
                   makeRelation(RelationType::WorksAt, QStringLiteral("m"), QStringLiteral("t"))};
    return d;
}

// A person with a career spread over time, plus unrelated context.
GraphDocument careerArticle()
{
    GraphDocument d = makeDocument(QStringLiteral("career.txt"), QStringLiteral("Sutskever's career."));
    d.entities = {makeEntity(QStringLiteral("s"), EntityType::Person, QStringLiteral("Ilya Sutskever"),
                             {QStringLiteral("伊尔亚·苏茨克维"), QStringLiteral("Sutskever")}),
                  makeEntity(QStringLiteral("o"), EntityType::Organization, QStringLiteral("OpenAI")),
                  makeEntity(QStringLiteral("g"), EntityType::Organization, QStringLiteral("Google")),
                  makeEntity(QStringLiteral("ssi"), EntityType::Organization, QStringLiteral("Safe Superintelligence"),
                             {QStringLiteral("SSI")}),
                  makeEntity(QStringLiteral("m"), EntityType::Organization, QStringLiteral("Microsoft")),
                  makeEntity(QStringLiteral("p"), EntityType::Product, QStringLiteral("GPT-4"))};
    d.relations = {makeRelation(RelationType::WorksAt, QStringLiteral("s"), QStringLiteral("o")),
                   makeRelation(RelationType::Founded, QStringLiteral("s"), QStringLiteral("ssi"),
                                QStringLiteral("2024-06"), QStringLiteral("他创立了SSI。")),
                   makeRelation(RelationType::Founded, QStringLiteral("s"), QStringLiteral("o"),
                                QStringLiteral("2015"), QStringLiteral("他共同创立了OpenAI。")),
                   makeRelation(RelationType::Left, QStringLiteral("s"), QStringLiteral("o"),
                                QStringLiteral("2024-05"), QStringLiteral("他离开了OpenAI。")),
                   makeRelation(RelationType::WorksAt, QStringLiteral("s"), QStringLiteral("g"),
                                QStringLiteral("2013")),
                   makeRelation(RelationType::InvestedIn, QStringLiteral("m"), QStringLiteral("o"),
                                QStringLiteral("2019")),
                   makeRelation(RelationType::Develops, QStringLiteral("o"), QStringLiteral("p"))};
    return d;
}

EntityId idOf(GraphStore &store, const QString &name)
{
    auto found = store.findEntity(name);
    EXPECT_TRUE(found && *found) << name.toStdString();
    return found && *found ? (*found)->id : EntityId();
}

QStringList names(const GraphDocument &graph)
{
    QStringList out;
    for (const Entity &e : graph.entities)
        out.append(e.name);
    out.sort();
    return out;
}

} // namespace

TEST(GraphStore, IngestedDocumentComesBackFromGraph)
{
    auto store = memoryStore();
    auto report = store->ingest(chineseArticle());
    ASSERT_TRUE(report) << report.error().toString().toStdString();
    EXPECT_FALSE(report->alreadyPresent);
    EXPECT_EQ(report->entitiesAdded, 2);
    EXPECT_EQ(report->relationsAdded, 1);

    auto graph = store->graph();
    ASSERT_TRUE(graph);
    ASSERT_EQ(graph->entities.size(), 2);
    ASSERT_EQ(graph->relations.size(), 1);
    const Relation &r = graph->relations.first();
    EXPECT_EQ(r.type, RelationType::Founded);
    EXPECT_EQ(r.time.toString(), QStringLiteral("2015"));
    const Entity *source = graph->entity(r.source);
    ASSERT_NE(source, nullptr);
    EXPECT_EQ(source->name, QStringLiteral("马斯克"));
    EXPECT_EQ(source->key, QStringLiteral("e%1").arg(source->id.value()));
    EXPECT_EQ(r.sourceId, source->id);
    ASSERT_EQ(r.evidence.size(), 1);
    EXPECT_EQ(r.evidence.first().document, QStringLiteral("a.txt"));
    EXPECT_EQ(r.evidence.first().documentId, report->document);
}

TEST(GraphStore, ReingestingTheSameTextChangesNothing)
{
    auto store = memoryStore();
    ASSERT_TRUE(store->ingest(chineseArticle()));
    auto before = store->stats();
    auto again = store->ingest(chineseArticle());
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->alreadyPresent);
    auto after = store->stats();
    EXPECT_EQ(after->documents, before->documents);
    EXPECT_EQ(after->entities, before->entities);
    EXPECT_EQ(after->relations, before->relations);
    EXPECT_EQ(after->evidence, before->evidence);
}

TEST(GraphStore, DocumentWithoutTextIsHashedByItsContent)
{
    auto store = memoryStore();
    GraphDocument one = chineseArticle();
    one.info.text.clear();
    GraphDocument two = one;
    two.relations.first().time = TimePoint::year(2016);
    ASSERT_TRUE(store->ingest(one));
    auto second = store->ingest(two);
    ASSERT_TRUE(second);
    EXPECT_FALSE(second->alreadyPresent);
    EXPECT_TRUE(store->ingest(one)->alreadyPresent);
}

TEST(GraphStore, NamesSharedAcrossDocumentsMergeIntoOneEntity)
{
    auto store = memoryStore();
    ASSERT_TRUE(store->ingest(chineseArticle()));
    auto report = store->ingest(englishArticle());
    ASSERT_TRUE(report);
    EXPECT_EQ(report->entitiesMerged, 2);
    EXPECT_EQ(report->entitiesAdded, 1);
    EXPECT_EQ(report->relationsMerged, 1);
    EXPECT_EQ(report->relationsAdded, 1);

    const EntityId musk = idOf(*store, QStringLiteral("马斯克"));
    EXPECT_EQ(idOf(*store, QStringLiteral("Elon Musk")), musk);
    EXPECT_EQ(idOf(*store, QStringLiteral("musk")), musk);
    auto stats = store->stats();
    EXPECT_EQ(stats->entitiesByType.value(EntityType::Person), 1);

    auto graph = store->graph();
    ASSERT_TRUE(graph);
    int founded = 0;
    for (const Relation &r : graph->relations) {
        if (r.type != RelationType::Founded)
            continue;
        ++founded;
        ASSERT_EQ(r.evidence.size(), 2);
        EXPECT_EQ(r.evidence.at(0).document, QStringLiteral("a.txt"));
        EXPECT_EQ(r.evidence.at(1).document, QStringLiteral("b.txt"));
    }
    EXPECT_EQ(founded, 1);
    auto merged = store->entity(musk);
    ASSERT_TRUE(merged);
    EXPECT_TRUE(merged->aliases.contains(QStringLiteral("Elon Musk")));
    EXPECT_TRUE(merged->aliases.contains(QStringLiteral("Musk")));
}

TEST(GraphStore, EntitiesOfDifferentTypesDoNotMerge)
{
    auto store = memoryStore();
    GraphDocument d = makeDocument(QStringLiteral("x.txt"), QStringLiteral("X and X."));
    d.entities = {makeEntity(QStringLiteral("a"), EntityType::Organization, QStringLiteral("Llama")),
                  makeEntity(QStringLiteral("b"), EntityType::Product, QStringLiteral("Llama"))};
    ASSERT_TRUE(store->ingest(d));
    EXPECT_EQ(store->stats()->entities, 2);
}

TEST(GraphStore, SymmetricRelationsMergeInEitherDirection)
{
    auto store = memoryStore();
    GraphDocument one = makeDocument(QStringLiteral("1.txt"), QStringLiteral("one"));
    one.entities = {makeEntity(QStringLiteral("a"), EntityType::Organization, QStringLiteral("Microsoft")),
                    makeEntity(QStringLiteral("b"), EntityType::Organization, QStringLiteral("OpenAI"))};
    one.relations = {makeRelation(RelationType::CompetitorOf, QStringLiteral("a"), QStringLiteral("b"))};
    GraphDocument two = one;
    two.info.text = QStringLiteral("two");
    two.relations = {makeRelation(RelationType::CompetitorOf, QStringLiteral("b"), QStringLiteral("a"))};
    ASSERT_TRUE(store->ingest(one));
    auto report = store->ingest(two);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->relationsMerged, 1);
    EXPECT_EQ(store->stats()->relations, 1);
}

TEST(GraphStore, RelationsWithDifferentTimesStaySeparate)
{
    auto store = memoryStore();
    GraphDocument d = makeDocument(QStringLiteral("j.txt"), QStringLiteral("joined twice"));
    d.entities = {makeEntity(QStringLiteral("p"), EntityType::Person, QStringLiteral("Greg Brockman")),
                  makeEntity(QStringLiteral("o"), EntityType::Organization, QStringLiteral("OpenAI"))};
    d.relations = {makeRelation(RelationType::Joined, QStringLiteral("p"), QStringLiteral("o"), QStringLiteral("2015")),
                   makeRelation(RelationType::Joined, QStringLiteral("p"), QStringLiteral("o"), QStringLiteral("2024-11")),
                   makeRelation(RelationType::Joined, QStringLiteral("p"), QStringLiteral("o"))};
    auto report = store->ingest(d);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->relationsAdded, 3);
    EXPECT_EQ(store->stats()->relations, 3);
}

TEST(GraphStore, LawsuitsMergeOnlyWhenTheirNamesAgree)
{
    auto store = memoryStore();
    GraphDocument one = makeDocument(QStringLiteral("1.txt"), QStringLiteral("one"));
    one.entities = {makeEntity(QStringLiteral("l"), EntityType::Lawsuit, QStringLiteral("Musk v. Altman"),
                               {QStringLiteral("那起诉讼")})};
    GraphDocument two = makeDocument(QStringLiteral("2.txt"), QStringLiteral("two"));
    two.entities = {makeEntity(QStringLiteral("l"), EntityType::Lawsuit, QStringLiteral("xAI v. OpenAI"),
                               {QStringLiteral("那起诉讼")})};
    GraphDocument three = makeDocument(QStringLiteral("3.txt"), QStringLiteral("three"));
    three.entities = {makeEntity(QStringLiteral("l"), EntityType::Lawsuit, QStringLiteral("musk v. altman"))};
    ASSERT_TRUE(store->ingest(one));
    ASSERT_TRUE(store->ingest(two));
    ASSERT_TRUE(store->ingest(three));
    EXPECT_EQ(store->stats()->entitiesByType.value(EntityType::Lawsuit), 2);
}

TEST(GraphStore, FailureMidIngestLeavesNoTrace)
{
    auto store = memoryStore();
    ASSERT_TRUE(store->ingest(chineseArticle()));
    auto before = store->stats();

    GraphDocument bad = englishArticle();
    bad.relations.append(makeRelation(RelationType::WorksAt, QStringLiteral("m"), QStringLiteral("nobody")));
    auto report = store->ingest(bad);
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().category(), Error::Category::Validation);
    EXPECT_TRUE(report.error().message().contains(QStringLiteral("nobody")));
    EXPECT_TRUE(report.error().message().contains(QStringLiteral("b.txt")));

    auto after = store->stats();
    EXPECT_EQ(after->documents, before->documents);
    EXPECT_EQ(after->entities, before->entities);
    EXPECT_EQ(after->relations, before->relations);
    EXPECT_EQ(after->evidence, before->evidence);
    auto hits = store->search(QStringLiteral("Elon"));
    ASSERT_TRUE(hits);
    EXPECT_TRUE(hits->isEmpty());
    // The failed document did not leave its hash behind: fixed, it goes in.
    bad.relations.removeLast();
    auto retry = store->ingest(bad);
    ASSERT_TRUE(retry);
    EXPECT_FALSE(retry->alreadyPresent);
}

TEST(GraphStore, RelationTheSchemaForbidsIsRefused)
{
    auto store = memoryStore();
    GraphDocument d = chineseArticle();
    d.relations = {makeRelation(RelationType::Develops, QStringLiteral("e1"), QStringLiteral("e2"))};
    auto report = store->ingest(d);
    ASSERT_FALSE(report);
    EXPECT_EQ(store->stats()->documents, 0);
}

TEST(GraphStore, CancelledIngestStoresNothing)
{
    auto store = memoryStore();
    CancelToken cancel;
    cancel.cancel();
    auto report = store->ingest(chineseArticle(), &cancel);
    ASSERT_FALSE(report);
    EXPECT_TRUE(report.error().isCancelled());
    EXPECT_EQ(store->stats()->documents, 0);
    EXPECT_EQ(store->stats()->entities, 0);
}

TEST(GraphStore, CancelHalfwayRollsBackWhatWasWritten)
{
    auto store = memoryStore();
    ASSERT_TRUE(store->ingest(chineseArticle()));
    auto before = store->stats();
    CancelToken cancel;
    qint64 calls = 0;
    qint64 lastTotal = 0;
    // Cancel after the three entities and one relation are written.
    const ProgressSink progress = [&](qint64 done, qint64 total, const QString &) {
        ++calls;
        lastTotal = total;
        if (done == 4)
            cancel.cancel();
    };
    auto report = store->ingest(englishArticle(), &cancel, progress);
    ASSERT_FALSE(report);
    EXPECT_TRUE(report.error().isCancelled());
    EXPECT_EQ(calls, 5);
    EXPECT_EQ(lastTotal, 5);
    auto after = store->stats();
    EXPECT_EQ(after->documents, before->documents);
    EXPECT_EQ(after->entities, before->entities);
    EXPECT_EQ(after->relations, before->relations);
    EXPECT_EQ(after->evidence, before->evidence);
    auto musk = store->findEntity(QStringLiteral("马斯克"));
    ASSERT_TRUE(musk && *musk);
    EXPECT_EQ((*musk)->aliases, QStringList{QStringLiteral("马斯克")});
}

TEST(GraphStore, ProgressReachesTheTotal)
{
    auto store = memoryStore();
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    const ProgressSink progress = [&](qint64 done, qint64 total, const QString &) {
        EXPECT_GT(done, lastDone);
        lastDone = done;
        lastTotal = total;
    };
    ASSERT_TRUE(store->ingest(englishArticle(), nullptr, progress));
    EXPECT_EQ(lastTotal, 5);
    EXPECT_EQ(lastDone, 5);
}

TEST(GraphStore, SearchTreatsQuerySyntaxAsText)
{
    auto store = memoryStore();
    GraphDocument d = makeDocument(QStringLiteral("odd.txt"), QStringLiteral("odd names"));
    d.entities = {makeEntity(QStringLiteral("a"), EntityType::Product, QStringLiteral("Say \"Hi\" AND NEAR(x)")),
                  makeEntity(QStringLiteral("b"), EntityType::Product, QStringLiteral("100% Juice_Box*"))};
    ASSERT_TRUE(store->ingest(d));
    const QStringList hostile{QStringLiteral("\""), QStringLiteral("\"\""), QStringLiteral("*"),
                              QStringLiteral("AND"), QStringLiteral("NEAR("), QStringLiteral("'; DROP TABLE entities; --"),
                              QStringLiteral("\"Hi\""), QStringLiteral("%"), QStringLiteral("_"),
                              QStringLiteral("a OR b"), QStringLiteral("x)")};
    for (const QString &q : hostile) {
        auto hits = store->search(q);
        ASSERT_TRUE(hits) << q.toStdString() << ": " << hits.error().toString().toStdString();
        for (const SearchHit &hit : *hits)
            EXPECT_TRUE(hit.matched.contains(q, Qt::CaseInsensitive)) << q.toStdString();
    }
    EXPECT_EQ(store->search(QStringLiteral("NEAR("))->size(), 1);
    EXPECT_EQ(store->search(QStringLiteral("\"Hi\""))->size(), 1);
    EXPECT_EQ(store->search(QStringLiteral("%"))->size(), 1);
    EXPECT_EQ(store->search(QStringLiteral("_"))->size(), 1);
    EXPECT_TRUE(store->search(QStringLiteral("'; DROP TABLE entities; --"))->isEmpty());
    EXPECT_TRUE(store->search(QStringLiteral("a OR b"))->isEmpty());
    EXPECT_EQ(store->stats()->entities, 2);
}

TEST(GraphStore, SearchFindsChineseSubstrings)
{
    auto store = memoryStore();
    ASSERT_TRUE(store->ingest(careerArticle()));
    for (const QString &q : {QStringLiteral("苏茨克"), QStringLiteral("茨克"), QStringLiteral("维")}) {
        auto hits = store->search(q);
        ASSERT_TRUE(hits);
        ASSERT_EQ(hits->size(), 1) << q.toStdString();
        EXPECT_EQ(hits->first().entity.name, QStringLiteral("Ilya Sutskever"));
        EXPECT_EQ(hits->first().matched, QStringLiteral("伊尔亚·苏茨克维"));
    }
}

TEST(GraphStore, SearchFindsOneAndTwoCharacterSubstringsAnywhereInAName)
{
    auto store = memoryStore();
    GraphDocument d = makeDocument(QStringLiteral("short.txt"), QStringLiteral("short substrings"));
    d.entities = {makeEntity(QStringLiteral("a"), EntityType::Person, QStringLiteral("王建国")),
                  makeEntity(QStringLiteral("b"), EntityType::Person, QStringLiteral("李国"))};
    ASSERT_TRUE(store->ingest(d));
    const auto names = [&](const QString &q) {
        QStringList out;
        const auto hits = store->search(q);
        for (const SearchHit &hit : *hits)
            out.append(hit.entity.name);
        out.sort();
        return out;
    };
    EXPECT_EQ(names(QStringLiteral("建国")), QStringList{QStringLiteral("王建国")});  // last two
    EXPECT_EQ(names(QStringLiteral("国")), (QStringList{QStringLiteral("李国"), QStringLiteral("王建国")}));  // last one
    EXPECT_EQ(names(QStringLiteral("建")), QStringList{QStringLiteral("王建国")});  // inner
    EXPECT_TRUE(names(QStringLiteral("国王")).isEmpty());
}

TEST(GraphStore, SearchForgetsTheShortSubstringsOfAnAliasItNoLongerHas)
{
    auto store = memoryStore();
    GraphDocument d = makeDocument(QStringLiteral("gone.txt"), QStringLiteral("aliases that go away"));
    d.entities = {makeEntity(QStringLiteral("a"), EntityType::Person, QStringLiteral("王建国"))};
    ASSERT_TRUE(store->ingest(d));
    ASSERT_EQ(store->search(QStringLiteral("建国"))->size(), 1);
    const EntityId id = store->search(QStringLiteral("建国"))->first().entity.id;
    Curation curation(*store);
    ASSERT_TRUE(curation.deleteEntity(id));
    EXPECT_TRUE(store->search(QStringLiteral("建国"))->isEmpty());
    EXPECT_TRUE(store->search(QStringLiteral("建"))->isEmpty());
    ASSERT_TRUE(curation.undo());  // the rows come back, and with them their pairs
    EXPECT_EQ(store->search(QStringLiteral("建国"))->size(), 1);
}

TEST(GraphStore, SearchForACommonShortTextIsFilledByPrefixHitsFirst)
{
    auto store = memoryStore();
    GraphDocument d = makeDocument(QStringLiteral("many.txt"), QStringLiteral("many Wangs"));
    for (int i = 0; i < 5; ++i)
        d.entities.append(makeEntity(QStringLiteral("w%1").arg(i), EntityType::Person,
                                     QStringLiteral("王%1").arg(QChar(u'一' + i))));
    d.entities.append(makeEntity(QStringLiteral("x"), EntityType::Person, QStringLiteral("汪王")));
    ASSERT_TRUE(store->ingest(d));
    auto hits = store->search(QStringLiteral("王"), 5);
    ASSERT_TRUE(hits);
    ASSERT_EQ(hits->size(), 5);
    for (const SearchHit &hit : *hits)
        EXPECT_TRUE(hit.entity.name.startsWith(QStringLiteral("王"))) << hit.entity.name.toStdString();
    auto all = store->search(QStringLiteral("王"), 10);
    ASSERT_EQ(all->size(), 6);
    EXPECT_EQ(all->last().entity.name, QStringLiteral("汪王"));
}

TEST(GraphStore, SearchFindsEnglishPrefixesAndSubstrings)
{
    auto store = memoryStore();
    ASSERT_TRUE(store->ingest(careerArticle()));
    auto prefix = store->search(QStringLiteral("sutsk"));
    ASSERT_TRUE(prefix);
    ASSERT_EQ(prefix->size(), 1);
    EXPECT_EQ(prefix->first().entity.name, QStringLiteral("Ilya Sutskever"));
    auto inner = store->search(QStringLiteral("intelli"));
    ASSERT_TRUE(inner);
    ASSERT_EQ(inner->size(), 1);
    EXPECT_EQ(inner->first().entity.name, QStringLiteral("Safe Superintelligence"));
}

TEST(GraphStore, SearchRanksExactBeforePrefixBeforeSubstring)
{
    auto store = memoryStore();
    GraphDocument d = makeDocument(QStringLiteral("r.txt"), QStringLiteral("ranking"));
    d.entities = {makeEntity(QStringLiteral("a"), EntityType::Product, QStringLiteral("ChatGPT")),
                  makeEntity(QStringLiteral("b"), EntityType::Product, QStringLiteral("GPT-4o")),
                  makeEntity(QStringLiteral("c"), EntityType::Product, QStringLiteral("GPT"))};
    ASSERT_TRUE(store->ingest(d));
    auto hits = store->search(QStringLiteral("gpt"));
    ASSERT_TRUE(hits);
    ASSERT_EQ(hits->size(), 3);
    EXPECT_EQ(hits->at(0).entity.name, QStringLiteral("GPT"));
    EXPECT_EQ(hits->at(1).entity.name, QStringLiteral("GPT-4o"));
    EXPECT_EQ(hits->at(2).entity.name, QStringLiteral("ChatGPT"));
    EXPECT_GT(hits->at(0).score, hits->at(1).score);
    EXPECT_GT(hits->at(1).score, hits->at(2).score);
}

TEST(GraphStore, FindEntityMatchesAnyAliasByNameKey)
{
    auto store = memoryStore();
    ASSERT_TRUE(store->ingest(careerArticle()));
    const EntityId id = idOf(*store, QStringLiteral("ILYA  sutskever"));
    EXPECT_EQ(idOf(*store, QStringLiteral("伊尔亚·苏茨克维")), id);
    auto none = store->findEntity(QStringLiteral("Nobody"));
    ASSERT_TRUE(none);
    EXPECT_FALSE(none->has_value());
}

TEST(GraphStore, HistoryIsInTimeOrderWithAnUndatedEntryAfterTheDatedStartAtItsOrganisation)
{
    auto store = memoryStore();
    ASSERT_TRUE(store->ingest(careerArticle()));
    auto history = store->history(idOf(*store, QStringLiteral("Sutskever")));
    ASSERT_TRUE(history);
    QStringList seen;
    for (const HistoryEntry &h : *history)
        seen.append(h.relation.time.toString() + QLatin1Char(' ') + toString(h.relation.type) + QLatin1Char(' ')
                    + h.organization.name);
    EXPECT_EQ(seen, (QStringList{QStringLiteral("2013 works_at Google"), QStringLiteral("2015 founded OpenAI"),
                                 QStringLiteral(" works_at OpenAI"), QStringLiteral("2024-05 left OpenAI"),
                                 QStringLiteral("2024-06 founded Safe Superintelligence")}));
    ASSERT_EQ(history->at(1).relation.evidence.size(), 1);
    EXPECT_EQ(history->at(1).relation.evidence.first().document, QStringLiteral("career.txt"));
    EXPECT_EQ(history->at(1).relation.evidence.first().sentence, QStringLiteral("他共同创立了OpenAI。"));
}

TEST(GraphStore, NeighbourhoodGrowsWithDepth)
{
    auto store = memoryStore();
    ASSERT_TRUE(store->ingest(careerArticle()));
    const EntityId ssi = idOf(*store, QStringLiteral("SSI"));
    auto zero = store->neighbourhood(ssi, 0);
    ASSERT_TRUE(zero);
    EXPECT_EQ(names(*zero), QStringList{QStringLiteral("Safe Superintelligence")});
    EXPECT_TRUE(zero->relations.isEmpty());
    auto one = store->neighbourhood(ssi, 1);
    ASSERT_TRUE(one);
    EXPECT_EQ(names(*one), (QStringList{QStringLiteral("Ilya Sutskever"), QStringLiteral("Safe Superintelligence")}));
    EXPECT_EQ(one->relations.size(), 1);
    auto two = store->neighbourhood(ssi, 2);
    ASSERT_TRUE(two);
    EXPECT_EQ(names(*two), (QStringList{QStringLiteral("Google"), QStringLiteral("Ilya Sutskever"),
                                        QStringLiteral("OpenAI"), QStringLiteral("Safe Superintelligence")}));
    EXPECT_EQ(two->relations.size(), 5);
    for (const Relation &r : two->relations) {
        EXPECT_NE(two->entity(r.source), nullptr);
        EXPECT_NE(two->entity(r.target), nullptr);
    }
    auto three = store->neighbourhood(ssi, 3);
    EXPECT_EQ(three->entities.size(), 6);
    EXPECT_EQ(three->relations.size(), 7);
}

TEST(GraphStore, NeighbourhoodHonoursFilters)
{
    auto store = memoryStore();
    ASSERT_TRUE(store->ingest(careerArticle()));
    const EntityId openai = idOf(*store, QStringLiteral("OpenAI"));

    GraphFilter types;
    types.relationTypes = {RelationType::Develops, RelationType::InvestedIn};
    auto byType = store->neighbourhood(openai, 2, types);
    ASSERT_TRUE(byType);
    EXPECT_EQ(names(*byType), (QStringList{QStringLiteral("GPT-4"), QStringLiteral("Microsoft"), QStringLiteral("OpenAI")}));

    GraphFilter people;
    people.entityTypes = {EntityType::Organization, EntityType::Product};
    auto noPeople = store->neighbourhood(openai, 3, people);
    ASSERT_TRUE(noPeople);
    EXPECT_EQ(names(*noPeople), (QStringList{QStringLiteral("GPT-4"), QStringLiteral("Microsoft"), QStringLiteral("OpenAI")}));

    // Relations dated 2024 overlap; undated ones stay; 2013, 2015 and 2019 go.
    GraphFilter recent;
    recent.from = QDate(2024, 1, 1);
    auto byTime = store->neighbourhood(openai, 1, recent);
    ASSERT_TRUE(byTime);
    QStringList kept;
    for (const Relation &r : byTime->relations)
        kept.append(toString(r.type) + QLatin1Char(' ') + r.time.toString());
    kept.sort();
    EXPECT_EQ(kept, (QStringList{QStringLiteral("develops "), QStringLiteral("left 2024-05"),
                                 QStringLiteral("works_at ")}));
}

TEST(GraphStore, GraphFiltersByTimeRangeOverlap)
{
    auto store = memoryStore();
    ASSERT_TRUE(store->ingest(careerArticle()));
    GraphFilter filter;
    filter.from = QDate(2015, 6, 1);   // inside 2015: the year overlaps
    filter.to = QDate(2019, 12, 31);
    auto graph = store->graph(filter);
    ASSERT_TRUE(graph);
    QStringList times;
    for (const Relation &r : graph->relations)
        times.append(r.time.toString());
    times.sort();
    EXPECT_EQ(times, (QStringList{QString(), QString(), QStringLiteral("2015"), QStringLiteral("2019")}));
}

TEST(GraphStore, MostConnectedEntityCountsRelationsAtBothEnds)
{
    auto store = memoryStore();
    GraphDocument d = makeDocument(QStringLiteral("hub.txt"), QStringLiteral("who is the hub"));
    // Sam starts two relations, Bolt ends two, Hub Co starts one and ends two:
    // counting one end only would pick Sam or Bolt.
    d.entities = {makeEntity(QStringLiteral("s"), EntityType::Person, QStringLiteral("Sam")),
                  makeEntity(QStringLiteral("b"), EntityType::Organization, QStringLiteral("Bolt")),
                  makeEntity(QStringLiteral("h"), EntityType::Organization, QStringLiteral("Hub Co")),
                  makeEntity(QStringLiteral("t"), EntityType::Person, QStringLiteral("Tom"))};
    d.relations = {makeRelation(RelationType::Founded, QStringLiteral("s"), QStringLiteral("b")),
                   makeRelation(RelationType::SubsidiaryOf, QStringLiteral("h"), QStringLiteral("b")),
                   makeRelation(RelationType::InvestedIn, QStringLiteral("s"), QStringLiteral("h")),
                   makeRelation(RelationType::WorksAt, QStringLiteral("t"), QStringLiteral("h"))};
    ASSERT_TRUE(store->ingest(d));
    auto hub = store->mostConnectedEntity();
    ASSERT_TRUE(hub);
    ASSERT_TRUE(*hub);
    EXPECT_EQ(store->entity(**hub)->name, QStringLiteral("Hub Co"));
}

TEST(GraphStore, MostConnectedEntityTieGoesToTheLowestId)
{
    auto store = memoryStore();
    GraphDocument d = makeDocument(QStringLiteral("tie.txt"), QStringLiteral("a tie"));
    d.entities = {makeEntity(QStringLiteral("a"), EntityType::Person, QStringLiteral("Ann")),
                  makeEntity(QStringLiteral("b"), EntityType::Organization, QStringLiteral("Bolt"))};
    d.relations = {makeRelation(RelationType::WorksAt, QStringLiteral("a"), QStringLiteral("b"))};
    ASSERT_TRUE(store->ingest(d));
    auto hub = store->mostConnectedEntity();
    ASSERT_TRUE(hub && *hub);
    auto ann = store->findEntity(QStringLiteral("Ann"));
    auto bolt = store->findEntity(QStringLiteral("Bolt"));
    ASSERT_TRUE(ann && *ann && bolt && *bolt);
    EXPECT_EQ(**hub, std::min((*ann)->id, (*bolt)->id));
}

TEST(GraphStore, MostConnectedEntityIsNoneWithoutRelations)
{
    auto store = memoryStore();
    GraphDocument d = makeDocument(QStringLiteral("alone.txt"), QStringLiteral("alone"));
    d.entities = {makeEntity(QStringLiteral("a"), EntityType::Person, QStringLiteral("Ann"))};
    ASSERT_TRUE(store->ingest(d));
    auto hub = store->mostConnectedEntity();
    ASSERT_TRUE(hub);
    EXPECT_FALSE(*hub);
}

TEST(GraphStore, MissingEntityIsAnError)
{
    auto store = memoryStore();
    EXPECT_FALSE(store->entity(EntityId(42)));
    EXPECT_FALSE(store->neighbourhood(EntityId(42), 1));
    EXPECT_FALSE(store->history(EntityId(42)));
    EXPECT_FALSE(store->document(DocumentId(42)));
}

TEST(GraphStore, StatsCountEverythingByType)
{
    auto store = memoryStore();
    ASSERT_TRUE(store->ingest(careerArticle()));
    auto stats = store->stats();
    ASSERT_TRUE(stats);
    EXPECT_EQ(stats->documents, 1);
    EXPECT_EQ(stats->entities, 6);
    EXPECT_EQ(stats->relations, 7);
    EXPECT_EQ(stats->evidence, 3);
    EXPECT_EQ(stats->entitiesByType.value(EntityType::Organization), 4);
    EXPECT_EQ(stats->relationsByType.value(RelationType::WorksAt), 2);
    EXPECT_EQ(stats->relationsByType.value(RelationType::Founded), 2);
}

TEST(GraphStore, DocumentsListNewestFirstAndDocumentHasText)
{
    auto store = memoryStore();
    GraphDocument first = chineseArticle();
    first.info.published = QDate(2024, 8, 11);
    first.info.title = QStringLiteral("标题");
    ASSERT_TRUE(store->ingest(first));
    ASSERT_TRUE(store->ingest(englishArticle()));
    auto list = store->documents();
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).name, QStringLiteral("b.txt"));
    EXPECT_TRUE(list->at(0).text.isEmpty());
    auto doc = store->document(list->at(1).id);
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->text, first.info.text);
    EXPECT_EQ(doc->published, QDate(2024, 8, 11));
    EXPECT_EQ(doc->title, QStringLiteral("标题"));
    EXPECT_EQ(doc->contentHash.size(), 64);
}

TEST(GraphStore, GoldFileIngestsWhole)
{
    const QByteArray json = readAll(QStringLiteral(GUANXI_EVAL_DIR "/000_84226dfc0b281014.gold.json"));
    ASSERT_FALSE(json.isEmpty());
    auto gold = GraphJson::read(json);
    ASSERT_TRUE(gold) << gold.error().toString().toStdString();
    auto store = memoryStore();
    auto report = store->ingest(*gold);
    ASSERT_TRUE(report) << report.error().toString().toStdString();
    EXPECT_EQ(store->stats()->entities, gold->entities.size());
    EXPECT_EQ(store->stats()->relations, gold->relations.size());
    auto hitsZh = store->search(QStringLiteral("马斯克"));
    auto hitsEn = store->search(QStringLiteral("Musk"));
    ASSERT_TRUE(hitsZh && hitsEn);
    ASSERT_FALSE(hitsZh->isEmpty());
    ASSERT_FALSE(hitsEn->isEmpty());
    EXPECT_EQ(hitsZh->first().entity.id, hitsEn->first().entity.id);
}

TEST(GraphStore, FileDatabaseKeepsDataAcrossOpens)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/dir/graph.db"));
    {
        auto store = GraphStore::open(path);
        ASSERT_TRUE(store) << store.error().toString().toStdString();
        ASSERT_TRUE((*store)->ingest(chineseArticle()));
        EXPECT_EQ((*store)->schemaVersion(), GraphStore::latestSchemaVersion());
    }
    auto again = GraphStore::open(path);
    ASSERT_TRUE(again);
    EXPECT_EQ((*again)->stats()->relations, 1);
}

TEST(GraphStore, ReadOnlyFileOpensReadOnly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.db"));
    {
        auto store = GraphStore::open(path);
        ASSERT_TRUE(store);
        ASSERT_TRUE((*store)->ingest(careerArticle()));
    }
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = readAll(path);

    // root may write anyway; only then is a read-write open expected to work.
    if (!QFileInfo(path).isWritable()) {
        EXPECT_FALSE(GraphStore::open(path, GraphStore::OpenMode::ReadWrite));
    }
    auto store = GraphStore::open(path, GraphStore::OpenMode::ReadOnly);
    ASSERT_TRUE(store) << store.error().toString().toStdString();
    EXPECT_EQ((*store)->stats()->entities, 6);
    auto hits = (*store)->search(QStringLiteral("苏茨克"));
    ASSERT_TRUE(hits);
    EXPECT_EQ(hits->size(), 1);
    auto refused = (*store)->ingest(chineseArticle());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().category(), Error::Category::Storage);
    store->reset();
    EXPECT_EQ(readAll(path), before);
}

TEST(GraphStore, ReadOnlyOpenOfAMissingFileFails)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("none.db"));
    auto store = GraphStore::open(path, GraphStore::OpenMode::ReadOnly);
    ASSERT_FALSE(store);
    EXPECT_TRUE(store.error().message().contains(path));
    EXPECT_FALSE(QFile::exists(path));
}

// The folder decides too: SQLite writes its -wal beside the database. The
// message names the folder, not SQLite's "attempt to write a readonly database".
TEST(GraphStore, DatabaseInAReadOnlyFolderIsRefusedReadWriteNamingTheFolder)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("readonly"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/graph.db");
    {
        auto store = GraphStore::open(path);
        ASSERT_TRUE(store);
        ASSERT_TRUE((*store)->ingest(careerArticle()));
    }
    ASSERT_TRUE(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                      | QFile::ExeGroup | QFile::ExeOther));
    ASSERT_EQ(::chmod(QFile::encodeName(folder).constData(), 0555), 0);
    ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), 0666), 0);  // only the folder is read-only
    const QByteArray before = readAll(path);
    {
        AsOrdinaryUser user;
        auto refused = GraphStore::open(path);
        ASSERT_FALSE(refused);
        EXPECT_TRUE(refused.error().message().contains(path));
        EXPECT_TRUE(refused.error().message().contains(QStringLiteral("the folder %1 is not writable").arg(folder)))
            << refused.error().toString().toStdString();
        auto reader = GraphStore::open(path, GraphStore::OpenMode::ReadOnly);
        ASSERT_TRUE(reader) << reader.error().toString().toStdString();
        EXPECT_EQ((*reader)->stats()->entities, 6);
    }
    ::chmod(QFile::encodeName(folder).constData(), 0755);
    EXPECT_EQ(readAll(path), before);
}

TEST(GraphStore, NewDatabaseInAReadOnlyFolderIsRefusedNamingTheFolder)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("readonly"));
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                      | QFile::ExeGroup | QFile::ExeOther));
    ASSERT_EQ(::chmod(QFile::encodeName(folder).constData(), 0555), 0);
    const QString path = folder + QStringLiteral("/new.db");
    {
        AsOrdinaryUser user;
        auto refused = GraphStore::open(path);
        ASSERT_FALSE(refused);
        EXPECT_TRUE(refused.error().message().contains(path));
        EXPECT_TRUE(refused.error().message().contains(QStringLiteral("the folder %1 is not writable").arg(folder)))
            << refused.error().toString().toStdString();
    }
    ::chmod(QFile::encodeName(folder).constData(), 0755);
    EXPECT_FALSE(QFile::exists(path));
}

// PRAGMA quick_check runs at open only on files up to 16 MB. Damage in a
// larger file shows when a query reaches it: an error that names the file and
// says it is damaged, never a crash, and the file is not touched.
TEST(GraphStore, DamageInADatabaseAboveTheCheckedSizeIsAClearErrorAtTheQuery)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.db"));
    // 9 MB of filler, then the entities, then 9 MB more: the graph's pages sit
    // in the middle of a file over 16 MB.
    const auto addFiller = [&] {
        auto db = Internal::SqliteDatabase::open(path, Internal::SqliteDatabase::Mode::ReadWrite);
        ASSERT_TRUE(db);
        ASSERT_TRUE((*db)->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS filler(bytes BLOB);"
                                               "INSERT INTO filler VALUES (randomblob(9000000));")));
    };
    const auto fileSize = [&] { return QFileInfo(path).size(); };
    { ASSERT_TRUE(GraphStore::open(path)); }
    addFiller();
    const qint64 graphStart = fileSize();
    {
        GraphDocument d = makeDocument(QStringLiteral("many.json"), QString());
        for (int i = 0; i < 3000; ++i)
            d.entities.append(makeEntity(QStringLiteral("p%1").arg(i), EntityType::Person,
                                         QStringLiteral("Person %1").arg(i, 5, 10, QLatin1Char('0'))));
        auto store = GraphStore::open(path);
        ASSERT_TRUE(store);
        ASSERT_TRUE((*store)->ingest(d));
    }
    const qint64 graphEnd = fileSize();
    addFiller();
    ASSERT_GT(fileSize(), 16 * 1024 * 1024);
    ASSERT_GT(graphEnd - graphStart, 64 * 1024);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek(graphStart));
        ASSERT_EQ(file.write(QByteArray(graphEnd - graphStart, '\xa5')), graphEnd - graphStart);
    }
    const QByteArray damaged = readAll(path);

    auto store = GraphStore::open(path, GraphStore::OpenMode::ReadOnly);
    ASSERT_TRUE(store) << "opened without quick_check: " << store.error().toString().toStdString();
    auto stats = (*store)->stats();
    ASSERT_FALSE(stats);
    EXPECT_TRUE(stats.error().message().contains(path)) << stats.error().toString().toStdString();
    EXPECT_TRUE(stats.error().message().contains(QStringLiteral("is damaged"))) << stats.error().toString().toStdString();
    auto hits = (*store)->search(QStringLiteral("Person 01234"));
    if (!hits) {
        EXPECT_TRUE(hits.error().message().contains(QStringLiteral("is damaged"))) << hits.error().toString().toStdString();
    }
    store->reset();
    EXPECT_EQ(readAll(path), damaged);
}

TEST(GraphStore, EmptyFileBecomesADatabaseReadWriteButNotReadOnly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    auto readOnly = GraphStore::open(path, GraphStore::OpenMode::ReadOnly);
    ASSERT_FALSE(readOnly);
    EXPECT_TRUE(readOnly.error().message().contains(QStringLiteral("empty")));
    EXPECT_EQ(QFileInfo(path).size(), 0);
    auto store = GraphStore::open(path);
    ASSERT_TRUE(store) << store.error().toString().toStdString();
    EXPECT_EQ((*store)->schemaVersion(), GraphStore::latestSchemaVersion());
}

TEST(GraphStore, FileThatIsNotADatabaseIsRefusedAndLeftAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    QByteArray junk("This is a text file, not SQLite. ");
    junk = junk.repeated(200);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(junk);
    }
    auto store = GraphStore::open(path);
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().category(), Error::Category::Storage);
    EXPECT_TRUE(store.error().message().contains(QStringLiteral("not a Guanxi database")));
    EXPECT_EQ(readAll(path), junk);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-shm")));
}

TEST(GraphStore, SecondConnectionSeesCommittedIngest)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.db"));
    auto writer = GraphStore::open(path);
    ASSERT_TRUE(writer);
    auto reader = GraphStore::open(path, GraphStore::OpenMode::ReadOnly);
    ASSERT_TRUE(reader) << reader.error().toString().toStdString();
    EXPECT_EQ((*reader)->stats()->documents, 0);
    ASSERT_TRUE((*writer)->ingest(chineseArticle()));
    EXPECT_EQ((*reader)->stats()->documents, 1);
    auto found = (*reader)->findEntity(QStringLiteral("马斯克"));
    ASSERT_TRUE(found && *found);
}

TEST(GraphStore, DefaultPathIsInTheApplicationDataFolder)
{
    EXPECT_TRUE(GraphStore::defaultPath().endsWith(QStringLiteral("/guanxi.db")));
}

TEST(GraphStore, IngestAllStoresEveryDocumentAndReportsEach)
{
    auto store = memoryStore();
    auto reports = store->ingestAll({chineseArticle(), englishArticle(), careerArticle()});
    ASSERT_TRUE(reports) << reports.error().toString().toStdString();
    ASSERT_EQ(reports->size(), 3);
    EXPECT_EQ(reports->at(0).entitiesAdded, 2);
    // The second document merges with the first inside the same transaction.
    EXPECT_EQ(reports->at(1).entitiesMerged, 2);
    EXPECT_EQ(reports->at(1).relationsMerged, 1);
    auto stats = store->stats();
    EXPECT_EQ(stats->documents, 3);
    EXPECT_EQ(idOf(*store, QStringLiteral("Elon Musk")), idOf(*store, QStringLiteral("马斯克")));
}

TEST(GraphStore, IngestAllGivesTheSameGraphAsIngestOneByOne)
{
    auto one = memoryStore();
    for (const GraphDocument &d : {chineseArticle(), englishArticle(), careerArticle()})
        ASSERT_TRUE(one->ingest(d));
    auto all = memoryStore();
    ASSERT_TRUE(all->ingestAll({chineseArticle(), englishArticle(), careerArticle()}));
    auto a = one->graph();
    auto b = all->graph();
    ASSERT_TRUE(a && b);
    EXPECT_EQ(GraphJson::write(*a), GraphJson::write(*b));
}

TEST(GraphStore, IngestAllFailureStoresNoneOfTheBatch)
{
    auto store = memoryStore();
    GraphDocument bad = englishArticle();
    bad.relations.append(makeRelation(RelationType::WorksAt, QStringLiteral("m"), QStringLiteral("nobody")));
    auto reports = store->ingestAll({chineseArticle(), bad});
    ASSERT_FALSE(reports);
    EXPECT_EQ(reports.error().category(), Error::Category::Validation);
    EXPECT_TRUE(reports.error().message().contains(QStringLiteral("b.txt")));
    EXPECT_EQ(store->stats()->documents, 0);
    auto hits = store->search(QStringLiteral("马斯"));
    ASSERT_TRUE(hits);
    EXPECT_TRUE(hits->isEmpty());
    // The lifted full-text triggers came back with the rollback.
    ASSERT_TRUE(store->ingest(chineseArticle()));
    EXPECT_EQ(store->search(QStringLiteral("马斯"))->size(), 1);
}

TEST(GraphStore, IngestAllMarksARepeatedDocumentAlreadyPresent)
{
    auto store = memoryStore();
    auto reports = store->ingestAll({chineseArticle(), chineseArticle()});
    ASSERT_TRUE(reports);
    ASSERT_EQ(reports->size(), 2);
    EXPECT_FALSE(reports->at(0).alreadyPresent);
    EXPECT_TRUE(reports->at(1).alreadyPresent);
    EXPECT_EQ(reports->at(1).document, reports->at(0).document);
}

TEST(GraphStore, IngestAllKeepsSearchWorkingForBatchAndLaterDocuments)
{
    auto store = memoryStore();
    ASSERT_TRUE(store->ingestAll({careerArticle(), englishArticle()}));
    EXPECT_EQ(store->search(QStringLiteral("茨克"))->size(), 1);
    EXPECT_EQ(store->search(QStringLiteral("Tesla"))->size(), 1);
    GraphDocument later = makeDocument(QStringLiteral("c.txt"), QStringLiteral("百度的李彦宏。"));
    later.entities = {makeEntity(QStringLiteral("l"), EntityType::Person, QStringLiteral("李彦宏"))};
    ASSERT_TRUE(store->ingest(later));  // the restored triggers index it
    EXPECT_EQ(store->search(QStringLiteral("彦宏"))->size(), 1);
}

TEST(GraphStore, IngestAllCancelledStoresNothing)
{
    auto store = memoryStore();
    CancelToken cancel;
    int calls = 0;
    auto reports = store->ingestAll({chineseArticle(), englishArticle()}, &cancel,
                                    [&](qint64, qint64, const QString &) {
                                        if (++calls == 2)
                                            cancel.cancel();
                                    });
    ASSERT_FALSE(reports);
    EXPECT_TRUE(reports.error().isCancelled());
    EXPECT_EQ(store->stats()->documents, 0);
}
