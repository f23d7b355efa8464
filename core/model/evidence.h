#pragma once

#include "ids.h"

#include <QString>

namespace Guanxi {

// Where a fact was read: the document, the sentence and the character offsets
// of that sentence in the document's original (decoded) text. Offsets count
// UTF-16 code units of the decoded text, as QString does; -1 when unknown
// (a fact loaded from a JSON file without spans).
struct Evidence
{
    DocumentId documentId;  // set once the document is stored
    QString document;       // the document's name (file name or title)
    QString sentence;
    qsizetype start = -1;   // first character of the sentence
    qsizetype end = -1;     // one past its last character
    bool isUserEdit = false; // stated by the user (a note, no document), not read in an article

    bool hasSpan() const { return start >= 0 && end >= start; }
    friend bool operator==(const Evidence &, const Evidence &) = default;
};

} // namespace Guanxi
