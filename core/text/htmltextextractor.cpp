#include "htmltextextractor.h"

#include <QRegularExpression>

#include <algorithm>
#include <cctype>

namespace Guanxi {

namespace {

// A tag longer than this without its '>' is taken as a literal '<', which
// keeps the scan linear on broken input.
constexpr qsizetype MaxTagLength = 1024;

struct NamedEntity
{
    const char16_t *name;
    char16_t value;
};

const NamedEntity s_entities[] = {
    {u"amp", u'&'}, {u"lt", u'<'}, {u"gt", u'>'}, {u"quot", u'"'}, {u"apos", u'\''},
    {u"nbsp", u' '}, {u"ensp", u' '}, {u"emsp", u' '}, {u"thinsp", u' '}, {u"ideographicspace", 0x3000},
    {u"copy", 0x00A9}, {u"reg", 0x00AE}, {u"trade", 0x2122}, {u"hellip", 0x2026}, {u"mdash", 0x2014},
    {u"ndash", 0x2013}, {u"lsquo", 0x2018}, {u"rsquo", 0x2019}, {u"ldquo", 0x201C}, {u"rdquo", 0x201D},
    {u"sbquo", 0x201A}, {u"bdquo", 0x201E}, {u"middot", 0x00B7}, {u"bull", 0x2022}, {u"times", 0x00D7},
    {u"divide", 0x00F7}, {u"laquo", 0x00AB}, {u"raquo", 0x00BB}, {u"yen", 0x00A5}, {u"euro", 0x20AC},
    {u"pound", 0x00A3}, {u"cent", 0x00A2}, {u"deg", 0x00B0}, {u"para", 0x00B6}, {u"sect", 0x00A7},
    {u"plusmn", 0x00B1}, {u"frac12", 0x00BD}, {u"frac14", 0x00BC}, {u"frac34", 0x00BE}, {u"shy", 0},
    {u"zwj", 0}, {u"zwnj", 0}, {u"lrm", 0}, {u"rlm", 0}, {u"iexcl", 0x00A1}, {u"iquest", 0x00BF},
    {u"eacute", 0x00E9}, {u"egrave", 0x00E8}, {u"aacute", 0x00E1}, {u"agrave", 0x00E0}, {u"uuml", 0x00FC},
    {u"ouml", 0x00F6}, {u"auml", 0x00E4}, {u"szlig", 0x00DF}, {u"ccedil", 0x00E7}, {u"ntilde", 0x00F1},
    {u"larr", 0x2190}, {u"rarr", 0x2192}, {u"uarr", 0x2191}, {u"darr", 0x2193},
};

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiAlpha(c) || (c >= u'0' && c <= u'9');
}

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFFEF)
        || QChar::isSurrogate(u);
}

bool isBlockTag(QStringView name)
{
    static const char16_t *const blocks[] = {
        u"p", u"div", u"br", u"li", u"h1", u"h2", u"h3", u"h4", u"h5", u"h6", u"tr", u"ul", u"ol",
        u"table", u"section", u"article", u"header", u"footer", u"blockquote", u"pre", u"hr", u"dd",
        u"dt", u"dl", u"figcaption", u"figure", u"aside", u"nav", u"main", u"address", u"center",
        u"form", u"caption", u"tbody", u"thead", u"tfoot", u"body", u"html",
    };
    return std::any_of(std::begin(blocks), std::end(blocks), [&](const char16_t *b) { return name == QStringView(b); });
}

// Elements whose content is never text.
bool isSkippedElement(QStringView name)
{
    return name == u"script" || name == u"style" || name == u"noscript" || name == u"template" || name == u"svg"
        || name == u"iframe" || name == u"object" || name == u"select" || name == u"button";
}

bool isKnownTag(QStringView name)
{
    return isBlockTag(name) || isSkippedElement(name) || name == u"span" || name == u"a" || name == u"td"
        || name == u"th" || name == u"meta" || name == u"head" || name == u"title" || name == u"link"
        || name == u"img" || name == u"strong" || name == u"em" || name == u"b" || name == u"i"
        || name == u"font" || name == u"input";
}

