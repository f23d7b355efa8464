#pragma once

// Shared by the viewer's interaction tests (import, dragging, mental map,
// refresh): the GUI tests' fixture (guitestsupport.h) plus what these tests
// ask of the window and the store.

#include "guitestsupport.h"
#include "graphview.h"

namespace Guanxi::ViewerTest {

using Test::ensureApplication;
using Test::readGraph;
using Test::sampleGoldGraph;

// A Chinese test article that names OpenAI, like the sample.
inline QString secondArticlePath()
{
    return QStringLiteral(GUANXI_TEST_DATA_DIR "/extraction/rivals_products/input.txt");
}

struct WindowFixture : Test::GoldWindowFixture
{
    // Imports and re-layouts under ASan take longer than the first showing.
    bool waitUntilIdle()
    {
        return QTest::qWaitFor([&] { return !window->isBusy() && !window->scene()->nodeItems().isEmpty(); }, 60000);
    }

    int nodesNamed(const QString &name) const
    {
        int count = 0;
        for (NodeItem *node : window->scene()->nodeItems())
            count += node->appearance().label == name ? 1 : 0;
        return count;
    }

    GraphStats storeStats() const
    {
        auto store = GraphStore::open(dbPath, GraphStore::OpenMode::ReadOnly);
        EXPECT_TRUE(store.has_value());
        if (!store)
            return {};
        auto stats = (*store)->stats();
        EXPECT_TRUE(stats.has_value());
        return stats ? *stats : GraphStats();
    }
};

} // namespace Guanxi::ViewerTest
