#include "extract/english/englishtimeresolver.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>

namespace Guanxi::Internal {

namespace {

const QString kMonths = QStringLiteral(
    "(january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?)");
const QString kWeekdays = QStringLiteral("(monday|tuesday|wednesday|thursday|friday|saturday|sunday)");
const QString kNumberWords = QStringLiteral(
    "(\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)");

int monthOf(QStringView word)
{
    static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < 12; ++i)
        if (word.startsWith(QLatin1String(names[i])))
            return i + 1;
    return 0;
}

int weekdayOf(QStringView word)
{
    static const char *const names[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (int i = 0; i < 7; ++i)
        if (word == QLatin1String(names[i]))
            return i + 1;
    return 0;
}

int numberOf(QStringView word)
{
    static const char *const names[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                        "nine", "ten", "eleven", "twelve"};
    if (word == QLatin1String("a") || word == QLatin1String("an"))
        return 1;
    if (word == QLatin1String("fifteen"))
        return 15;
    if (word == QLatin1String("twenty"))
        return 20;
    for (int i = 0; i < 13; ++i)
        if (word == QLatin1String(names[i]))
            return i;
    bool ok = false;
    const int n = word.toInt(&ok);
    return ok ? n : -1;
}

enum class Kind { FullDate, DayMonthYear, MonthYear, MonthOfRelativeYear, MonthDay, Month, Year, SeasonYear, Weekday, Relative,
                  YearsAgo, YearsLater };

struct Rule
{
    Kind kind;
    QRegularExpression re;
};

const QList<Rule> &rules()
{
    static const QList<Rule> list = [] {
        const auto rx = [](const QString &p) { return QRegularExpression(p); };
        return QList<Rule>{
            {Kind::FullDate, rx(QStringLiteral("\\b%1 (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b").arg(kMonths))},
            {Kind::DayMonthYear, rx(QStringLiteral("\\b(\\d{1,2}) %1,? (\\d{4})\\b").arg(kMonths))},
            {Kind::MonthYear, rx(QStringLiteral("\\b%1,? (?:of )?(\\d{4})\\b").arg(kMonths))},
            // "in June last year", "March of this year".
            {Kind::MonthOfRelativeYear, rx(QStringLiteral("\\b%1,? (?:of )?(last|this|next) year\\b").arg(kMonths))},
            {Kind::MonthDay, rx(QStringLiteral("\\b%1 (\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\d)").arg(kMonths))},
            // A bare month needs a preposition: "may" is also a verb.
            {Kind::Month, rx(QStringLiteral("\\b(?:in|since|by|until|last|this|early|late|mid-|earlier in|later in) %1\\b").arg(kMonths))},
            {Kind::SeasonYear, rx(QStringLiteral("\\b(?:early|late|mid-|the (?:spring|summer|fall|autumn|winter|end|start|beginning|middle|first half|second half|first quarter|second quarter|third quarter|fourth quarter) of) ?(\\d{4})\\b"))},
            {Kind::Year, rx(QStringLiteral("(?<![$€£\\d.,])\\b((?:19[5-9]|20[0-4])\\d)\\b(?!\\s?(?:%|percent|million|billion))"))},
            {Kind::Weekday, rx(QStringLiteral("\\b(?:on |last |said |says |this |late |early )?%1\\b").arg(kWeekdays))},
            {Kind::Relative, rx(QStringLiteral("\\b(yesterday|today|this week|last week|earlier this week|this month|last month|earlier this month|this year|last year|earlier this year|late last year|earlier last year|the previous year|the prior year)\\b"))},
            {Kind::YearsAgo, rx(QStringLiteral("\\b%1 years? ago\\b").arg(kNumberWords))},
            {Kind::YearsLater, rx(QStringLiteral("\\b%1 years? (?:later|after)\\b").arg(kNumberWords))},
        };
    }();
    return list;
}

struct Hit
{
    qsizetype start;
    qsizetype end;
    Kind kind;
    QStringList caps;
};

// The last `month` on or before `published` (an article of June speaking of "May").
int yearForMonth(int month, QDate published)
{
    return month <= published.month() ? published.year() : published.year() - 1;
}

} // namespace

QList<EnglishTimeResolver::Found> EnglishTimeResolver::find(QStringView text, QDate published, int contextYear)
{
    const QString s = text.toString(); // Qt 6.4 has no matchView
    QList<Hit> hits;
    for (const Rule &rule : rules()) {
        auto it = rule.re.globalMatch(s);
        while (it.hasNext()) {
            const auto m = it.next();
            hits.append({m.capturedStart(), m.capturedEnd(), rule.kind, m.capturedTexts()});
        }
    }
    // Earliest first, longest first; the rules above are in order of precedence for ties.
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return a.start != b.start ? a.start < b.start : (a.end - a.start) > (b.end - b.start);
    });
    QList<Found> out;
    qsizetype covered = -1;
    int sentenceYear = 0; // a year named earlier in this text: "In 2015 ... in December"
    for (const Hit &h : std::as_const(hits)) {
        if (h.start < covered)
            continue;
        // "in March 2024": the month with its preposition starts first, but the month and
        // year (or the full date) inside it say more.
        if (h.kind == Kind::Month
            && std::any_of(hits.cbegin(), hits.cend(), [&](const Hit &o) {
                   return o.start > h.start && o.start < h.end && o.end > h.end;
               }))
            continue;
        Found f;
        f.start = h.start;
        f.end = h.end;
        const QStringList &c = h.caps;
        switch (h.kind) {
        case Kind::FullDate:
            f.time = TimePoint::day(QDate(c.at(3).toInt(), monthOf(c.at(1)), c.at(2).toInt()));
            f.setsYear = true;
            break;
        case Kind::DayMonthYear:
            f.time = TimePoint::day(QDate(c.at(3).toInt(), monthOf(c.at(2)), c.at(1).toInt()));
            f.setsYear = true;
            break;
        case Kind::MonthOfRelativeYear: {
            if (!published.isValid())
                continue;
            const int offset = c.at(2) == QLatin1String("last") ? -1 : c.at(2) == QLatin1String("next") ? 1 : 0;
            f.time = TimePoint::month(published.year() + offset, monthOf(c.at(1)));
            f.setsYear = true;
            break;
        }
        case Kind::MonthYear:
            f.time = TimePoint::month(c.at(2).toInt(), monthOf(c.at(1)));
            f.setsYear = true;
            break;
        case Kind::MonthDay:
        case Kind::Month: {
            const int month = monthOf(c.at(1));
            int year = sentenceYear;
            if (year == 0 && published.isValid())
                year = yearForMonth(month, published);
            if (year == 0)
                break;
            f.time = h.kind == Kind::MonthDay ? TimePoint::day(QDate(year, month, c.at(2).toInt()))
                                              : TimePoint::month(year, month);
            break;
        }
        case Kind::SeasonYear:
        case Kind::Year:
            f.time = TimePoint::year(c.at(1).toInt());
            f.setsYear = true;
            break;
        case Kind::Weekday: {
            if (!published.isValid())
                break;
            const int wd = weekdayOf(c.at(1));
            // The last such day on or before publication ("said Tuesday" in Wednesday's paper).
            int back = (published.dayOfWeek() - wd + 7) % 7;
            if (c.at(0).startsWith(QLatin1String("last ")) && back == 0)
                back = 7;
            f.time = TimePoint::day(published.addDays(-back));
            break;
        }
        case Kind::Relative: {
            if (!published.isValid())
                break;
            const QString &w = c.at(1);
            if (w == QLatin1String("yesterday"))
                f.time = TimePoint::day(published.addDays(-1));
            else if (w == QLatin1String("today"))
                f.time = TimePoint::day(published);
            else if (w.endsWith(QLatin1String("this week")))
                f.time = TimePoint::weekOf(published);
            else if (w == QLatin1String("last week"))
                f.time = TimePoint::weekOf(published.addDays(-7));
            else if (w.endsWith(QLatin1String("this month")))
                f.time = TimePoint::month(published.year(), published.month());
            else if (w == QLatin1String("last month"))
                f.time = TimePoint::month(published.addMonths(-1).year(), published.addMonths(-1).month());
            else if (w.endsWith(QLatin1String("this year")))
                f.time = TimePoint::year(published.year());
            else if (w.endsWith(QLatin1String("last year")))
                f.time = TimePoint::year(published.year() - 1);
            else if (contextYear > 0) // the previous year: before the year last named
                f.time = TimePoint::year(contextYear - 1);
            break;
        }
        case Kind::YearsAgo: {
            const int n = numberOf(c.at(1));
            if (published.isValid() && n >= 0)
                f.time = TimePoint::year(published.year() - n);
            break;
        }
        case Kind::YearsLater: {
            const int n = numberOf(c.at(1));
            const int base = sentenceYear ? sentenceYear : contextYear;
            if (base > 0 && n >= 0)
                f.time = TimePoint::year(base + n);
            break;
        }
        }
        if (!f.time.isValid())
            continue;
        covered = h.end;
        if (f.setsYear)
            sentenceYear = f.time.first().year();
        out.append(f);
    }
    return out;
}

} // namespace Guanxi::Internal
