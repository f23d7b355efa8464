#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace Guanxi {

// A point in time at the precision a text gives it: a year (2015), a month
// (2024-06), an ISO week (2024-W31) or a day (2024-08-05). Formats and parses
// the ISO 8601 forms of SCHEMA.md; an invalid TimePoint means "no time".
class TimePoint
{
public:
    enum class Precision { None, Year, Month, Week, Day };

    TimePoint() = default;
    static TimePoint year(int year);
    static TimePoint month(int year, int month);
    static TimePoint isoWeek(int weekYear, int week);
    static TimePoint day(QDate date);
    // The ISO week that holds the date.
    static TimePoint weekOf(QDate date);

    // Strict parse of "YYYY", "YYYY-MM", "YYYY-Www" or "YYYY-MM-DD"; nullopt when malformed.
    static std::optional<TimePoint> parse(QStringView text);

    bool isValid() const { return m_precision != Precision::None; }
    Precision precision() const { return m_precision; }

    // First and last day covered.
    QDate first() const { return m_first; }
    QDate last() const;

    // Whether `other` lies wholly within this one (2015-12 within 2015).
    bool contains(const TimePoint &other) const;
    // Whether the two periods share at least one day.
    bool overlaps(const TimePoint &other) const;

    QString toString() const;

    // Orders by first day, then by precision (coarser first).
    friend bool operator<(const TimePoint &a, const TimePoint &b);
    friend bool operator==(const TimePoint &a, const TimePoint &b)
    {
        return a.m_precision == b.m_precision && a.m_first == b.m_first;
    }

private:
    TimePoint(Precision precision, QDate first) : m_precision(precision), m_first(first) {}

    Precision m_precision = Precision::None;
    QDate m_first;
};

} // namespace Guanxi
