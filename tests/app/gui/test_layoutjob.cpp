#include "guitestsupport.h"
#include "layoutjob.h"

#include <QSignalSpy>
#include <QThreadPool>
#include <QTimer>

#include <memory>

using namespace Guanxi;

namespace {

// A chain of `count` organisations.
GraphDocument chain(int count)
{
    GraphDocument graph;
    for (int i = 0; i < count; ++i) {
        Entity entity;
        entity.key = QStringLiteral("o%1").arg(i);
        entity.name = QStringLiteral("Org %1").arg(i);
        entity.type = EntityType::Organization;
        entity.kind = OrgKind::Company;
        graph.entities.append(entity);
        if (i > 0) {
            Relation relation;
            relation.type = RelationType::CompetitorOf;
            relation.source = QStringLiteral("o%1").arg(i - 1);
            relation.target = entity.key;
            graph.relations.append(relation);
        }
    }
    return graph;
}

// The first node of chain() where a view already has it: the others are
// placed around it by neato, whose run on a few hundred nodes takes long
// enough to be still going a tenth of a second after it was requested.
LayoutResult firstNodeKept()
{
    LayoutResult keep;
    keep.nodes.append(NodeGeometry{QStringLiteral("o0"), QPointF(0, 0), QSizeF(60, 30)});
    return keep;
}

} // namespace

// Quitting while a layout runs: the job waits for its run, so no worker is
// left inside Graphviz while the program unloads its libraries.
TEST(LayoutJob, DestroyedJobLeavesNoRunBehind)
{
    Guanxi::Test::ensureApplication();
    ASSERT_TRUE(QThreadPool::globalInstance()->waitForDone(60000));
    auto job = std::make_unique<LayoutJob>();
    job->request(chain(300), firstNodeKept());
    ASSERT_TRUE(job->isRunning());
    // Long enough for the run to be past its cancel checks and inside neato.
    QTest::qWait(100);
    ASSERT_TRUE(job->isRunning());
    job.reset();
    // A finished run reports its result a moment before the pool counts its
    // thread idle: allow that moment, far less than the run itself would take.
    EXPECT_TRUE(QThreadPool::globalInstance()->waitForDone(20));
}

// Two requests in a row: only the newer graph is drawn.
TEST(LayoutJob, NewerRequestIsTheOnlyOneFinished)
{
    Guanxi::Test::ensureApplication();
    LayoutJob job;
    QSignalSpy finished(&job, &LayoutJob::finished);
    job.request(chain(400));
    job.request(chain(3));
    ASSERT_TRUE(finished.wait(60000));
    QTest::qWait(200);
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.first().first().value<GraphDocument>().entities.size(), 3);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !job.isRunning(); }, 60000));
}

// The layout of 2,000 nodes runs on a worker: the GUI thread's
// timers keep firing while the worker is busy, before the result arrives.
TEST(LayoutJob, TheGuiThreadRunsEventsWhileALargeGraphIsLaidOut)
{
    Guanxi::Test::ensureApplication();
    ASSERT_TRUE(QThreadPool::globalInstance()->waitForDone(60000));
    LayoutJob job;
    bool isFinished = false;
    int ticksWhileRunning = 0;
    QObject::connect(&job, &LayoutJob::finished, [&] { isFinished = true; });
    QTimer timer;
    timer.setInterval(0);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        // A worker of the pool is inside the layout; a synchronous one would leave none.
        if (!isFinished && QThreadPool::globalInstance()->activeThreadCount() > 0)
            ++ticksWhileRunning;
    });
    timer.start();
    job.request(chain(2000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return isFinished; }, 180000));
    EXPECT_GT(ticksWhileRunning, 0);
}

// A chosen engine that honours pins places the new nodes around the kept
// ones; one that does not (dot) leaves it to the size-based pinning engine.
TEST(LayoutJob, PinnedPlacementsUseTheChosenEngineWhenItHonoursPins)
{
    Guanxi::Test::ensureApplication();
    LayoutJob job;
    QSignalSpy finished(&job, &LayoutJob::finished);
    job.setEngine(QStringLiteral("fdp"));
    job.request(chain(5), firstNodeKept());
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(finished.last().at(1).value<LayoutResult>().engine, QStringLiteral("fdp"));
    job.setEngine(QStringLiteral("dot"));
    job.request(chain(5), firstNodeKept());
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(finished.last().at(1).value<LayoutResult>().engine, LayoutJob::pinnedEngineFor(5));
    // Nothing kept: the chosen engine lays out the whole graph.
    job.request(chain(5));
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(finished.last().at(1).value<LayoutResult>().engine, QStringLiteral("dot"));
}
