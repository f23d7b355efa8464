#pragma once

#include "layout/layoutrequest.h"

#include <QByteArray>

namespace Guanxi::Bench {

// Random sparse graphs for benchmarks, the same for a given size every run:
// a random tree (so the graph is connected) plus as many random extra edges,
// about two edges per node, nodes sized like typical labels.
// makeNewsShaped() gives what ingested news looks like instead: communities
// (a story's people and companies) around a few hubs, the hubs of large
// communities linked to each other, most edges local.
class SyntheticGraph
{
public:
    static LayoutRequest make(int nodeCount, const QString &engine, unsigned seed = 42);
    // Also about two edges per node and connected: communities of 5 to 400
    // nodes (most small, a few large), each around one hub (two above 50
    // nodes) that most of its members link to; every community's hub links
    // to the hub of an earlier one chosen by size, as news links a story's
    // company to the giants it deals with; a tenth of the extra edges leave
    // the community for another one's hub.
    static LayoutRequest makeNewsShaped(int nodeCount, const QString &engine, unsigned seed = 42);
    // The same graph as DOT with the attributes the in-process layout sets, for
    // timing the command-line tools on identical input.
    static QByteArray toDot(const LayoutRequest &request);
};

} // namespace Guanxi::Bench
