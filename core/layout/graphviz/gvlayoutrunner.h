#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "layout/layoutrequest.h"
#include "layout/layoutresult.h"

#include <QStringList>

namespace Guanxi::Internal {

// Translates a validated LayoutRequest into a cgraph graph, runs a Graphviz
// engine on it under GvContext's lock, and reads the geometry back in scene
// coordinates (points, y down). The only place that knows Graphviz's types.
class GvLayoutRunner
{
public:
    // `engine` must be one of LayoutEngine::engines(); ids must be unique and
    // edge ends must name nodes (LayoutEngine checks both).
    static Result<LayoutResult> run(const LayoutRequest &request, const QString &engine,
                                    const CancelToken *cancel);
    // The layout engines Graphviz loaded, or an error when none could load.
    static Result<QStringList> loadedEngines();
    // The version of the Graphviz library loaded at run time ("2.42.2");
    // empty when Graphviz could not start.
    static QString version();
};

} // namespace Guanxi::Internal
