// libFuzzer harness: raw file bytes through TextDecoder and the Extractor.
#include "fuzzentrypoints.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return Guanxi::Fuzz::runDecodeAndExtract(data, size);
}
