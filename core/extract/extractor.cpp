#include "extractor.h"

namespace Guanxi {

// Holds the immutable tables the pipeline reads.
class Extractor::Private
{
};

Extractor::Extractor(std::unique_ptr<Private> dd) : d(std::move(dd)) {}
Extractor::~Extractor() = default;

Result<std::shared_ptr<const Extractor>> Extractor::create(const ExtractorOptions &options)
{
    Q_UNUSED(options);
    return std::shared_ptr<const Extractor>(new Extractor(std::make_unique<Private>()));
}

Result<GraphDocument> Extractor::extract(const QByteArray &bytes, const ExtractRequest &request,
                                         const ProgressSink &progress, const CancelToken *cancel) const
{
    return extractText(QString::fromUtf8(bytes), request, progress, cancel);
}

Result<GraphDocument> Extractor::extractText(const QString &text, const ExtractRequest &request,
                                             const ProgressSink &progress, const CancelToken *cancel) const
{
    Q_UNUSED(progress);
    if (cancel && cancel->isCancelled())
        return makeError(Error::Category::Cancelled, QStringLiteral("Extraction cancelled"));
    GraphDocument doc;
    doc.info.name = request.documentName;
    doc.info.published = request.published;
    doc.info.text = text;
    return doc;
}

} // namespace Guanxi
