#include "curationfixture.h"

using namespace Guanxi;
using namespace Guanxi::Test;

namespace {

RelationAttributes attributes(RelationType type, const QString &time = {}, const QString &role = {},
                              const QString &amount = {})
{
    RelationAttributes a;
    a.type = type;
    if (!time.isEmpty())
        a.time = *TimePoint::parse(time);
    a.role = role;
    a.amount = amount;
    return a;
}

} // namespace

using CurationMerge = CurationTest;

TEST_F(CurationMerge, AbsorbedNamesBecomeAliasesOfTheSurvivor)
{
    ASSERT_TRUE(m_curation->mergeEntities(id(QStringLiteral("Sam Altman")), id(QStringLiteral("奥特曼"))));
    const Entity sam = entity(QStringLiteral("Sam Altman"));
    EXPECT_TRUE(sam.aliases.contains(QStringLiteral("奥特曼")));
    EXPECT_TRUE(sam.aliases.contains(QStringLiteral("山姆·奥特曼")));
    EXPECT_EQ(id(QStringLiteral("山姆·奥特曼")), sam.id);
}

TEST_F(CurationMerge, RelationsMoveAndDuplicatesCollapseKeepingEvidence)
{
    const qint64 before = relationCount();
    ASSERT_TRUE(m_curation->mergeEntities(id(QStringLiteral("Sam Altman")), id(QStringLiteral("奥特曼"))));
    EXPECT_EQ(relationCount(), before - 1);  // the two works_at 2019 are one now
    const Relation worksAt = relation(QStringLiteral("Sam Altman"), RelationType::WorksAt, QStringLiteral("OpenAI"));
    ASSERT_EQ(worksAt.evidence.size(), 2);
    EXPECT_EQ(worksAt.evidence.at(1).sentence, QStringLiteral("奥特曼执掌OpenAI。"));
    const Relation founded = relation(QStringLiteral("Sam Altman"), RelationType::Founded, QStringLiteral("OpenAI"));
    EXPECT_EQ(founded.time.toString(), QStringLiteral("2015"));
}

TEST_F(CurationMerge, UndoRestoresBothEntitiesExactly)
{
    const QByteArray original = snapshot();
    ASSERT_TRUE(m_curation->mergeEntities(id(QStringLiteral("Sam Altman")), id(QStringLiteral("奥特曼"))));
    ASSERT_NE(snapshot(), original);
    auto undone = m_curation->undo();
    ASSERT_TRUE(undone) << undone.error().toString().toStdString();
    EXPECT_EQ(undone->op, EditOp::MergeEntities);
    EXPECT_EQ(snapshot(), original);
}

TEST_F(CurationMerge, RedoMergesAgain)
{
    ASSERT_TRUE(m_curation->mergeEntities(id(QStringLiteral("Sam Altman")), id(QStringLiteral("奥特曼"))));
    const QByteArray merged = snapshot();
    ASSERT_TRUE(m_curation->undo());
    auto redone = m_curation->redo();
    ASSERT_TRUE(redone) << redone.error().toString().toStdString();
    EXPECT_EQ(snapshot(), merged);
}

TEST_F(CurationMerge, EntitiesOfDifferentTypesAreRefused)
{
    auto merged = m_curation->mergeEntities(id(QStringLiteral("OpenAI")), id(QStringLiteral("Sam Altman")));
    ASSERT_FALSE(merged);
    EXPECT_EQ(merged.error().category(), Error::Category::Validation);
    EXPECT_TRUE(merged.error().message().contains(QStringLiteral("change the type")));
}

TEST_F(CurationMerge, AnEntityWithItselfIsRefused)
{
    const EntityId sam = id(QStringLiteral("Sam Altman"));
    EXPECT_FALSE(m_curation->mergeEntities(sam, sam));
}

using CurationSplit = CurationTest;

TEST_F(CurationSplit, AliasBecomesAnEntityOfItsOwn)
{
    const EntityId sam = id(QStringLiteral("Sam Altman"));
    auto split = m_curation->splitAlias(sam, QStringLiteral("Altman"));
    ASSERT_TRUE(split) << split.error().toString().toStdString();
    EXPECT_NE(split->entity, sam);
    const Entity created = entity(QStringLiteral("Altman"));
    EXPECT_EQ(created.id, split->entity);
    EXPECT_EQ(created.type, EntityType::Person);
    EXPECT_FALSE(entity(QStringLiteral("Sam Altman")).aliases.contains(QStringLiteral("Altman")));
}

