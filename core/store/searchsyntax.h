#pragma once

#include <QString>

namespace Guanxi::Internal {

// Turns user text into query syntax that matches it literally, so quotes,
// stars, AND, NEAR( or '%' are searched for and never parsed.
class SearchSyntax
{
public:
    // An FTS5 phrase: the text in double quotes, inner quotes doubled.
    static QString ftsPhrase(const QString &text);
    // A LIKE pattern "%text%" with '%', '_' and '\' escaped by '\'
    // (use with ESCAPE '\').
    static QString likeContains(const QString &text);
    // The trigram tokenizer needs three characters (code points) to match.
    static bool isLongEnoughForTrigrams(const QString &text);
};

} // namespace Guanxi::Internal
