#pragma once

#include "model/types.h"

#include <QString>

namespace Guanxi {

// Colours of entity and relation types for data exports (GEXF, DOT), from the
// Okabe-Ito colour-blind-safe palette. The canvas's style owns the on-screen
// look; keep the two in step when either changes.
class TypePalette
{
public:
    struct Rgb
    {
        int r = 0;
        int g = 0;
        int b = 0;
        QString name() const; // "#rrggbb"
    };

    static Rgb entityColor(EntityType type);
    static Rgb relationColor(RelationType type);
};

} // namespace Guanxi
