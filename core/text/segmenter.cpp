#include "segmenter.h"

#include <cmath>
#include <vector>

namespace Guanxi {

namespace {

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// The characters jieba's default pattern keeps together for the DAG.
bool isBlockChar(char16_t c)
{
    return (c >= 0x4E00 && c <= 0x9FD5) || isAsciiAlnum(c) || c == u'+' || c == u'#' || c == u'&' || c == u'.'
        || c == u'_' || c == u'%' || c == u'-';
}

} // namespace

Segmenter::Segmenter(const WordDictionary &dictionary)
    : m_dictionary(dictionary)
{}

QList<TextSpan> Segmenter::segment(QStringView text) const
{
    QList<TextSpan> out;
    const qsizetype n = text.size();
    out.reserve(n / 2 + 1); // Chinese words average under two characters
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = text[i].unicode();
        if (isBlockChar(c)) {
            qsizetype end = i + 1;
            while (end < n && isBlockChar(text[end].unicode()))
                ++end;
            segmentBlock(text, i, end, out);
            i = end;
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(text[i + 1].unicode())) {
            out.append(TextSpan{i, i + 2});
            i += 2;
        } else {
            if (!QChar::isSpace(c))
                out.append(TextSpan{i, i + 1});
            ++i;
        }
    }
    return out;
}

void Segmenter::segmentBlock(QStringView text, qsizetype start, qsizetype end, QList<TextSpan> &out) const
{
    const qsizetype n = end - start;
    const QStringView block = text.mid(start, n);
    const double logTotal = std::log(double(std::max<quint64>(1, m_dictionary.totalFrequency())));
    const qsizetype maxLen = m_dictionary.maxWordLength();

    // route[k]: best log probability of block[k..n) and the end of its first word.
    std::vector<double> best(size_t(n) + 1, 0.0);
    std::vector<qsizetype> next(size_t(n) + 1, 0);
    for (qsizetype k = n - 1; k >= 0; --k) {
        // The single character is always a candidate, as in jieba's DAG.
        const quint32 f1 = m_dictionary.frequency(block.mid(k, 1));
        double bestScore = std::log(double(std::max<quint32>(1, f1))) - logTotal + best[size_t(k) + 1];
        qsizetype bestEnd = k + 1;
        for (qsizetype len = 2; len <= maxLen && k + len <= n; ++len) {
            const std::optional<quint32> probe = m_dictionary.prefixFrequency(block.mid(k, len));
            if (!probe)
                break;
            // As in jieba, a word of frequency 0 is not an edge of the DAG.
            const quint32 f = *probe;
            if (f == 0)
                continue;
            const double score = std::log(double(f)) - logTotal + best[size_t(k + len)];
            // Ties go to the longer word, as jieba's max() over (score, end) does.
            if (score >= bestScore) {
                bestScore = score;
                bestEnd = k + len;
            }
        }
        best[size_t(k)] = bestScore;
        next[size_t(k)] = bestEnd;
    }

    // Walk the route; consecutive single Latin letters/digits form one token.
    qsizetype bufferStart = -1;
    for (qsizetype k = 0; k < n;) {
        const qsizetype e = next[size_t(k)];
        if (e - k == 1 && isAsciiAlnum(block[k].unicode())) {
            if (bufferStart < 0)
                bufferStart = k;
        } else {
            if (bufferStart >= 0) {
                out.append(TextSpan{start + bufferStart, start + k});
                bufferStart = -1;
            }
            out.append(TextSpan{start + k, start + e});
        }
        k = e;
    }
    if (bufferStart >= 0)
        out.append(TextSpan{start + bufferStart, start + n});
}

} // namespace Guanxi
