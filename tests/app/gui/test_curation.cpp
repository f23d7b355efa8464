#include "commands/curationcontroller.h"
#include "graphscene.h"
#include "graphview.h"
#include "inspectordock.h"
#include "mainwindow.h"
#include "model/graphjson.h"
#include "nodeitem.h"
#include "store/graphstore.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Guanxi;

namespace {

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "test_curation_gui";
    static char *argv[] = {name, nullptr};
    new QApplication(argc, argv);
    QStandardPaths::setTestModeEnabled(true);  // QSettings stay out of the user's files
    QCoreApplication::setOrganizationName(QStringLiteral("GuanxiTest"));
}

// The viewer on a database holding the sample article's gold graph.
class CurationGui : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ensureApplication();
        ASSERT_TRUE(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("guanxi.db"));
        {
            QFile file(QStringLiteral(GUANXI_EVAL_DIR "/000_84226dfc0b281014.gold.json"));
            ASSERT_TRUE(file.open(QIODevice::ReadOnly));
            auto graph = GraphJson::read(file.readAll());
            ASSERT_TRUE(graph);
            auto store = GraphStore::open(path);
            ASSERT_TRUE(store);
            ASSERT_TRUE((*store)->ingest(*graph));
        }
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        ASSERT_TRUE(m_window->openDatabase(path));
        ASSERT_TRUE(waitFor([&] { return !m_window->scene()->nodeItems().isEmpty(); }));
    }

    bool waitFor(const std::function<bool()> &condition)
    {
        return QTest::qWaitFor([&] { return !m_window->isBusy() && condition(); }, 30000);
    }

    QString keyOf(const QString &name) const
    {
        for (const Entity &e : m_window->scene()->graph().entities) {
            if (e.name == name)
                return e.key;
        }
        return {};
    }

    QAction *editMenuAction(QAction *action) const
    {
        for (QAction *menu : m_window->menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(action))
                return action;
        }
        return nullptr;
    }

    void select(const QStringList &names)
    {
        m_window->scene()->clearSelection();
        for (const QString &name : names) {
            NodeItem *node = m_window->scene()->nodeItem(keyOf(name));
            ASSERT_TRUE(node) << name.toStdString();
            node->setSelected(true);
        }
    }

    CurationController *curation() const { return m_window->curation(); }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(CurationGui, EditMenuFollowsFileWithUndoAndRedoShortcuts)
{
    const QList<QAction *> menus = m_window->menuBar()->actions();
    ASSERT_GE(menus.size(), 2);
    EXPECT_EQ(menus.at(1)->menu(), curation()->menu());
    EXPECT_EQ(curation()->undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    EXPECT_TRUE(curation()->redoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    EXPECT_FALSE(curation()->undoAction()->isEnabled());
}

TEST_F(CurationGui, MergeNeedsTwoSelectedNodesAndNamesThem)
{
    select({QStringLiteral("OpenAI")});
    EXPECT_FALSE(curation()->mergeAction()->isEnabled());
    select({QStringLiteral("OpenAI"), QStringLiteral("OpenAI LP")});
    EXPECT_TRUE(curation()->mergeAction()->isEnabled());
    EXPECT_EQ(curation()->mergeAction()->text(), QStringLiteral("&Merge “OpenAI LP” into “OpenAI”"));
}

TEST_F(CurationGui, MergeByTheMenuAndUndoIt)
{
    const qsizetype shown = m_window->scene()->graph().entities.size();
    select({QStringLiteral("OpenAI"), QStringLiteral("OpenAI LP")});
    QAction *merge = editMenuAction(curation()->mergeAction());
    ASSERT_TRUE(merge);
    merge->trigger();
    ASSERT_TRUE(waitFor([&] { return keyOf(QStringLiteral("OpenAI LP")).isEmpty(); }))
        << m_window->statusBar()->currentMessage().toStdString();
    EXPECT_EQ(m_window->scene()->graph().entities.size(), shown - 1);
    const Entity *openai = m_window->scene()->graph().entity(keyOf(QStringLiteral("OpenAI")));
    ASSERT_TRUE(openai);
    EXPECT_TRUE(openai->aliases.contains(QStringLiteral("OpenAI L.P.")));
    EXPECT_EQ(curation()->undoStack()->undoText(), QStringLiteral("Merge “OpenAI LP” into “OpenAI”"));

    QAction *undo = editMenuAction(curation()->undoAction());
    ASSERT_TRUE(undo && undo->isEnabled());
    undo->trigger();
    ASSERT_TRUE(waitFor([&] { return !keyOf(QStringLiteral("OpenAI LP")).isEmpty(); }));
    EXPECT_EQ(m_window->scene()->graph().entities.size(), shown);
    EXPECT_TRUE(curation()->redoAction()->isEnabled());
}

TEST_F(CurationGui, UndoneMergeIsRedoneAndSavedAtOnce)
{
    ASSERT_TRUE(curation()->mergeEntities(keyOf(QStringLiteral("OpenAI")), keyOf(QStringLiteral("OpenAI LP"))));
    curation()->undoStack()->undo();
    ASSERT_TRUE(waitFor([&] { return !keyOf(QStringLiteral("OpenAI LP")).isEmpty(); }));
    curation()->undoStack()->redo();
    ASSERT_TRUE(waitFor([&] { return keyOf(QStringLiteral("OpenAI LP")).isEmpty(); }));
    // Another connection sees the merge: it is in the file, not only on screen.
    auto other = GraphStore::open(m_window->databasePath());
    ASSERT_TRUE(other);
    auto found = (*other)->findEntity(QStringLiteral("OpenAI LP"));
    ASSERT_TRUE(found && *found);
    EXPECT_EQ((*found)->name, QStringLiteral("OpenAI"));
}

TEST_F(CurationGui, RefusedMergeLeavesTheStackAndSaysWhy)
{
    EXPECT_FALSE(curation()->mergeEntities(keyOf(QStringLiteral("OpenAI")), keyOf(QStringLiteral("Sam Altman"))));
    EXPECT_EQ(curation()->undoStack()->count(), 0);
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("change the type")));
}

