#pragma once

#include <array>

namespace Guanxi::Internal {

// One entry per BMP code unit: what the unit folds to (see TextFolder).
using FoldTable = std::array<char16_t, 0x10000>;

// Builds TextFolder's table from ICU (Traditional-Simplified, NFKC). Slow
// (about half a billion instructions, mostly ICU's transliterator start-up),
// so the build runs it once (tools/genfoldtable) and TextFolder uses the
// compiled result; tests compare the two.
FoldTable buildFoldTableWithIcu();

} // namespace Guanxi::Internal
