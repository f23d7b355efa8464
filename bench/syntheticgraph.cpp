#include "syntheticgraph.h"

#include <random>

namespace Guanxi::Bench {

LayoutRequest SyntheticGraph::make(int nodeCount, const QString &engine, unsigned seed)
{
    std::mt19937 random(seed);
    LayoutRequest request;
    request.engine = engine;
    std::uniform_int_distribution<int> labelLength(2, 12);
    for (int i = 0; i < nodeCount; ++i) {
        LayoutNode node;
        node.id = QStringLiteral("n%1").arg(i);
        node.label = node.id;
        node.width = 20.0 + 7.0 * labelLength(random);
        node.height = 30.0;
        request.nodes.append(node);
    }
    auto addEdge = [&](int source, int target) {
        LayoutEdge edge;
        edge.id = QStringLiteral("r%1").arg(request.edges.size());
        edge.source = request.nodes[source].id;
        edge.target = request.nodes[target].id;
        request.edges.append(edge);
    };
    for (int i = 1; i < nodeCount; ++i)
        addEdge(std::uniform_int_distribution<int>(0, i - 1)(random), i);
    if (nodeCount > 1) {
        std::uniform_int_distribution<int> any(0, nodeCount - 1);
        for (int i = 0; i < nodeCount; ++i) {
            const int source = any(random);
            int target = any(random);
            if (target == source)
                target = (target + 1) % nodeCount;
            addEdge(source, target);
        }
    }
    return request;
}

QByteArray SyntheticGraph::toDot(const LayoutRequest &request)
{
    QByteArray dot = "digraph synthetic {\n";
    const bool big = request.nodes.size() > 200;
    const bool isDot = request.engine == QLatin1String("dot");
    dot += "  graph [splines=" + QByteArray(big && !isDot ? "line" : "true");
    if (!isDot)
        dot += ", overlap=prism, sep=\"+6\"";
    dot += "];\n  node [shape=box, fixedsize=true, label=\"\"];\n";
    for (const LayoutNode &node : request.nodes)
        dot += "  " + node.id.toUtf8() + " [width=" + QByteArray::number(node.width / 72.0, 'f', 4)
            + ", height=" + QByteArray::number(node.height / 72.0, 'f', 4) + "];\n";
    for (const LayoutEdge &edge : request.edges)
        dot += "  " + edge.source.toUtf8() + " -> " + edge.target.toUtf8() + ";\n";
    dot += "}\n";
    return dot;
}

} // namespace Guanxi::Bench
