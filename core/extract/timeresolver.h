#pragma once

#include "model/timepoint.h"

#include <QDate>
#include <QList>
#include <QStringView>

namespace Guanxi::Internal {

// Finds time expressions in folded Chinese text and resolves them to
// TimePoints: absolute (2015年底, 2024年6月, 8月5日, 同年7月), relative to the
// publication date (本周, 上周三, 昨日, 上月1日, 去年8月, 今年早些时候, 9年前), and
// counted from the time named before (半年后, 两年后, 3个月后, 次年3月).
// Without a publication date relative forms are left out. Stateless.
class TimeResolver
{
public:
    struct Found
    {
        qsizetype start = 0;
        qsizetype end = 0;
        // Invalid when the text counts from a time it cannot resolve (此后, 数年后,
        // 半年后 after a bare year, 次年 with nothing before): the passage has no
        // time, rather than the earlier one. Reported only when no other time is found.
        TimePoint time;
        bool setsYear = false; // names a year that later 同年 / bare months refer to
    };

    // `contextYear` is the last year the text named (0 = none): 同年 and a
    // month without a year resolve against it. `anchor` is the last time named
    // before the text (invalid = none): 半年后 and 次年 count from it, then from
    // each time the text itself names.
    // `lastDay`: the last day the text named before (昨日发布内部邮件), the day 即日起 means.
    static QList<Found> find(QStringView text, QDate published, int contextYear, TimePoint anchor = {},
                             TimePoint lastDay = {});
};

} // namespace Guanxi::Internal
