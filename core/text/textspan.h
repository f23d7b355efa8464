#pragma once

#include <QtGlobal>

namespace Guanxi {

// A half-open range [start, end) of UTF-16 positions in a text.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    bool contains(qsizetype pos) const { return pos >= start && pos < end; }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

} // namespace Guanxi
