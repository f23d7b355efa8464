#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "layoutrequest.h"
#include "layoutresult.h"

#include <QStringList>

namespace Guanxi {

// Lays out a graph in process with Graphviz (dot, neato, fdp, sfdp, circo,
// twopi). Callable from any thread: calls are serialised on the program's one
// Graphviz context, so a second caller waits for the first. Graphviz cannot be
// interrupted mid-layout; the cancel token is checked before and after.
class LayoutEngine
{
public:
    // Checks the request (unique ids, known edge ends, sane sizes, a known
    // engine; empty engine = defaultEngineFor()) and lays it out. An empty
    // engine that gave dot falls back to fdp when dot's drawing is too long
    // for a window (a hub's many neighbours on one rank): the result's
    // `engine` says which was used. Errors are
    // Validation for a bad request, Layout for Graphviz failures (Graphviz's
    // text in detail), Cancelled when the token was set.
    Result<LayoutResult> layout(const LayoutRequest &request, const CancelToken *cancel = nullptr) const;

    // The engines layout() accepts.
    static QStringList engines();
    // Whether `engine` keeps pinned nodes where they are (neato, fdp); the
    // others ignore pins.
    static bool honoursPins(const QString &engine);
    // The engine that gives a readable layout in reasonable time for a graph
    // of this size (thresholds measured with bench/bench_layout).
    static QString defaultEngineFor(int nodeCount, int edgeCount);
    // The version of the Graphviz library loaded at run time (not the headers
    // built against); empty when Graphviz could not start.
    static QString graphvizVersion();
    // Whether Graphviz's layout plugins load; the error says what to install.
    static Result<void> checkPlugins();
};

} // namespace Guanxi
