#include "textdecoder.h"

#include "htmltextextractor.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <QStringDecoder>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Guanxi {

namespace {

constexpr qsizetype SniffBytes = 64 * 1024;

QString hexByte(unsigned char b)
{
    return QStringLiteral("0x%1").arg(int(b), 2, 16, QLatin1Char('0'));
}

// The kind of binary file the first bytes announce, or nothing.
const char *binaryMagic(QByteArrayView b)
{
    struct Magic
    {
        const char *bytes;
        qsizetype size;
        const char *name;
    };
    static const Magic magics[] = {
        {"\x89PNG\r\n\x1a\n", 8, "PNG image"},   {"%PDF-", 5, "PDF document"},
        {"PK\x03\x04", 4, "ZIP archive"},         {"PK\x05\x06", 4, "ZIP archive"},
        {"\x7f" "ELF", 4, "ELF executable"},      {"GIF87a", 6, "GIF image"},
        {"GIF89a", 6, "GIF image"},               {"\xff\xd8\xff", 3, "JPEG image"},
        {"\x1f\x8b", 2, "gzip archive"},          {"7z\xbc\xaf\x27\x1c", 6, "7-Zip archive"},
        {"Rar!\x1a\x07", 6, "RAR archive"},       {"SQLite format 3", 16, "SQLite database"},
        {"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, "Office document"},
        {"BZh", 3, "bzip2 archive"},              {"\xfd" "7zXZ", 5, "xz archive"},
        {"\x28\xb5\x2f\xfd", 4, "zstd archive"},  {"OggS", 4, "Ogg media"},
        {"ID3", 3, "MP3 audio"},                  {"\x00\x00\x01\x00", 4, "icon"},
        {"\xca\xfe\xba\xbe", 4, "Mach-O or Java class file"},
    };
    for (const Magic &m : magics) {
        if (b.size() >= m.size && b.first(m.size) == QByteArrayView(m.bytes, m.size))
            return m.name;
    }
    if (b.size() >= 12 && b.first(4) == "RIFF")
        return "RIFF media";
    if (b.size() >= 12 && b.sliced(4, 4) == "ftyp")
        return "MP4 media";
    if (b.size() >= 64 && b.first(2) == "MZ" && b.contains('\0'))
        return "Windows executable";
    return nullptr;
}

// Guesses UTF-16 without a BOM from where the NUL bytes fall: ASCII-heavy
// UTF-16 has a NUL in every other byte. Returns LE/BE or nothing.
std::optional<QStringDecoder::Encoding> utf16ByNulPattern(QByteArrayView b)
{
    const qsizetype n = std::min(b.size(), SniffBytes) & ~qsizetype(1);
    if (n < 4)
        return std::nullopt;
    qsizetype evenNul = 0;
    qsizetype oddNul = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNul += b[i] == '\0';
        oddNul += b[i + 1] == '\0';
    }
    const qsizetype pairs = n / 2;
    if (oddNul * 10 >= pairs * 3 && evenNul * 20 <= pairs)
        return QStringDecoder::Utf16LE;
    if (evenNul * 10 >= pairs * 3 && oddNul * 20 <= pairs)
        return QStringDecoder::Utf16BE;
    return std::nullopt;
}

// Why the bytes look binary ("contains NUL bytes"), or empty when they do not.
QString binaryReason(QByteArrayView b)
{
    if (const char *magic = binaryMagic(b))
        return QString::fromLatin1(magic);
    const qsizetype n = std::min(b.size(), SniffBytes);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(b[i]);
        if (c == 0)
            return QStringLiteral("contains NUL bytes, first at byte %1").arg(i);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) || c == 0x7f)
            ++controls;
    }
    if (controls * 20 > n)
        return QStringLiteral("%1% control characters").arg(controls * 100 / n);
    return {};
}

struct Utf8Check
{
    qsizetype firstBad = -1; // byte offset of the first invalid sequence
    bool truncatedAtEnd = false; // the only problem is an unfinished last character
    qsizetype validMultiByte = 0;
    qsizetype invalid = 0;
};

