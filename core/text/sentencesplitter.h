#pragma once

#include "textspan.h"

#include <QList>
#include <QStringView>

namespace Guanxi {

// Splits text into sentences on Chinese and Western end punctuation, closing
// quotes and line breaks, keeping offsets. Spans exclude surrounding white
// space; empty sentences are dropped. Very long runs without punctuation are
// cut at a bounded length so later stages stay linear.
class SentenceSplitter
{
public:
    // Longest sentence returned: a longer run is cut at a comma or at this bound.
    static constexpr qsizetype MaxSentenceLength = 2000;

    static QList<TextSpan> split(QStringView text);
};

} // namespace Guanxi
