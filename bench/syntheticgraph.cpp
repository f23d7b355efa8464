#include "syntheticgraph.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace Guanxi::Bench {

namespace {

void addNodes(LayoutRequest &request, int nodeCount, std::mt19937 &random)
{
    std::uniform_int_distribution<int> labelLength(2, 12);
    for (int i = 0; i < nodeCount; ++i) {
        LayoutNode node;
        node.id = QStringLiteral("n%1").arg(i);
        node.label = node.id;
        node.width = 20.0 + 7.0 * labelLength(random);
        node.height = 30.0;
        request.nodes.append(node);
    }
}

void addEdge(LayoutRequest &request, int source, int target)
{
    LayoutEdge edge;
    edge.id = QStringLiteral("r%1").arg(request.edges.size());
    edge.source = request.nodes[source].id;
    edge.target = request.nodes[target].id;
    request.edges.append(edge);
}

} // namespace

LayoutRequest SyntheticGraph::make(int nodeCount, const QString &engine, unsigned seed)
{
    std::mt19937 random(seed);
    LayoutRequest request;
    request.engine = engine;
    addNodes(request, nodeCount, random);
    auto addEdge = [&](int source, int target) { Bench::addEdge(request, source, target); };
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

LayoutRequest SyntheticGraph::makeNewsShaped(int nodeCount, const QString &engine, unsigned seed)
{
    std::mt19937 random(seed);
    LayoutRequest request;
    request.engine = engine;
    addNodes(request, nodeCount, random);
    struct Community
    {
        int first = 0;
        int size = 0;
        QList<int> hubs;
    };
    // Sizes from a Pareto tail: many stories of a handful of names, a few of hundreds.
    QList<Community> communities;
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (int first = 0; first < nodeCount;) {
        const int drawn = 5 + int(5.0 / std::pow(1.0 - unit(random), 1.0 / 1.2));
        Community community;
        community.first = first;
        community.size = std::min({drawn, 400, nodeCount - first});
        community.hubs.append(first);
        if (community.size > 50)
            community.hubs.append(first + 1);
        communities.append(community);
        first += community.size;
    }
    // An earlier community, likelier the larger it is (hubs attract hubs).
    QList<int> sizeWeighted;
    auto pickCommunity = [&](int before) {
        const int index = std::uniform_int_distribution<int>(0, int(sizeWeighted.size()) - 1)(random);
        const int chosen = sizeWeighted[index];
        return chosen < before ? chosen : 0;
    };
    auto pickHub = [&](const Community &community) {
        return community.hubs[std::uniform_int_distribution<int>(0, int(community.hubs.size()) - 1)(random)];
    };
    // The spanning tree: each hub to an earlier community's hub, each member to its hub.
    for (int c = 0; c < communities.size(); ++c) {
        const Community &community = communities[c];
        if (c > 0)
            addEdge(request, pickHub(communities[pickCommunity(c)]), community.first);
        for (int i = 1; i < community.size; ++i) {
            const int hub = pickHub(community);
            addEdge(request, hub == community.first + i ? community.first : hub, community.first + i);
        }
        for (int i = 0; i < community.size; ++i)
            sizeWeighted.append(c);
    }
    // As many edges again: mostly within the community, a tenth to another one's hub.
    for (int c = 0; c < communities.size(); ++c) {
        const Community &community = communities[c];
        for (int i = 0; i < community.size; ++i) {
            const int source = community.first + i;
            int target = source;
            const double where = unit(random);
            if (where < 0.1 && communities.size() > 1) {
                target = pickHub(communities[sizeWeighted[std::uniform_int_distribution<int>(
                    0, int(sizeWeighted.size()) - 1)(random)]]);
            } else if (where < 0.4) {
                target = pickHub(community);
            } else {
                target = community.first + std::uniform_int_distribution<int>(0, community.size - 1)(random);
            }
            if (target == source)
                target = source == community.first ? community.first + (community.size > 1 ? 1 : 0)
                                                   : community.first;
            if (target != source)
                addEdge(request, source, target);
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
