#include "shortsubstringindex.h"

#include "sqlite/sqlitedatabase.h"

#include <QList>

namespace Guanxi::Internal {

namespace {

// Past the last code point (0x10FFFF), so it never spells a character.
constexpr char32_t s_end = 0x110000;

// Six lower-case hex digits, written by hand: QString::arg per code point was
// most of the pair index's cost at ingest.
void appendCodePoint(QString &out, char32_t c)
{
    static constexpr char s_hex[] = "0123456789abcdef";
    QChar digits[6];
    for (int i = 5; i >= 0; --i, c >>= 4)
        digits[i] = QLatin1Char(s_hex[c & 0xf]);
    out.append(digits, 6);
}

} // namespace

Result<void> ShortSubstringIndex::registerFunction(SqliteDatabase &db)
{
    return db.addTextFunction(sqlFunction, &ShortSubstringIndex::pairTokens);
}

QString ShortSubstringIndex::pairTokens(const QString &key)
{
    const QList<uint> points = key.toUcs4();
    QString out;
    out.reserve(points.size() * 14);
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(' ');
        out += QLatin1Char('p');
        appendCodePoint(out, points[i]);
        appendCodePoint(out, i + 1 < points.size() ? points[i + 1] : s_end);
    }
    return out;
}

QString ShortSubstringIndex::matchExpression(const QString &key)
{
    const QList<uint> points = key.toUcs4();
    if (points.isEmpty() || points.size() > 2)
        return {};
    QString out = QStringLiteral("p");
    appendCodePoint(out, points[0]);
    if (points.size() == 2)
        appendCodePoint(out, points[1]);
    else
        out += QLatin1Char('*');  // any pair it starts: every place the character occurs
    return out;
}

} // namespace Guanxi::Internal
