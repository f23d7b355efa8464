#include "graphdocument.h"

namespace Guanxi {

qsizetype GraphDocument::indexOfEntity(const QString &key) const
{
    for (qsizetype i = 0; i < entities.size(); ++i)
        if (entities[i].key == key)
            return i;
    return -1;
}

const Entity *GraphDocument::entity(const QString &key) const
{
    const qsizetype i = indexOfEntity(key);
    return i < 0 ? nullptr : &entities[i];
}

Entity *GraphDocument::entity(const QString &key)
{
    const qsizetype i = indexOfEntity(key);
    return i < 0 ? nullptr : &entities[i];
}

} // namespace Guanxi
