#pragma once

#include <cstddef>
#include <cstdint>

namespace Guanxi::Fuzz {

// The code each libFuzzer harness runs on one input, shared with the
// regression test (tests/robustness) so a crash kept in fuzz/regressions/
// replays through exactly the path that found it. Each returns 0; a broken
// invariant aborts (which libFuzzer and the test both report as a failure).

// TextDecoder::decode, then Extractor::extractText on what it decoded.
// Checks that every evidence span lies inside the decoded text and that
// every relation end names an entity of the document.
int runDecodeAndExtract(const std::uint8_t *data, std::size_t size);

// GraphJson::read; a document it accepts must write back and read again to
// the same number of entities and relations.
int runGraphJsonRead(const std::uint8_t *data, std::size_t size);

// GraphJson::read, then GraphStore::ingest into a private in-memory
// database, twice: the second ingest must report the document as present.
int runStoreIngest(const std::uint8_t *data, std::size_t size);

} // namespace Guanxi::Fuzz
