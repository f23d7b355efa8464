// Stand-ins for core/text, compiled only while guanxi_text does not exist yet
// (see CMakeLists.txt), so that the extractor builds and can be tried before
// the text module lands. Deliberately minimal: the real ones replace them.
#include "text/pagecleaner.h"
#include "text/sentencesplitter.h"
#include "text/textdecoder.h"
#include "text/textfolder.h"

namespace Guanxi {

QString TextFolder::fold(QStringView text)
{
    QString out = text.toString();
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char16_t u = out[i].unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out[i] = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            out[i] = QChar(u' ');
    }
    return out;
}

QList<TextSpan> SentenceSplitter::split(QStringView text)
{
    QList<TextSpan> out;
    qsizetype start = 0;
    const auto push = [&](qsizetype end) {
        qsizetype a = start, b = end;
        while (a < b && text[a].isSpace())
            ++a;
        while (b > a && text[b - 1].isSpace())
            --b;
        if (b > a)
            out.append({a, b});
        start = end;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QChar(u'\n')) {
            push(i + 1);
        } else if (QStringView(u"。！？!?").contains(c)) {
            qsizetype e = i + 1;
            while (e < text.size() && QStringView(u"”」』\"").contains(text[e]))
                ++e;
            push(e);
            i = e - 1;
        }
    }
    push(text.size());
    return out;
}

PageInfo PageCleaner::analyse(QStringView text)
{
    PageInfo info;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QStringView line = text.sliced(start, end - start).trimmed();
        if (line.startsWith(u"来源") || line.startsWith(u"來源")) {
            info.source = line.sliced(3).trimmed().toString().section(QLatin1Char(' '), 0, 0);
            info.noise.append({start, end});
        } else if (line.contains(u"本文地址") || line.startsWith(u"风险提示") || line.contains(u"免责")
                   || line.contains(u"查看更多")) {
            info.noise.append({start, end});
        }
        start = end + 1;
    }
    return info;
}

Result<DecodedText> TextDecoder::decode(const QByteArray &bytes)
{
    DecodedText d;
    d.text = QString::fromUtf8(bytes);
    d.encoding = QStringLiteral("UTF-8");
    return d;
}

} // namespace Guanxi
