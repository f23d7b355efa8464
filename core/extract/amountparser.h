#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Guanxi::Internal {

// Finds money amounts in folded Chinese text (10亿美元, 约8000万美元, 1.01亿美元,
// 50亿元人民币, 逾3亿美元, 十亿美元, 三亿元) and normalises them to a value and an ISO 4217 code.
class AmountParser
{
public:
    struct Amount
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QString written;   // as in the text, without 约/超/逾
        double value = 0;
        QString currency;  // USD, CNY, HKD, EUR, GBP, JPY
    };

    static QList<Amount> find(QStringView text);
};

} // namespace Guanxi::Internal
