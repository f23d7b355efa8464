#pragma once

#include "common/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Guanxi::Internal {

// Reads the extractors' tab-separated rule files (resources/lexicon/*.tsv and
// lexicon/en/*.tsv): one row a line, '#' comments and blank lines skipped,
// each row with its line number so a malformed rule is reported as
// "file:line: why", which a user editing the data can act on.
class RuleFile
{
public:
    using Row = std::pair<int, QStringList>; // line number (1-based), columns

    static Result<QList<Row>> read(const QString &path);
    static tl::unexpected<Error> lineError(const QString &path, int line, const QString &why);
};

} // namespace Guanxi::Internal
