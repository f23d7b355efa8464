#include "text/textdecoder.h"

#include <gtest/gtest.h>

#include <QStringEncoder>

using namespace Guanxi;

namespace {

const char16_t s_chinese[] = u"马斯克宣布离开公司。奥特曼称这是九年来第一次休假，OpenAI的团队将继续工作。";

QByteArray encode(const char *encoding, const QString &text)
{
    QStringEncoder encoder(encoding);
    EXPECT_TRUE(encoder.isValid()) << encoding;
    return encoder.encode(text);
}

QByteArray encode(QStringEncoder::Encoding encoding, const QString &text, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
    return encoder.encode(text);
}

} // namespace

TEST(TextDecoder, EmptyInputIsAnError)
{
    const auto r = TextDecoder::decode(QByteArray());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().category(), Error::Category::Decode);
    EXPECT_TRUE(r.error().message().contains(QStringLiteral("the file is empty")));
}

TEST(TextDecoder, DecodesUtf8WithoutBom)
{
    const QString text = QString::fromUtf16(s_chinese);
    const auto r = TextDecoder::decode(text.toUtf8());
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    EXPECT_EQ(r->text, text);
    EXPECT_EQ(r->encoding, QStringLiteral("UTF-8"));
    EXPECT_FALSE(r->wasHtml);
}

TEST(TextDecoder, DecodesUtf8WithBomAndDropsTheBom)
{
    const QString text = QString::fromUtf16(s_chinese);
    const auto r = TextDecoder::decode(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->text, text);
    EXPECT_EQ(r->encoding, QStringLiteral("UTF-8"));
}

TEST(TextDecoder, DecodesUtf16LittleEndianWithBom)
{
    const QString text = QString::fromUtf16(s_chinese);
    const auto r = TextDecoder::decode(encode(QStringEncoder::Utf16LE, text, true));
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    EXPECT_EQ(r->text, text);
    EXPECT_EQ(r->encoding, QStringLiteral("UTF-16LE"));
}

TEST(TextDecoder, DecodesUtf16BigEndianWithBom)
{
    const QString text = QString::fromUtf16(s_chinese);
    const auto r = TextDecoder::decode(encode(QStringEncoder::Utf16BE, text, true));
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    EXPECT_EQ(r->text, text);
    EXPECT_EQ(r->encoding, QStringLiteral("UTF-16BE"));
}

TEST(TextDecoder, DetectsUtf16WithoutBomByNulBytes)
{
    const QString text = QStringLiteral("OpenAI said on Sunday that Sam Altman will return. ") + QString::fromUtf16(u"马斯克。");
    const auto le = TextDecoder::decode(encode(QStringEncoder::Utf16LE, text, false));
    ASSERT_TRUE(le) << le.error().toString().toStdString();
    EXPECT_EQ(le->text, text);
    EXPECT_EQ(le->encoding, QStringLiteral("UTF-16LE"));
    const auto be = TextDecoder::decode(encode(QStringEncoder::Utf16BE, text, false));
    ASSERT_TRUE(be);
    EXPECT_EQ(be->text, text);
    EXPECT_EQ(be->encoding, QStringLiteral("UTF-16BE"));
}

TEST(TextDecoder, DetectsGb18030)
{
    const QString text = QString::fromUtf16(s_chinese);
    const QByteArray bytes = encode("GB18030", text);
    ASSERT_NE(bytes, text.toUtf8());
    const auto r = TextDecoder::decode(bytes);
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    EXPECT_EQ(r->text, text);
    EXPECT_EQ(r->encoding, QStringLiteral("GB18030"));
}

TEST(TextDecoder, DetectsGbkEncodedText)
{
    // GBK is a subset of GB18030: a GBK file must come out right too.
    const QString text = QString::fromUtf16(u"华尔街见闻：公司股价上涨百分之五。");
    const auto r = TextDecoder::decode(encode("GBK", text));
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    EXPECT_EQ(r->text, text);
}

TEST(TextDecoder, Latin1IsNeitherUtf8NorGb18030)
{
    const QByteArray bytes("Caf\xE9 au lait, tr\xE8s bien. Na\xEFve r\xE9sum\xE9.");
    const auto r = TextDecoder::decode(bytes);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().category(), Error::Category::Decode);
    EXPECT_TRUE(r.error().message().contains(QStringLiteral("byte 3"))) << r.error().toString().toStdString();
    EXPECT_TRUE(r.error().detail().contains(QStringLiteral("GB18030"))) << r.error().toString().toStdString();
    EXPECT_TRUE(r.error().detail().contains(QStringLiteral("UTF-8")));
}

