#include "databasewatcher.h"
#include "filterdock.h"
#include "viewertestsupport.h"

#include <QAction>
#include <QSignalSpy>

using namespace Guanxi;
using namespace Guanxi::ViewerTest;

namespace {

const QDate published(2024, 12, 12);

// Every position in `before` whose node is still shown, compared with now.
void expectUnmoved(GraphScene *scene, const QHash<QString, QPointF> &before)
{
    int compared = 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const NodeItem *node = scene->nodeItem(it.key());
        if (!node)
            continue;
        ++compared;
        EXPECT_NEAR(node->pos().x(), it.value().x(), 0.5) << it.key().toStdString();
        EXPECT_NEAR(node->pos().y(), it.value().y(), 0.5) << it.key().toStdString();
    }
    EXPECT_EQ(compared, before.size());
}

// A one-relation document: a new person who joined an organisation the sample names.
GraphDocument newcomerDocument()
{
    GraphDocument document;
    document.info.name = QStringLiteral("newcomer.txt");
    document.info.published = QDate(2025, 1, 6);
    document.info.text = QStringLiteral("Ada Newcomer joined OpenAI.");
    document.info.language = QStringLiteral("en");
    Entity person;
    person.key = QStringLiteral("ada");
    person.name = QStringLiteral("Ada Newcomer");
    person.type = EntityType::Person;
    Entity openai;
    openai.key = QStringLiteral("openai");
    openai.name = QStringLiteral("OpenAI");
    openai.type = EntityType::Organization;
    openai.kind = OrgKind::Company;
    Relation joined;
    joined.type = RelationType::Joined;
    joined.source = person.key;
    joined.target = openai.key;
    Evidence evidence;
    evidence.document = document.info.name;
    evidence.sentence = document.info.text;
    evidence.start = 0;
    evidence.end = document.info.text.size();
    joined.evidence.append(evidence);
    document.entities = {person, openai};
    document.relations = {joined};
    return document;
}

QAction *actionWithShortcut(QWidget *window, const QKeySequence &shortcut)
{
    for (QAction *action : window->findChildren<QAction *>())
        if (action->shortcuts().contains(shortcut))
            return action;
    return nullptr;
}

} // namespace

TEST_F(WindowFixture, ExpandingANodeKeepsTheNodesOnScreenWhereTheyWere)
{
    ASSERT_TRUE(window->focusOn(keyOfName(QStringLiteral("Greg Brockman")), 1));
    ASSERT_TRUE(waitUntilIdle());
    const QString openai = keyOfName(QStringLiteral("OpenAI"));
    ASSERT_FALSE(openai.isEmpty());
    const QHash<QString, QPointF> before = window->scene()->nodePositions();
    const QTransform viewBefore = window->view()->transform();
    ASSERT_TRUE(window->expandNeighbours(openai));
    ASSERT_TRUE(waitUntilIdle());
    EXPECT_GT(window->scene()->nodeItems().size(), before.size());
    expectUnmoved(window->scene(), before);
    // Still the neighbourhood view, at the same zoom.
    EXPECT_TRUE(window->isFocused());
    EXPECT_EQ(window->view()->transform(), viewBefore);
}

TEST_F(WindowFixture, ExpandedNeighboursDoNotOverlapTheNodesOnScreen)
{
    ASSERT_TRUE(window->focusOn(keyOfName(QStringLiteral("Greg Brockman")), 1));
    ASSERT_TRUE(waitUntilIdle());
    const QHash<QString, QPointF> before = window->scene()->nodePositions();
    ASSERT_TRUE(window->expandNeighbours(keyOfName(QStringLiteral("OpenAI"))));
    ASSERT_TRUE(waitUntilIdle());
    for (NodeItem *added : window->scene()->nodeItems()) {
        if (before.contains(added->key()))
            continue;
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            EXPECT_FALSE(added->collidesWithItem(window->scene()->nodeItem(it.key())))
                << added->appearance().label.toStdString() << " covers " << it.key().toStdString();
    }
}

TEST_F(WindowFixture, ExpandingAnUnknownNodeDoesNothing)
{
    EXPECT_FALSE(window->expandNeighbours(QStringLiteral("e999999")));
    EXPECT_FALSE(window->isBusy());
}

