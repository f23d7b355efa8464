#pragma once

#include "layoutrequest.h"
#include "layoutresult.h"

namespace Guanxi {

// Gathers the nodes that have no edge into compact rows just below the rest
// of a laid-out graph, as wide as the drawing above them. Graphviz puts them
// in one long row (dot) or scatters them around the edge (sfdp), where a view
// framing the graph loses them. Nodes with edges and all edges stay put.
class IsolatedNodePacker
{
public:
    // Moves the isolated nodes of `request` in `result` and grows its bounds.
    static void pack(const LayoutRequest &request, LayoutResult &result);

    static constexpr double gap = 16.0;         // between packed nodes, in points
    static constexpr double marginAbove = 40.0; // between the drawing and the first row
    static constexpr double minRowWidth = 480.0;
};

} // namespace Guanxi
