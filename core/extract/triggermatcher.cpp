#include "triggermatcher.h"

#include <algorithm>

namespace Guanxi::Internal {

void TriggerMatcher::addNonTrigger(const QString &word)
{
    if (word.isEmpty())
        return;
    m_nonTriggers.add(word, 0);
    m_longestNonTrigger = std::max(m_longestNonTrigger, word.size());
}

void TriggerMatcher::finalize()
{
    m_triggers.finalize();
    m_nonTriggers.finalize();
}

bool TriggerMatcher::overlapsNonTrigger(QStringView text, qsizetype start, qsizetype end) const
{
    // A non-trigger word starting up to its own length before the trigger, or
    // inside it, that reaches past the trigger's start. The longest word at a
    // position reaches furthest, so one look-up a position is enough.
    for (qsizetype k = std::max<qsizetype>(0, start - m_longestNonTrigger + 1); k < end; ++k)
        if (const auto word = m_nonTriggers.matchAt(text, k); word && k + word->length > start)
            return true;
    return false;
}

} // namespace Guanxi::Internal