// Appends the character reference at text[pos] ('&') to out; returns the
// position after it, or pos + 1 (and a literal '&') when it is not one.
qsizetype appendEntity(QStringView text, qsizetype pos, QString &out)
{
    const qsizetype n = text.size();
    qsizetype p = pos + 1;
    if (p < n && text[p] == u'#') {
        ++p;
        const bool hex = p < n && (text[p] == u'x' || text[p] == u'X');
        if (hex)
            ++p;
        const qsizetype digitsStart = p;
        char32_t value = 0;
        while (p < n && p - digitsStart < 8) {
            const char16_t c = text[p].unicode();
            int d = -1;
            if (c >= u'0' && c <= u'9')
                d = c - u'0';
            else if (hex && c >= u'a' && c <= u'f')
                d = c - u'a' + 10;
            else if (hex && c >= u'A' && c <= u'F')
                d = c - u'A' + 10;
            if (d < 0)
                break;
            value = value * (hex ? 16 : 10) + char32_t(d);
            ++p;
        }
        if (p == digitsStart) {
            out.append(u'&');
            return pos + 1;
        }
        if (p < n && text[p] == u';')
            ++p;
        if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            value = 0xFFFD;
        if (value == 0xA0)
            value = u' ';
        out.append(QString::fromUcs4(&value, 1));
        return p;
    }
    const qsizetype nameStart = p;
    while (p < n && p - nameStart < 32 && isAsciiAlnum(text[p]))
        ++p;
    if (p < n && text[p] == u';' && p > nameStart) {
        const QStringView name = text.mid(nameStart, p - nameStart);
        for (const NamedEntity &e : s_entities) {
            if (name == QStringView(e.name)) {
                if (e.value != 0)
                    out.append(QChar(e.value));
                return p + 1;
            }
        }
    }
    out.append(u'&');
    return pos + 1;
}

// The end of the tag starting at '<' at pos (the position after '>'), honouring
// quoted attribute values; -1 when there is none within MaxTagLength. nextGt is
// the first '>' after pos (-1 for none), found by the caller once for many tags.
qsizetype tagEnd(QStringView text, qsizetype pos, qsizetype nextGt)
{
    if (nextGt < 0 || nextGt - pos > MaxTagLength)
        return -1;
    const qsizetype limit = std::min(text.size(), pos + MaxTagLength);
    QChar quote;
    for (qsizetype p = pos + 1; p < limit; ++p) {
        const QChar c = text[p];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            // A quote only opens a value after '='; a stray apostrophe does not.
            qsizetype b = p - 1;
            while (b > pos && isHtmlSpace(text[b]))
                --b;
            if (text[b] == u'=')
                quote = c;
        } else if (c == u'>') {
            return p + 1;
        }
    }
    // An unclosed quote: fall back to the first '>' at all.
    return nextGt + 1;
}

qsizetype indexOfCi(QStringView text, QStringView needle, qsizetype from)
{
    return text.indexOf(needle, from, Qt::CaseInsensitive);
}

// Collapses white space, trims lines and keeps at most one blank line.
class TextBuilder
{
public:
    void appendText(QChar c)
    {
        if (m_pendingSpace) {
            // No space between two CJK characters: the source's line wrap is not a word gap.
            if (!m_out.isEmpty() && m_out.back() != u'\n' && !(isCjk(m_out.back()) && isCjk(c)))
                m_out.append(u' ');
            m_pendingSpace = false;
        }
        m_out.append(c);
    }
    void appendSpace() { m_pendingSpace = true; }
    void appendRaw(QChar c) { m_out.append(c); }
    void lineBreak()
    {
        m_pendingSpace = false;
        while (!m_out.isEmpty() && m_out.back() == u' ')
            m_out.chop(1);
        if (m_out.isEmpty())
            return;
        if (m_out.back() != u'\n')
            m_out.append(u'\n');
    }
    QString take()
    {
        lineBreak();
        while (m_out.endsWith(u'\n'))
            m_out.chop(1);
        return std::move(m_out);
    }

private:
    QString m_out;
    bool m_pendingSpace = false;
};

