#include "timepoint.h"

#include <QRegularExpression>

namespace Guanxi {

namespace {

// Monday of ISO week 1 of the given ISO week-numbering year.
QDate isoWeekOneMonday(int weekYear)
{
    const QDate jan4(weekYear, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek());
}

bool plausibleYear(int year) { return year >= 1 && year <= 9999; }

} // namespace

TimePoint TimePoint::year(int year)
{
    return plausibleYear(year) ? TimePoint(Precision::Year, QDate(year, 1, 1)) : TimePoint();
}

TimePoint TimePoint::month(int year, int month)
{
    if (!plausibleYear(year) || month < 1 || month > 12)
        return {};
    return TimePoint(Precision::Month, QDate(year, month, 1));
}

TimePoint TimePoint::isoWeek(int weekYear, int week)
{
    if (!plausibleYear(weekYear) || week < 1)
        return {};
    const QDate monday = isoWeekOneMonday(weekYear).addDays(7 * (week - 1));
    int checkYear = 0;
    if (monday.weekNumber(&checkYear) != week || checkYear != weekYear)
        return {}; // week 53 in a year that has only 52
    return TimePoint(Precision::Week, monday);
}

TimePoint TimePoint::day(QDate date)
{
    return date.isValid() ? TimePoint(Precision::Day, date) : TimePoint();
}

TimePoint TimePoint::weekOf(QDate date)
{
    if (!date.isValid())
        return {};
    return TimePoint(Precision::Week, date.addDays(1 - date.dayOfWeek()));
}

std::optional<TimePoint> TimePoint::parse(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|W(\d{2})))?$)"));
    const auto m = re.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const int y = m.capturedView(1).toInt();
    TimePoint t;
    if (m.hasCaptured(4))
        t = isoWeek(y, m.capturedView(4).toInt());
    else if (m.hasCaptured(3))
        t = day(QDate(y, m.capturedView(2).toInt(), m.capturedView(3).toInt()));
    else if (m.hasCaptured(2))
        t = month(y, m.capturedView(2).toInt());
    else
        t = year(y);
    if (!t.isValid())
        return std::nullopt;
    return t;
}

QDate TimePoint::last() const
{
    switch (m_precision) {
    case Precision::Year:
        return QDate(m_first.year(), 12, 31);
    case Precision::Month:
        return m_first.addMonths(1).addDays(-1);
    case Precision::Week:
        return m_first.addDays(6);
    case Precision::Day:
        return m_first;
    case Precision::None:
        break;
    }
    return {};
}

bool TimePoint::contains(const TimePoint &other) const
{
    return isValid() && other.isValid() && m_first <= other.m_first && other.last() <= last();
}

bool TimePoint::overlaps(const TimePoint &other) const
{
    return isValid() && other.isValid() && m_first <= other.last() && other.m_first <= last();
}

QString TimePoint::toString() const
{
    switch (m_precision) {
    case Precision::Year:
        return QString::number(m_first.year()).rightJustified(4, QLatin1Char('0'));
    case Precision::Month:
        return m_first.toString(QStringLiteral("yyyy-MM"));
    case Precision::Week: {
        int weekYear = 0;
        const int week = m_first.weekNumber(&weekYear);
        return QStringLiteral("%1-W%2").arg(weekYear, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
    }
    case Precision::Day:
        return m_first.toString(Qt::ISODate);
    case Precision::None:
        break;
    }
    return {};
}

bool operator<(const TimePoint &a, const TimePoint &b)
{
    if (a.m_first != b.m_first)
        return a.m_first < b.m_first;
    return static_cast<int>(a.m_precision) < static_cast<int>(b.m_precision);
}

} // namespace Guanxi
