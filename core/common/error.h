#pragma once

#include <QString>

#include <tl/expected.hpp>

namespace Guanxi {

// An error that crosses the core's API: what went wrong in words a user can act
// on, a category the app can branch on, and the wrapped library's own detail.
class Error
{
public:
    enum class Category { Io, Decode, Parse, Validation, Storage, Layout, Export, Cancelled, Internal };

    Error() = default;
    Error(Category category, QString message, QString detail = {}, int code = 0)
        : m_category(category), m_message(std::move(message)), m_detail(std::move(detail)), m_code(code)
    {}

    Category category() const { return m_category; }
    const QString &message() const { return m_message; }
    // Native detail: an SQLite message, Graphviz's error text, a parser position.
    const QString &detail() const { return m_detail; }
    // Native code where one exists (an SQLite extended result code).
    int code() const { return m_code; }

    bool isCancelled() const { return m_category == Category::Cancelled; }

    // The message, followed by the detail in parentheses when there is one.
    QString toString() const
    {
        return m_detail.isEmpty() ? m_message : m_message + QStringLiteral(" (") + m_detail + QLatin1Char(')');
    }

    // Prefixes the message with context ("openai.txt: ") as it travels up.
    Error withContext(const QString &context) const
    {
        Error e = *this;
        e.m_message = context + QStringLiteral(": ") + m_message;
        return e;
    }

private:
    Category m_category = Category::Internal;
    QString m_message;
    QString m_detail;
    int m_code = 0;
};

template<typename T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> makeError(Error::Category category, QString message, QString detail = {}, int code = 0)
{
    return tl::unexpected<Error>(Error(category, std::move(message), std::move(detail), code));
}

} // namespace Guanxi
