#pragma once

#include "common/error.h"

#include <QString>

namespace Guanxi::Internal {

class SqliteDatabase;

// Finds aliases whose name key contains a one- or two-character key, which the
// trigram index cannot (it needs three) and which otherwise meant a LIKE scan
// of every alias (15-20 ms at 100,000 entities). Each alias key is indexed as
// its character pairs, the last character paired with an end mark, in the
// FTS5 table alias_pairs (migration v4): a two-character key is one token, a
// one-character key a prefix query over the pairs it starts. Tokens spell the
// code points in hex, so the ASCII tokenizer never splits or folds them.
class ShortSubstringIndex
{
public:
    // The SQL function the triggers and the migration call: pairTokens(key).
    static constexpr const char *sqlFunction = "guanxi_alias_pairs";
    // Registers sqlFunction on a connection that may write aliases.
    static Result<void> registerFunction(SqliteDatabase &db);

    // The space-separated pair tokens of a name key ("" for an empty key).
    static QString pairTokens(const QString &key);
    // The FTS5 query for a key of one or two code points, else "".
    static QString matchExpression(const QString &key);
};

} // namespace Guanxi::Internal
