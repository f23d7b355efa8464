#pragma once

#include "aliasmatcher.h"

#include <QStringView>

#include <optional>

namespace Guanxi::Internal {

// Finds relation trigger words (投资, 加入) in folded, lower-cased text, except
// where they stand inside a longer word that is no trigger (投资银行, 投资者关系,
// rule `not_trigger`): there a trigger hit that overlaps the word is no hit.
class TriggerMatcher
{
public:
    void addTrigger(const QString &word, int value) { m_triggers.add(word, value); }
    void addNonTrigger(const QString &word);
    // Sorts the words; call once after the last add.
    void finalize();

    // Longest trigger starting at `pos` of `text`, unless a non-trigger word overlaps it.
    std::optional<AliasMatcher::Hit> matchAt(QStringView text, qsizetype pos) const
    {
        const auto hit = m_triggers.matchAt(text, pos);
        if (!hit || m_longestNonTrigger == 0 || !overlapsNonTrigger(text, pos, pos + hit->length))
            return hit;
        return std::nullopt;
    }

private:
    bool overlapsNonTrigger(QStringView text, qsizetype start, qsizetype end) const;

    AliasMatcher m_triggers;
    AliasMatcher m_nonTriggers;
    qsizetype m_longestNonTrigger = 0;
};

} // namespace Guanxi::Internal
