#pragma once

// Shared by the viewer's interaction tests (import, dragging, mental map,
// refresh): a QApplication on the offscreen platform and a shown window on a
// fresh database holding the gold graph of the sample article.

#include "graphscene.h"
#include "graphview.h"
#include "mainwindow.h"
#include "model/graphjson.h"
#include "store/graphstore.h"

#include <QApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace Guanxi::ViewerTest {

inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "test_viewer";
    static char *argv[] = {name, nullptr};
    new QApplication(argc, argv);
    QStandardPaths::setTestModeEnabled(true);  // QSettings stay out of the user's files
    QCoreApplication::setOrganizationName(QStringLiteral("GuanxiViewerTest"));
}

inline GraphDocument readGraph(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    auto graph = GraphJson::read(file.readAll());
    EXPECT_TRUE(graph.has_value()) << path.toStdString();
    return graph ? *graph : GraphDocument();
}

inline GraphDocument sampleGoldGraph()
{
    return readGraph(QStringLiteral(GUANXI_EVAL_DIR "/000_84226dfc0b281014.gold.json"));
}

// A Chinese test article that names OpenAI, like the sample.
inline QString secondArticlePath()
{
    return QStringLiteral(GUANXI_TEST_DATA_DIR "/extraction/rivals_products/input.txt");
}

struct WindowFixture : ::testing::Test
{
    void SetUp() override
    {
        ensureApplication();
        ASSERT_TRUE(dir.isValid());
        dbPath = dir.filePath(QStringLiteral("guanxi.db"));
        {
            auto store = GraphStore::open(dbPath);
            ASSERT_TRUE(store.has_value()) << store.error().toString().toStdString();
            auto report = (*store)->ingest(sampleGoldGraph());
            ASSERT_TRUE(report.has_value()) << report.error().toString().toStdString();
        }
        window = std::make_unique<MainWindow>();
        window->resize(1400, 900);
        window->show();
        ASSERT_TRUE(window->openDatabase(dbPath).has_value());
        ASSERT_TRUE(waitUntilIdle());
    }

    bool waitUntilIdle()
    {
        return QTest::qWaitFor([&] { return !window->isBusy() && !window->scene()->nodeItems().isEmpty(); }, 60000);
    }

    QString keyOfName(const QString &name) const
    {
        for (const Entity &entity : window->scene()->graph().entities)
            if (entity.name == name)
                return entity.key;
        return {};
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

    QTemporaryDir dir;
    QString dbPath;
    std::unique_ptr<MainWindow> window;
};

} // namespace Guanxi::ViewerTest
