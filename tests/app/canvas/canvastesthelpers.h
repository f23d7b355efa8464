#pragma once

#include "graphstyle.h"
#include "layout/layoutbuilder.h"
#include "layout/layoutengine.h"
#include "model/graphjson.h"

#include <QApplication>
#include <QFile>

#include <gtest/gtest.h>

namespace Guanxi::TestSupport {

// The one QApplication of a test program (offscreen platform, set by CTest).
inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "test_canvas";
    static char *argv[] = {name, nullptr};
    new QApplication(argc, argv);
}

// The evaluation set's gold graph of the OpenAI founders article.
inline GraphDocument goldGraph()
{
    QFile file(QStringLiteral(GUANXI_EVAL_DIR "/000_84226dfc0b281014.gold.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    auto graph = GraphJson::read(file.readAll());
    EXPECT_TRUE(graph.has_value()) << (graph ? std::string() : graph.error().toString().toStdString());
    return graph ? *graph : GraphDocument();
}

// The graph laid out by the real engine with the canvas's font metrics.
inline LayoutResult layoutOf(const GraphDocument &graph, const QString &engine = QStringLiteral("dot"))
{
    const LayoutRequest request = LayoutBuilder::fromGraph(graph, GraphStyle::standard().labelMetrics(), engine);
    auto result = LayoutEngine().layout(request);
    EXPECT_TRUE(result.has_value()) << (result ? std::string() : result.error().toString().toStdString());
    return result ? *result : LayoutResult();
}

} // namespace Guanxi::TestSupport
