#include "timeresolver.h"

#include "charset.h"
#include "isoneof.h"

#include <algorithm>
#include <optional>
#include <string>

namespace Guanxi::Internal {

namespace {


// The day of the month named alone (18日, 今（16）日): in the publication's month, else in
// the month before (a later day than the publication's has not come yet; 昨(31)日 on the 1st).
QDate dayOfRecentMonth(QDate published, int day)
{
    const QDate inMonth(published.year(), published.month(), day);
    if (inMonth.isValid() && inMonth <= published)
        return inMonth;
    const QDate before = published.addMonths(-1);
    return QDate(before.year(), before.month(), day);
}

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

// A word naming a day by the publication date (昨日, 昨晚, 今晨, 前天): how many days
// before it and the word's length. Part of a day (晚, 晨, 早, 夜) is the day itself.
// (Taiwan's 今（16）日 names the day of the month and is read before this.)
struct DayWord
{
    int back = 0;
    qsizetype length = 0;
};
std::optional<DayWord> dayWordAt(QStringView t, qsizetype pos)
{
    if (pos + 1 >= t.size())
        return std::nullopt;
    static const QString parts = QStringLiteral("日天晚夜晨早");
    const QChar c = t[pos];
    const int back = c == QChar(u'昨') ? 1 : c == QChar(u'前') ? 2 : c == QChar(u'今') ? 0 : -1;
    if (back < 0)
        return std::nullopt;
    const QChar next = t[pos + 1];
    if (!parts.contains(next))
        return std::nullopt;
    // 前日/前早 are rare as days and 前天/前晚 are the ones news writes; 今早/今晨 yes, 前夜 is "the eve".
    if (back == 2 && next != QChar(u'天') && next != QChar(u'晚'))
        return std::nullopt;
    return DayWord{back, 2};
}

// Whether a time expression can start with c: every branch of find() begins with
// a digit or one of these characters, so the others are stepped over at once
// (find runs on every clause; most of its characters are none of these).
bool mayStartTime(QChar c)
{
    if (isDigit(c))
        return true;
    static const CharSet starts = [] {
        CharSet set;
        for (const QChar s : QStringView(u"〇一二三四五六七八九十两半数几多此其之不同当次翌隔第去今前明上本这昨即周星"))
            set.insert(s);
        return set;
    }();
    return starts.contains(c);
}

// A time counted from an earlier one: 半年后, 两年后, 3个月后, 一年半之后, 10天后,
// or one too vague to count (此后, 数年后, 两年多后). `end` is past it.
struct Shift
{
    int years = 0;
    int months = 0;
    int days = 0;
    bool vague = false;
};

bool readAfterWord(QStringView t, qsizetype &p)
{
    for (const char16_t *w : {u"之后", u"以后", u"后"})
        if (startsWith(t, p, w)) {
            p += std::char_traits<char16_t>::length(w);
            return true;
        }
    return false;
}

std::optional<Shift> readShift(QStringView t, qsizetype i, qsizetype &end)
{
    // 之后 alone only opens a clause (离职之后 dates nothing by itself); 其后续 is "its follow-up".
    const bool opensClause = t.first(i).trimmed().isEmpty();
    for (const char16_t *w : {u"此后", u"其后", u"之后", u"不久后", u"不久之后"})
        if (startsWith(t, i, w) && (w[0] != u'之' || opensClause)) {
            end = i + std::char_traits<char16_t>::length(w);
            if (w[0] == u'其' && end < t.size() && t[end] == QChar(u'续'))
                return std::nullopt;
            return Shift{0, 0, 0, true};
        }
    if (i > 0 && (isDigit(t[i - 1]) || t[i - 1] == QChar(u'.')))
        return std::nullopt; // inside a number (1.5年后)
    qsizetype p = i;
    Shift shift;
    int n = 0;
    if (t[p] == QChar(u'半')) {
        n = -1; // half a unit
        ++p;
    } else if (t[p] == QChar(u'数') || t[p] == QChar(u'几') || t[p] == QChar(u'多')) {
        shift.vague = true;
        ++p;
    } else {
        n = readNumber(t, p);
        if (n <= 0 || n >= 100)
            return std::nullopt;
    }
    if (p < t.size() && t[p] == QChar(u'个'))
        ++p;
    if (p >= t.size())
        return std::nullopt;
    const QChar unit = t[p];
    // 3月后 is "after March": months take 个.
    if (unit == QChar(u'年')) {
        if (n == -1)
            shift.months = 6;
        else
            shift.years = n;
    } else if (unit == QChar(u'月') && t[p - 1] == QChar(u'个')) {
        if (n == -1)
            shift.days = 15, shift.vague = true;
        else
            shift.months = n;
    } else if (unit == QChar(u'天') || unit == QChar(u'周')) {
        shift.days = n == -1 ? 0 : n * (unit == QChar(u'周') ? 7 : 1);
        shift.vague = shift.vague || n == -1;
    } else {
        return std::nullopt;
    }
    ++p;
    if (p < t.size() && t[p] == QChar(u'半') && unit == QChar(u'年') && n > 0) {
        shift.months = 6; // 一年半
        ++p;
    }
    if (p < t.size() && (t[p] == QChar(u'多') || t[p] == QChar(u'左'))) {
        shift.vague = true; // 两年多后, 半年左右后
        p += t[p] == QChar(u'左') && startsWith(t, p, u"左右") ? 2 : 1;
    }
    if (!readAfterWord(t, p))
        return std::nullopt;
    end = p;
    return shift;
}

// The anchor moved by the shift, at no finer a precision than both allow
// (2023-03 + 半年 = 2023-09; 2021 + 两年 = 2023; 2021 + 半年: unknown).
TimePoint shifted(const TimePoint &anchor, const Shift &shift)
{
    if (!anchor.isValid() || shift.vague)
        return {};
    const QDate from = anchor.first();
    const auto precision = anchor.precision();
    if (shift.days > 0) {
        if (precision != TimePoint::Precision::Day)
            return {};
        return TimePoint::day(from.addDays(shift.days));
    }
    const int months = shift.years * 12 + shift.months;
    if (precision == TimePoint::Precision::Year) {
        if (months % 12 != 0)
            return {};
        return TimePoint::year(from.year() + months / 12);
    }
    const QDate to = from.addMonths(months);
    return TimePoint::month(to.year(), to.month());
}
} // namespace

QList<TimeResolver::Found> TimeResolver::find(QStringView t, QDate published, int contextYear, TimePoint anchor,
                                              TimePoint lastDay)
{
    QList<Found> out;
    const bool hasPub = published.isValid();
    int year = contextYear;
    qsizetype i = 0;
    const auto append = [&](const Found &f) {
        out.append(f);
        anchor = f.time; // after 此后 there is nothing to count from
    };
    while (i < t.size()) {
        if (!mayStartTime(t[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        Found f;
        f.start = start;

        // Counted from the time named before: 半年后, 两年后, 此后.
        if (qsizetype end = 0; const auto shift = readShift(t, i, end)) {
            f.end = end;
            f.time = shifted(anchor, *shift);
            f.setsYear = f.time.isValid();
            if (f.setsYear)
                year = f.time.first().year();
            append(f);
            i = end;
            continue;
        }

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
            } else if (p - i == 3 && q < t.size() && t[q] == QChar(u'年') && n >= 60 && n <= 150
                       && (i < 2 || QStringView(t).sliced(i - 2, 2) == u"民国"
                           || !(q + 1 < t.size() && isOneOf(t[q + 1], u"来间前后多历")))) {
                // 民国113年, 104年加入 (Taiwan counts from 1912): a three-digit year is one of
                // the Republic's, not a count of years (100年来, 100年历史).
                y = n + 1911;
                p = q + 1;
            } else if (p - i <= 2 && n >= 1 && n <= 31 && q == p && q < t.size() && t[q] == QChar(u'日') && hasPub
                       && (i == 0 || (!isDigit(t[i - 1]) && t[i - 1] != QChar(u'月') && t[i - 1] != QChar(u'.')))
                       && !(q + 1 < t.size() && isOneOf(t[q + 1], u"内起后前左以之间"))) {
                // 18日宣布: a day of the month alone is in the publication's month, else the
                // month before (a later day than the publication's has not come yet); 3日内 and
                // 30日起 count days.
                f.end = q + 1;
                f.time = TimePoint::day(dayOfRecentMonth(published, n));
                if (f.time.isValid()) {
                    append(f);
                    i = f.end;
                    continue;
                }
            } else if (q < t.size() && t[q] == QChar(u'年') && q + 1 < t.size() && t[q + 1] == QChar(u'前')
                       && hasPub && n > 0 && n < 100) {
                f.end = q + 2;
                f.time = TimePoint::year(published.year() - n);
                append(f);
                i = f.end;
                continue;
            }
        } else if (startsWith(t, i, u"同年") || startsWith(t, i, u"当年")) {
            if (year > 0)
                y = year;
            p = i + 2;
        } else if (startsWith(t, i, u"次年") || startsWith(t, i, u"翌年") || startsWith(t, i, u"隔年")
                   || startsWith(t, i, u"第二年")) {
            // The year after the one named before (隔年, as Taiwan writes it); none named, no time (not that year's).
            p = i + (t[i] == QChar(u'第') ? 3 : 2);
            if (!anchor.isValid()) {
                f.end = p;
                append(f);
                i = p;
                continue;
            }
            y = anchor.first().year() + 1;
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
                append(f);
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
                    append(f);
                i = f.end;
                continue;
            }
            ++i;
            continue;
        } else if ((t[i] == QChar(u'今') || t[i] == QChar(u'昨')) && i + 1 < t.size()
                   && (t[i + 1] == QChar(u'(') || t[i + 1] == QChar(u'（'))) {
            // 今（16）日, 昨(15)日: Taiwan's way of naming today or yesterday by its day of the month.
            qsizetype q = i + 2;
            const int d = readNumber(t, q);
            if (d >= 1 && d <= 31 && q + 1 < t.size() && (t[q] == QChar(u')') || t[q] == QChar(u'）'))
                && t[q + 1] == QChar(u'日') && hasPub) {
                f.end = q + 2;
                f.time = TimePoint::day(dayOfRecentMonth(published, d));
                if (f.time.isValid()) {
                    append(f);
                    i = f.end;
                    continue;
                }
            }
            ++i;
            continue;
        } else if (startsWith(t, i, u"即日")) {
            // 即日起卸任: from the day of the announcement, the day named before
            // (昨日发布内部邮件), else the publication's.
            if (lastDay.isValid() && lastDay.precision() == TimePoint::Precision::Day) {
                f.end = i + 2;
                f.time = lastDay;
                append(f);
            } else if (hasPub) {
                f.end = i + 2;
                f.time = TimePoint::day(published);
                append(f);
            }
            i += 2;
            continue;
        } else if (const auto day = dayWordAt(t, i)) {
            if (hasPub) {
                f.end = i + day->length;
                f.time = TimePoint::day(published.addDays(-day->back));
                append(f);
            }
            i += day->length;
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
                append(f);
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
                append(f);
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
                        append(f);
                    i = std::max(f.end, q + 1);
                    continue;
                }
            }
            i = std::max(q, i + 1);
        }
    }
    // A time the text names outright wins over one that could not be counted.
    if (std::any_of(out.cbegin(), out.cend(), [](const Found &f) { return f.time.isValid(); }))
        out.removeIf([](const Found &f) { return !f.time.isValid(); });
    return out;
}

} // namespace Guanxi::Internal
