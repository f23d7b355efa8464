// libFuzzer harness: a parsed JSON document stored into an in-memory database.
#include "fuzzentrypoints.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return Guanxi::Fuzz::runStoreIngest(data, size);
}
