#include "pinyin.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <QList>
#include <QMutex>
#include <QMutexLocker>

#include <memory>

namespace Guanxi {

namespace {

// ICU transliterators are not safe for concurrent use; names are short, so
// one shared instance behind a lock costs little.
struct SharedTransliterator
{
    QMutex mutex;
    std::unique_ptr<icu::Transliterator> transliterator;
    bool isCreated = false;
};

SharedTransliterator &shared()
{
    static SharedTransliterator s;
    return s;
}

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x20000 && c <= 0x2FA1F);
}

// "Han-Latin; Latin-ASCII" with syllables separated by spaces: "ma si ke".
QString spelled(QStringView text)
{
    SharedTransliterator &s = shared();
    QMutexLocker lock(&s.mutex);
    if (!s.isCreated) {
        s.isCreated = true;
        UErrorCode status = U_ZERO_ERROR;
        s.transliterator.reset(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII"), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            s.transliterator.reset();
    }
    if (!s.transliterator)
        return {};
    icu::UnicodeString buffer(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    s.transliterator->transliterate(buffer);
    return QString(reinterpret_cast<const QChar *>(buffer.getBuffer()), buffer.length());
}

} // namespace

bool Pinyin::hasHan(QStringView text)
{
    for (const uint c : text.toUcs4())
        if (isHan(c))
            return true;
    return false;
}

QString Pinyin::toneless(QStringView text)
{
    const QString latin = hasHan(text) ? spelled(text) : text.toString();
    QString out;
    out.reserve(latin.size());
    for (QChar c : latin)
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    return out;
}

QString Pinyin::initials(QStringView text)
{
    if (!hasHan(text))
        return {};
    const QString latin = spelled(text);
    QString out;
    bool atWordStart = true;
    for (QChar c : latin) {
        if (!c.isLetterOrNumber()) {
            atWordStart = true;
            continue;
        }
        if (atWordStart)
            out.append(c.toLower());
        atWordStart = false;
    }
    return out;
}

} // namespace Guanxi
