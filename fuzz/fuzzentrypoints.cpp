#include "fuzzentrypoints.h"

#include "extract/extractor.h"
#include "model/graphjson.h"
#include "store/graphstore.h"
#include "text/textdecoder.h"

#include <QByteArray>

#include <cstdio>
#include <cstdlib>

namespace Guanxi::Fuzz {

namespace {

[[noreturn]] void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz invariant broken: %s %s\n", what, detail.toUtf8().constData());
    std::abort();
}

QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    // A deep copy: Qt may keep the bytes beyond the call, libFuzzer does not.
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Loaded once: the lexicons take far longer to read than one input to run.
const Extractor &extractor()
{
    static const std::shared_ptr<const Extractor> instance = [] {
        auto created = Extractor::create();
        if (!created)
            fail("Extractor::create failed:", created.error().toString());
        return *created;
    }();
    return *instance;
}

void checkEvidence(const QList<Evidence> &evidence, qsizetype textLength, const char *owner)
{
    for (const Evidence &e : evidence) {
        if (!e.hasSpan())
            continue;
        if (e.end > textLength)
            fail(owner, QStringLiteral("evidence span [%1, %2) beyond the text of length %3")
                            .arg(e.start).arg(e.end).arg(textLength));
    }
}

void checkDocument(const GraphDocument &document, qsizetype textLength)
{
    for (const Entity &entity : document.entities)
        checkEvidence(entity.evidence, textLength, "entity");
    for (const Relation &relation : document.relations) {
        checkEvidence(relation.evidence, textLength, "relation");
        if (!document.entity(relation.source) || !document.entity(relation.target))
            fail("relation end is not an entity of the document:", relation.source + QStringLiteral(" -> ") + relation.target);
    }
}

} // namespace

int runDecodeAndExtract(const std::uint8_t *data, std::size_t size)
{
    const auto decoded = TextDecoder::decode(bytesOf(data, size));
    if (!decoded) {
        if (decoded.error().message().isEmpty())
            fail("decode error without a message");
        return 0;
    }
    const auto document = extractor().extractText(decoded->text, ExtractRequest{QStringLiteral("fuzz.txt"), {}});
    if (!document) {
        if (document.error().message().isEmpty())
            fail("extract error without a message");
        return 0;
    }
    checkDocument(*document, decoded->text.size());
    return 0;
}

int runGraphJsonRead(const std::uint8_t *data, std::size_t size)
{
    const auto document = GraphJson::read(bytesOf(data, size));
    if (!document) {
        if (document.error().message().isEmpty())
            fail("GraphJson error without a message");
        return 0;
    }
    const auto again = GraphJson::read(GraphJson::write(*document));
    if (!again)
        fail("a document GraphJson accepted does not read back:", again.error().toString());
    if (again->entities.size() != document->entities.size() || again->relations.size() != document->relations.size())
        fail("GraphJson round trip changed the number of entities or relations");
    return 0;
}

int runStoreIngest(const std::uint8_t *data, std::size_t size)
{
    const auto document = GraphJson::read(bytesOf(data, size));
    if (!document)
        return 0;
    auto store = GraphStore::open(QStringLiteral(":memory:"));
    if (!store)
        fail("cannot open an in-memory store:", store.error().toString());
    const auto first = (*store)->ingest(*document);
    if (!first) {
        if (first.error().message().isEmpty())
            fail("ingest error without a message");
        return 0;
    }
    const auto second = (*store)->ingest(*document);
    if (!second)
        fail("a document stored once fails the second time:", second.error().toString());
    if (!second->alreadyPresent)
        fail("the same document stored twice was not recognised");
    const auto stats = (*store)->stats();
    if (!stats)
        fail("stats after an ingest failed:", stats.error().toString());
    if (stats->documents != 1)
        fail("one document ingested twice is not one document");
    return 0;
}

} // namespace Guanxi::Fuzz
