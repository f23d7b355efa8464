#include "lexicon.h"

#include "common/namekey.h"
#include "text/textfolder.h"

#include <QFile>

namespace Guanxi::Internal {

Result<Lexicon> Lexicon::load(const QStringList &files)
{
    Lexicon lexicon;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(Error::Category::Io, QStringLiteral("Cannot read lexicon %1").arg(path),
                             file.errorString());
        const QString text = QString::fromUtf8(file.readAll());
        if (auto ok = lexicon.addText(text, path); !ok)
            return tl::unexpected(ok.error());
    }
    lexicon.finalize();
    return lexicon;
}

Result<void> Lexicon::addText(const QString &text, const QString &fileName)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const QStringList cols = line.split(QLatin1Char('\t'));
        const auto fail = [&](const QString &why) {
            return makeError(Error::Category::Parse,
                             QStringLiteral("%1:%2: %3").arg(fileName).arg(n + 1).arg(why));
        };
        if (cols.size() < 3)
            return fail(QStringLiteral("expected type, kind, name, aliases, attrs separated by tabs"));
        Entry entry;
        const auto type = entityTypeFromString(cols.at(0).trimmed());
        if (!type || *type == EntityType::Lawsuit)
            return fail(QStringLiteral("unknown entity type \"%1\"").arg(cols.at(0).trimmed()));
        entry.type = *type;
        const QString kind = cols.at(1).trimmed();
        if (!kind.isEmpty()) {
            const auto k = orgKindFromString(kind);
            if (!k)
                return fail(QStringLiteral("unknown organisation kind \"%1\"").arg(kind));
            entry.kind = *k;
        }
        if (entry.type == EntityType::Organization && entry.kind == OrgKind::None)
            entry.kind = OrgKind::Company;
        entry.name = cols.at(2).trimmed();
        if (entry.name.isEmpty())
            return fail(QStringLiteral("empty name"));
        if (cols.size() > 3) {
            for (const QString &alias : cols.at(3).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
                if (!alias.trimmed().isEmpty())
                    entry.aliases.append(alias.trimmed());
            }
        }
        if (cols.size() > 4) {
            for (const QString &pair : cols.at(4).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                const qsizetype eq = pair.indexOf(QLatin1Char('='));
                if (eq <= 0)
                    return fail(QStringLiteral("attribute \"%1\" is not key=value").arg(pair));
                entry.attrs.insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
            }
        }
        const QString key = nameKey(entry.name);
        if (const auto it = m_byKey.constFind(key); it != m_byKey.cend()) {
            Entry &known = m_entries[*it];
            known.type = entry.type;
            known.kind = entry.kind;
            for (const QString &a : std::as_const(entry.aliases)) {
                if (!known.aliases.contains(a))
                    known.aliases.append(a);
            }
            continue;
        }
        m_byKey.insert(key, int(m_entries.size()));
        m_entries.append(entry);
    }
    return {};
}

bool Lexicon::isGuarded(const QString &alias, const QStringList &shortForms)
{
    for (const QString &f : shortForms)
        if (f.trimmed().compare(alias, Qt::CaseInsensitive) == 0)
            return true;
    // An all-lower-case Latin alias is an everyday word too ("meta").
    bool latin = !alias.isEmpty();
    for (QChar c : alias)
        latin = latin && ((c.unicode() >= u'a' && c.unicode() <= u'z') || c == QChar(u' '));
    return latin;
}

void Lexicon::finalize()
{
    m_matcher = AliasMatcher();
    // Later (user) entries are added first so that their forms win.
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        const Entry &e = m_entries.at(i);
        const QStringList shortForms = e.attrs.value(QStringLiteral("short_aliases")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        QStringList names = e.aliases;
        names.prepend(e.name);
        for (const QString &a : std::as_const(names)) {
            const QString folded = TextFolder::fold(a);
            const QString key = AliasMatcher::matchForm(folded);
            // Every spelling of the entity that differs only in case is a
            // name as written ("Meta" for the alias "meta"); the form is
            // guarded when any of them is.
            QStringList cased;
            bool guarded = false;
            for (const QString &other : std::as_const(names)) {
                const QString f = TextFolder::fold(other);
                if (AliasMatcher::matchForm(f) != key)
                    continue;
                guarded = guarded || isGuarded(other, shortForms);
                if (!cased.contains(f))
                    cased.append(f);
            }
            if (guarded) {
                m_matcher.addGuarded(folded, int(i), cased);
            } else {
                m_matcher.add(folded, int(i));
            }
        }
    }
    m_matcher.finalize();
}

} // namespace Guanxi::Internal
