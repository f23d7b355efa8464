#include "typepalette.h"

namespace Guanxi {

QString TypePalette::Rgb::name() const
{
    return QStringLiteral("#%1%2%3")
        .arg(r, 2, 16, QLatin1Char('0'))
        .arg(g, 2, 16, QLatin1Char('0'))
        .arg(b, 2, 16, QLatin1Char('0'));
}

TypePalette::Rgb TypePalette::entityColor(EntityType type)
{
    switch (type) {
    case EntityType::Person: return {0x00, 0x72, 0xB2};       // blue
    case EntityType::Organization: return {0xE6, 0x9F, 0x00}; // orange
    case EntityType::Lawsuit: return {0xD5, 0x5E, 0x00};      // vermillion
    case EntityType::Product: return {0x00, 0x9E, 0x73};      // bluish green
    }
    return {0x99, 0x99, 0x99};
}

TypePalette::Rgb TypePalette::relationColor(RelationType type)
{
    if (isCareerRelation(type))
        return {0x56, 0xB4, 0xE9}; // sky blue
    switch (type) {
    case RelationType::InvestedIn: return {0xCC, 0x79, 0xA7};   // reddish purple
    case RelationType::PlaintiffIn:
    case RelationType::DefendantIn: return {0xD5, 0x5E, 0x00};  // vermillion
    case RelationType::Develops: return {0x00, 0x9E, 0x73};     // bluish green
    default: return {0x66, 0x66, 0x66};                         // grey
    }
}

} // namespace Guanxi