TEST_F(WindowFixture, ImportKeepsTheNodesOnScreenWhereTheyWere)
{
    const QHash<QString, QPointF> before = window->scene()->nodePositions();
    QSignalSpy finished(window.get(), &MainWindow::importFinished);
    window->importFiles({secondArticlePath()}, published);
    ASSERT_TRUE(finished.wait(60000) || finished.count() == 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->isBusy(); }, 60000));
    EXPECT_GT(window->scene()->nodeItems().size(), before.size());
    expectUnmoved(window->scene(), before);
}

TEST_F(WindowFixture, FilteringOutAndBackInKeepsPositions)
{
    const QHash<QString, QPointF> before = window->scene()->nodePositions();
    window->scene()->setHiddenEntityTypes({EntityType::Person, EntityType::Lawsuit});
    window->scene()->setHiddenEntityTypes({});
    expectUnmoved(window->scene(), before);
}

TEST_F(WindowFixture, AnotherConnectionsWriteIsShownWithoutAsking)
{
    const QHash<QString, QPointF> before = window->scene()->nodePositions();
    QSignalSpy shown(window.get(), &MainWindow::graphShown);
    {
        auto other = GraphStore::open(dbPath);
        ASSERT_TRUE(other.has_value());
        auto report = (*other)->ingest(newcomerDocument());
        ASSERT_TRUE(report.has_value()) << report.error().toString().toStdString();
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return !keyOfName(QStringLiteral("Ada Newcomer")).isEmpty(); }, 15000));
    ASSERT_TRUE(waitUntilIdle());
    expectUnmoved(window->scene(), before);
    EXPECT_EQ(window->scene()->nodeItems().size(), storeStats().entities);
}

TEST_F(WindowFixture, RefreshActionReadsTheDatabaseAgain)
{
    // No polling in this test: only F5 may show the write.
    window->databaseWatcher()->setInterval(3600 * 1000);
    QAction *refresh = actionWithShortcut(window.get(), QKeySequence(QKeySequence::Refresh));
    ASSERT_NE(refresh, nullptr);
    {
        auto other = GraphStore::open(dbPath);
        ASSERT_TRUE(other.has_value());
        ASSERT_TRUE((*other)->ingest(newcomerDocument()).has_value());
    }
    QTest::qWait(200);
    EXPECT_TRUE(keyOfName(QStringLiteral("Ada Newcomer")).isEmpty());
    refresh->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !keyOfName(QStringLiteral("Ada Newcomer")).isEmpty(); }, 15000));
}

TEST_F(WindowFixture, RefreshWithoutChangesMovesNothing)
{
    const QString key = keyOfName(QStringLiteral("Ilya Sutskever"));
    window->scene()->moveNode(key, QPointF(-500, -300));
    const QHash<QString, QPointF> before = window->scene()->nodePositions();
    QSignalSpy shown(window.get(), &MainWindow::graphShown);
    window->refresh();
    ASSERT_TRUE(shown.count() > 0 || shown.wait(15000));
    expectUnmoved(window->scene(), before);
}

TEST(DatabaseWatcher, ReportsAWriteByAnotherConnectionOnce)
{
    ensureApplication();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("watched.db"));
    auto reader = GraphStore::open(path);
    ASSERT_TRUE(reader.has_value());
    DatabaseWatcher watcher;
    watcher.watch(reader->get());
    QSignalSpy changed(&watcher, &DatabaseWatcher::changed);
    watcher.check();
    EXPECT_EQ(changed.count(), 0);
    ASSERT_TRUE((*reader)->graph().has_value());  // reading changes nothing
    watcher.check();
    EXPECT_EQ(changed.count(), 0);
    {
        auto writer = GraphStore::open(path);
        ASSERT_TRUE(writer.has_value());
        ASSERT_TRUE((*writer)->ingest(newcomerDocument()).has_value());
    }
    watcher.check();
    EXPECT_EQ(changed.count(), 1);
    watcher.check();
    EXPECT_EQ(changed.count(), 1);
}
