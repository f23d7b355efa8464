#pragma once

// Shared by the GUI tests of the docks and the search: a QApplication on the
// offscreen platform and a window open on a store holding the gold graph of
// the sample article.

#include "graphscene.h"
#include "mainwindow.h"
#include "model/graphjson.h"
#include "store/graphstore.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace Guanxi::Test {

inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "test_gui";
    static char *argv[] = {name, nullptr};
    new QApplication(argc, argv);
    QStandardPaths::setTestModeEnabled(true);  // QSettings stay out of the user's files
    QCoreApplication::setOrganizationName(QStringLiteral("GuanxiTest"));
    // ctest runs cases in parallel processes: each gets its own settings file.
    QCoreApplication::setApplicationName(QStringLiteral("test_gui-%1").arg(QCoreApplication::applicationPid()));
}

// Removes this process's settings file (see ensureApplication).
inline void removeSettings()
{
    QSettings settings;
    settings.clear();
    settings.sync();
    QFile::remove(settings.fileName());
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

// A shown window on a fresh database holding `documents()`.
struct GoldWindowFixture : ::testing::Test
{
    virtual QList<GraphDocument> documents() const { return {sampleGoldGraph()}; }

    void SetUp() override
    {
        ensureApplication();
        ASSERT_TRUE(dir.isValid());
        dbPath = dir.filePath(QStringLiteral("guanxi.db"));
        {
            auto store = GraphStore::open(dbPath);
            ASSERT_TRUE(store.has_value()) << store.error().toString().toStdString();
            for (const GraphDocument &document : documents()) {
                auto report = (*store)->ingest(document);
                ASSERT_TRUE(report.has_value()) << report.error().toString().toStdString();
            }
        }
        window = std::make_unique<MainWindow>();
        window->resize(1400, 900);
        window->show();
        ASSERT_TRUE(window->openDatabase(dbPath).has_value());
        ASSERT_TRUE(waitUntilShown());
    }

    bool waitUntilShown()
    {
        return QTest::qWaitFor([&] { return !window->isBusy() && !window->scene()->nodeItems().isEmpty(); }, 30000);
    }

    QString keyOfName(const QString &name) const
    {
        for (const Entity &entity : window->scene()->graph().entities)
            if (entity.name == name)
                return entity.key;
        return {};
    }

    void TearDown() override
    {
        window.reset();
        removeSettings();
    }

    QTemporaryDir dir;
    QString dbPath;
    std::unique_ptr<MainWindow> window;
};

} // namespace Guanxi::Test
