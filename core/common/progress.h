#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace Guanxi {

// A cancel flag shared between the thread doing long work and whoever may stop
// it (a Cancel button, a signal handler). Plain C++, usable from CLI and tests.
class CancelToken
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    void reset() { m_cancelled.store(false, std::memory_order_relaxed); }

private:
    std::atomic_bool m_cancelled = false;
};

// Receives progress of long work: `done` of `total` steps (total 0 = unknown)
// and a short description. Called from the working thread.
using ProgressSink = std::function<void(qint64 done, qint64 total, const QString &what)>;

} // namespace Guanxi
