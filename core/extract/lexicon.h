#pragma once

#include "aliasmatcher.h"
#include "common/error.h"
#include "model/types.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Guanxi::Internal {

// Known entities read from the lexicon TSV files (resources/lexicon/README.md):
// their type, kind, display name and aliases, and a matcher over the folded
// alias forms. Immutable after load().
class Lexicon
{
public:
    struct Entry
    {
        EntityType type = EntityType::Organization;
        OrgKind kind = OrgKind::None;
        QString name;
        QStringList aliases;
        QHash<QString, QString> attrs;
    };

    // Reads entity files in order; a later file's entry for a name already
    // known adds its aliases (user files come last and so win on type).
    static Result<Lexicon> load(const QStringList &files);
    // Parses one file's text; `fileName` only names it in errors.
    Result<void> addText(const QString &text, const QString &fileName);
    void finalize();

    const QList<Entry> &entries() const { return m_entries; }
    const Entry &entry(int index) const { return m_entries.at(index); }
    const AliasMatcher &matcher() const { return m_matcher; }

    // Whether an alias may stand for the entity only with context: it is in
    // the entry's short_aliases= list or is an all-lower-case Latin word.
    static bool isGuarded(const QString &alias, const QStringList &shortForms);

private:
    QList<Entry> m_entries;
    QHash<QString, int> m_byKey; // nameKey(name) -> entry
    AliasMatcher m_matcher;
};

} // namespace Guanxi::Internal