// The date at the start of a value (2024-08-11T10:30:00+08:00, 2024/8/11,
// 2024年8月11日); invalid when there is none.
QDate leadingDate(QStringView value)
{
    static const QRegularExpression date(QStringLiteral(R"re(^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2}))re"));
    const auto m = date.match(value);
    return m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()) : QDate();
}

// The publication date a <meta> tag states: name, property or itemprop one of
// the names publishers use for it, the date in content.
QDate metaPublished(QStringView tag)
{
    static const QRegularExpression attribute(
        QStringLiteral(R"re(\b(name|property|itemprop|content)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList names = {
        QStringLiteral("article:published_time"), QStringLiteral("og:published_time"), QStringLiteral("datepublished"),
        QStringLiteral("pubdate"), QStringLiteral("publishdate"), QStringLiteral("publish_date"), QStringLiteral("publish-date"),
        QStringLiteral("publication_date"), QStringLiteral("dc.date.issued"), QStringLiteral("parsely-pub-date"),
    };
    bool named = false;
    QString content;
    for (auto it = attribute.globalMatch(tag); it.hasNext();) {
        const auto m = it.next();
        const QString value = m.captured(2) + m.captured(3) + m.captured(4);
        if (m.captured(1).compare(QLatin1String("content"), Qt::CaseInsensitive) == 0)
            content = value;
        else
            named = named || names.contains(value.trimmed().toLower());
    }
    return named ? leadingDate(content) : QDate();
}

// A JSON-LD block's "datePublished" (or an inline script's: it means the same).
QDate scriptPublished(QStringView script)
{
    static const QRegularExpression key(QStringLiteral(R"re("datePublished"\s*:\s*"([^"]*)")re"));
    const auto m = key.match(script);
    return m.hasMatch() ? leadingDate(m.capturedView(1)) : QDate();
}

} // namespace

bool HtmlTextExtractor::looksLikeHtml(QStringView text)
{
    qsizetype start = 0;
    while (start < text.size() && (text[start].isSpace() || text[start] == QChar(0xFEFF)))
        ++start;
    const QStringView head = text.mid(start, 256);
    if (head.startsWith(u"<!doctype html", Qt::CaseInsensitive) || head.startsWith(u"<html", Qt::CaseInsensitive))
        return true;
    if (head.startsWith(u"<?xml") && head.contains(u"<html", Qt::CaseInsensitive))
        return true;
    // Otherwise: many known tags in the first part of the text.
    const QStringView sample = text.mid(start, 64 * 1024);
    int tags = 0;
    for (qsizetype i = sample.indexOf(u'<'); i >= 0 && i + 1 < sample.size(); i = sample.indexOf(u'<', i + 1)) {
        qsizetype p = i + 1;
        if (sample[p] == u'/')
            ++p;
        const qsizetype nameStart = p;
        while (p < sample.size() && p - nameStart < 12 && isAsciiAlnum(sample[p]))
            ++p;
        if (p == nameStart || p >= sample.size())
            continue;
        if (sample[p] != u'>' && sample[p] != u'/' && !isHtmlSpace(sample[p]))
            continue;
        if (isKnownTag(sample.mid(nameStart, p - nameStart).toString().toLower()) && ++tags >= 6)
            return true;
    }
    return false;
}

QByteArray HtmlTextExtractor::declaredCharset(QByteArrayView bytes)
{
    const QByteArray head = bytes.first(std::min<qsizetype>(bytes.size(), 4096)).toByteArray().toLower();
    qsizetype at = 0;
    while ((at = head.indexOf("charset", at)) >= 0) {
        qsizetype p = at + 7;
        at = p;
        while (p < head.size() && (head[p] == ' ' || head[p] == '\t'))
            ++p;
        if (p >= head.size() || head[p] != '=')
            continue;
        ++p;
        while (p < head.size() && (head[p] == ' ' || head[p] == '"' || head[p] == '\''))
            ++p;
        const qsizetype nameStart = p;
        while (p < head.size() && (std::isalnum(static_cast<unsigned char>(head[p])) || head[p] == '-' || head[p] == '_'))
            ++p;
        if (p > nameStart)
            return head.mid(nameStart, p - nameStart);
    }
    return {};
}

QString HtmlTextExtractor::decodeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] == u'&') {
            i = appendEntity(text, i, out);
        } else {
            out.append(text[i]);
            ++i;
        }
    }
    return out;
}

