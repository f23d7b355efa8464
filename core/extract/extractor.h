#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "model/graphdocument.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>

namespace Guanxi {

struct ExtractorOptions
{
    QStringList extraLexicons;  // user lexicon files (--lexicon), on top of the bundled ones
};

struct ExtractRequest
{
    QString documentName;       // file name; goes into GraphDocument::info.name
    QDate published;            // resolves relative times; invalid = the date the page states
                                // (HTML metadata, a date line), else leave them out
    // "zh", "en", or "auto"/empty: detect per paragraph (a mixed page reads
    // each paragraph with its own language's rules).
    QString language;
};

// Turns an article into SCHEMA.md's graph: entities, relations, times, each
// with its evidence sentence and offsets. Immutable once created, so one
// instance may extract several documents on several threads at once.
class Extractor
{
public:
    // Loads the bundled lexicons and the user's; an unreadable or malformed
    // lexicon is an error naming the file and line.
    static Result<std::shared_ptr<const Extractor>> create(const ExtractorOptions &options = {});
    ~Extractor();

    // Decodes raw file bytes (UTF-8/16, GB18030, HTML) and extracts.
    Result<GraphDocument> extract(const QByteArray &bytes, const ExtractRequest &request,
                                  const ProgressSink &progress = {}, const CancelToken *cancel = nullptr) const;
    // Extracts from already decoded text.
    Result<GraphDocument> extractText(const QString &text, const ExtractRequest &request,
                                      const ProgressSink &progress = {}, const CancelToken *cancel = nullptr) const;

    class Private;
private:
    explicit Extractor(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace Guanxi
