#include "importjob.h"
#include "viewertestsupport.h"

#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QThreadPool>

using namespace Guanxi;
using namespace Guanxi::ViewerTest;

namespace {

const QDate published(2024, 12, 12);

QString samplePath()
{
    return QStringLiteral(GUANXI_RESOURCES_DIR "/samples/openai_founders.txt");
}

struct ImportJobFixture : ::testing::Test
{
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        dbPath = dir.filePath(QStringLiteral("import.db"));
        auto store = GraphStore::open(dbPath);
        ASSERT_TRUE(store.has_value());
        ASSERT_TRUE((*store)->ingest(sampleGoldGraph()).has_value());
    }

    GraphStats stats() const
    {
        auto store = GraphStore::open(dbPath);
        EXPECT_TRUE(store.has_value());
        auto result = store ? (*store)->stats() : Result<GraphStats>();
        EXPECT_TRUE(result.has_value());
        return result ? *result : GraphStats();
    }

    QTemporaryDir dir;
    QString dbPath;
};

} // namespace

TEST_F(ImportJobFixture, SharedEntitiesMergeWithStoredOnes)
{
    auto summary = ImportJob::run(dbPath, {secondArticlePath()}, published, nullptr, {});
    ASSERT_TRUE(summary.has_value()) << summary.error().toString().toStdString();
    EXPECT_EQ(summary->documents, 1);
    EXPECT_GT(summary->entitiesAdded, 0);
    EXPECT_GT(summary->entitiesMerged, 0);  // OpenAI is already stored
    auto store = GraphStore::open(dbPath);
    ASSERT_TRUE(store.has_value());
    auto graph = (*store)->graph();
    ASSERT_TRUE(graph.has_value());
    int openAi = 0;
    for (const Entity &entity : std::as_const(graph->entities))
        openAi += entity.name == QLatin1String("OpenAI") ? 1 : 0;
    EXPECT_EQ(openAi, 1);
}

TEST_F(ImportJobFixture, CancelBeforeStoringLeavesTheStoreUnchanged)
{
    const GraphStats before = stats();
    CancelToken cancel;
    // The last progress step announces the store transaction: cancel there,
    // after every article was extracted.
    const ProgressSink progress = [&](qint64 done, qint64 total, const QString &) {
        if (done == total - 1)
            cancel.cancel();
    };
    auto summary = ImportJob::run(dbPath, {secondArticlePath(), samplePath()}, published, &cancel, progress);
    ASSERT_FALSE(summary.has_value());
    EXPECT_TRUE(summary.error().isCancelled());
    const GraphStats after = stats();
    EXPECT_EQ(after.documents, before.documents);
    EXPECT_EQ(after.entities, before.entities);
    EXPECT_EQ(after.relations, before.relations);
    EXPECT_EQ(after.evidence, before.evidence);
}

TEST_F(ImportJobFixture, CancelAfterTheFirstArticleStoresNeither)
{
    const GraphStats before = stats();
    CancelToken cancel;
    const ProgressSink progress = [&](qint64 done, qint64, const QString &) {
        if (done == 1)
            cancel.cancel();
    };
    auto summary = ImportJob::run(dbPath, {secondArticlePath(), samplePath()}, published, &cancel, progress);
    ASSERT_FALSE(summary.has_value());
    EXPECT_TRUE(summary.error().isCancelled());
    EXPECT_EQ(stats().documents, before.documents);
    EXPECT_EQ(stats().entities, before.entities);
}

TEST_F(ImportJobFixture, UnreadableFileIsReportedAndTheOthersStored)
{
    const GraphStats before = stats();
    const QString missing = dir.filePath(QStringLiteral("missing.txt"));
    auto summary = ImportJob::run(dbPath, {missing, secondArticlePath()}, published, nullptr, {});
    ASSERT_TRUE(summary.has_value());
    EXPECT_EQ(summary->documents, 1);
    ASSERT_EQ(summary->failures.size(), 1);
    EXPECT_TRUE(summary->failures.first().startsWith(QStringLiteral("missing.txt: ")));
    EXPECT_EQ(stats().documents, before.documents + 1);
}

TEST_F(ImportJobFixture, ProgressCountsFilesThenTheStoreStep)
{
    QList<qint64> steps;
    qint64 lastTotal = 0;
    const ProgressSink progress = [&](qint64 done, qint64 total, const QString &) {
        steps.append(done);
        lastTotal = total;
    };
    ASSERT_TRUE(ImportJob::run(dbPath, {secondArticlePath()}, published, nullptr, progress).has_value());
    EXPECT_EQ(lastTotal, 2);
    EXPECT_EQ(steps, (QList<qint64>{0, 1, 2}));
}

TEST_F(WindowFixture, ImportingASecondArticleMergesSharedEntities)
{
    ASSERT_EQ(nodesNamed(QStringLiteral("OpenAI")), 1);
    const qsizetype nodesBefore = window->scene()->nodeItems().size();
    QSignalSpy finished(window.get(), &MainWindow::importFinished);
    window->importFiles({secondArticlePath()}, published);
    ASSERT_TRUE(finished.wait(60000) || finished.count() == 1);
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->isBusy(); }, 60000));
    // One node per stored entity: nothing the two articles share is drawn twice.
    EXPECT_EQ(window->scene()->nodeItems().size(), storeStats().entities);
    EXPECT_GT(window->scene()->nodeItems().size(), nodesBefore);
    EXPECT_EQ(nodesNamed(QStringLiteral("OpenAI")), 1);
}

TEST_F(WindowFixture, ACancelledImportLeavesTheStoreAndViewUnchanged)
{
    const GraphStats before = storeStats();
    const qsizetype nodesBefore = window->scene()->nodeItems().size();
    QSignalSpy finished(window.get(), &MainWindow::importFinished);
    window->importFiles({secondArticlePath()}, published);
    // The progress dialog's Cancel, pressed before the worker got to storing.
    auto *dialog = window->findChild<QProgressDialog *>();
    ASSERT_NE(dialog, nullptr);
    auto *cancel = dialog->findChild<QPushButton *>();
    ASSERT_NE(cancel, nullptr);
    cancel->click();
    ASSERT_TRUE(finished.wait(60000) || finished.count() == 1);
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->isBusy(); }, 60000));
    const GraphStats after = storeStats();
    EXPECT_EQ(after.documents, before.documents);
    EXPECT_EQ(after.entities, before.entities);
    EXPECT_EQ(after.relations, before.relations);
    EXPECT_EQ(window->scene()->nodeItems().size(), nodesBefore);
}

// Quitting while an article is imported: the window cancels the import and
// waits for it, so nothing is half stored and no worker outlives the window.
TEST_F(WindowFixture, ClosingTheWindowDuringAnImportCancelsItAndWaits)
{
    const GraphStats before = storeStats();
    window->importFiles({secondArticlePath(), samplePath()}, published);
    ASSERT_TRUE(window->isBusy());
    window.reset();
    // A finished run reports its result a moment before the pool counts its
    // thread idle: allow that moment, far less than the run itself would take.
    EXPECT_TRUE(QThreadPool::globalInstance()->waitForDone(20));
    const GraphStats after = storeStats();
    EXPECT_EQ(after.documents, before.documents);
    EXPECT_EQ(after.entities, before.entities);
}
