#pragma once

#include <QString>
#include <QStringList>

namespace Guanxi {

// Finds the read-only data the programs ship (lexicons, the sample article):
// $GUANXI_DATA_DIR, then <prefix>/share/guanxi next to an installed binary,
// then the source tree's resources/ for uninstalled builds.
class DataPaths
{
public:
    // The directories searched, most specific first.
    static QStringList searchPath();
    // Absolute path of the first existing `relative` (e.g. "lexicon/entities.tsv"), or empty.
    static QString find(const QString &relative);
};

} // namespace Guanxi
