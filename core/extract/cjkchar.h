#pragma once

#include <QChar>

namespace Guanxi::Internal {

// Whether `c` is a CJK ideograph (the unified block and extension A): what Chinese
// names, words and runs of a name are made of, for every finder and reader that asks.
inline bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

} // namespace Guanxi::Internal
