#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Guanxi::Internal {

// Finds the longest known name starting at a position of folded text:
// forms are kept by first character, longest first. Latin forms must start
// and end on word boundaries, so "X" is not found inside "SpaceX" nor "meta"
// inside "metadata". Matching is case-insensitive.
class AliasMatcher
{
public:
    struct Hit
    {
        qsizetype length = 0;
        int value = -1;
    };

    // Adds a form (already folded by TextFolder) standing for `value`.
    void add(const QString &form, int value);
    // Sorts the forms; call once after the last add().
    void finalize();
    bool isEmpty() const { return m_byFirst.isEmpty(); }

    // Longest match at `pos` of `text` (folded, lower-cased), or nullopt.
    std::optional<Hit> matchAt(QStringView text, qsizetype pos) const;

    // Lower-cases ASCII/Latin so that matching is case-insensitive (same length).
    static QString matchForm(QStringView folded);
    static bool isLatinWordChar(QChar c);

private:
    struct Form
    {
        QString text;
        int value;
    };
    QHash<QChar, QList<Form>> m_byFirst;
};

} // namespace Guanxi::Internal
