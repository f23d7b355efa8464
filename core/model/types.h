#pragma once

#include <QString>

#include <array>
#include <optional>

namespace Guanxi {

// The vocabulary of SCHEMA.md: entity types, organisation kinds, relation types
// and lawsuit states, with their JSON spellings. Extend only by adding values.

enum class EntityType { Person, Organization, Lawsuit, Product };
enum class OrgKind { None, Company, Nonprofit, Government, Court, Media, Other };
enum class RelationType {
    Founded,
    WorksAt,
    Joined,
    Left,
    OnLeave,
    InvestedIn,
    PlaintiffIn,
    DefendantIn,
    CompetitorOf,
    Develops,
    SubsidiaryOf,
};
enum class LawsuitStatus { None, Filed, Withdrawn, Dismissed, Settled, Ruled };

inline constexpr std::array allEntityTypes{EntityType::Person, EntityType::Organization,
                                           EntityType::Lawsuit, EntityType::Product};
inline constexpr std::array allRelationTypes{
    RelationType::Founded,     RelationType::WorksAt,     RelationType::Joined,
    RelationType::Left,        RelationType::OnLeave,     RelationType::InvestedIn,
    RelationType::PlaintiffIn, RelationType::DefendantIn, RelationType::CompetitorOf,
    RelationType::Develops,    RelationType::SubsidiaryOf,
};
inline constexpr std::array allOrgKinds{OrgKind::Company, OrgKind::Nonprofit, OrgKind::Government,
                                        OrgKind::Court,   OrgKind::Media,     OrgKind::Other};

QString toString(EntityType type);
QString toString(OrgKind kind);         // empty for OrgKind::None
QString toString(RelationType type);
QString toString(LawsuitStatus status); // empty for LawsuitStatus::None

std::optional<EntityType> entityTypeFromString(QStringView text);
std::optional<OrgKind> orgKindFromString(QStringView text);
std::optional<RelationType> relationTypeFromString(QStringView text);
std::optional<LawsuitStatus> lawsuitStatusFromString(QStringView text);

// Whether a relation of this type is undirected (competitor_of).
bool isSymmetric(RelationType type);
// Whether the relation belongs to a person's departure history (SCHEMA.md).
bool isCareerRelation(RelationType type);
// Whether SCHEMA.md allows this relation between entities of these types.
bool isAllowed(RelationType type, EntityType source, EntityType target);

} // namespace Guanxi
