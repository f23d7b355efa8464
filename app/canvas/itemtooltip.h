#pragma once

#include "model/graphdocument.h"

#include <QCoreApplication>
#include <QString>

namespace Guanxi {

// The text a hover tooltip shows over a node or an edge (rich text, every
// name escaped): for an entity its names in every language met, its type and
// how many relations it has on screen; for a relation who does what to whom,
// with its role, amount and time. Made when asked, not stored on the items:
// a graph of 10,000 nodes would otherwise carry 30,000 strings nobody reads.
class ItemToolTip
{
    Q_DECLARE_TR_FUNCTIONS(ItemToolTip)

public:
    static QString forEntity(const Entity &entity, int relationCount, bool isInvestor);
    static QString forRelation(const Relation &relation, const GraphDocument &graph);

    // At most this many other names are listed; the inspector has them all.
    static constexpr int maxAliases = 4;
};

} // namespace Guanxi
