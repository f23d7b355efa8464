#include "timeresolver.h"

namespace Guanxi::Internal {

namespace {

bool isDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }

// Reads an Arabic number or a small Chinese one (一 … 十九) at pos.
int readNumber(QStringView t, qsizetype &pos)
{
    qsizetype p = pos;
    int value = 0;
    if (p < t.size() && isDigit(t[p])) {
        while (p < t.size() && isDigit(t[p]) && value < 100000)
            value = value * 10 + (t[p++].unicode() - u'0');
        pos = p;
        return value;
    }
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    int tens = 0;
    bool any = false;
    while (p < t.size()) {
        const QChar c = t[p];
        if (c == QChar(u'十')) {
            tens = (value == 0 ? 1 : value);
            value = 0;
            any = true;
        } else if (c == QChar(u'两')) {
            value = 2;
            any = true;
        } else if (const qsizetype d = digits.indexOf(c); d >= 0) {
            value = int(d);
            any = true;
        } else {
            break;
        }
        ++p;
    }
    if (!any)
        return -1;
    pos = p;
    return tens * 10 + value;
}

int weekdayAt(QStringView t, qsizetype pos)
{
    if (pos >= t.size())
        return 0;
    static const QString days = QStringLiteral("一二三四五六日天");
    const qsizetype d = days.indexOf(t[pos]);
    if (d < 0)
        return 0;
    return d >= 6 ? 7 : int(d) + 1;
}

bool startsWith(QStringView t, qsizetype pos, const char16_t *s)
{
    // Walks the literal to its end: no length scan, no view (called per character).
    for (qsizetype k = pos; *s; ++k, ++s)
        if (k >= t.size() || t[k].unicode() != *s)
            return false;
    return true;
}

} // namespace

