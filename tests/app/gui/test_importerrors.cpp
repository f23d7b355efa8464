// Articles the viewer cannot import and a disk that fills during an import
// (issue 6), through the window's import (File → Import and drops): a dialog
// names the file and the problem, the store is unchanged, the window goes on.

#include "dialoganswerer.h"
#include "guitestsupport.h"

#include <QSignalSpy>

#include <algorithm>
#include <csignal>
#include <sys/resource.h>

using namespace Guanxi;
using namespace Guanxi::Test;

namespace {

const QString Article = QStringLiteral("林海于2022年创立星河智能。腾讯向星河智能投资2亿美元。星河智能发布了星河一号。\n");

struct ImportErrorsFixture : GoldWindowFixture
{
    void SetUp() override
    {
        ensureApplication();
        answerer = std::make_unique<DialogAnswerer>();
        GoldWindowFixture::SetUp();
        reader = openReader();
        ASSERT_NE(reader, nullptr);
        before = snapshot();
    }

    void TearDown() override
    {
        reader.reset();
        GoldWindowFixture::TearDown();
        answerer.reset();
    }

    std::unique_ptr<GraphStore> openReader() const
    {
        auto store = GraphStore::open(dbPath, GraphStore::OpenMode::ReadOnly);
        if (!store) {
            ADD_FAILURE() << store.error().toString().toStdString();
            return nullptr;
        }
        return std::move(*store);
    }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    // What the store holds, and whether anybody committed to it since the reader opened.
    struct Snapshot
    {
        qint64 documents = -1;
        qint64 entities = -1;
        qint64 relations = -1;
        qint64 evidence = -1;
        qint64 dataVersion = -1;
        bool operator==(const Snapshot &) const = default;
    };

    Snapshot snapshot() const
    {
        Snapshot s;
        auto stats = reader->stats();
        auto version = reader->dataVersion();
        EXPECT_TRUE(stats.has_value());
        EXPECT_TRUE(version.has_value());
        if (stats) {
            s.documents = stats->documents;
            s.entities = stats->entities;
            s.relations = stats->relations;
            s.evidence = stats->evidence;
        }
        s.dataVersion = version ? *version : -1;
        return s;
    }

    // Imports through the window as File → Import does; true once it finished.
    bool import(const QStringList &files)
    {
        QSignalSpy finished(window.get(), &MainWindow::importFinished);
        window->importFiles(files, QDate(2024, 12, 12));
        return finished.count() > 0 || finished.wait(180000);
    }

    // One dialog named `file` and `problem`; nothing was stored; the window
    // still shows the graph, searches it and takes a good article.
    void expectRefusedAndWindowUsable(const QString &file, const QString &problem)
    {
        ASSERT_EQ(answerer->messages().size(), 1);
        const DialogAnswerer::Message &message = answerer->messages().first();
        EXPECT_EQ(message.title, QStringLiteral("Some files were not imported"));
        EXPECT_TRUE(message.text.contains(QFileInfo(file).fileName())) << message.text.toStdString();
        EXPECT_TRUE(message.text.contains(problem, Qt::CaseInsensitive)) << message.text.toStdString();
        EXPECT_EQ(snapshot(), before);

        ASSERT_TRUE(waitUntilShown());
        EXPECT_EQ(window->databasePath(), dbPath);
        EXPECT_TRUE(window->searchAndSelect(QStringLiteral("OpenAI")));
        ASSERT_TRUE(import({write(QStringLiteral("good.txt"), Article.toUtf8())}));
        EXPECT_EQ(answerer->messages().size(), 1);
        EXPECT_EQ(snapshot().documents, before.documents + 1);
    }

    std::unique_ptr<DialogAnswerer> answerer;
    std::unique_ptr<GraphStore> reader;
    Snapshot before;
};

} // namespace

TEST_F(ImportErrorsFixture, BinaryArticleIsRefusedNamingItAndNothingIsStored)
{
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    for (int i = 0; i < 4096; ++i)
        png.append(char((i * 7919) & 0xff));
    const QString file = write(QStringLiteral("photo.txt"), png);
    ASSERT_TRUE(import({file}));
    expectRefusedAndWindowUsable(file, QStringLiteral("binary"));
}

