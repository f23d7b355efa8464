#include "canvastesthelpers.h"
#include "itemtooltip.h"

using namespace Guanxi;

namespace {

Entity person(const QString &name, const QStringList &aliases)
{
    Entity entity;
    entity.key = name.toLower();
    entity.type = EntityType::Person;
    entity.name = name;
    for (const QString &alias : aliases)
        entity.addAlias(alias);
    return entity;
}

} // namespace

TEST(ItemToolTip, AnEntityShowsItsNamesInEveryLanguage)
{
    const QString text = ItemToolTip::forEntity(person(QStringLiteral("Elon Musk"), {QStringLiteral("马斯克"), QStringLiteral("Musk")}), 3, false);
    EXPECT_TRUE(text.contains(QStringLiteral("<b>Elon Musk</b>"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("马斯克"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("<nobr>Musk</nobr>"))) << text.toStdString();
    EXPECT_EQ(text.count(QStringLiteral("Elon Musk")), 1) << text.toStdString();
}

TEST(ItemToolTip, AnEntityListsAtMostAFewOtherNames)
{
    QStringList aliases;
    for (int i = 0; i < 10; ++i)
        aliases.append(QStringLiteral("alias%1").arg(i));
    const QString text = ItemToolTip::forEntity(person(QStringLiteral("Someone"), aliases), 0, false);
    EXPECT_EQ(text.count(QStringLiteral("alias")), ItemToolTip::maxAliases) << text.toStdString();
}

TEST(ItemToolTip, AnOrganisationSaysItsKindAndWhetherItInvests)
{
    Entity entity;
    entity.key = QStringLiteral("microsoft");
    entity.type = EntityType::Organization;
    entity.kind = OrgKind::Company;
    entity.name = QStringLiteral("Microsoft");
    const QString text = ItemToolTip::forEntity(entity, 2, true);
    EXPECT_TRUE(text.contains(QStringLiteral("Company, investor"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2 relations"))) << text.toStdString();
}

TEST(ItemToolTip, NamesAreEscapedNotReadAsMarkup)
{
    const QString text = ItemToolTip::forEntity(person(QStringLiteral("<i>Bold</i> & Co"), {}), 1, false);
    EXPECT_TRUE(text.contains(QStringLiteral("&lt;i&gt;Bold&lt;/i&gt; &amp; Co"))) << text.toStdString();
}

TEST(ItemToolTip, ARelationSaysWhoDoesWhatToWhomWithItsDetails)
{
    GraphDocument graph;
    graph.entities.append(person(QStringLiteral("Greg Brockman"), {}));
    Entity openai;
    openai.key = QStringLiteral("openai");
    openai.type = EntityType::Organization;
    openai.name = QStringLiteral("OpenAI");
    graph.entities.append(openai);
    Relation relation;
    relation.type = RelationType::WorksAt;
    relation.source = QStringLiteral("greg brockman");
    relation.target = QStringLiteral("openai");
    relation.role = QStringLiteral("总裁");
    relation.time = TimePoint::month(2024, 8);
    const QString text = ItemToolTip::forRelation(relation, graph);
    EXPECT_TRUE(text.startsWith(QStringLiteral("<b>Greg Brockman</b> works at <b>OpenAI</b>"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("总裁 · 2024-08"))) << text.toStdString();
}
