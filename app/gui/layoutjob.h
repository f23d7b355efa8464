#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "layout/layoutresult.h"
#include "model/graphdocument.h"

#include <QObject>

#include <memory>

namespace Guanxi {

// Lays graphs out on a worker thread (QtConcurrent + LayoutEngine). The newest
// request wins: results of older requests still running are dropped. The
// request is measured on the GUI thread, where the fonts live.
//
// Keeps the mental map: given the layout on screen, nodes found there stay
// exactly where they are and only new nodes are placed (neato, fdp for large
// graphs, with the others pinned); edges between kept nodes keep their
// geometry. When no node is new, no Graphviz run is needed at all.
//
// The engine is the user's choice (setEngine()) or, when none is set, chosen
// by graph size (LayoutEngine::defaultEngineFor()).
//
// A run never outlives its job: a newer request cancels the older runs, and
// the destructor cancels and waits, so no worker is inside Graphviz when the
// window, or the program, goes away.
class LayoutJob : public QObject
{
    Q_OBJECT

public:
    explicit LayoutJob(QObject *parent = nullptr);
    ~LayoutJob() override;

    // Lays out `graph`; nodes whose key has geometry in `keep` keep their centre.
    void request(const GraphDocument &graph, const LayoutResult &keep = {});
    bool isRunning() const { return m_running > 0; }
    // The engine of the next requests (one of LayoutEngine::engines()); empty:
    // chosen by graph size. Around pinned nodes a chosen engine is used when it
    // honours pins (neato, fdp); any other places new nodes as an automatic
    // choice would, since it would move the nodes on screen.
    void setEngine(const QString &engine) { m_engine = engine; }
    QString engine() const { return m_engine; }

    // The engine placing new nodes around pinned ones for a graph of this size.
    static QString pinnedEngineFor(qsizetype nodeCount);
    // `laidOut` with the kept nodes put back exactly where `keep` has them and,
    // for edges between two kept nodes that `keep` already routes, its geometry.
    // Edges without geometry in either get a straight route.
    static LayoutResult mergeKept(const GraphDocument &graph, const LayoutResult &laidOut, const LayoutResult &keep);

Q_SIGNALS:
    void finished(const Guanxi::GraphDocument &graph, const Guanxi::LayoutResult &layout);
    void failed(const Guanxi::Error &error);

private:
    QString m_engine;
    quint64 m_generation = 0;
    int m_running = 0;
    // Shared with the run of the newest request, which checks it between Graphviz phases.
    std::shared_ptr<CancelToken> m_cancel;
};

} // namespace Guanxi