TEST_F(CurationSplit, UndoPutsTheAliasBack)
{
    const QByteArray original = snapshot();
    ASSERT_TRUE(m_curation->splitAlias(id(QStringLiteral("Sam Altman")), QStringLiteral("Altman")));
    ASSERT_TRUE(m_curation->undo());
    EXPECT_EQ(snapshot(), original);
    ASSERT_TRUE(m_curation->redo());
    EXPECT_NE(id(QStringLiteral("Altman")), id(QStringLiteral("Sam Altman")));
}

TEST_F(CurationSplit, TheNameItselfOrAStrangerIsRefused)
{
    const EntityId sam = id(QStringLiteral("Sam Altman"));
    EXPECT_FALSE(m_curation->splitAlias(sam, QStringLiteral("Sam Altman")));
    auto stranger = m_curation->splitAlias(sam, QStringLiteral("Ilya"));
    ASSERT_FALSE(stranger);
    EXPECT_TRUE(stranger.error().message().contains(QStringLiteral("not an alias")));
}

using CurationRename = CurationTest;

TEST_F(CurationRename, NewNameShowsAndOldNameStaysAnAlias)
{
    const EntityId openai = id(QStringLiteral("OpenAI"));
    ASSERT_TRUE(m_curation->renameEntity(openai, QStringLiteral("OpenAI Inc.")));
    const Entity renamed = *m_store->entity(openai);
    EXPECT_EQ(renamed.name, QStringLiteral("OpenAI Inc."));
    EXPECT_TRUE(renamed.aliases.contains(QStringLiteral("OpenAI")));
    EXPECT_EQ(id(QStringLiteral("openai inc.")), openai);
}

TEST_F(CurationRename, UndoAndRedo)
{
    const QByteArray original = snapshot();
    const EntityId openai = id(QStringLiteral("OpenAI"));
    ASSERT_TRUE(m_curation->renameEntity(openai, QStringLiteral("OpenAI Inc.")));
    ASSERT_TRUE(m_curation->undo());
    EXPECT_EQ(snapshot(), original);
    ASSERT_TRUE(m_curation->redo());
    EXPECT_EQ(m_store->entity(openai)->name, QStringLiteral("OpenAI Inc."));
}

TEST_F(CurationRename, EmptyNameIsRefused)
{
    EXPECT_FALSE(m_curation->renameEntity(id(QStringLiteral("OpenAI")), QStringLiteral("  ")));
}

using CurationChangeType = CurationTest;

TEST_F(CurationChangeType, SetsTypeAndKind)
{
    const EntityId chatgpt = id(QStringLiteral("ChatGPT"));
    ASSERT_TRUE(m_curation->changeType(chatgpt, EntityType::Product));
    EXPECT_EQ(m_store->entity(chatgpt)->type, EntityType::Product);
    EXPECT_EQ(m_store->entity(chatgpt)->kind, OrgKind::None);
    ASSERT_TRUE(m_curation->undo());
    EXPECT_EQ(m_store->entity(chatgpt)->type, EntityType::Organization);
    EXPECT_EQ(m_store->entity(chatgpt)->kind, OrgKind::Company);
}

TEST_F(CurationChangeType, OrganizationKindAlone)
{
    const EntityId openai = id(QStringLiteral("OpenAI"));
    ASSERT_TRUE(m_curation->changeType(openai, EntityType::Organization, OrgKind::Nonprofit));
    EXPECT_EQ(m_store->entity(openai)->kind, OrgKind::Nonprofit);
    ASSERT_TRUE(m_curation->undo());
    ASSERT_TRUE(m_curation->redo());
    EXPECT_EQ(m_store->entity(openai)->kind, OrgKind::Nonprofit);
}

TEST_F(CurationChangeType, RefusedWhenARelationForbidsTheNewType)
{
    auto changed = m_curation->changeType(id(QStringLiteral("Microsoft")), EntityType::Product);
    ASSERT_FALSE(changed);
    EXPECT_TRUE(changed.error().message().contains(QStringLiteral("invested_in")));
    EXPECT_EQ(entity(QStringLiteral("Microsoft")).type, EntityType::Organization);
}

using CurationDelete = CurationTest;

TEST_F(CurationDelete, EntityGoesWithItsRelations)
{
    const qint64 before = relationCount();
    ASSERT_TRUE(m_curation->deleteEntity(id(QStringLiteral("Anthropic"))));
    EXPECT_FALSE(exists(QStringLiteral("Anthropic")));
    EXPECT_EQ(relationCount(), before - 1);
}

