#include "gvcontext.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <clocale>
#include <cstdlib>
#include <locale.h>

namespace Guanxi::Internal {

namespace {

// Graphviz reports errors through one process-global callback; every call into
// Graphviz happens under GvContext's lock, so the instance it writes to is safe.
GvContext *s_errorSink = nullptr;

int collectGraphvizError(char *text)
{
    if (s_errorSink)
        s_errorSink->appendError(text);
    return 0;
}

} // namespace

GvContext &GvContext::instance()
{
    // Created on first use, freed at exit after every GvGraph is gone (GvGraphs
    // live only inside run()).
    static GvContext context;
    return context;
}

GvContext::GvContext()
{
    m_cLocale = newlocale(LC_NUMERIC_MASK, "C", static_cast<locale_t>(nullptr));
    // Set before gvContext() so its own complaints are caught, without
    // re-entering instance() while it is being constructed.
    s_errorSink = this;
    agseterrf(&collectGraphvizError);
    // gvContext() reads config6a from Graphviz's plugin folder and loads
    // plugins on demand (Debian builds Graphviz with shared plugins, so
    // gvContextPlugins(lt_preloaded_symbols) would find none).
    CallScope scope(*this);
    m_gvc = gvContext();
}

GvContext::~GvContext()
{
    if (m_gvc)
        gvFreeContext(m_gvc);
    agseterrf(nullptr);
    s_errorSink = nullptr;
    if (m_cLocale)
        freelocale(static_cast<locale_t>(m_cLocale));
}

QString GvContext::errorText() const
{
    return QString::fromUtf8(m_errors).trimmed();
}

QStringList GvContext::layoutPlugins() const
{
    QStringList names;
    if (!m_gvc)
        return names;
    int count = 0;
    QByteArray kind("layout");
    char **list = gvPluginList(m_gvc, kind.data(), &count, nullptr);
    for (int i = 0; i < count; ++i) {
        names.append(QString::fromUtf8(list[i]).section(QLatin1Char(':'), 0, 0));
        std::free(list[i]);
    }
    std::free(list);
    names.removeDuplicates();
    return names;
}

void GvContext::appendError(const char *text)
{
    if (text)
        m_errors.append(text);
}

GvContext::CallScope::CallScope(GvContext &context)
{
    context.m_errors.clear();
    agreseterrors();
    if (context.m_cLocale)
        m_previousLocale = uselocale(static_cast<locale_t>(context.m_cLocale));
}

GvContext::CallScope::~CallScope()
{
    if (m_previousLocale)
        uselocale(static_cast<locale_t>(m_previousLocale));
}

} // namespace Guanxi::Internal
