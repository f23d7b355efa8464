#include "foldtablebuilder.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <memory>

namespace Guanxi::Internal {

namespace {

bool isFancySpace(char16_t u)
{
    switch (u) {
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
        return true;
    default:
        return u >= 0x2000 && u <= 0x200A;
    }
}

// NFKC of a single unit, kept only when it is again a single unit, so the
// length of the text never changes (ﬁ → "fi" is left alone).
char16_t nfkcSingle(const icu::Normalizer2 *nfkc, char16_t u)
{
    if (!nfkc || (u >= 0xD800 && u <= 0xDFFF))
        return u;
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString in(static_cast<UChar>(u));
    if (nfkc->isNormalized(in, status) && U_SUCCESS(status))
        return u;
    status = U_ZERO_ERROR;
    const icu::UnicodeString out = nfkc->normalize(in, status);
    if (U_FAILURE(status) || out.length() != 1)
        return u;
    const char16_t r = out.charAt(0);
    // A combining mark or control as a result would glue onto its neighbour.
    if (r < 0x20 || (r >= 0x0300 && r <= 0x036F))
        return u;
    return r;
}

void addTraditionalToSimplified(FoldTable &table)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> trans(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8("Traditional-Simplified"), UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !trans)
        return; // without ICU's data the fold still does widths and spaces

    // Transliterating the whole range at once, one character a line, is far
    // faster than one call per character; a line that does not come back as
    // one unit is simply not mapped.
    const auto runRange = [&](char16_t first, char16_t last) {
        icu::UnicodeString s;
        for (char32_t c = first; c <= last; ++c) {
            s.append(static_cast<UChar>(c));
            s.append(static_cast<UChar>(u'\n'));
        }
        trans->transliterate(s);
        const int32_t n = s.length();
        if (n != 2 * (last - first + 1)) {
            // Some line changed length: fall back to reading line by line.
            char32_t c = first;
            int32_t lineStart = 0;
            for (int32_t i = 0; i < n && c <= last; ++i) {
                if (s.charAt(i) != u'\n')
                    continue;
                if (i - lineStart == 1) {
                    const char16_t r = s.charAt(lineStart);
                    if (r != c && !(r >= 0xD800 && r <= 0xDFFF))
                        table[c] = r;
                }
                lineStart = i + 1;
                ++c;
            }
            return;
        }
        for (char32_t c = first; c <= last; ++c) {
            const char16_t r = s.charAt(int32_t(2 * (c - first)));
            if (r != c && !(r >= 0xD800 && r <= 0xDFFF))
                table[c] = r;
        }
    };
    runRange(0x3400, 0x9FFF);
    runRange(0xF900, 0xFAFF);

    // Characters ICU folds that are also standard in simplified writing
    // (著名, 乾隆, 狼藉, 瞭望, 大阪): folding them would change simplified names.
    for (const char16_t keep : {u'著', u'乾', u'藉', u'瞭', u'阪'})
        table[keep] = keep;
}

} // namespace

FoldTable buildFoldTableWithIcu()
{
    FoldTable table;
    for (char32_t u = 0; u < 0x10000; ++u)
        table[u] = char16_t(u);

    // Traditional → simplified first, so that NFKC output (a compatibility
    // ideograph's unified form) can be chained through it below.
    addTraditionalToSimplified(table);
    const FoldTable simp = table;

    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfkc = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status))
        nfkc = nullptr;
    for (char32_t c = 0; c < 0x10000; ++c) {
        const char16_t u = char16_t(c);
        if (u == u'\t' || u == u'\n' || u == u'\r')
            continue;
        if (isFancySpace(u)) {
            table[u] = u' ';
            continue;
        }
        if (u >= 0xFF01 && u <= 0xFF5E) {
            table[u] = char16_t(u - 0xFEE0);
            continue;
        }
        if (u < 0xA0)
            continue;
        const char16_t n = nfkcSingle(nfkc, u);
        if (n != u)
            table[u] = isFancySpace(n) ? u' ' : simp[n];
    }
    return table;
}

} // namespace Guanxi::Internal
