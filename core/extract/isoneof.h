#pragma once

#include <QChar>
#include <QStringView>

#include <algorithm>

namespace Guanxi::Internal {

// Whether `c` is one of `chars`: a plain scan of a short list. QStringView::contains(QChar)
// sets up Qt's general substring search for every character it is asked about, and the
// finders ask at nearly every position (that search was 6 % of extraction's instructions).
inline bool isOneOf(QChar c, QStringView chars)
{
    return std::find(chars.begin(), chars.end(), c) != chars.end();
}

} // namespace Guanxi::Internal
