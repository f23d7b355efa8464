#include "types.h"

namespace Guanxi {

namespace {

template<typename Enum, size_t N>
struct Names
{
    std::array<std::pair<Enum, const char16_t *>, N> entries;

    QString name(Enum value) const
    {
        for (const auto &[e, text] : entries)
            if (e == value)
                return QString::fromUtf16(text);
        return {};
    }

    std::optional<Enum> parse(QStringView text) const
    {
        for (const auto &[e, name] : entries)
            if (text == QStringView(name))
                return e;
        return std::nullopt;
    }
};

constexpr Names<EntityType, 4> entityTypeNames{{{
    {EntityType::Person, u"person"},
    {EntityType::Organization, u"organization"},
    {EntityType::Lawsuit, u"lawsuit"},
    {EntityType::Product, u"product"},
}}};

constexpr Names<OrgKind, 6> orgKindNames{{{
    {OrgKind::Company, u"company"},
    {OrgKind::Nonprofit, u"nonprofit"},
    {OrgKind::Government, u"government"},
    {OrgKind::Court, u"court"},
    {OrgKind::Media, u"media"},
    {OrgKind::Other, u"other"},
}}};

constexpr Names<RelationType, 11> relationTypeNames{{{
    {RelationType::Founded, u"founded"},
    {RelationType::WorksAt, u"works_at"},
    {RelationType::Joined, u"joined"},
    {RelationType::Left, u"left"},
    {RelationType::OnLeave, u"on_leave"},
    {RelationType::InvestedIn, u"invested_in"},
    {RelationType::PlaintiffIn, u"plaintiff_in"},
    {RelationType::DefendantIn, u"defendant_in"},
    {RelationType::CompetitorOf, u"competitor_of"},
    {RelationType::Develops, u"develops"},
    {RelationType::SubsidiaryOf, u"subsidiary_of"},
}}};

constexpr Names<LawsuitStatus, 5> lawsuitStatusNames{{{
    {LawsuitStatus::Filed, u"filed"},
    {LawsuitStatus::Withdrawn, u"withdrawn"},
    {LawsuitStatus::Dismissed, u"dismissed"},
    {LawsuitStatus::Settled, u"settled"},
    {LawsuitStatus::Ruled, u"ruled"},
}}};

} // namespace

QString toString(EntityType type) { return entityTypeNames.name(type); }
QString toString(OrgKind kind) { return orgKindNames.name(kind); }
QString toString(RelationType type) { return relationTypeNames.name(type); }
QString toString(LawsuitStatus status) { return lawsuitStatusNames.name(status); }

std::optional<EntityType> entityTypeFromString(QStringView text) { return entityTypeNames.parse(text); }
std::optional<OrgKind> orgKindFromString(QStringView text) { return orgKindNames.parse(text); }
std::optional<RelationType> relationTypeFromString(QStringView text) { return relationTypeNames.parse(text); }
std::optional<LawsuitStatus> lawsuitStatusFromString(QStringView text) { return lawsuitStatusNames.parse(text); }

bool isSymmetric(RelationType type) { return type == RelationType::CompetitorOf; }

bool isCareerRelation(RelationType type)
{
    switch (type) {
    case RelationType::Founded:
    case RelationType::Joined:
    case RelationType::WorksAt:
    case RelationType::Left:
    case RelationType::OnLeave:
        return true;
    default:
        return false;
    }
}

bool isAllowed(RelationType type, EntityType source, EntityType target)
{
    const bool personOrOrg = source == EntityType::Person || source == EntityType::Organization;
    switch (type) {
    case RelationType::Founded:
    case RelationType::Left:
    case RelationType::InvestedIn:
        return personOrOrg && target == EntityType::Organization;
    case RelationType::WorksAt:
    case RelationType::Joined:
    case RelationType::OnLeave:
        return source == EntityType::Person && target == EntityType::Organization;
    case RelationType::PlaintiffIn:
    case RelationType::DefendantIn:
        return personOrOrg && target == EntityType::Lawsuit;
    case RelationType::CompetitorOf:
    case RelationType::SubsidiaryOf:
        return source == EntityType::Organization && target == EntityType::Organization;
    case RelationType::Develops:
        return source == EntityType::Organization && target == EntityType::Product;
    }
    return false;
}

} // namespace Guanxi
