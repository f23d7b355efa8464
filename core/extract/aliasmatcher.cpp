#include "aliasmatcher.h"

#include "cjkchar.h"

#include <algorithm>

namespace Guanxi::Internal {

QString AliasMatcher::matchForm(QStringView folded)
{
    QString out(folded.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded[i];
        out[i] = (c.unicode() < 0x80) ? QChar(QChar::toLower(c.unicode())) : c;
    }
    return out;
}

void AliasMatcher::add(const QString &form, int value)
{
    addGuarded(form, value, {});
}

void AliasMatcher::addGuarded(const QString &form, int value, const QStringList &cased)
{
    if (form.isEmpty())
        return;
    const QString key = matchForm(form);
    // The first owner of a form keeps it. A set, not a scan of the list: one
    // document can add thousands of forms sharing their first characters.
    if (m_keys.contains(key))
        return;
    m_keys.insert(key);
    if (key.size() == 1) {
        m_single[key.front()].append({key, value, cased});
        m_singleChars.insert(key.front());
    } else {
        const quint32 pair = pairKey(key[0], key[1]);
        m_byPair[pair].append({key, value, cased});
        if (m_pairBits.empty())
            m_pairBits.assign(0x10000 / 64, 0);
        const quint32 bit = pairBit(pair);
        m_pairBits[bit >> 6] |= quint64(1) << (bit & 63);
    }
    m_firstChars.insert(key.front());
}

bool AliasMatcher::guardAllows(const Form &f, QStringView cased, qsizetype pos) const
{
    if (f.cased.isEmpty() || cased.isEmpty())
        return true;
    const qsizetype end = pos + f.text.size();
    if (end > cased.size())
        return false;
    // Chinese text right beside the form: "X公司", "在X上", "meta的".
    const bool chineseNeighbour = (pos > 0 && isCjk(cased[pos - 1])) || (end < cased.size() && isCjk(cased[end]));
    const QStringView surface = cased.sliced(pos, f.text.size());
    bool exact = false, capital = false;
    for (const QString &c : f.cased)
        exact = exact || surface == c;
    for (QChar c : surface)
        capital = capital || (c.unicode() >= u'A' && c.unicode() <= u'Z');
    if (f.text.size() == 1)
        return exact && chineseNeighbour;
    return (exact && capital) || chineseNeighbour;
}

void AliasMatcher::finalize()
{
    for (auto &list : m_byPair)
        std::stable_sort(list.begin(), list.end(),
                         [](const Form &a, const Form &b) { return a.text.size() > b.text.size(); });
}

std::optional<AliasMatcher::Hit> AliasMatcher::matchFrom(QStringView text, qsizetype pos, QStringView cased) const
{
    const bool latinStart = isLatinWordChar(text[pos]);
    if (latinStart && pos > 0 && isLatinWordChar(text[pos - 1]))
        return std::nullopt;
    const auto tryForms = [&](const QList<Form> &forms) -> std::optional<Hit> {
        for (const Form &f : forms) {
            const qsizetype end = pos + f.text.size();
            if (end > text.size())
                continue;
            // Plain code-unit comparison: no ordering, no allocation (the hot loop).
            const char16_t *a = reinterpret_cast<const char16_t *>(text.data()) + pos;
            const char16_t *b = reinterpret_cast<const char16_t *>(f.text.constData());
            if (!std::equal(b, b + f.text.size(), a))
                continue;
            if (isLatinWordChar(f.text.back()) && end < text.size() && isLatinWordChar(text[end]))
                continue;
            if (!guardAllows(f, cased, pos))
                continue;
            return Hit{f.text.size(), f.value};
        }
        return std::nullopt;
    };
    if (pos + 1 < text.size()) {
        const quint32 pair = pairKey(text[pos], text[pos + 1]);
        if (mayHavePair(pair))
            if (const auto it = m_byPair.constFind(pair); it != m_byPair.cend())
                if (auto hit = tryForms(*it))
                    return hit;
    }
    if (!m_singleChars.contains(text[pos]))
        return std::nullopt;
    if (const auto it = m_single.constFind(text[pos]); it != m_single.cend())
        return tryForms(*it);
    return std::nullopt;
}

bool AliasMatcher::hasFormStartingWith(QStringView prefix) const
{
    if (prefix.size() < 2)
        return false;
    const auto it = m_byPair.constFind(pairKey(prefix[0], prefix[1]));
    if (it == m_byPair.cend())
        return false;
    return std::any_of(it->cbegin(), it->cend(), [&](const Form &f) { return QStringView(f.text).startsWith(prefix); });
}

} // namespace Guanxi::Internal
