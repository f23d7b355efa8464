#include "layoutengine.h"

#include "isolatednodepacker.h"
#include "graphviz/gvlayoutrunner.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace Guanxi {

namespace {

// The scene area a window shows at the viewer's least fit zoom (0.6) with
// a graph area of about 1300 x 900 pixels: a drawing larger than this is seen
// only in part until the user zooms out past readable labels.
constexpr double readableWidth = 2200.0;
constexpr double readableHeight = 1500.0;

// How far a drawing must be scaled down to fit the readable area (1 = fits).
double fitScale(const QRectF &bounds)
{
    if (bounds.width() <= 0.0 || bounds.height() <= 0.0)
        return 1.0;
    return std::min({1.0, readableWidth / bounds.width(), readableHeight / bounds.height()});
}

bool isSaneSize(double value)
{
    return std::isfinite(value) && value > 0.0 && value < 1.0e5;
}

Result<void> validate(const LayoutRequest &request)
{
    QSet<QString> ids;
    ids.reserve(request.nodes.size());
    for (const LayoutNode &node : request.nodes) {
        if (node.id.isEmpty())
            return makeError(Error::Category::Validation, QStringLiteral("A layout node has an empty id"));
        if (ids.contains(node.id))
            return makeError(Error::Category::Validation,
                             QStringLiteral("Layout node id \"%1\" is used twice").arg(node.id));
        if (!isSaneSize(node.width) || !isSaneSize(node.height))
            return makeError(Error::Category::Validation,
                             QStringLiteral("Layout node \"%1\" has an invalid size %2 x %3")
                                 .arg(node.id).arg(node.width).arg(node.height));
        if (node.pinned && (!std::isfinite(node.pinned->x()) || !std::isfinite(node.pinned->y())))
            return makeError(Error::Category::Validation,
                             QStringLiteral("Layout node \"%1\" is pinned at an invalid position").arg(node.id));
        ids.insert(node.id);
    }
    for (const LayoutEdge &edge : request.edges) {
        for (const QString &end : {edge.source, edge.target}) {
            if (!ids.contains(end))
                return makeError(Error::Category::Validation,
                                 QStringLiteral("Layout edge \"%1\" refers to unknown node \"%2\"")
                                     .arg(edge.id, end));
        }
        if (!std::isfinite(edge.labelWidth) || !std::isfinite(edge.labelHeight) || edge.labelWidth < 0.0
            || edge.labelHeight < 0.0)
            return makeError(Error::Category::Validation,
                             QStringLiteral("Layout edge \"%1\" has an invalid label size").arg(edge.id));
    }
    return {};
}

} // namespace

Result<LayoutResult> LayoutEngine::layout(const LayoutRequest &request, const CancelToken *cancel) const
{
    if (cancel && cancel->isCancelled())
        return makeError(Error::Category::Cancelled, QStringLiteral("Layout cancelled"));

    const QString engine = request.engine.isEmpty()
        ? defaultEngineFor(int(request.nodes.size()), int(request.edges.size()))
        : request.engine;
    if (!engines().contains(engine))
        return makeError(Error::Category::Validation,
                         QStringLiteral("Unknown layout engine \"%1\"; use one of: %2")
                             .arg(engine, engines().join(QStringLiteral(", "))));
    if (auto valid = validate(request); !valid)
        return tl::unexpected(valid.error());

    if (request.nodes.isEmpty()) {
        // Nothing to place: an empty result, without waiting for Graphviz.
        LayoutResult empty;
        empty.engine = engine;
        return empty;
    }
    auto result = Internal::GvLayoutRunner::run(request, engine, cancel);
    // dot puts every neighbour of a hub on one rank: a star of 50 becomes one
    // row 5,000 points long (the hub of bench's generated corpus). When dot was
    // only the size-based default and its drawing does not fit, fdp's compact
    // one is kept if it fits better; an explicit dot stays dot.
    if (result && request.engine.isEmpty() && engine == QLatin1String("dot") && fitScale(result->bounds) < 1.0) {
        auto compact = Internal::GvLayoutRunner::run(request, QStringLiteral("fdp"), cancel);
        if (!compact && compact.error().isCancelled())
            return compact;
        if (compact && fitScale(compact->bounds) > fitScale(result->bounds))
            result = std::move(compact);
    }
    // Unconnected entities in rows under the graph, where a fitted view or an
    // exported image sees them; a layout with pins has placed them already.
    const bool anyPinned = std::any_of(request.nodes.begin(), request.nodes.end(),
                                       [](const auto &node) { return node.pinned.has_value(); });
    if (result && !anyPinned)
        IsolatedNodePacker::pack(request, *result);
    return result;
}

QStringList LayoutEngine::engines()
{
    return {QStringLiteral("dot"),  QStringLiteral("neato"), QStringLiteral("fdp"),
            QStringLiteral("sfdp"), QStringLiteral("circo"), QStringLiteral("twopi")};
}

bool LayoutEngine::honoursPins(const QString &engine)
{
    return engine == QLatin1String("neato") || engine == QLatin1String("fdp");
}

QString LayoutEngine::defaultEngineFor(int nodeCount, int edgeCount)
{
    // dot reads best (ranks follow the edge direction) but its crossing
    // minimisation explodes on tangled graphs: on bench_layout's random graphs
    // 100 nodes / 199 edges take 0.25 s CPU, 300 / 599 over three minutes.
    // sfdp stays interactive into the thousands (bench/layout_vs_cli.sh).
    if (nodeCount <= 150 && edgeCount <= 300)
        return QStringLiteral("dot");
    return QStringLiteral("sfdp");
}

QString LayoutEngine::graphvizVersion()
{
    return Internal::GvLayoutRunner::version();
}

Result<void> LayoutEngine::checkPlugins()
{
    auto loaded = Internal::GvLayoutRunner::loadedEngines();
    if (!loaded)
        return tl::unexpected(loaded.error());
    QStringList missing;
    for (const QString &engine : engines()) {
        if (!loaded->contains(engine))
            missing.append(engine);
    }
    if (missing.isEmpty())
        return {};
    return makeError(Error::Category::Layout,
                     QStringLiteral("Graphviz layout plugins are missing (%1). Install the Debian package "
                                    "libgvc6 (it ships the layout plugins), then run \"sudo dot -c\" to "
                                    "register them.")
                         .arg(missing.join(QStringLiteral(", "))),
                     loaded->isEmpty() ? QStringLiteral("no layout plugin loaded")
                                       : QStringLiteral("loaded: ") + loaded->join(QStringLiteral(", ")));
}

} // namespace Guanxi
