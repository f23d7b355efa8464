#pragma once

#include <QByteArray>
#include <QStringList>

#include <mutex>
#include <utility>

struct GVC_s;

namespace Guanxi::Internal {

// Owns the program's one Graphviz context (GVC_t) and serialises every
// cgraph/gvc call through a mutex held for the whole call. Graphviz is not
// thread-safe, even for reads, and its error channel is process-global, so
// partial locking is not enough; a mutex (rather than a dedicated thread)
// lets the GUI's layout thread, the CLI and tests call it alike, in order.
// Inside run(), LC_NUMERIC is "C" for the calling thread (uselocale), because
// Graphviz prints and parses numbers with the C library; main() also sets it.
class GvContext
{
public:
    static GvContext &instance();

    GvContext(const GvContext &) = delete;
    GvContext &operator=(const GvContext &) = delete;

    // Runs `fn(GVC_s *)` with the lock held. Graphviz's error text collected
    // during the call is available to `fn` through errorText().
    template<typename F>
    auto run(F &&fn)
    {
        std::lock_guard lock(m_mutex);
        CallScope scope(*this);
        return std::forward<F>(fn)(m_gvc);
    }

    // Graphviz's messages since the current run() began. Call inside run() only.
    QString errorText() const;
    // Layout plugin names Graphviz loaded ("dot", "neato", ...). Inside run() only.
    QStringList layoutPlugins() const;
    // Appends to the error text; Graphviz's error callback calls it.
    void appendError(const char *text);

private:
    GvContext();
    ~GvContext();

    // Resets the error text and switches this thread to the C numeric locale
    // for the duration of one run().
    class CallScope
    {
    public:
        explicit CallScope(GvContext &context);
        ~CallScope();
        CallScope(const CallScope &) = delete;
        CallScope &operator=(const CallScope &) = delete;

    private:
        void *m_previousLocale = nullptr;
    };

    GVC_s *m_gvc = nullptr;
    std::mutex m_mutex;
    QByteArray m_errors;
    void *m_cLocale = nullptr; // locale_t, kept opaque to keep <locale.h> out
};

} // namespace Guanxi::Internal
