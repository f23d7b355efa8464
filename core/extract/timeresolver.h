#pragma once

#include "model/timepoint.h"

#include <QDate>
#include <QList>
#include <QStringView>

namespace Guanxi::Internal {

// Finds time expressions in folded Chinese text and resolves them to
// TimePoints: absolute (2015年底, 2024年6月, 8月5日, 同年7月) and relative to the
// publication date (本周, 上周三, 昨日, 上月1日, 去年8月, 今年早些时候, 9年前).
// Without a publication date relative forms are left out. Stateless.
class TimeResolver
{
public:
    struct Found
    {
        qsizetype start = 0;
        qsizetype end = 0;
        TimePoint time;
        bool setsYear = false; // names a year that later 同年 / bare months refer to
    };

    // `contextYear` is the last year the text named (0 = none): 同年 and a
    // month without a year resolve against it.
    static QList<Found> find(QStringView text, QDate published, int contextYear);
};

} // namespace Guanxi::Internal
