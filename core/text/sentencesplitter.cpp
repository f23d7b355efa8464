#include "sentencesplitter.h"

namespace Guanxi {

namespace {

bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C || c == 0x85;
}

// End marks that always end a sentence (the '.' is handled separately).
bool isStrongTerminator(char16_t c)
{
    switch (c) {
    case u'。': case u'！': case u'？': case u'!': case u'?': case u'；': case u';':
    case 0xFF61: // ｡ half-width ideographic full stop
    case 0x2026: // … (Chinese writes ……)
    case 0x203C: case 0x2047: case 0x2048: case 0x2049: // ‼ ⁇ ⁈ ⁉
        return true;
    default:
        return false;
    }
}

// Closing quotes and brackets that belong to the sentence their end mark ends.
bool isCloser(char16_t c)
{
    switch (c) {
    case u'”': case u'’': case u'」': case u'』': case u'）': case u')': case u'】': case u'》':
    case u'〉': case u'〕': case u'］': case u']': case u'〗': case u'»': case u'›':
        return true;
    default:
        return false;
    }
}

bool isSpaceChar(char16_t c)
{
    return QChar(c).isSpace();
}

bool isSoftBreak(char16_t c)
{
    switch (c) {
    case u'，': case u',': case u'、': case u'：': case u':': case u' ': case 0x3000: case u'\t':
        return true;
    default:
        return false;
    }
}

// Words after which a '.' does not end an English sentence.
bool isAbbreviation(QStringView word)
{
    static const char16_t *const list[] = {
        u"mr", u"mrs", u"ms", u"dr", u"prof", u"sr", u"jr", u"st", u"mt", u"gen", u"gov", u"sen",
        u"rep", u"rev", u"hon", u"pres", u"capt", u"col", u"lt", u"sgt", u"inc", u"ltd", u"pte", u"co",
        u"corp", u"plc", u"llc", u"bros", u"vs", u"v", u"etc", u"eg", u"ie", u"al", u"approx", u"jan", u"feb", u"mar", u"apr", u"jun", u"jul", u"aug", u"sep",
        u"sept", u"oct", u"nov", u"dec", u"dept", u"est", u"ave", u"blvd", u"mln", u"bn",
    };
    if (word.isEmpty() || word.size() > 6)
        return false;
    for (const char16_t *a : list) {
        if (word.compare(QStringView(a), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// "No. 5", "Vol. 2": abbreviations only when a number follows.
bool isNumberAbbreviation(QStringView word)
{
    static const char16_t *const list[] = {u"no", u"nos", u"vol", u"fig", u"pp", u"p", u"art", u"sec"};
    for (const char16_t *a : list) {
        if (word.compare(QStringView(a), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Decides whether the '.' at dot ends a sentence: it must be followed by white
// space or the end (possibly after closers), and not close an abbreviation
// ("Inc.", "Mr."), an initial ("J. Smith") or a dotted acronym ("U.S.").
bool dotEndsSentence(QStringView text, qsizetype dot, qsizetype sentenceStart)
{
    qsizetype after = dot + 1;
    while (after < text.size() && (text[after] == u'.' || isCloser(text[after].unicode()) || text[after] == u'"' || text[after] == u'\''))
        ++after;
    if (after < text.size() && !isSpaceChar(text[after].unicode()))
        return false;
    if (dot + 1 < text.size() && text[dot + 1] == u'.')
        return true; // "..." ellipsis followed by space

    qsizetype w = dot;
    while (w > sentenceStart && (isAsciiLetter(text[w - 1].unicode()) || text[w - 1] == u'.'))
        --w;
    const QStringView word = text.mid(w, dot - w);
    if (word.isEmpty())
        return true; // "in 2024. Then", "）. "
    if (word.contains(u'.'))
        return false; // U.S. / e.g.
    if (word.size() == 1 && word[0].isUpper())
        return false; // an initial
    if (isAbbreviation(word))
        return false;
    if (isNumberAbbreviation(word)) {
        qsizetype next = dot + 1;
        while (next < text.size() && text[next] == u' ')
            ++next;
        if (next < text.size() && text[next].isDigit())
            return false;
    }
    return true;
}

} // namespace

QList<TextSpan> SentenceSplitter::split(QStringView text)
{
    QList<TextSpan> out;
    const qsizetype n = text.size();
    qsizetype start = 0;
    int asciiQuotes = 0; // parity of '"' in the current sentence: odd means one is open

    const auto push = [&](qsizetype end) {
        qsizetype a = start;
        qsizetype b = end;
        while (a < b && isSpaceChar(text[a].unicode()))
            ++a;
        while (b > a && isSpaceChar(text[b - 1].unicode()))
            --b;
        if (b > a)
            out.append(TextSpan{a, b});
        start = end;
        asciiQuotes = 0;
    };

    // After an end mark: take further end marks and closing quotes with it.
    const auto endAfterMark = [&](qsizetype i) {
        qsizetype e = i + 1;
        while (e < n) {
            const char16_t c = text[e].unicode();
            if (isStrongTerminator(c) || c == u'.' || c == 0xFF0E) {
                ++e;
            } else if (isCloser(c)) {
                ++e;
            } else if ((c == u'"' && asciiQuotes % 2 == 1) || c == u'\'') {
                if (c == u'"')
                    ++asciiQuotes;
                ++e;
                if (c == u'\'')
                    break;
            } else {
                break;
            }
        }
        return e;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (isLineBreak(c)) {
            push(i);
            start = i + 1;
            continue;
        }
        if (c == u'"')
            ++asciiQuotes;
        if (isStrongTerminator(c) || ((c == u'.' || c == 0xFF0E) && dotEndsSentence(text, i, start))) {
            const qsizetype e = endAfterMark(i);
            push(e);
            i = e - 1;
            continue;
        }
        if (i + 1 - start >= MaxSentenceLength) {
            // Cut a run-on at the last comma in its second half, else at the bound.
            qsizetype cut = i + 1;
            for (qsizetype j = i; j > start + MaxSentenceLength / 2; --j) {
                if (isSoftBreak(text[j].unicode())) {
                    cut = j + 1;
                    break;
                }
            }
            // Never cut a surrogate pair in two.
            if (cut < n && cut > start + 1 && text[cut - 1].isHighSurrogate())
                --cut;
            push(cut);
            i = cut - 1;
        }
    }
    push(n);
    return out;
}

} // namespace Guanxi
