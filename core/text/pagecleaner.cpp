#include "pagecleaner.h"

#include "textfolder.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace Guanxi {

namespace {

// Only short lines can be page furniture; this also bounds the regex work.
constexpr qsizetype MaxMetaLineLength = 160;
// 风险提示及免责条款 only counts as the closing boilerplate this near the end.
constexpr int DisclaimerTailLines = 25;

enum class Field { Source, Author, Editor, Published, Url };

struct Label
{
    const char16_t *text;
    Field field;
    bool colonOptional; // "记者 张三" has no colon; "来源" without one would match prose
};

// Longest first, so "责任编辑" wins over "编辑" and "文章来源" over "来源".
const Label s_labels[] = {
    {u"文章来源", Field::Source, false}, {u"稿件来源", Field::Source, false},
    {u"新闻来源", Field::Source, false}, {u"来源于", Field::Source, false},
    {u"来源", Field::Source, false}, {u"出处", Field::Source, false},
    {u"Source", Field::Source, false}, {u"From", Field::Source, false},
    {u"本报记者", Field::Author, true}, {u"记者", Field::Author, true},
    {u"作者", Field::Author, false}, {u"撰文", Field::Author, false},
    {u"Author", Field::Author, false}, {u"By", Field::Author, false},
    {u"责任编辑", Field::Editor, false}, {u"责编", Field::Editor, false},
    {u"编辑", Field::Editor, false}, {u"编译", Field::Editor, false},
    {u"校对", Field::Editor, false}, {u"Editor", Field::Editor, false},
    {u"发布时间", Field::Published, false}, {u"发布日期", Field::Published, false},
    {u"发表时间", Field::Published, false}, {u"更新时间", Field::Published, false},
    {u"时间", Field::Published, false}, {u"日期", Field::Published, false},
    {u"Published", Field::Published, false}, {u"Date", Field::Published, false},
    {u"本文地址", Field::Url, false}, {u"原文地址", Field::Url, false},
    {u"原文链接", Field::Url, false}, {u"文章地址", Field::Url, false},
    {u"链接", Field::Url, false}, {u"URL", Field::Url, false},
};

// Lines that are furniture whatever follows the marker.
const char16_t *const s_noiseStarts[] = {
    u"查看更多", u"点击查看", u"点击阅读", u"版权声明", u"免责声明", u"风险提示", u"©", u"Copyright",
    u"(c)", u"版权所有", u"未经授权", u"未经许可", u"本文首发", u"原标题", u"扫码", u"长按",
    u"分享到", u"字号", u"相关阅读", u"相关文章", u"延伸阅读", u"推荐阅读", u"返回顶部", u"Read more",
    // Reprint and picture credits (本文来自微信公众号：X（ID：x），作者：Y，题图来自：Z).
    u"本文来自", u"本文转载自", u"本文转自", u"题图来自", u"头图来自", u"题图来源", u"头图来源", u"图片来源",
};

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'|' || c == u'｜' || c == u'/' || c == u'／' || c == u'·' || c == u'丨'
        || c == u'【' || c == u'】' || c == u'[' || c == u']' || c == u'（' || c == u'）' || c == u'(' || c == u')';
}