// Validates UTF-8 strictly (no overlongs, surrogates or values past U+10FFFF)
// and counts valid and invalid sequences, which tells damaged UTF-8 from another encoding.
Utf8Check checkUtf8(QByteArrayView b)
{
    Utf8Check r;
    const qsizetype n = b.size();
    qsizetype i = 0;
    while (i < n) {
        const auto c = static_cast<unsigned char>(b[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        }
        bool ok = len > 0;
        int k = 1;
        for (; ok && k < len; ++k) {
            if (i + k >= n) {
                if (r.firstBad < 0) {
                    r.firstBad = i;
                    r.truncatedAtEnd = true;
                }
                ++r.invalid;
                return r;
            }
            const auto t = static_cast<unsigned char>(b[i + k]);
            if (t < (k == 1 ? lo : 0x80) || t > (k == 1 ? hi : 0xBF))
                ok = false;
        }
        if (ok) {
            ++r.validMultiByte;
            i += len;
        } else {
            if (r.firstBad < 0)
                r.firstBad = i;
            ++r.invalid;
            ++i;
        }
    }
    return r;
}

struct ConvertResult
{
    QString text;
    qsizetype badOffset = -1; // set when the bytes are not valid in the encoding
    bool unknownEncoding = false;
};

// Converts strictly with ICU: the first illegal or unmapped sequence stops it.
ConvertResult convertStrict(QByteArrayView bytes, const char *encoding)
{
    ConvertResult r;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(encoding, &status), &ucnv_close);
    if (U_FAILURE(status) || !conv) {
        r.unknownEncoding = true;
        return r;
    }
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    std::vector<UChar> out(size_t(bytes.size()) + 16);
    const char *source = bytes.data();
    const char *const sourceLimit = bytes.data() + bytes.size();
    UChar *target = out.data();
    status = U_ZERO_ERROR;
    ucnv_toUnicode(conv.get(), &target, out.data() + out.size(), &source, sourceLimit, nullptr, true, &status);
    if (U_FAILURE(status)) {
        char bad[32];
        int8_t badLen = sizeof bad;
        UErrorCode s2 = U_ZERO_ERROR;
        ucnv_getInvalidChars(conv.get(), bad, &badLen, &s2);
        r.badOffset = std::max<qsizetype>(0, (source - bytes.data()) - (U_SUCCESS(s2) ? badLen : 0));
        return r;
    }
    r.text = QString(reinterpret_cast<const QChar *>(out.data()), target - out.data());
    return r;
}

// Text decoded from GB18030 without errors can still be another encoding by
// accident; real Chinese text is mostly common ideographs, ASCII and punctuation.
bool plausibleChinese(const QString &text)
{
    qsizetype nonAscii = 0;
    qsizetype odd = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            continue;
        ++nonAscii;
        const bool common = (u >= 0x4E00 && u <= 0x9FA5) || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF)
            || (u >= 0x2010 && u <= 0x2027) || u == 0x00B7;
        if (!common)
            ++odd;
    }
    return nonAscii == 0 || odd * 5 <= nonAscii;
}

Result<DecodedText> decodeUtf16(QByteArrayView body, QStringDecoder::Encoding enc, const QString &name)
{
    if (body.size() % 2 != 0)
        return makeError(Error::Category::Decode,
                         QStringLiteral("the file is %1 but has an odd number of bytes; the last character is cut off at byte %2")
                             .arg(name)
                             .arg(body.size() - 1));
    QStringDecoder decoder(enc, QStringDecoder::Flag::Stateless);
    DecodedText out;
    out.text = decoder.decode(body);
    if (decoder.hasError()) {
        // Find the unpaired surrogate so the message can name it.
        qsizetype bad = 0;
        for (qsizetype i = 0; i < out.text.size(); ++i) {
            if (out.text[i] == QChar::ReplacementCharacter) {
                bad = i * 2;
                break;
            }
        }
        return makeError(Error::Category::Decode,
                         QStringLiteral("the file is not valid %1: bad character at about byte %2").arg(name).arg(bad));
    }
    out.encoding = name;
    return out;
}

const char *icuNameForCharset(const QByteArray &charset)
{
    if (charset == "gb2312" || charset == "gbk" || charset == "gb18030" || charset == "x-gbk" || charset == "cp936")
        return "GB18030"; // GB18030 is a superset of both
    if (charset == "big5" || charset == "big5-hkscs")
        return "Big5-HKSCS";
    return nullptr;
}

