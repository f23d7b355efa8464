#include "amountparser.h"

namespace Guanxi::Internal {

QList<AmountParser::Amount> AmountParser::find(QStringView t)
{
    static const QList<std::pair<QString, QString>> currencies = {
        {QStringLiteral("元人民币"), QStringLiteral("CNY")}, {QStringLiteral("美元"), QStringLiteral("USD")},
        {QStringLiteral("港元"), QStringLiteral("HKD")},     {QStringLiteral("港币"), QStringLiteral("HKD")},
        {QStringLiteral("欧元"), QStringLiteral("EUR")},     {QStringLiteral("英镑"), QStringLiteral("GBP")},
        {QStringLiteral("日元"), QStringLiteral("JPY")},     {QStringLiteral("人民币"), QStringLiteral("CNY")},
        {QStringLiteral("元"), QStringLiteral("CNY")},
    };
    QList<Amount> out;
    qsizetype i = 0;
    while (i < t.size()) {
        if (!(t[i].unicode() >= u'0' && t[i].unicode() <= u'9') || (i > 0 && t[i - 1].isLetterOrNumber() && t[i - 1].unicode() < 0x80)) {
            ++i;
            continue;
        }
        qsizetype p = i;
        while (p < t.size() && ((t[p].unicode() >= u'0' && t[p].unicode() <= u'9') || t[p] == QChar(u'.') || t[p] == QChar(u',')))
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
        QString currency;
        for (const auto &[word, code] : currencies) {
            if (t.sliced(q).startsWith(word)) {
                currency = code;
                q += word.size();
                break;
            }
        }
        if (!currency.isEmpty()) {
            Amount a;
            a.start = i;
            a.end = q;
            a.written = t.sliced(i, q - i).toString();
            a.value = value;
            a.currency = currency;
            out.append(a);
        }
        i = q > i ? q : i + 1;
    }
    return out;
}

} // namespace Guanxi::Internal
