#include "namekey.h"

namespace Guanxi {

namespace {

// ASCII and the CJK Unified Ideographs: NFKC leaves them as they are and case
// folding only lower-cases A-Z.
bool isPlain(QStringView name)
{
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u >= 0x80 && (u < 0x4E00 || u > 0x9FFF))
            return false;
    }
    return true;
}

} // namespace

QString nameKey(QStringView name)
{
    QString key;
    key.reserve(name.size());
    // Most names are plain: one pass without normalising (NFKC and case folding
    // allocate twice and were most of what the extractor spent per name).
    if (isPlain(name)) {
        for (const QChar c : name) {
            const char16_t u = c.unicode();
            if (u == u' ' || (u >= 0x09 && u <= 0x0D)) // QChar::isSpace within ASCII
                continue;
            key.append(u >= u'A' && u <= u'Z' ? QChar(char16_t(u + (u'a' - u'A'))) : c);
        }
        return key;
    }
    const QString folded = name.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    for (const QChar c : folded) {
        if (c.isSpace())
            continue;
        switch (c.unicode()) {
        case 0x00B7: // · middle dot
        case 0x2022: // • bullet
        case 0x2027: // ‧ hyphenation point
        case 0x30FB: // ・ katakana middle dot
            continue;
        default:
            key.append(c);
        }
    }
    return key;
}

} // namespace Guanxi
