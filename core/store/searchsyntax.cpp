#include "searchsyntax.h"

#include <QList>

namespace Guanxi::Internal {

QString SearchSyntax::ftsPhrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString SearchSyntax::likeContains(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += QLatin1Char('%');
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    escaped += QLatin1Char('%');
    return escaped;
}

bool SearchSyntax::isLongEnoughForTrigrams(const QString &text)
{
    return text.toUcs4().size() >= 3;
}

} // namespace Guanxi::Internal