TEST_F(CurationDelete, UndoBringsTheEntityBackWithRelationsAndEvidence)
{
    const QByteArray original = snapshot();
    ASSERT_TRUE(m_curation->deleteEntity(id(QStringLiteral("OpenAI"))));
    EXPECT_EQ(relationCount(), 0);
    ASSERT_TRUE(m_curation->undo());
    EXPECT_EQ(snapshot(), original);
    ASSERT_TRUE(m_curation->redo());
    EXPECT_FALSE(exists(QStringLiteral("OpenAI")));
}

TEST_F(CurationDelete, RelationAloneAndItsUndo)
{
    const QByteArray original = snapshot();
    const Relation invested = relation(QStringLiteral("Microsoft"), RelationType::InvestedIn, QStringLiteral("OpenAI"));
    ASSERT_TRUE(m_curation->deleteRelation(invested.id));
    EXPECT_TRUE(relationsBetween(QStringLiteral("Microsoft"), QStringLiteral("OpenAI")).isEmpty());
    EXPECT_TRUE(exists(QStringLiteral("Microsoft")));
    ASSERT_TRUE(m_curation->undo());
    EXPECT_EQ(snapshot(), original);
    ASSERT_TRUE(m_curation->redo());
    EXPECT_TRUE(relationsBetween(QStringLiteral("Microsoft"), QStringLiteral("OpenAI")).isEmpty());
}

TEST_F(CurationDelete, UnknownRelationIsAClearError)
{
    auto deleted = m_curation->deleteRelation(RelationId(9999));
    ASSERT_FALSE(deleted);
    EXPECT_TRUE(deleted.error().message().contains(QStringLiteral("r9999")));
}

using CurationAddRelation = CurationTest;

TEST_F(CurationAddRelation, NoteBecomesUserEvidence)
{
    auto added = m_curation->addRelation(id(QStringLiteral("Microsoft")), id(QStringLiteral("Anthropic")),
                                         attributes(RelationType::CompetitorOf, QStringLiteral("2024")),
                                         QStringLiteral("Both sell models to companies."));
    ASSERT_TRUE(added) << added.error().toString().toStdString();
    const Relation r = relation(QStringLiteral("Microsoft"), RelationType::CompetitorOf, QStringLiteral("Anthropic"));
    EXPECT_EQ(r.id, added->relation);
    EXPECT_EQ(r.time.toString(), QStringLiteral("2024"));
    ASSERT_EQ(r.evidence.size(), 1);
    EXPECT_TRUE(r.evidence.first().isUserEdit);
    EXPECT_FALSE(r.evidence.first().documentId.isValid());
    EXPECT_EQ(r.evidence.first().sentence, QStringLiteral("Both sell models to companies."));
}

TEST_F(CurationAddRelation, RoleAndAmountAreStored)
{
    auto added = m_curation->addRelation(id(QStringLiteral("Sam Altman")), id(QStringLiteral("Microsoft")),
                                         attributes(RelationType::InvestedIn, {}, {}, QStringLiteral("100万美元")));
    ASSERT_TRUE(added);
    EXPECT_EQ(relation(QStringLiteral("Sam Altman"), RelationType::InvestedIn, QStringLiteral("Microsoft")).amount,
              QStringLiteral("100万美元"));
    auto joined = m_curation->addRelation(id(QStringLiteral("Sam Altman")), id(QStringLiteral("Microsoft")),
                                          attributes(RelationType::Joined, QStringLiteral("2023-11"), QStringLiteral("CEO")));
    ASSERT_TRUE(joined);
    EXPECT_EQ(relation(QStringLiteral("Sam Altman"), RelationType::Joined, QStringLiteral("Microsoft")).role,
              QStringLiteral("CEO"));
}

TEST_F(CurationAddRelation, UndoRemovesItAndRedoBringsItBack)
{
    const QByteArray original = snapshot();
    auto added = m_curation->addRelation(id(QStringLiteral("Microsoft")), id(QStringLiteral("Anthropic")),
                                         attributes(RelationType::CompetitorOf), QStringLiteral("note"));
    ASSERT_TRUE(added);
    const QByteArray withRelation = snapshot();
    ASSERT_TRUE(m_curation->undo());
    EXPECT_EQ(snapshot(), original);
    ASSERT_TRUE(m_curation->redo());
    EXPECT_EQ(snapshot(), withRelation);
}

