#include "aliasmatcher.h"

#include <algorithm>

namespace Guanxi::Internal {

bool AliasMatcher::isLatinWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

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
    if (form.isEmpty())
        return;
    const QString key = matchForm(form);
    auto &list = m_byFirst[key.front()];
    for (const Form &f : std::as_const(list)) {
        if (f.text == key)
            return; // the first owner of a form keeps it
    }
    list.append({key, value});
}

void AliasMatcher::finalize()
{
    for (auto &list : m_byFirst)
        std::stable_sort(list.begin(), list.end(),
                         [](const Form &a, const Form &b) { return a.text.size() > b.text.size(); });
}

std::optional<AliasMatcher::Hit> AliasMatcher::matchAt(QStringView text, qsizetype pos) const
{
    if (pos >= text.size())
        return std::nullopt;
    const auto it = m_byFirst.constFind(text[pos]);
    if (it == m_byFirst.cend())
        return std::nullopt;
    const bool latinStart = isLatinWordChar(text[pos]);
    if (latinStart && pos > 0 && isLatinWordChar(text[pos - 1]))
        return std::nullopt;
    for (const Form &f : *it) {
        const qsizetype end = pos + f.text.size();
        if (end > text.size())
            continue;
        if (text.sliced(pos, f.text.size()) != f.text)
            continue;
        if (isLatinWordChar(f.text.back()) && end < text.size() && isLatinWordChar(text[end]))
            continue;
        return Hit{f.text.size(), f.value};
    }
    return std::nullopt;
}

} // namespace Guanxi::Internal