bool isColon(QChar c)
{
    return c == u':' || c == u'：';
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

const QRegularExpression &dateRe()
{
    static const QRegularExpression re(QStringLiteral(
        "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
        "(?:\\s*(?:星期|周)[一二三四五六日天])?"
        "(?:\\s*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?"));
    return re;
}

const QRegularExpression &urlRe()
{
    static const QRegularExpression re(QStringLiteral("(?:https?://|www\\.)[^\\s<>\"“”]+"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// The label that starts at pos, with its colon consumed, or nothing.
std::optional<std::pair<Field, qsizetype>> labelAt(const QString &line, qsizetype pos)
{
    for (const Label &label : s_labels) {
        const QStringView l(label.text);
        // (The first characters first: most lines start no label, and Qt's comparison is a call.)
        if (line.size() - pos < l.size() || line[pos].toCaseFolded() != l[0].toCaseFolded()
            || QStringView(line).mid(pos, l.size()).compare(l, Qt::CaseInsensitive) != 0)
            continue;
        qsizetype p = pos + l.size();
        // "Sources say" must not count as a label: ASCII labels end at a word boundary.
        if (l[0].unicode() < 0x80 && p < line.size() && line[p].isLetterOrNumber())
            continue;
        while (p < line.size() && (line[p] == u' ' || line[p] == QChar(0x3000)))
            ++p;
        if (p < line.size() && isColon(line[p]))
            return std::make_pair(label.field, p + 1);
        if (label.colonOptional && (p > pos + l.size() || p == line.size()))
            return std::make_pair(label.field, p);
    }
    return std::nullopt;
}

struct MetaLine
{
    QString source;
    QString author;
    QString url;
    QDate published;
};

QDate dateFrom(const QRegularExpressionMatch &m)
{
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

// Reads a line made only of "label: value" fields, dates and separators
// ("来源：华尔街见闻 作者：张三", "2024年8月11日 10:30 来源:新浪"). Any other text
// in the line means it is prose, and nothing is returned. Matching runs on the
// folded line (full-width digits, traditional labels); values are taken from
// the original, which has the same length.
std::optional<MetaLine> parseMetaLine(const QString &line, const QString &original)
{
    MetaLine meta;
    bool matched = false;
    qsizetype pos = 0;
    const qsizetype n = line.size();
    // "文|张三", "文/张三": a byline with a one-character label.
    if (n >= 3 && line[0] == u'文') {
        qsizetype p = 1;
        while (p < n && line[p] == u' ')
            ++p;
        if (p < n && (line[p] == u'|' || line[p] == u'｜' || line[p] == u'/' || line[p] == u'／' || line[p] == u'丨')) {
            const QString name = original.mid(p + 1).trimmed();
            if (name.isEmpty() || name.size() > 30 || name.contains(u'，') || name.contains(u'。'))
                return std::nullopt;
            meta.author = name;
            return meta;
        }
    }
    // "By Dana Whitfield", "By Jane Doe and John Roe": an English byline.
    static const QRegularExpression englishByline(QStringLiteral(
        "^\\s*By ((?:[A-Z][\\w'.-]+ ){1,3}[A-Z][\\w'.-]+(?:(?:,| and|, and) (?:[A-Z][\\w'.-]+ ){1,3}[A-Z][\\w'.-]+)*)\\s*$"));
    if (n <= 80 && line.startsWith(QLatin1String("By ")))
        if (const QRegularExpressionMatch by = englishByline.match(line); by.hasMatch()) {
            meta.author = original.mid(by.capturedStart(1), by.capturedLength(1));
            return meta;
        }
    while (pos < n) {
        if (isSeparator(line[pos])) {
            ++pos;
            continue;
        }
        // (A date starts with an ASCII digit: dateRe's \d without Unicode properties.)
        const QRegularExpressionMatch date = isAsciiDigit(line[pos])
            ? dateRe().match(line, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
            : QRegularExpressionMatch();
        if (date.hasMatch()) {
            if (!meta.published.isValid())
                meta.published = dateFrom(date);
            pos = date.capturedEnd();
            matched = true;
            continue;
        }
        const auto label = labelAt(line, pos);
        if (!label)
            return std::nullopt;
        // The value runs to the next label or date, or to the end of the line.
        qsizetype end = label->second;
        qsizetype valueEnd = n;
        while (end < n) {
            if (isSeparator(line[end])) {
                qsizetype next = end;
                while (next < n && isSeparator(line[next]))
                    ++next;
                if (next < n && (labelAt(line, next)
                                 || (isAsciiDigit(line[next])
                                     && dateRe()
                                            .match(line, next, QRegularExpression::NormalMatch,
                                                   QRegularExpression::AnchorAtOffsetMatchOption)
                                            .hasMatch()))) {
                    valueEnd = end;
                    break;
                }
                end = next;
                continue;
            }
            ++end;
        }
        const QString value = original.mid(label->second, valueEnd - label->second).trimmed();
        const QString foldedValue = line.mid(label->second, valueEnd - label->second).trimmed();
        pos = valueEnd;
        matched = true;
        switch (label->first) {
        case Field::Source:
            if (value.size() > 40 || value.contains(u'。') || value.contains(u'，'))
                return std::nullopt;
            if (meta.source.isEmpty())
                meta.source = value;
            break;
        case Field::Author:
            if (value.size() > 40 || value.contains(u'。') || value.contains(u'，'))
                return std::nullopt;
            if (meta.author.isEmpty())
                meta.author = value;
            break;
        case Field::Url: {
            const QRegularExpressionMatch url = urlRe().match(foldedValue);
            if (url.hasMatch() && meta.url.isEmpty())
                meta.url = url.captured(0);
            break;
        }
        case Field::Published: {
            const QRegularExpressionMatch d = dateRe().match(foldedValue);
            if (!d.hasMatch())
                return std::nullopt;
            if (!meta.published.isValid())
                meta.published = dateFrom(d);
            break;
        }
        case Field::Editor:
            break;
        }
    }
    if (!matched)
        return std::nullopt;
    return meta;
}

bool isOnlyUrl(const QString &line)
{
    const QRegularExpressionMatch m = urlRe().match(line, 0, QRegularExpression::NormalMatch,
                                                    QRegularExpression::AnchorAtOffsetMatchOption);
    return m.hasMatch() && m.capturedLength() == line.size();
}

bool startsWithNoiseMarker(const QString &line)
{
    // 【字号 大 中 小】: a marker may stand in brackets.
    qsizetype first = 0;
    while (first < line.size() && isSeparator(line[first]))
        ++first;
    const QStringView rest = QStringView(line).sliced(first);
    for (const char16_t *marker : s_noiseStarts) {
        if (rest.startsWith(QStringView(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Whether a (folded) character can begin page furniture: a label, a noise
// marker, a date, a URL or a byline. Prose lines fail this on their first
// character, which spares them the regexes and label comparisons.
bool mayStartFurniture(QChar c)
{
    static const QSet<char16_t> starts = [] {
        QSet<char16_t> set;
        const auto addFirst = [&](const char16_t *word) {
            const QChar f(word[0]);
            set.insert(f.toLower().unicode());
            set.insert(f.toUpper().unicode());
        };
        for (const Label &label : s_labels)
            addFirst(label.text);
        for (const char16_t *marker : s_noiseStarts)
            addFirst(marker);
        for (const char16_t *other : {u"h", u"w", u"文", u"风"})
            addFirst(other);
        for (char16_t d = u'0'; d <= u'9'; ++d)
            set.insert(d);
        return set;
    }();
    return starts.contains(c.unicode());
}

struct Line
{
    TextSpan span; // trimmed of white space
};

QList<Line> linesOf(QStringView text)
{
    QList<Line> lines;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i <= n; ++i) {
        if (i < n && text[i] != u'\n' && text[i] != u'\r' && text[i] != QChar(0x2029))
            continue;
        qsizetype a = start;
        qsizetype b = i;
        while (a < b && text[a].isSpace())
            ++a;
        while (b > a && text[b - 1].isSpace())
            --b;
        if (b > a)
            lines.append(Line{TextSpan{a, b}});
        start = i + 1;
    }
    return lines;
}

} // namespace

PageInfo PageCleaner::analyse(QStringView text)
{
    PageInfo info;
    const QList<Line> lines = linesOf(text);
    const qsizetype count = lines.size();
    bool inDisclaimer = false; // after it, lines are noise already but may still give the URL
    for (qsizetype i = 0; i < count; ++i) {
        const TextSpan span = lines[i].span;
        if (span.length() > MaxMetaLineLength)
            continue;
        qsizetype first = span.start;
        while (first < span.end && isSeparator(TextFolder::foldChar(text[first])))
            ++first;
        if (!mayStartFurniture(TextFolder::foldChar(text[span.start]))
            && (first == span.end || !mayStartFurniture(TextFolder::foldChar(text[first]))))
            continue;
        const QString original = text.mid(span.start, span.length()).toString();
        const QString line = TextFolder::fold(original);

        // The closing disclaimer and everything after it.
        if (!inDisclaimer && line.startsWith(QStringView(u"风险提示及免责条款")) && i >= count - DisclaimerTailLines) {
            info.noise.append(TextSpan{span.start, lines.last().span.end});
            inDisclaimer = true;
            continue;
        }
        const bool furniture = isOnlyUrl(line) || startsWithNoiseMarker(line);
        if (furniture && !inDisclaimer)
            info.noise.append(span);
        if (furniture)
            continue;
        if (const auto meta = parseMetaLine(line, original)) {
            if (info.source.isEmpty())
                info.source = meta->source;
            if (info.author.isEmpty())
                info.author = meta->author;
            if (info.url.isEmpty())
                info.url = meta->url;
            if (!info.published.isValid())
                info.published = meta->published;
            if (!inDisclaimer)
                info.noise.append(span);
        }
    }
    return info;
}

} // namespace Guanxi
