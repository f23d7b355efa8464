#include "canvastesthelpers.h"
#include "legendpainter.h"

using namespace Guanxi;

TEST(LegendPainter, ListsOnlyTheTypesTheGraphUses)
{
    TestSupport::ensureApplication();
    GraphDocument graph;
    Entity person;
    person.key = QStringLiteral("a");
    person.type = EntityType::Person;
    Entity company;
    company.key = QStringLiteral("b");
    company.type = EntityType::Organization;
    company.kind = OrgKind::Company;
    graph.entities = {person, company};
    Relation works;
    works.type = RelationType::WorksAt;
    works.source = QStringLiteral("a");
    works.target = QStringLiteral("b");
    graph.relations = {works};
    const QList<LegendEntry> entries = LegendPainter(GraphStyle::standard(), graph).layout(QPointF(), 1000);
    ASSERT_EQ(entries.size(), 3);
    EXPECT_EQ(entries[0].entityType, EntityType::Person);
    EXPECT_EQ(entries[1].orgKind, OrgKind::Company);
    EXPECT_EQ(entries[2].relationType, RelationType::WorksAt);
}

TEST(LegendPainter, InvestorsGetAnEntry)
{
    TestSupport::ensureApplication();
    const QList<LegendEntry> entries = LegendPainter(GraphStyle::standard(), TestSupport::goldGraph()).layout(QPointF(), 1000);
    EXPECT_TRUE(std::any_of(entries.begin(), entries.end(),
                            [](const LegendEntry &e) { return e.kind == LegendEntry::Kind::Investor; }));
}

TEST(LegendPainter, EntriesWrapIntoRowsWithinTheWidth)
{
    TestSupport::ensureApplication();
    const LegendPainter legend(GraphStyle::standard());
    const QList<LegendEntry> entries = legend.layout(QPointF(10, 20), 300);
    for (const LegendEntry &entry : entries) {
        EXPECT_GE(entry.rect.left(), 10.0);
        // An entry wider than the row still starts a row of its own.
        EXPECT_TRUE(entry.rect.right() <= 310.0 || entry.rect.left() == 10.0);
    }
    EXPECT_GT(legend.size(300).height(), legend.size(1200).height());
}
