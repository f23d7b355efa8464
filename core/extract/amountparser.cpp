#include "amountparser.h"

#include "isoneof.h"

#include <algorithm>

namespace Guanxi::Internal {

namespace {

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// 一 … 九 and 两 as digits, -1 otherwise.
int chineseDigit(QChar c)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (c == QChar(u'两'))
        return 2;
    return int(digits.indexOf(c));
}

int chineseUnit(QChar c)
{
    return c == QChar(u'十') ? 10 : c == QChar(u'百') ? 100 : c == QChar(u'千') ? 1000 : 0;
}

// Reads a number written in Chinese numerals at pos (十亿, 三亿, 一百二十亿, 五千万,
// 三万亿) up to and including its 万/亿; 0 when there is none. Needs a unit: a
// lone digit before 元 is most often a word (二元结构), not an amount.
double readChineseNumber(QStringView t, qsizetype &pos)
{
    double total = 0, section = 0;
    int digit = -1;
    bool hasUnit = false;
    qsizetype p = pos;
    for (; p < t.size(); ++p) {
        const QChar c = t[p];
        if (const int d = chineseDigit(c); d >= 0) {
            if (digit >= 0)
                break; // 一二: a list, not a number
            digit = d;
        } else if (const int unit = chineseUnit(c)) {
            section += (digit >= 0 ? digit : 1) * unit;
            digit = -1;
            hasUnit = true;
        } else if (c == QChar(u'万')) {
            total += (section + std::max(digit, 0)) * 1e4;
            section = 0;
            digit = -1;
            hasUnit = true;
        } else if (c == QChar(u'亿')) {
            total = (total + section + std::max(digit, 0)) * 1e8;
            section = 0;
            digit = -1;
            hasUnit = true;
        } else {
            break;
        }
    }
    const double value = total + section + std::max(digit, 0);
    if (!hasUnit || value <= 0)
        return 0;
    pos = p;
    return value;
}

// The amount whose number spans [start, end) of t, when a currency follows it.
std::optional<AmountParser::Amount> withCurrency(QStringView t, qsizetype start, qsizetype end, double value)
{
    // Each has 元, 币 or 镑, which AmountParser::find looks for first.
    static const QList<std::pair<QString, QString>> currencies = {
        {QStringLiteral("元人民币"), QStringLiteral("CNY")}, {QStringLiteral("美元"), QStringLiteral("USD")},
        {QStringLiteral("港元"), QStringLiteral("HKD")},     {QStringLiteral("港币"), QStringLiteral("HKD")},
        {QStringLiteral("欧元"), QStringLiteral("EUR")},     {QStringLiteral("英镑"), QStringLiteral("GBP")},
        {QStringLiteral("日元"), QStringLiteral("JPY")},     {QStringLiteral("人民币"), QStringLiteral("CNY")},
        {QStringLiteral("元"), QStringLiteral("CNY")},
    };
    for (const auto &[word, code] : currencies) {
        if (t.sliced(end).startsWith(word)) {
            AmountParser::Amount a;
            a.start = start;
            a.end = end + word.size();
            a.written = t.sliced(start, a.end - start).toString();
            a.value = value;
            a.currency = code;
            return a;
        }
    }
    return std::nullopt;
}

} // namespace

QList<AmountParser::Amount> AmountParser::find(QStringView t)
{
    QList<Amount> out;
    // Every currency word has one of these: without them there is no amount (most sentences).
    if (!t.contains(u'元') && !t.contains(u'币') && !t.contains(u'镑'))
        return out;
    qsizetype i = 0;
    while (i < t.size()) {
        const QChar before = i > 0 ? t[i - 1] : QChar();
        // 十亿美元 in Chinese numerals; not 数十亿 / 几十亿 (a guess) nor 第一百 (an ordinal).
        const bool chinese = (chineseDigit(t[i]) > 0 || chineseUnit(t[i]))
            && !isOneOf(before, u"数几第") && chineseDigit(before) < 0 && !chineseUnit(before);
        if (chinese) {
            qsizetype q = i;
            const double value = readChineseNumber(t, q);
            if (value > 0) {
                if (auto amount = withCurrency(t, i, q, value)) {
                    out.append(*amount);
                    i = amount->end;
                    continue;
                }
            }
            i = std::max(q, i + 1);
            continue;
        }
        if (!isDigit(t[i]) || (i > 0 && before.isLetterOrNumber() && before.unicode() < 0x80)) {
            ++i;
            continue;
        }
        qsizetype p = i;
        while (p < t.size() && (isDigit(t[p]) || t[p] == QChar(u'.') || t[p] == QChar(u',')))
            ++p;
        bool ok = false;
        double value = t.sliced(i, p - i).toString().remove(QLatin1Char(',')).toDouble(&ok);
        if (!ok) {
            i = p;
            continue;
        }
        qsizetype q = p;
        while (q < t.size()) {
            const QChar c = t[q];
            if (c == QChar(u'万'))
                value *= 1e4;
            else if (c == QChar(u'亿'))
                value *= 1e8;
            else if (c == QChar(u'千'))
                value *= 1e3;
            else if (c == QChar(u'百'))
                value *= 1e2;
            else
                break;
            ++q;
        }
        if (auto amount = withCurrency(t, i, q, value)) {
            out.append(*amount);
            q = amount->end;
        }
        i = q > i ? q : i + 1;
    }
    return out;
}

} // namespace Guanxi::Internal
