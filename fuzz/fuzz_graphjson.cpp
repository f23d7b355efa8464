// libFuzzer harness: SCHEMA.md JSON documents through GraphJson::read.
#include "fuzzentrypoints.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return Guanxi::Fuzz::runGraphJsonRead(data, size);
}
