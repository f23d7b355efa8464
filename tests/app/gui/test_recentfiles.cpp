#include "guitestsupport.h"
#include "recentfiles.h"

#include <QDropEvent>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>

using namespace Guanxi;
using namespace Guanxi::Test;

namespace {

struct RecentFilesTest : ::testing::Test
{
    void SetUp() override
    {
        ensureApplication();
        RecentFiles(key).clear();
    }
    void TearDown() override { removeSettings(); }

    const QString key = QStringLiteral("test/recent");
    QTemporaryDir dir;
};

QString touch(const QTemporaryDir &dir, const QString &name)
{
    QFile file(dir.filePath(name));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    return QFileInfo(file).absoluteFilePath();
}

struct FilesWindow : GoldWindowFixture
{
};

} // namespace

TEST_F(RecentFilesTest, NewestFileComesFirstAndIsNotRepeated)
{
    RecentFiles recent(key);
    const QString a = touch(dir, QStringLiteral("a.db"));
    const QString b = touch(dir, QStringLiteral("b.db"));
    recent.add(a);
    recent.add(b);
    recent.add(a);
    EXPECT_EQ(recent.files(), (QStringList{a, b}));
}

TEST_F(RecentFilesTest, KeepsAtMostEightFiles)
{
    RecentFiles recent(key);
    for (int i = 0; i < 11; ++i)
        recent.add(touch(dir, QStringLiteral("%1.db").arg(i)));
    ASSERT_EQ(recent.files().size(), 8);
    EXPECT_EQ(recent.files().first(), dir.filePath(QStringLiteral("10.db")));
}

TEST_F(RecentFilesTest, SurvivesInTheSettings)
{
    const QString a = touch(dir, QStringLiteral("a.db"));
    RecentFiles(key).add(a);
    EXPECT_EQ(RecentFiles(key).files(), QStringList{a});
}

TEST_F(RecentFilesTest, FilesThatWereDeletedAreNotOffered)
{
    RecentFiles recent(key);
    const QString a = touch(dir, QStringLiteral("a.db"));
    recent.add(a);
    recent.add(dir.filePath(QStringLiteral("gone.db")));
    EXPECT_EQ(recent.existingFiles(), QStringList{a});
}

TEST_F(RecentFilesTest, InMemoryDatabasesAreNotRemembered)
{
    RecentFiles recent(key);
    recent.add(QStringLiteral(":memory:"));
    EXPECT_TRUE(recent.files().isEmpty());
}

TEST_F(FilesWindow, OpeningADatabasePutsItFirstInTheRecentMenu)
{
    EXPECT_EQ(window->recentFiles().files().value(0), QFileInfo(dbPath).absoluteFilePath());
    auto *menu = window->menuBar()->findChild<QMenu *>(QStringLiteral("recentMenu"));
    ASSERT_NE(menu, nullptr);
    Q_EMIT menu->aboutToShow();
    ASSERT_FALSE(menu->actions().isEmpty());
    EXPECT_EQ(menu->actions().first()->text(), QStringLiteral("guanxi.db"));
}

TEST_F(FilesWindow, DroppingAGraphFileImportsIt)
{
    // A second article's graph sharing OpenAI with the sample.
    const QString path = dir.filePath(QStringLiteral("dropped.json"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(R"({"document": "dropped.json", "published": "2024-09-01",
            "entities": [{"id": "a", "type": "person", "name": "Mira Murati", "aliases": ["Mira Murati", "穆拉蒂"]},
                         {"id": "o", "type": "organization", "name": "OpenAI", "aliases": ["OpenAI"]}],
            "relations": [{"type": "left", "source": "a", "target": "o", "time": "2024-09",
                           "evidence": "Mira Murati left OpenAI."}]})");
    }
    const int before = int(window->scene()->graph().entities.size());
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path), QUrl::fromLocalFile(dir.filePath(QStringLiteral("guanxi.db")))});
    QDragEnterEvent enter(QPoint(300, 300), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QSignalSpy finished(window.get(), &MainWindow::importFinished);
    QDropEvent drop(QPointF(300, 300), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window.get(), &drop);
    EXPECT_TRUE(drop.isAccepted());
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(finished.first().first().toBool());
    ASSERT_TRUE(waitUntilShown());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->isBusy(); }, 30000));
    EXPECT_EQ(int(window->scene()->graph().entities.size()), before + 1);  // OpenAI merged
    EXPECT_FALSE(keyOfName(QStringLiteral("Mira Murati")).isEmpty());
}

TEST_F(FilesWindow, DraggingOtherFilesIsRefused)
{
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(dbPath)});
    QDragEnterEvent enter(QPoint(300, 300), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window.get(), &enter);
    EXPECT_FALSE(enter.isAccepted());
    EXPECT_TRUE(MainWindow::importableFiles(&data).isEmpty());
}
