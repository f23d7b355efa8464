#include "entity.h"

namespace Guanxi {

QStringList Entity::allNames() const
{
    QStringList names;
    names.reserve(aliases.size() + 1);
    if (!name.isEmpty())
        names.append(name);
    for (const QString &alias : aliases)
        if (!alias.isEmpty() && !names.contains(alias))
            names.append(alias);
    return names;
}

void Entity::addAlias(const QString &alias)
{
    if (!alias.isEmpty() && !aliases.contains(alias))
        aliases.append(alias);
}

} // namespace Guanxi
