#pragma once

#include "model/timepoint.h"

#include <QDate>
#include <QList>
#include <QStringView>

namespace Guanxi::Internal {

// Finds time expressions in English text and resolves them to TimePoints:
// absolute ("September 10, 2019", "May 2024", "in 2015", "in the fall of
// 2019") and relative to the publication date ("on Monday", "said Tuesday",
// "last week", "this week", "in May", "last month", "last year", "earlier this
// year", "two years ago", "yesterday"); "three years after"/"later" count
// from the year last named. Without a publication date relative forms are
// left out. Stateless.
class EnglishTimeResolver
{
public:
    struct Found
    {
        qsizetype start = 0;
        qsizetype end = 0;
        TimePoint time;
        bool setsYear = false; // names a year that later bare months and "N years later" count from
    };

    // `text` is the match form (lower-case); `contextYear` is the last year
    // the text named (0 = none).
    static QList<Found> find(QStringView text, QDate published, int contextYear);
};

} // namespace Guanxi::Internal