Result<DecodedText> decodeBytes(QByteArrayView bytes)
{
    // Byte order marks settle it.
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes = bytes.sliced(3);
        const Utf8Check check = checkUtf8(bytes);
        if (check.firstBad >= 0)
            return makeError(Error::Category::Decode,
                             QStringLiteral("the file starts with a UTF-8 byte order mark but is not valid UTF-8 at byte %1 (%2)")
                                 .arg(check.firstBad + 3)
                                 .arg(hexByte(static_cast<unsigned char>(bytes[check.firstBad]))));
        DecodedText out;
        out.text = QString::fromUtf8(bytes);
        out.encoding = QStringLiteral("UTF-8");
        return out;
    }
    if (bytes.startsWith("\xFF\xFE") && !bytes.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)))
        return decodeUtf16(bytes.sliced(2), QStringDecoder::Utf16LE, QStringLiteral("UTF-16LE"));
    if (bytes.startsWith("\xFE\xFF"))
        return decodeUtf16(bytes.sliced(2), QStringDecoder::Utf16BE, QStringLiteral("UTF-16BE"));

    if (const char *magic = binaryMagic(bytes))
        return makeError(Error::Category::Decode, QStringLiteral("the file looks like a binary file (%1), not text")
                                                      .arg(QString::fromLatin1(magic)));
    if (const auto utf16 = utf16ByNulPattern(bytes)) {
        const QString name = *utf16 == QStringDecoder::Utf16LE ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        return decodeUtf16(bytes, *utf16, name);
    }
    const QString binary = binaryReason(bytes);
    if (!binary.isEmpty())
        return makeError(Error::Category::Decode, QStringLiteral("the file looks like a binary file (%1), not text").arg(binary));

    const Utf8Check utf8 = checkUtf8(bytes);
    if (utf8.firstBad < 0) {
        DecodedText out;
        out.text = QString::fromUtf8(bytes);
        out.encoding = QStringLiteral("UTF-8");
        return out;
    }
    const QString utf8Problem =
        utf8.truncatedAtEnd
            ? QStringLiteral("UTF-8 ends in the middle of a character at byte %1").arg(utf8.firstBad)
            : QStringLiteral("not valid UTF-8 at byte %1 (%2)")
                  .arg(utf8.firstBad)
                  .arg(hexByte(static_cast<unsigned char>(bytes[utf8.firstBad])));

    // Mostly valid UTF-8 with a flaw is damaged UTF-8, not another encoding.
    const bool damagedUtf8 = utf8.truncatedAtEnd || utf8.validMultiByte >= 8 * utf8.invalid;

    // An HTML page may say what it is.
    QStringList tried{QStringLiteral("UTF-8")};
    const QByteArray declared = HtmlTextExtractor::declaredCharset(bytes);
    if (!declared.isEmpty() && declared != "utf-8" && declared != "utf8") {
        const char *icuName = icuNameForCharset(declared);
        const ConvertResult r = convertStrict(bytes, icuName ? icuName : declared.constData());
        if (!r.unknownEncoding && r.badOffset < 0) {
            DecodedText out;
            out.text = r.text;
            out.encoding = icuName ? QString::fromLatin1(icuName) : QString::fromLatin1(declared).toUpper();
            return out;
        }
        tried.append(QString::fromLatin1(declared) + QStringLiteral(" (declared by the page)"));
    }

    if (!damagedUtf8) {
        const ConvertResult gb = convertStrict(bytes, "GB18030");
        if (gb.badOffset < 0 && !gb.unknownEncoding && plausibleChinese(gb.text)) {
            DecodedText out;
            out.text = gb.text;
            out.encoding = QStringLiteral("GB18030");
            return out;
        }
        tried.append(gb.badOffset >= 0 ? QStringLiteral("GB18030 (invalid at byte %1)").arg(gb.badOffset)
                                       : QStringLiteral("GB18030 (decodes, but not to plausible Chinese)"));
    }
    return makeError(Error::Category::Decode,
                     QStringLiteral("cannot decode the file: %1").arg(utf8Problem),
                     QStringLiteral("tried %1").arg(tried.join(QStringLiteral(", "))));
}

} // namespace

Result<DecodedText> TextDecoder::decode(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return makeError(Error::Category::Decode, QStringLiteral("the file is empty"));
    Result<DecodedText> decoded = decodeBytes(bytes);
    if (!decoded)
        return decoded;
    if (HtmlTextExtractor::looksLikeHtml(decoded->text)) {
        HtmlTextExtractor::Page page = HtmlTextExtractor::extract(decoded->text);
        decoded->text = std::move(page.text);
        decoded->title = std::move(page.title);
        decoded->published = page.published;
        decoded->wasHtml = true;
    }
    if (decoded->text.trimmed().isEmpty())
        return makeError(Error::Category::Decode,
                         decoded->wasHtml ? QStringLiteral("the page has no text") : QStringLiteral("the file has only white space"));
    return decoded;
}

} // namespace Guanxi
