#include "layout/isolatednodepacker.h"

#include <gtest/gtest.h>

using namespace Guanxi;

namespace {

QRectF rectOf(const NodeGeometry &node)
{
    return QRectF(node.center - QPointF(node.size.width() / 2, node.size.height() / 2), node.size);
}

// Nodes a and b joined by an edge at the top left; `isolated` nodes in one long row far to the right.
struct Graph
{
    LayoutRequest request;
    LayoutResult result;
};

Graph graphWithIsolated(int isolated)
{
    Graph g;
    auto add = [&](const QString &id, QPointF center) {
        LayoutNode node;
        node.id = id;
        g.request.nodes.append(node);
        g.result.nodes.append(NodeGeometry{id, center, QSizeF(80, 30)});
        g.result.bounds |= rectOf(g.result.nodes.last());
    };
    add(QStringLiteral("a"), QPointF(40, 15));
    add(QStringLiteral("b"), QPointF(40, 215));
    for (int i = 0; i < isolated; ++i)
        add(QStringLiteral("i%1").arg(i), QPointF(200 + 100 * i, 15));
    LayoutEdge edge;
    edge.id = QStringLiteral("e");
    edge.source = QStringLiteral("a");
    edge.target = QStringLiteral("b");
    g.request.edges.append(edge);
    g.result.edges.append(EdgeGeometry{QStringLiteral("e"), {QPointF(40, 30), QPointF(40, 100), QPointF(40, 130), QPointF(40, 200)}, {}, {}, {}});
    return g;
}

} // namespace

TEST(IsolatedNodePacker, ConnectedNodesAndEdgesStayPut)
{
    Graph g = graphWithIsolated(30);
    const LayoutResult before = g.result;
    IsolatedNodePacker::pack(g.request, g.result);
    EXPECT_EQ(g.result.nodes[0].center, before.nodes[0].center);
    EXPECT_EQ(g.result.nodes[1].center, before.nodes[1].center);
    EXPECT_EQ(g.result.edges[0].path, before.edges[0].path);
}

TEST(IsolatedNodePacker, IsolatedNodesGoInRowsBelowNoWiderThanTheMinimum)
{
    Graph g = graphWithIsolated(30);
    IsolatedNodePacker::pack(g.request, g.result);
    const double drawingBottom = 230.0;
    double left = 1e9;
    double right = -1e9;
    for (qsizetype i = 2; i < g.result.nodes.size(); ++i) {
        const QRectF rect = rectOf(g.result.nodes[i]);
        EXPECT_GE(rect.top(), drawingBottom + IsolatedNodePacker::marginAbove - 0.01);
        left = std::min(left, rect.left());
        right = std::max(right, rect.right());
    }
    EXPECT_LE(right - left, IsolatedNodePacker::minRowWidth + 0.01);
}

TEST(IsolatedNodePacker, PackedNodesDoNotOverlap)
{
    Graph g = graphWithIsolated(25);
    IsolatedNodePacker::pack(g.request, g.result);
    for (qsizetype i = 0; i < g.result.nodes.size(); ++i)
        for (qsizetype j = i + 1; j < g.result.nodes.size(); ++j)
            EXPECT_FALSE(rectOf(g.result.nodes[i]).intersects(rectOf(g.result.nodes[j])))
                << qPrintable(g.result.nodes[i].id) << " " << qPrintable(g.result.nodes[j].id);
}

TEST(IsolatedNodePacker, BoundsHoldEveryNode)
{
    Graph g = graphWithIsolated(12);
    IsolatedNodePacker::pack(g.request, g.result);
    for (const NodeGeometry &node : g.result.nodes)
        EXPECT_TRUE(g.result.bounds.adjusted(-0.01, -0.01, 0.01, 0.01).contains(rectOf(node))) << qPrintable(node.id);
}

TEST(IsolatedNodePacker, AGraphWithoutEdgesBecomesABlock)
{
    Graph g = graphWithIsolated(100);
    g.request.edges.clear();
    g.result.edges.clear();
    IsolatedNodePacker::pack(g.request, g.result);
    QRectF all;
    for (const NodeGeometry &node : g.result.nodes)
        all |= rectOf(node);
    EXPECT_LT(all.width() / all.height(), 4.0);
    EXPECT_GT(all.width() / all.height(), 0.5);
}

TEST(IsolatedNodePacker, NothingIsolatedChangesNothing)
{
    Graph g = graphWithIsolated(0);
    const LayoutResult before = g.result;
    IsolatedNodePacker::pack(g.request, g.result);
    EXPECT_EQ(g.result.nodes[0].center, before.nodes[0].center);
    EXPECT_EQ(g.result.bounds, before.bounds);
}
