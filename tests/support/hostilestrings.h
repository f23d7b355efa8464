#pragma once

// The search and filter text a user could type or paste that must be searched
// as text (issue 6): quotes, FTS5 syntax, SQL fragments, LIKE wildcards,
// control characters, very long strings, emoji and a lone surrogate. Shared by
// the CLI's and the viewer's robustness tests, so both are fed the same list.

#include <QChar>
#include <QString>
#include <QStringList>

namespace Guanxi::Test {

inline QStringList hostileSearchStrings()
{
    return {QStringLiteral("\"星河"),
            QStringLiteral("星河\" OR \"腾讯"),
            QStringLiteral("NEAR(星河 腾讯)"),
            QStringLiteral("NEAR("),
            QStringLiteral("name:星河*"),
            QStringLiteral("^星河"),
            QStringLiteral("*"),
            QStringLiteral("AND"),
            QStringLiteral("(("),
            QStringLiteral("'"),
            QStringLiteral("\""),
            QStringLiteral("'; DROP TABLE entities; --"),
            QStringLiteral("%_%"),
            QStringLiteral("\\"),
            QStringLiteral("星河\x01\x1b[31m\t"),
            QString(20000, QLatin1Char('x')),
            QString(5000, QChar(0x661f)),
            QStringLiteral("\xf0\x9f\x98\x80"),
            QString(QChar(0xd800)) + QStringLiteral("星河")};  // a lone high surrogate: not valid UTF-16
}

} // namespace Guanxi::Test
