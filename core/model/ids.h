#pragma once

#include <QHashFunctions>
#include <QtGlobal>

#include <compare>

namespace Guanxi {

// A strongly typed row id: an EntityId cannot be passed where a RelationId is
// expected. The value 0 means "not stored" (SQLite rowids start at 1).
template<typename Tag>
class Id
{
public:
    constexpr Id() = default;
    constexpr explicit Id(qint64 value) : m_value(value) {}

    constexpr qint64 value() const { return m_value; }
    constexpr bool isValid() const { return m_value > 0; }

    friend constexpr auto operator<=>(Id, Id) = default;
    friend size_t qHash(Id id, size_t seed = 0) noexcept { return ::qHash(id.m_value, seed); }

private:
    qint64 m_value = 0;
};

using EntityId = Id<struct EntityIdTag>;
using RelationId = Id<struct RelationIdTag>;
using DocumentId = Id<struct DocumentIdTag>;

} // namespace Guanxi