TEST_F(CurationGui, DeleteSelectedNodeAndUndo)
{
    select({QStringLiteral("TechCrunch")});
    ASSERT_TRUE(curation()->deleteAction()->isEnabled());
    curation()->deleteAction()->trigger();
    ASSERT_TRUE(waitFor([&] { return keyOf(QStringLiteral("TechCrunch")).isEmpty(); }));
    curation()->undoAction()->trigger();
    ASSERT_TRUE(waitFor([&] { return !keyOf(QStringLiteral("TechCrunch")).isEmpty(); }));
}

TEST_F(CurationGui, DroppingANodeOnAnotherMergesIntoIt)
{
    GraphView *view = m_window->view();
    NodeItem *dragged = m_window->scene()->nodeItem(keyOf(QStringLiteral("OpenAI LP")));
    NodeItem *target = m_window->scene()->nodeItem(keyOf(QStringLiteral("OpenAI")));
    ASSERT_TRUE(dragged && target);
    view->centerOn(target);
    QTest::qWait(50);
    const QPoint from = view->mapFromScene(dragged->pos());
    const QPoint to = view->mapFromScene(target->pos());
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    // Several steps, as a hand would move it.
    for (int i = 1; i <= 5; ++i)
        QTest::mouseMove(view->viewport(), from + (to - from) * i / 5);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    ASSERT_TRUE(waitFor([&] { return keyOf(QStringLiteral("OpenAI LP")).isEmpty(); }))
        << m_window->statusBar()->currentMessage().toStdString();
    EXPECT_EQ(curation()->undoStack()->undoText(), QStringLiteral("Merge “OpenAI LP” into “OpenAI”"));
}

TEST_F(CurationGui, InspectorShowsAUserRelationAsAddedByYou)
{
    {
        // The CLI or another window adds it; this window reads it on refresh.
        auto store = GraphStore::open(m_window->databasePath());
        ASSERT_TRUE(store);
        Curation curation(**store);
        RelationAttributes attributes;
        attributes.type = RelationType::WorksAt;
        ASSERT_TRUE(curation.addRelation(*curation.findEntity(QStringLiteral("Greg Brockman")),
                                         *curation.findEntity(QStringLiteral("Microsoft")), attributes,
                                         QStringLiteral("My own note")));
    }
    m_window->refresh();
    const QString brockman = keyOf(QStringLiteral("Greg Brockman"));
    const QString microsoft = keyOf(QStringLiteral("Microsoft"));
    ASSERT_TRUE(waitFor([&] {
        for (const Relation &r : m_window->scene()->graph().relations)
            if (r.source == brockman && r.target == microsoft)
                return true;
        return false;
    }));
    const Relation *added = nullptr;
    for (const Relation &r : m_window->scene()->graph().relations)
        if (r.source == brockman && r.target == microsoft)
            added = &r;
    ASSERT_TRUE(added);
    m_window->scene()->selectEdge(m_window->scene()->edgeIdFor(*added));
    const QString details = m_window->inspector()->detailsText();
    EXPECT_TRUE(details.contains(QStringLiteral("added by you"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("My own note")));
}