QList<TimeResolver::Found> TimeResolver::find(QStringView t, QDate published, int contextYear)
{
    QList<Found> out;
    const bool hasPub = published.isValid();
    int year = contextYear;
    qsizetype i = 0;
    while (i < t.size()) {
        const qsizetype start = i;
        Found f;
        f.start = start;

        // A year-based expression: 2015年, 同年, 去年, 今年, 前年, 明年.
        int y = 0;
        qsizetype p = i;
        bool relative = false;
        if (isDigit(t[i])) {
            int n = readNumber(t, p);
            qsizetype q = p;
            while (q < t.size() && t[q] == QChar(u' '))
                ++q;
            if (p - i == 4 && q < t.size() && t[q] == QChar(u'年') && n >= 1900 && n <= 2100) {
                y = n;
                p = q + 1;
            } else if (q < t.size() && t[q] == QChar(u'年') && q + 1 < t.size() && t[q + 1] == QChar(u'前')
                       && hasPub && n > 0 && n < 100) {
                f.end = q + 2;
                f.time = TimePoint::year(published.year() - n);
                out.append(f);
                i = f.end;
                continue;
            }
        } else if (startsWith(t, i, u"同年") || startsWith(t, i, u"当年")) {
            if (year > 0)
                y = year;
            p = i + 2;
        } else if (startsWith(t, i, u"去年") || startsWith(t, i, u"今年") || startsWith(t, i, u"前年")
                   || startsWith(t, i, u"明年")) {
            relative = true;
            if (hasPub) {
                const QChar c = t[i];
                y = published.year() + (c == QChar(u'去') ? -1 : c == QChar(u'前') ? -2 : c == QChar(u'明') ? 1 : 0);
            }
            p = i + 2;
        } else if (t[i] == QChar(u'上') || t[i] == QChar(u'本') || t[i] == QChar(u'这')) {
            // 上周三, 本周, 上月1日
            const bool last = t[i] == QChar(u'上');
            if (i + 1 < t.size() && (t[i + 1] == QChar(u'周') || t[i + 1] == QChar(u'星'))) {
                qsizetype q = i + 2;
                if (t[i + 1] == QChar(u'星')) {
                    if (!startsWith(t, i + 1, u"星期")) {
                        ++i;
                        continue;
                    }
                    q = i + 3;
                }
                if (!hasPub) {
                    i = q;
                    continue;
                }
                const QDate ref = last ? published.addDays(-7) : published;
                const int wd = weekdayAt(t, q);
                f.end = wd ? q + 1 : q;
                f.time = wd ? TimePoint::day(ref.addDays(wd - ref.dayOfWeek())) : TimePoint::weekOf(ref);
                out.append(f);
                i = f.end;
                continue;
            }
            if (i + 1 < t.size() && t[i + 1] == QChar(u'月') && (last || t[i] == QChar(u'本'))) {
                if (!hasPub) {
                    i += 2;
                    continue;
                }
                const QDate m = last ? published.addMonths(-1) : published;
                qsizetype q = i + 2;
                const int d = readNumber(t, q);
                if (d > 0 && q < t.size() && (t[q] == QChar(u'日') || t[q] == QChar(u'号'))) {
                    f.end = q + 1;
                    f.time = TimePoint::day(QDate(m.year(), m.month(), d));
                } else {
                    f.end = i + 2;
                    f.time = TimePoint::month(m.year(), m.month());
                }
                if (f.time.isValid())
                    out.append(f);
                i = f.end;
                continue;
            }
            ++i;
            continue;
        } else if (startsWith(t, i, u"昨日") || startsWith(t, i, u"昨天") || startsWith(t, i, u"今日")
                   || startsWith(t, i, u"今天") || startsWith(t, i, u"前天")) {
            if (hasPub) {
                const int back = t[i] == QChar(u'昨') ? 1 : t[i] == QChar(u'前') ? 2 : 0;
                f.end = i + 2;
                f.time = TimePoint::day(published.addDays(-back));
                out.append(f);
            }
            i += 2;
            continue;
        } else if (startsWith(t, i, u"当地时间周") || startsWith(t, i, u"周") || startsWith(t, i, u"星期")) {
            // A bare weekday: the latest such day up to the publication date.
            qsizetype q = i + (t[i] == QChar(u'当') ? 5 : t[i] == QChar(u'周') ? 1 : 2);
            const int wd = weekdayAt(t, q);
            if (wd && hasPub && !(q + 1 < t.size() && (t[q + 1] == QChar(u'年') || t[q + 1] == QChar(u'期')))) {
                int back = published.dayOfWeek() - wd;
                if (back < 0)
                    back += 7;
                f.end = q + 1;
                f.time = TimePoint::day(published.addDays(-back));
                out.append(f);
                i = f.end;
                continue;
            }
            i = q;
            continue;
        } else if (!isDigit(t[i])) {
            ++i;
            continue;
        }

        if (y > 0 || relative) {
            // Month and day may follow: 2024年6月, 去年8月5日.
            qsizetype q = p;
            const int m = readNumber(t, q);
            if (m >= 1 && m <= 12 && q < t.size() && t[q] == QChar(u'月')) {
                qsizetype r = q + 1;
                const int d = readNumber(t, r);
                if (d >= 1 && d <= 31 && r < t.size() && (t[r] == QChar(u'日') || t[r] == QChar(u'号'))) {
                    f.end = r + 1;
                    f.time = y > 0 ? TimePoint::day(QDate(y, m, d)) : TimePoint();
                } else {
                    f.end = q + 1;
                    f.time = y > 0 ? TimePoint::month(y, m) : TimePoint();
                }
            } else {
                f.end = p;
                // 今年早些时候, 年底, 年初: still the year.
                f.time = y > 0 ? TimePoint::year(y) : TimePoint();
            }
            f.setsYear = !relative || y > 0;
            if (y > 0)
                year = y;
            if (f.time.isValid())
                out.append(f);
            i = std::max(f.end, i + 1);
            continue;
        }

        // A month (and day) without a year: the year last named, else the publication's.
        {
            qsizetype q = i;
            const int m = readNumber(t, q);
            if (m >= 1 && m <= 12 && q < t.size() && t[q] == QChar(u'月') && (i == 0 || !isDigit(t[i - 1]))) {
                const int yy = year > 0 ? year : (hasPub ? published.year() : 0);
                qsizetype r = q + 1;
                const int d = readNumber(t, r);
                if (yy > 0) {
                    if (d >= 1 && d <= 31 && r < t.size() && (t[r] == QChar(u'日') || t[r] == QChar(u'号'))) {
                        f.end = r + 1;
                        f.time = TimePoint::day(QDate(yy, m, d));
                    } else {
                        f.end = q + 1;
                        f.time = TimePoint::month(yy, m);
                    }
                    if (f.time.isValid())
                        out.append(f);
                    i = std::max(f.end, q + 1);
                    continue;
                }
            }
            i = std::max(q, i + 1);
        }
    }
    return out;
}

} // namespace Guanxi::Internal
