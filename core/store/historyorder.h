#pragma once

#include "graphstore.h"

namespace Guanxi {

// Puts a person's career entries in the order a timeline reads them: dated
// entries by time, and each undated one beside a dated one it can be placed
// by. First by the career's own logic at the same organisation: one joins or
// founds before working there, and works there before leaving, so an undated
// "works_at OpenAI" follows a dated "2015 founded OpenAI", and an undated
// "left OpenAI" precedes nothing founded or joined there later. Else by the
// article: articles tell a career mostly in order, so an entry follows the
// dated entry said before it in the same article (the same sentence
// included), or, said before all of them, precedes the first said after it.
// Several undated entries at one dated entry go start, work, leave, then in
// article order. Undated entries with nothing to place them by come last, in
// article order (document, then position).
void orderHistory(QList<HistoryEntry> &entries);

} // namespace Guanxi
