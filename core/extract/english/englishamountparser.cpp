#include "extract/english/englishamountparser.h"

#include <QHash>
#include <QRegularExpression>

namespace Guanxi::Internal {

namespace {

double scaleOf(const QString &word)
{
    const QString w = word.toLower();
    if (w == QLatin1String("trillion") || w == QLatin1String("tn") || w == QLatin1String("t"))
        return 1e12;
    if (w == QLatin1String("billion") || w == QLatin1String("bn") || w == QLatin1String("b"))
        return 1e9;
    if (w == QLatin1String("million") || w == QLatin1String("mn") || w == QLatin1String("mln") || w == QLatin1String("m"))
        return 1e6;
    if (w == QLatin1String("thousand") || w == QLatin1String("k"))
        return 1e3;
    return 1;
}

QString currencyOf(const QString &symbol, const QString &word)
{
    const QString s = symbol.toLower();
    const QString w = word.toLower();
    if (s == u"€" || w.startsWith(QLatin1String("euro")))
        return QStringLiteral("EUR");
    if (s == u"£" || w.startsWith(QLatin1String("pound")))
        return QStringLiteral("GBP");
    if (s == u"¥" || w.startsWith(QLatin1String("yen")))
        return QStringLiteral("JPY");
    if (w.startsWith(QLatin1String("yuan")) || w == QLatin1String("rmb"))
        return QStringLiteral("CNY");
    return QStringLiteral("USD");
}

} // namespace

QList<EnglishAmountParser::Amount> EnglishAmountParser::find(QStringView text)
{
    // A currency sign (or a currency word after), a number, a scale.
    static const QRegularExpression re(QStringLiteral(
        "(?<![\\w.])(us\\$|usd\\s?|\\$|€|£|¥)?\\s?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)"
        "(?:\\s?(trillion|billion|million|thousand|bn|mn|mln|tn|[bmkt])\\b)?"
        "(?:\\s(dollars|euros|pounds|yen|yuan))?"),
        QRegularExpression::CaseInsensitiveOption);
    QList<Amount> out;
    const QString s = text.toString(); // Qt 6.4 has no matchView
    auto it = re.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString symbol = m.captured(1).trimmed();
        const QString scale = m.captured(3);
        const QString word = m.captured(4);
        // A bare number ("in 2015", "three of 10") is no amount.
        if (symbol.isEmpty() && word.isEmpty() && (scale.isEmpty() || scale.size() == 1))
            continue;
        if (symbol.isEmpty() && word.isEmpty() && !scale.isEmpty()) {
            // "1bn", "20 million": money only when a currency word or sign is near.
            const QString around = s.mid(m.capturedEnd(), 12).toLower();
            if (!around.contains(QLatin1String("dollar")) && !around.contains(QLatin1String("euro"))
                && !(scale.toLower() == QLatin1String("bn")))
                continue;
        }
        Amount a;
        a.start = m.capturedStart();
        a.end = m.capturedEnd();
        QString number = m.captured(2);
        number.remove(QLatin1Char(','));
        const double factor = scaleOf(scale);
        a.value = number.toDouble() * factor;
        a.currency = currencyOf(symbol, word);
        // One written form for every spelling: "US$97.4bn" and "97.4 billion dollars" -> "$97.4 billion".
        static const QHash<QString, QString> signs = {{QStringLiteral("USD"), QStringLiteral("$")},
                                                      {QStringLiteral("EUR"), QStringLiteral("€")},
                                                      {QStringLiteral("GBP"), QStringLiteral("£")},
                                                      {QStringLiteral("JPY"), QStringLiteral("¥")}};
        const QString scaleWord = factor >= 1e12 ? QStringLiteral(" trillion")
            : factor >= 1e9                      ? QStringLiteral(" billion")
            : factor >= 1e6                      ? QStringLiteral(" million")
            : factor >= 1e3                      ? QStringLiteral(" thousand")
                                                 : QString();
        a.written = signs.contains(a.currency) ? signs.value(a.currency) + number + scaleWord
                                               : number + scaleWord + QLatin1Char(' ') + a.currency;
        out.append(a);
    }
    return out;
}

} // namespace Guanxi::Internal
