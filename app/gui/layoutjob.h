#pragma once

#include "common/error.h"
#include "layout/layoutresult.h"
#include "model/graphdocument.h"

#include <QObject>

namespace Guanxi {

// Lays graphs out on a worker thread (QtConcurrent + LayoutEngine). The newest
// request wins: results of older requests still running are dropped. The
// request is measured on the GUI thread, where the fonts live.
class LayoutJob : public QObject
{
    Q_OBJECT

public:
    explicit LayoutJob(QObject *parent = nullptr);

    void request(const GraphDocument &graph);
    bool isRunning() const { return m_running > 0; }

Q_SIGNALS:
    void finished(const Guanxi::GraphDocument &graph, const Guanxi::LayoutResult &layout);
    void failed(const Guanxi::Error &error);

private:
    quint64 m_generation = 0;
    int m_running = 0;
};

} // namespace Guanxi
