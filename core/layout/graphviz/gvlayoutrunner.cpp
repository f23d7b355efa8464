#include "gvlayoutrunner.h"

#include "gvcontext.h"
#include "gvgraph.h"
#include "layout/layoutengine.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <QHash>

#include <cmath>

namespace Guanxi::Internal {

namespace {

constexpr double pointsPerInch = 72.0;
// Above this many nodes, neato/fdp/sfdp route edges as straight lines: their
// spline routing around obstacles grows about with the cube of the node count
// and soon costs more than the layout (fdp on the generated corpus's hub view,
// CPU: 50 nodes 0.26 s with splines / 0.05 s without, 100 nodes 1.1 / 0.08,
// 140 nodes 2.8 / 0.08; bench_layout: neato on 100 nodes 3.0 s / 0.8 s).
// dot routes its own splines cheaply and always keeps them.
constexpr int maxNodesForSplines = 60;

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 4);
}

void setGraphAttribute(Agraph_t *graph, const char *name, const QByteArray &value)
{
    QByteArray key(name);
    QByteArray copy = value;
    agattr(graph, AGRAPH, key.data(), copy.data());
}

Agsym_t *declare(Agraph_t *graph, int kind, const char *name, const char *defaultValue)
{
    QByteArray key(name);
    QByteArray value(defaultValue);
    return agattr(graph, kind, key.data(), value.data());
}

void set(void *object, Agsym_t *symbol, const QByteArray &value)
{
    QByteArray copy = value;
    agxset(object, symbol, copy.data());
}

// An HTML label of exactly the given size, empty: we draw label text ourselves
// but want Graphviz to reserve room for it and tell us where it went.
void setLabelBox(Agraph_t *graph, Agedge_t *edge, Agsym_t *label, double width, double height)
{
    QByteArray html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\"><TR><TD FIXEDSIZE=\"TRUE\" WIDTH=\""
        + QByteArray::number(std::max(1, int(std::ceil(width)))) + "\" HEIGHT=\""
        + QByteArray::number(std::max(1, int(std::ceil(height)))) + "\"></TD></TR></TABLE>";
    char *shared = agstrdup_html(graph, html.data());
    agxset(edge, label, shared);
    agstrfree(graph, shared);
}

bool supportsPinning(const QString &engine)
{
    return LayoutEngine::honoursPins(engine);
}

bool removesOverlap(const QString &engine)
{
    return engine != QLatin1String("dot");
}

Error cancelled()
{
    return Error(Error::Category::Cancelled, QStringLiteral("Layout cancelled"));
}

LayoutResult readBack(Agraph_t *graph, const QString &engine, const QList<Agnode_t *> &nodes,
                      const QList<Agedge_t *> &edges, const LayoutRequest &request, bool hasPins)
{
    LayoutResult result;
    result.engine = engine;
    const boxf bb = GD_bb(graph);
    // Graphviz's y axis points up. Flip once, here. Without pins the scene
    // starts at the bounding box's top-left corner. With pins, neato keeps the
    // pins' relative positions but translates the drawing, so the offset that
    // puts the pins back where the user left them moves everything.
    double originX = bb.LL.x;
    double originY = bb.UR.y;
    if (hasPins) {
        double sumX = 0.0;
        double sumY = 0.0;
        int pins = 0;
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            if (const auto &pin = request.nodes[i].pinned) {
                const pointf placed = ND_coord(nodes[i]);
                sumX += placed.x - pin->x();
                sumY += placed.y + pin->y();
                ++pins;
            }
        }
        originX = sumX / pins;
        originY = sumY / pins;
    }
    auto toScene = [&](pointf p) { return QPointF(p.x - originX, originY - p.y); };
    result.bounds = QRectF(QPointF(bb.LL.x - originX, originY - bb.UR.y),
                           QSizeF(bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y));

    result.nodes.reserve(nodes.size());
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        Agnode_t *node = nodes[i];
        result.nodes.append(NodeGeometry{request.nodes[i].id, toScene(ND_coord(node)),
                                         QSizeF(ND_width(node) * pointsPerInch,
                                                ND_height(node) * pointsPerInch)});
    }

    result.edges.reserve(edges.size());
    for (qsizetype i = 0; i < edges.size(); ++i) {
        Agedge_t *edge = edges[i];
        EdgeGeometry geometry;
        geometry.id = request.edges[i].id;
        if (const splines *spl = ED_spl(edge)) {
            for (int b = 0; b < spl->size; ++b) {
                const bezier &curve = spl->list[b];
                for (int p = 0; p < curve.size; ++p) {
                    const QPointF point = toScene(curve.list[p]);
                    // Consecutive pieces share their joining point.
                    if (p == 0 && !geometry.path.isEmpty() && geometry.path.last() == point)
                        continue;
                    geometry.path.append(point);
                }
                if (b == 0 && curve.sflag)
                    geometry.arrowStart = toScene(curve.sp);
                if (b == spl->size - 1 && curve.eflag)
                    geometry.arrowEnd = toScene(curve.ep);
            }
        }
        if (const textlabel_t *label = ED_label(edge); label && label->set)
            geometry.labelPos = toScene(label->pos);
        result.edges.append(std::move(geometry));
    }
    return result;
}

} // namespace

