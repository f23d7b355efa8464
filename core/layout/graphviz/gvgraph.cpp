#include "gvgraph.h"

#include "gvcontext.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace Guanxi::Internal {

GvGraph::GvGraph(GVC_s *gvc, const QByteArray &name)
    : m_gvc(gvc)
{
    QByteArray copy = name;
    m_graph = agopen(copy.data(), Agdirected, nullptr);
}

GvGraph::~GvGraph()
{
    if (m_graph && m_hasLayout)
        gvFreeLayout(m_gvc, m_graph);
    if (m_graph)
        agclose(m_graph);
}

Result<void> GvGraph::layout(const QByteArray &engine)
{
    if (!m_graph || !m_gvc)
        return makeError(Error::Category::Layout, QStringLiteral("Graphviz could not create a graph"),
                         GvContext::instance().errorText());
    if (m_hasLayout) {
        gvFreeLayout(m_gvc, m_graph);
        m_hasLayout = false;
    }
    QByteArray copy = engine;
    const int status = gvLayout(m_gvc, m_graph, copy.data());
    // gvLayout can leave partial layout data behind on failure; free it too.
    m_hasLayout = true;
    if (status != 0)
        return makeError(Error::Category::Layout,
                         QStringLiteral("Graphviz's %1 layout failed").arg(QString::fromUtf8(engine)),
                         GvContext::instance().errorText(), status);
    return {};
}

} // namespace Guanxi::Internal
