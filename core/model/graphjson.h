#pragma once

#include "common/error.h"
#include "graphdocument.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>

namespace Guanxi {

// Reads and writes SCHEMA.md's JSON document, validating as it reads: an
// unknown type, a dangling relation end, a relation the schema does not allow
// between its ends, or a malformed time is an error naming the culprit.
class GraphJson
{
public:
    struct WriteOptions
    {
        bool indented = true;
        bool withSpans = true;      // evidence_spans / mentions with offsets
        bool withConfidence = true;
    };

    static Result<GraphDocument> read(const QByteArray &json);
    static Result<GraphDocument> fromJson(const QJsonObject &object);

    static QByteArray write(const GraphDocument &document, const WriteOptions &options);
    // The same text, written to `device` an element at a time: the graph is never also
    // held as JSON values and text (what a long document's extraction would triple).
    static Result<void> write(const GraphDocument &document, QIODevice &device, const WriteOptions &options);
    static QByteArray write(const GraphDocument &document) { return write(document, WriteOptions()); }
    static QJsonObject toJson(const GraphDocument &document, const WriteOptions &options);
};

} // namespace Guanxi