Result<LayoutResult> GvLayoutRunner::run(const LayoutRequest &request, const QString &engine,
                                         const CancelToken *cancel)
{
    return GvContext::instance().run([&](GVC_t *gvc) -> Result<LayoutResult> {
        // The request may have waited for the lock behind others.
        if (cancel && cancel->isCancelled())
            return tl::unexpected(cancelled());
        if (!gvc)
            return makeError(Error::Category::Layout,
                             QStringLiteral("Graphviz could not start; is libgvc6 installed?"),
                             GvContext::instance().errorText());

        GvGraph holder(gvc, QByteArrayLiteral("guanxi"));
        if (!holder.isValid())
            return makeError(Error::Category::Layout, QStringLiteral("Graphviz could not create a graph"),
                             GvContext::instance().errorText());
        Agraph_t *graph = holder.graph();

        bool hasPins = false;
        if (supportsPinning(engine)) {
            for (const LayoutNode &node : request.nodes)
                hasPins = hasPins || node.pinned.has_value();
        }
        const bool big = request.nodes.size() > maxNodesForSplines;

        setGraphAttribute(graph, "splines", (big && engine != QLatin1String("dot")) ? "line" : "true");
        if (removesOverlap(engine)) {
            // prism scales pinned nodes apart; vpsc moves nodes minimally and
            // leaves pins where they are relative to each other.
            setGraphAttribute(graph, "overlap", hasPins ? "vpsc" : "prism");
            setGraphAttribute(graph, "sep", "+6");
        }
        if (engine == QLatin1String("neato") || engine == QLatin1String("fdp"))
            setGraphAttribute(graph, "esep", "+3");
        if (hasPins) {
            // pos in points rather than inches.
            setGraphAttribute(graph, "inputscale", "72");
        }

        Agsym_t *shape = declare(graph, AGNODE, "shape", "box");
        Q_UNUSED(shape);
        declare(graph, AGNODE, "fixedsize", "true");
        declare(graph, AGNODE, "label", "");
        Agsym_t *width = declare(graph, AGNODE, "width", "0.75");
        Agsym_t *height = declare(graph, AGNODE, "height", "0.5");
        Agsym_t *pos = hasPins ? declare(graph, AGNODE, "pos", "") : nullptr;
        Agsym_t *pin = hasPins ? declare(graph, AGNODE, "pin", "false") : nullptr;
        Agsym_t *edgeLabel = declare(graph, AGEDGE, "label", "");

        QList<Agnode_t *> nodes;
        nodes.reserve(request.nodes.size());
        QHash<QString, Agnode_t *> byId;
        byId.reserve(request.nodes.size());
        for (const LayoutNode &node : request.nodes) {
            // Node names are our ids, so the cgraph name table keeps them unique.
            QByteArray name = node.id.toUtf8();
            Agnode_t *n = agnode(graph, name.data(), 1);
            set(n, width, number(node.width / pointsPerInch));
            set(n, height, number(node.height / pointsPerInch));
            if (hasPins && node.pinned) {
                set(n, pos, number(node.pinned->x()) + ',' + number(-node.pinned->y()) + '!');
                set(n, pin, "true");
            }
            nodes.append(n);
            byId.insert(node.id, n);
        }

        QList<Agedge_t *> edges;
        edges.reserve(request.edges.size());
        for (qsizetype i = 0; i < request.edges.size(); ++i) {
            const LayoutEdge &edge = request.edges[i];
            // A unique name per edge keeps multi-edges (two relations between
            // the same pair) apart instead of merging them.
            QByteArray name = "e" + QByteArray::number(i);
            Agedge_t *e = agedge(graph, byId.value(edge.source), byId.value(edge.target), name.data(), 1);
            if (edge.labelWidth > 0.0 && edge.labelHeight > 0.0)
                setLabelBox(graph, e, edgeLabel, edge.labelWidth, edge.labelHeight);
            edges.append(e);
        }

        if (auto laidOut = holder.layout(engine.toUtf8()); !laidOut)
            return tl::unexpected(laidOut.error());
        if (cancel && cancel->isCancelled())
            return tl::unexpected(cancelled());
        return readBack(graph, engine, nodes, edges, request, hasPins);
    });
}

Result<QStringList> GvLayoutRunner::loadedEngines()
{
    return GvContext::instance().run([](GVC_t *gvc) -> Result<QStringList> {
        if (!gvc)
            return makeError(Error::Category::Layout,
                             QStringLiteral("Graphviz could not start; is libgvc6 installed?"),
                             GvContext::instance().errorText());
        return GvContext::instance().layoutPlugins();
    });
}

QString GvLayoutRunner::version()
{
    return GvContext::instance().run([](GVC_t *gvc) {
        return gvc ? QString::fromUtf8(gvcVersion(gvc)) : QString();
    });
}

} // namespace Guanxi::Internal
