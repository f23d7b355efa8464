#pragma once

#include "graphstore.h"

namespace Guanxi {

// Puts a person's career entries in the order a timeline reads them: dated
// entries by time, and each undated one next to the dated entry its evidence
// follows in the same article (or, if it comes before every dated one there,
// just before the first that follows it). Articles tell a career mostly in
// order, so "then he joined B" after a dated "2015 founded A" belongs after
// it, not at the end. Undated entries with no dated neighbour in any of their
// articles come last, in article order (document, then position).
void orderHistory(QList<HistoryEntry> &entries);

} // namespace Guanxi
