#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Guanxi::Internal {

// Finds money amounts in English text ("$1 billion", "US$97.4 billion",
// "$6.6bn", "1bn dollars", "€600 million", "£20m", "$500,000") and
// normalises them to a value and an ISO 4217 code. Stateless.
class EnglishAmountParser
{
public:
    struct Amount
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QString written; // as in the text
        double value = 0;
        QString currency; // USD, EUR, GBP, CNY, JPY
    };

    // `text` may be cased or lower-case.
    static QList<Amount> find(QStringView text);
};

} // namespace Guanxi::Internal
