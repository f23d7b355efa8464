#include "layoutjob.h"

#include "graphstyle.h"
#include "layout/layoutbuilder.h"
#include "layout/layoutengine.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace Guanxi {

LayoutJob::LayoutJob(QObject *parent)
    : QObject(parent)
{}

void LayoutJob::request(const GraphDocument &graph)
{
    const quint64 generation = ++m_generation;
    if (graph.entities.isEmpty()) {
        Q_EMIT finished(graph, LayoutResult());
        return;
    }
    // Small graphs read best top-down; the engine picks for larger ones.
    const QString engine = graph.entities.size() <= 80 ? QStringLiteral("dot") : QString();
    const LayoutRequest request = LayoutBuilder::fromGraph(graph, GraphStyle::standard().labelMetrics(), engine);
    auto *watcher = new QFutureWatcher<Result<LayoutResult>>(this);
    ++m_running;
    connect(watcher, &QFutureWatcher<Result<LayoutResult>>::finished, this, [this, watcher, generation, graph] {
        --m_running;
        watcher->deleteLater();
        if (generation != m_generation)
            return;  // a newer request is on its way
        const Result<LayoutResult> result = watcher->result();
        if (result)
            Q_EMIT finished(graph, *result);
        else
            Q_EMIT failed(result.error());
    });
    watcher->setFuture(QtConcurrent::run([request] { return LayoutEngine().layout(request); }));
}

} // namespace Guanxi