HtmlTextExtractor::Page HtmlTextExtractor::extract(QStringView html)
{
    Page page;
    TextBuilder text;
    const qsizetype n = html.size();
    int preDepth = 0;
    qsizetype i = 0;
    qsizetype nextGt = 0; // cached position of the next '>' at or after i; -1 for none
    while (i < n) {
        const QChar c = html[i];
        if (c == u'<' && i + 1 < n) {
            const QChar next = html[i + 1];
            if (html.mid(i, 4) == u"<!--") {
                const qsizetype end = html.indexOf(u"-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (next == u'!' || next == u'?') {
                const qsizetype end = html.indexOf(u'>', i + 2);
                i = end < 0 ? n : end + 1;
                continue;
            }
            const bool closing = next == u'/';
            qsizetype p = i + (closing ? 2 : 1);
            const qsizetype nameStart = p;
            while (p < n && p - nameStart < 32 && isAsciiAlnum(html[p]))
                ++p;
            if (p > nameStart && isAsciiAlpha(html[nameStart])) {
                if (nextGt >= 0 && nextGt <= i)
                    nextGt = html.indexOf(u'>', i);
                const qsizetype end = tagEnd(html, i, nextGt);
                if (end >= 0) {
                    const QString name = html.mid(nameStart, p - nameStart).toString().toLower();
                    const bool selfClosing = html[end - 2] == u'/';
                    i = end;
                    if (!closing && !selfClosing && (isSkippedElement(name) || name == u"title")) {
                        // Raw content up to the matching close tag (or the end).
                        const QString close = QStringLiteral("</") + name;
                        const qsizetype closeAt = indexOfCi(html, close, i);
                        const qsizetype contentEnd = closeAt < 0 ? n : closeAt;
                        if (name == u"title" && page.title.isEmpty())
                            page.title = decodeEntities(html.mid(i, contentEnd - i)).simplified();
                        if (name == u"script" && !page.published.isValid())
                            page.published = scriptPublished(html.sliced(i, contentEnd - i));
                        if (closeAt < 0) {
                            i = n;
                        } else {
                            const qsizetype closeEnd = html.indexOf(u'>', closeAt);
                            i = closeEnd < 0 ? n : closeEnd + 1;
                        }
                        continue;
                    }
                    if (name == u"meta" && !page.published.isValid())
                        page.published = metaPublished(html.sliced(p, end - p));
                    if (name == u"pre")
                        preDepth = std::max(0, preDepth + (closing ? -1 : 1));
                    if (isBlockTag(name))
                        text.lineBreak();
                    else if (name == u"td" || name == u"th")
                        text.appendSpace();
                    continue;
                }
            }
        }
        if (c == u'&') {
            QString entity;
            i = appendEntity(html, i, entity);
            for (const QChar e : entity) {
                if (e == u' ')
                    text.appendSpace();
                else
                    text.appendText(e);
            }
            continue;
        }
        if (isHtmlSpace(c)) {
            if (preDepth > 0 && c == u'\n')
                text.lineBreak();
            else
                text.appendSpace();
            ++i;
            continue;
        }
        text.appendText(c);
        ++i;
    }
    page.text = text.take();
    return page;
}

} // namespace Guanxi
