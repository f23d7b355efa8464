#pragma once

#include <QChar>

#include <vector>

namespace Guanxi::Internal {

// A set of BMP characters as a bitmap: membership is one shift and mask,
// which matters because the mention finders ask it for every character.
class CharSet
{
public:
    void insert(QChar c)
    {
        if (m_words.empty())
            m_words.assign(0x10000 / 64, 0);
        m_words[c.unicode() >> 6] |= quint64(1) << (c.unicode() & 63);
    }
    bool contains(QChar c) const
    {
        return !m_words.empty() && (m_words[c.unicode() >> 6] >> (c.unicode() & 63) & 1) != 0;
    }

private:
    std::vector<quint64> m_words; // empty until the first insert
};

} // namespace Guanxi::Internal
