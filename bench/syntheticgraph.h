#pragma once

#include "layout/layoutrequest.h"

#include <QByteArray>

namespace Guanxi::Bench {

// Random sparse graphs for benchmarks, the same for a given size every run:
// a random tree (so the graph is connected) plus as many random extra edges,
// about two edges per node, nodes sized like typical labels.
class SyntheticGraph
{
public:
    static LayoutRequest make(int nodeCount, const QString &engine, unsigned seed = 42);
    // The same graph as DOT with the attributes the in-process layout sets, for
    // timing the command-line tools on identical input.
    static QByteArray toDot(const LayoutRequest &request);
};

} // namespace Guanxi::Bench
