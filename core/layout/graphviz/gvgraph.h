#pragma once

#include "common/error.h"

#include <QByteArray>

struct Agraph_s;
struct GVC_s;

namespace Guanxi::Internal {

// RAII for one cgraph graph and its layout: the destructor frees the layout
// (gvFreeLayout) before closing the graph (agclose); the context outlives it.
// Create, use and destroy it inside GvContext::run() only.
class GvGraph
{
public:
    GvGraph(GVC_s *gvc, const QByteArray &name);
    ~GvGraph();
    GvGraph(const GvGraph &) = delete;
    GvGraph &operator=(const GvGraph &) = delete;

    bool isValid() const { return m_graph != nullptr; }
    Agraph_s *graph() const { return m_graph; }

    // Runs the layout engine; Graphviz's error text goes into Error::detail.
    Result<void> layout(const QByteArray &engine);

private:
    GVC_s *m_gvc = nullptr;
    Agraph_s *m_graph = nullptr;
    bool m_hasLayout = false;
};

} // namespace Guanxi::Internal