TEST_F(CurationAddRelation, TypesTheSchemaForbidsAreRefused)
{
    auto added = m_curation->addRelation(id(QStringLiteral("OpenAI")), id(QStringLiteral("Sam Altman")),
                                         attributes(RelationType::WorksAt));
    ASSERT_FALSE(added);
    EXPECT_TRUE(added.error().message().contains(QStringLiteral("cannot go from an organization to a person")));
}

TEST_F(CurationAddRelation, ARelationAlreadyStoredIsRefused)
{
    auto added = m_curation->addRelation(id(QStringLiteral("Anthropic")), id(QStringLiteral("OpenAI")),
                                         attributes(RelationType::CompetitorOf));
    ASSERT_FALSE(added);
    EXPECT_TRUE(added.error().message().contains(QStringLiteral("already stored")));
}

using CurationEditRelation = CurationTest;

TEST_F(CurationEditRelation, AttributesChangeAndUndoRestoresThem)
{
    const QByteArray original = snapshot();
    const Relation r = relation(QStringLiteral("Sam Altman"), RelationType::WorksAt, QStringLiteral("OpenAI"));
    ASSERT_TRUE(m_curation->editRelation(r.id, attributes(RelationType::WorksAt, QStringLiteral("2020"),
                                                          QStringLiteral("CEO"))));
    auto edited = m_curation->relation(r.id);
    ASSERT_TRUE(edited);
    EXPECT_EQ(edited->time.toString(), QStringLiteral("2020"));
    EXPECT_EQ(edited->role, QStringLiteral("CEO"));
    EXPECT_EQ(edited->evidence.size(), 1);
    ASSERT_TRUE(m_curation->undo());
    EXPECT_EQ(snapshot(), original);
}

TEST_F(CurationEditRelation, ChangingNothingIsRefused)
{
    const Relation r = relation(QStringLiteral("Sam Altman"), RelationType::WorksAt, QStringLiteral("OpenAI"));
    EXPECT_FALSE(m_curation->editRelation(r.id, attributes(RelationType::WorksAt, QStringLiteral("2019"))));
}

using CurationLog = CurationTest;

TEST_F(CurationLog, EditsAndTheirUndoSurviveReopening)
{
    ASSERT_TRUE(m_curation->mergeEntities(id(QStringLiteral("Sam Altman")), id(QStringLiteral("奥特曼"))));
    ASSERT_TRUE(m_curation->deleteEntity(id(QStringLiteral("Anthropic"))));
    const QByteArray edited = snapshot();
    reopen();
    EXPECT_EQ(snapshot(), edited);
    auto log = m_curation->edits();
    ASSERT_TRUE(log);
    ASSERT_EQ(log->size(), 2);
    EXPECT_EQ(log->at(0).op, EditOp::MergeEntities);
    EXPECT_EQ(log->at(1).description, QStringLiteral("deleted “Anthropic”"));
    // The undo history is in the file too: undo after reopening.
    ASSERT_TRUE(m_curation->undo());
    EXPECT_TRUE(exists(QStringLiteral("Anthropic")));
    reopen();
    EXPECT_TRUE(exists(QStringLiteral("Anthropic")));
    EXPECT_TRUE(m_curation->edits()->at(1).isUndone);
}

TEST_F(CurationLog, UndoingEveryEditInTurnRestoresTheImportedGraph)
{
    const QByteArray original = snapshot();
    ASSERT_TRUE(m_curation->mergeEntities(id(QStringLiteral("Sam Altman")), id(QStringLiteral("奥特曼"))));
    ASSERT_TRUE(m_curation->splitAlias(id(QStringLiteral("Sam Altman")), QStringLiteral("Altman")));
    ASSERT_TRUE(m_curation->renameEntity(id(QStringLiteral("OpenAI")), QStringLiteral("OpenAI Inc.")));
    ASSERT_TRUE(m_curation->changeType(id(QStringLiteral("ChatGPT")), EntityType::Product));
    ASSERT_TRUE(m_curation->addRelation(id(QStringLiteral("OpenAI")), id(QStringLiteral("ChatGPT")),
                                        attributes(RelationType::Develops), QStringLiteral("OpenAI makes ChatGPT.")));
    ASSERT_TRUE(m_curation->deleteRelation(
        relation(QStringLiteral("Microsoft"), RelationType::InvestedIn, QStringLiteral("OpenAI")).id));
    ASSERT_TRUE(m_curation->deleteEntity(id(QStringLiteral("Anthropic"))));
    const QByteArray final = snapshot();
    for (int i = 0; i < 7; ++i)
        ASSERT_TRUE(m_curation->undo()) << i;
    EXPECT_EQ(snapshot(), original);
    EXPECT_FALSE(m_curation->undo());
    for (int i = 0; i < 7; ++i)
        ASSERT_TRUE(m_curation->redo()) << i;
    EXPECT_EQ(snapshot(), final);
}