TEST_F(ImportErrorsFixture, EmptyArticleIsRefusedNamingItAndNothingIsStored)
{
    const QString file = write(QStringLiteral("empty.txt"), {});
    ASSERT_TRUE(import({file}));
    expectRefusedAndWindowUsable(file, QStringLiteral("empty"));
}

TEST_F(ImportErrorsFixture, ArticleCutInTheMiddleOfACharacterIsRefusedNamingItAndNothingIsStored)
{
    QByteArray bytes = Article.toUtf8();
    bytes.chop(2);  // the final newline, then half of the final "。"
    const QString file = write(QStringLiteral("cut.txt"), bytes);
    ASSERT_TRUE(import({file}));
    expectRefusedAndWindowUsable(file, QStringLiteral("UTF-8"));
}

TEST_F(ImportErrorsFixture, MalformedJsonIsRefusedNamingItAndNothingIsStored)
{
    const QString file = write(QStringLiteral("broken.json"), R"({"document": "a.txt", "entities": [{"id": "e1",)");
    ASSERT_TRUE(import({file}));
    expectRefusedAndWindowUsable(file, QStringLiteral("JSON"));
}

TEST_F(ImportErrorsFixture, JsonRelationToAMissingEntityIsRefusedNamingItAndNothingIsStored)
{
    const QString file = write(QStringLiteral("dangling.json"), R"({"document": "a.txt",
        "entities": [{"id": "e1", "type": "person", "name": "林海"}],
        "relations": [{"type": "founded", "source": "e1", "target": "ghost"}]})");
    ASSERT_TRUE(import({file}));
    expectRefusedAndWindowUsable(file, QStringLiteral("ghost"));
}

TEST_F(ImportErrorsFixture, ArticleOverTheSizeLimitIsRefusedBeforeItIsRead)
{
    const QString file = dir.filePath(QStringLiteral("huge.txt"));
    {
        QFile huge(file);
        ASSERT_TRUE(huge.open(QIODevice::WriteOnly));
        ASSERT_TRUE(huge.resize(100 * 1024 * 1024));  // sparse: costs no disk
    }
    ASSERT_TRUE(import({file}));
    expectRefusedAndWindowUsable(file, QStringLiteral("larger than 32 MB"));
}

// RLIMIT_FSIZE caps every file this process writes; with SIGXFSZ ignored a
// write past it fails (EFBIG) as on a full disk. The cap is lifted before the
// window goes on.
TEST_F(ImportErrorsFixture, FullDiskDuringAnImportIsReportedAndNothingIsStored)
{
    QByteArray big;
    for (int i = 0; big.size() < 512 * 1024; ++i)
        big += QStringLiteral("第%1段：林海于2022年创立星河智能%1号。腾讯向星河智能%1号投资2亿美元。\n").arg(i).toUtf8();
    const QString file = write(QStringLiteral("big.txt"), big);
    const qint64 largest = std::max(QFileInfo(dbPath).size(), QFileInfo(dbPath + QStringLiteral("-wal")).size());

    rlimit saved{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    const rlim_t cap = rlim_t(largest + 16 * 1024);
    const rlimit limit{cap, saved.rlim_max};
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &limit), 0);
    const bool finished = import({file});
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);
    ASSERT_TRUE(finished);

    ASSERT_EQ(answerer->messages().size(), 1);
    const QString text = answerer->messages().first().text;
    EXPECT_TRUE(text.contains(QStringLiteral("full"), Qt::CaseInsensitive)
                || text.contains(QStringLiteral("disk"), Qt::CaseInsensitive)
                || text.contains(QStringLiteral("too large"), Qt::CaseInsensitive)) << text.toStdString();
    expectRefusedAndWindowUsable(file, QStringLiteral("big.txt"));
    // With room again, the same article goes in.
    ASSERT_TRUE(import({file}));
    EXPECT_EQ(answerer->messages().size(), 1);
    EXPECT_EQ(snapshot().documents, before.documents + 2);
}
