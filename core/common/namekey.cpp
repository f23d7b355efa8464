#include "namekey.h"

namespace Guanxi {

QString nameKey(QStringView name)
{
    const QString folded = name.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString key;
    key.reserve(folded.size());
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