TEST_F(CurationLog, ANewEditDropsTheUndoneOnes)
{
    ASSERT_TRUE(m_curation->deleteEntity(id(QStringLiteral("Anthropic"))));
    ASSERT_TRUE(m_curation->undo());
    ASSERT_TRUE(m_curation->renameEntity(id(QStringLiteral("OpenAI")), QStringLiteral("OpenAI Inc.")));
    auto redo = m_curation->redo();
    ASSERT_FALSE(redo);
    EXPECT_EQ(redo.error().message(), QStringLiteral("there is no edit to redo"));
    EXPECT_EQ(m_curation->edits()->size(), 1);
}

TEST_F(CurationLog, OnlyTheLatestEditCanBeUndone)
{
    auto first = m_curation->deleteEntity(id(QStringLiteral("Anthropic")));
    ASSERT_TRUE(first);
    ASSERT_TRUE(m_curation->renameEntity(id(QStringLiteral("OpenAI")), QStringLiteral("OpenAI Inc.")));
    auto undo = m_curation->undo(first->id);
    ASSERT_FALSE(undo);
    EXPECT_FALSE(exists(QStringLiteral("Anthropic")));
}

TEST_F(CurationLog, NothingToUndoIsAnError)
{
    auto undo = m_curation->undo();
    ASSERT_FALSE(undo);
    EXPECT_EQ(undo.error().message(), QStringLiteral("there is no edit to undo"));
}

TEST_F(CurationLog, AReadOnlyStoreRefusesEdits)
{
    const QString path = m_store->path();
    m_curation.reset();
    m_store.reset();
    auto store = GraphStore::open(path, GraphStore::OpenMode::ReadOnly);
    ASSERT_TRUE(store);
    Curation curation(**store);
    auto deleted = curation.deleteEntity(*curation.findEntity(QStringLiteral("Anthropic")));
    ASSERT_FALSE(deleted);
    EXPECT_TRUE(deleted.error().message().contains(QStringLiteral("read-only")));
}

using CurationFindEntity = CurationTest;

TEST_F(CurationFindEntity, ByIdOrAnyName)
{
    const EntityId sam = id(QStringLiteral("Sam Altman"));
    EXPECT_EQ(*m_curation->findEntity(QStringLiteral("e%1").arg(sam.value())), sam);
    EXPECT_EQ(*m_curation->findEntity(QString::number(sam.value())), sam);
    EXPECT_EQ(*m_curation->findEntity(QStringLiteral("  ALTMAN ")), sam);
}

TEST_F(CurationFindEntity, UnknownNameSaysSo)
{
    auto found = m_curation->findEntity(QStringLiteral("Nobody"));
    ASSERT_FALSE(found);
    EXPECT_EQ(found.error().message(), QStringLiteral("no entity is called “Nobody”"));
    EXPECT_FALSE(m_curation->findEntity(QStringLiteral("e9999")));
}

TEST_F(CurationFindEntity, AmbiguousNameListsTheCandidates)
{
    ASSERT_TRUE(m_curation->addRelation(id(QStringLiteral("Sam Altman")), id(QStringLiteral("OpenAI")),
                                        attributes(RelationType::Joined)));
    // A product named like the company: "OpenAI" now names two entities.
    GraphDocument d = makeDocument(QStringLiteral("b.txt"), QStringLiteral("product"));
    d.entities = {makeEntity(QStringLiteral("p"), EntityType::Product, QStringLiteral("OpenAI"))};
    ASSERT_TRUE(m_store->ingest(d));
    auto found = m_curation->findEntity(QStringLiteral("OpenAI"));
    ASSERT_FALSE(found);
    EXPECT_TRUE(found.error().message().contains(QStringLiteral("2 entities")));
    EXPECT_TRUE(found.error().message().contains(QStringLiteral("product “OpenAI”")));
    EXPECT_TRUE(found.error().message().contains(QStringLiteral("organization “OpenAI”")));
}
