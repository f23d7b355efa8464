#include "model/types.h"

#include <gtest/gtest.h>

using namespace Guanxi;

TEST(Types, EveryRelationTypeRoundTripsThroughItsName)
{
    for (RelationType type : allRelationTypes)
        EXPECT_EQ(relationTypeFromString(toString(type)), type);
    EXPECT_FALSE(relationTypeFromString(u"married_to"));
}

TEST(Types, EveryEntityTypeAndKindRoundTrips)
{
    for (EntityType type : allEntityTypes)
        EXPECT_EQ(entityTypeFromString(toString(type)), type);
    for (OrgKind kind : allOrgKinds)
        EXPECT_EQ(orgKindFromString(toString(kind)), kind);
}

TEST(Types, SchemaConstrainsRelationEnds)
{
    EXPECT_TRUE(isAllowed(RelationType::Founded, EntityType::Person, EntityType::Organization));
    EXPECT_TRUE(isAllowed(RelationType::Founded, EntityType::Organization, EntityType::Organization));
    EXPECT_FALSE(isAllowed(RelationType::Founded, EntityType::Person, EntityType::Person));
    EXPECT_FALSE(isAllowed(RelationType::WorksAt, EntityType::Organization, EntityType::Organization));
    EXPECT_TRUE(isAllowed(RelationType::PlaintiffIn, EntityType::Organization, EntityType::Lawsuit));
    EXPECT_FALSE(isAllowed(RelationType::Develops, EntityType::Organization, EntityType::Organization));
}

TEST(Types, CareerRelationsAreTheDepartureHistoryTypes)
{
    EXPECT_TRUE(isCareerRelation(RelationType::OnLeave));
    EXPECT_TRUE(isCareerRelation(RelationType::Founded));
    EXPECT_FALSE(isCareerRelation(RelationType::InvestedIn));
}