TEST(TextDecoder, TruncatedUtf8NamesTheOffset)
{
    QByteArray bytes = QString::fromUtf16(s_chinese).toUtf8();
    bytes.chop(2); // cut the final '。' (3 bytes) in the middle
    const auto r = TextDecoder::decode(bytes);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().category(), Error::Category::Decode);
    EXPECT_TRUE(r.error().message().contains(QStringLiteral("middle of a character at byte %1").arg(bytes.size() - 1)))
        << r.error().toString().toStdString();
}

TEST(TextDecoder, DamagedUtf8IsNotMistakenForGb18030)
{
    QByteArray bytes = QString::fromUtf16(s_chinese).toUtf8();
    bytes[9] = char(0xFF); // the lead byte of the fourth character
    const auto r = TextDecoder::decode(bytes);
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message().contains(QStringLiteral("byte 9 (0xff)"))) << r.error().toString().toStdString();
}

TEST(TextDecoder, RefusesKnownBinaryFormats)
{
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    const auto r = TextDecoder::decode(png);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().category(), Error::Category::Decode);
    EXPECT_TRUE(r.error().message().contains(QStringLiteral("looks like a binary file (PNG image)")))
        << r.error().toString().toStdString();
    EXPECT_TRUE(TextDecoder::decode(QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n")).error().message().contains(QStringLiteral("PDF")));
    EXPECT_TRUE(TextDecoder::decode(QByteArray("PK\x03\x04\x14\0\0\0", 8)).error().message().contains(QStringLiteral("ZIP")));
    EXPECT_TRUE(TextDecoder::decode(QByteArray("\x7f" "ELF\x02\x01\x01\0", 8)).error().message().contains(QStringLiteral("ELF")));
}

TEST(TextDecoder, RefusesNulBytesOutsideUtf16)
{
    QByteArray bytes("some text");
    bytes.append('\0');
    bytes.append("\x01\x02\x03 more text and more and more and more text here");
    const auto r = TextDecoder::decode(bytes);
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message().contains(QStringLiteral("looks like a binary file"))) << r.error().toString().toStdString();
}

TEST(TextDecoder, RefusesManyControlCharacters)
{
    QByteArray bytes;
    for (int i = 0; i < 200; ++i)
        bytes.append(char(1 + i % 8)).append("ab");
    const auto r = TextDecoder::decode(bytes);
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message().contains(QStringLiteral("control characters"))) << r.error().toString().toStdString();
}

TEST(TextDecoder, WhiteSpaceOnlyIsAnError)
{
    EXPECT_FALSE(TextDecoder::decode(QByteArray(" \n\t\r\n")));
}

TEST(TextDecoder, HtmlIsReducedToText)
{
    const QByteArray html =
        "<!DOCTYPE html><html><head><title>OpenAI &amp; Co</title>"
        "<style>p { color: red; }</style><script>var x = '<p>not text</p>';</script></head>"
        "<body><h1>Headline</h1><p>First paragraph.</p><!-- comment --><p>Second</p><noscript>enable js</noscript>"
        "</body></html>";
    const auto r = TextDecoder::decode(html);
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    EXPECT_TRUE(r->wasHtml);
    EXPECT_EQ(r->title, QStringLiteral("OpenAI & Co"));
    EXPECT_EQ(r->text, QStringLiteral("Headline\nFirst paragraph.\nSecond"));
}

TEST(TextDecoder, HtmlMetaCharsetIsHonoured)
{
    const QString body = QString::fromUtf16(u"马斯克宣布离开公司。");
    QByteArray html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                      "</head><body><p>";
    html += encode("GB18030", body);
    html += "</p></body></html>";
    const auto r = TextDecoder::decode(html);
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    EXPECT_EQ(r->encoding, QStringLiteral("GB18030"));
    EXPECT_EQ(r->text, body);
}

TEST(TextDecoder, PlainTextWithAStrayTagIsNotHtml)
{
    const QString text = QStringLiteral("Use a <b> tag for bold, says the guide.\nSecond line.");
    const auto r = TextDecoder::decode(text.toUtf8());
    ASSERT_TRUE(r);
    EXPECT_FALSE(r->wasHtml);
    EXPECT_EQ(r->text, text);
}

TEST(TextDecoder, RandomBytesGiveTextOrADecodeError)
{
    quint32 seed = 777;
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes;
        const int length = 1 + int(seed % 2000);
        for (int i = 0; i < length; ++i) {
            seed = seed * 1664525u + 1013904223u;
            // Mostly high bytes and markup, so every branch gets exercised.
            const char pool[] = "<p>&#x4E2D;\xE4\xB8\xAD\xD6\xD0\xFF\xFE\x80 a\n";
            bytes.append(pool[(seed >> 16) % (sizeof pool - 1)]);
        }
        const auto r = TextDecoder::decode(bytes);
        if (!r)
            EXPECT_EQ(r.error().category(), Error::Category::Decode);
        else
            EXPECT_FALSE(r->encoding.isEmpty());
    }
}
