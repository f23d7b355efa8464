// guanxi-cli given what a user should not give it: each input gets either a
// correct result or a clear error naming the file and the problem, a non-zero
// exit, and nothing half-stored.
#include "robustnesstestutil.h"
#include "../support/hostilestrings.h"

#include "common/inputfile.h"
#include "store/graphstore.h"

#include <QFileInfo>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>

using namespace Guanxi;
using namespace Guanxi::Test;

namespace {

const QString Article = QStringLiteral("林海于2022年创立星河智能。腾讯向星河智能投资2亿美元。陈晨已于2024年3月离开星河智能。\n");

class HostileInputs : public ::testing::Test
{
protected:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString db() const { return path(QStringLiteral("graph.db")); }
    QString write(const QString &name, const QByteArray &bytes) const { return writeFile(path(name), bytes); }

    CliResult ingest(const QStringList &files) const
    {
        return runCli(QStringList{QStringLiteral("ingest"), QStringLiteral("--db"), db()} + files);
    }

    // Documents stored in the test's database; 0 when it was never created.
    qint64 storedDocuments() const
    {
        if (!QFileInfo::exists(db()))
            return 0;
        auto store = GraphStore::open(db(), GraphStore::OpenMode::ReadOnly);
        EXPECT_TRUE(store) << store.error().toString().toStdString();
        if (!store)
            return -1;
        auto stats = (*store)->stats();
        return stats ? stats->documents : -1;
    }

    // The text stored for the only document.
    QString storedText() const
    {
        auto store = GraphStore::open(db(), GraphStore::OpenMode::ReadOnly);
        if (!store)
            return {};
        auto documents = (*store)->documents();
        if (!documents || documents->size() != 1)
            return {};
        auto document = (*store)->document(documents->first().id);
        return document ? document->text : QString();
    }

    // The run failed, said so naming `file` and `problem`, and stored nothing.
    void expectRefused(const CliResult &r, const QString &file, const QString &problem) const
    {
        EXPECT_NE(r.exitCode, 0);
        EXPECT_NE(r.exitCode, -1) << "guanxi-cli crashed";
        EXPECT_TRUE(r.errText().contains(file)) << r.errText().toStdString();
        EXPECT_TRUE(r.errText().contains(problem, Qt::CaseInsensitive)) << r.errText().toStdString();
        EXPECT_EQ(storedDocuments(), 0);
    }

private:
    QTemporaryDir m_dir;
};

bool underSanitizer()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#endif
#endif
    return false;
}

} // namespace

TEST_F(HostileInputs, EmptyFileIsRefusedNamingIt)
{
    const QString file = write(QStringLiteral("empty.txt"), {});
    expectRefused(ingest({file}), file, QStringLiteral("empty"));
}

TEST_F(HostileInputs, BinaryFileIsRefusedNamingIt)
{
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    for (int i = 0; i < 4096; ++i)
        png.append(char((i * 7919) & 0xff));
    const QString file = write(QStringLiteral("photo.txt"), png);
    expectRefused(ingest({file}), file, QStringLiteral("binary"));
}

TEST_F(HostileInputs, Utf8TruncatedMidCharacterIsRefusedNamingIt)
{
    QByteArray bytes = Article.toUtf8();
    bytes.chop(2);  // the final newline, then half of the final "。"
    const QString file = write(QStringLiteral("cut.txt"), bytes);
    expectRefused(ingest({file}), file, QStringLiteral("UTF-8"));
}

TEST_F(HostileInputs, Gb18030ArticleIsStoredAsItsText)
{
    QStringEncoder encoder("GB18030");
    ASSERT_TRUE(encoder.isValid());
    const QString file = write(QStringLiteral("gbk.txt"), encoder.encode(Article));
    const CliResult r = ingest({file});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_EQ(storedText().trimmed(), Article.trimmed());
}

TEST_F(HostileInputs, Utf16ArticleIsStoredAsItsText)
{
    QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QString file = write(QStringLiteral("utf16.txt"), encoder.encode(Article));
    const CliResult r = ingest({file});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_EQ(storedText().trimmed(), Article.trimmed());
}

TEST_F(HostileInputs, HtmlPageIsStoredWithoutItsMarkup)
{
    const QByteArray page = "<!DOCTYPE html><html><head><title>新闻</title><script>var x = '<p>星河</p>';</script>"
                            "<style>p { color: red }</style></head><body><p>"
                            + Article.toUtf8() + "</p></body></html>";
    const QString file = write(QStringLiteral("page.html"), page);
    const CliResult r = ingest({file});
    ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    const QString text = storedText();
    EXPECT_TRUE(text.contains(QStringLiteral("星河智能")));
    EXPECT_FALSE(text.contains(QLatin1Char('<')));
    EXPECT_FALSE(text.contains(QStringLiteral("color")));
}

TEST_F(HostileInputs, FileAboveTheInputLimitIsRefusedNamingTheLimit)
{
    // A 100 MB article: the sample text repeated, so only its size is wrong.
    const QByteArray one = Article.toUtf8();
    QByteArray big;
    big.reserve(100 * 1024 * 1024 + one.size());
    while (big.size() < 100 * 1024 * 1024)
        big += one;
    const QString file = write(QStringLiteral("huge.txt"), big);
    big.clear();
    const QString limit = QStringLiteral("%1 MB").arg(InputFile::MaxBytes / (1024 * 1024));
    expectRefused(ingest({file}), file, limit);
    const CliResult extract = runCli({QStringLiteral("extract"), file});
    EXPECT_NE(extract.exitCode, 0);
    EXPECT_TRUE(extract.errText().contains(limit)) << extract.errText().toStdString();
    EXPECT_TRUE(extract.out.isEmpty());
}

TEST_F(HostileInputs, TenMegabyteLineWithoutPunctuationIsExtracted)
{
    if (underSanitizer())
        GTEST_SKIP() << "10 MB through an ASan build takes minutes; the plain builds run this";
    // Names and verbs with no sentence end, no line break: one 10 MB "sentence".
    const QByteArray chunk = QStringLiteral("林海创立星河智能腾讯投资星河智能陈晨离开星河智能").toUtf8();
    QByteArray line;
    line.reserve(10 * 1024 * 1024 + chunk.size());
    while (line.size() < 10 * 1024 * 1024)
        line += chunk;
    const QString file = write(QStringLiteral("line.txt"), line);
    line.clear();
    const CliResult r = runCli({QStringLiteral("extract"), file}, 300000);
    EXPECT_EQ(r.exitCode, 0) << r.errText().toStdString();
    EXPECT_TRUE(r.out.startsWith('{'));
}

TEST_F(HostileInputs, MalformedJsonIsRefusedNamingTheFile)
{
    const QString file = write(QStringLiteral("broken.json"), R"({"document": "a.txt", "entities": [{"id": "e1",)");
    expectRefused(ingest({file}), file, QStringLiteral("JSON"));
}

TEST_F(HostileInputs, JsonRelationToAMissingEntityIsRefusedNamingIt)
{
    const QString file = write(QStringLiteral("dangling.json"), R"({"document": "a.txt",
        "entities": [{"id": "e1", "type": "person", "name": "林海"}],
        "relations": [{"type": "founded", "source": "e1", "target": "ghost"}]})");
    expectRefused(ingest({file}), file, QStringLiteral("ghost"));
}

TEST_F(HostileInputs, SearchTextIsNeverSyntax)
{
    const QString file = write(QStringLiteral("a.txt"), Article.toUtf8());
    ASSERT_EQ(ingest({file}).exitCode, 0);
    const qint64 before = storedDocuments();
    for (const QString &query : hostileSearchStrings()) {
        SCOPED_TRACE(query.left(40).toStdString());
        const CliResult r = runCli({QStringLiteral("search"), QStringLiteral("--db"), db(), query});
        EXPECT_NE(r.exitCode, -1) << "guanxi-cli crashed";
        EXPECT_FALSE(r.errText().contains(QStringLiteral("syntax"), Qt::CaseInsensitive)) << r.errText().toStdString();
        EXPECT_FALSE(r.errText().contains(QStringLiteral("fts5"), Qt::CaseInsensitive)) << r.errText().toStdString();
    }
    EXPECT_EQ(storedDocuments(), before);
    // Quotes around a real name still find it: the quote is text, not an error.
    auto store = GraphStore::open(db(), GraphStore::OpenMode::ReadOnly);
    ASSERT_TRUE(store);
    auto hits = (*store)->search(QStringLiteral("星河\""));
    ASSERT_TRUE(hits) << hits.error().toString().toStdString();
    auto plain = (*store)->search(QStringLiteral("星河"));
    ASSERT_TRUE(plain);
    EXPECT_FALSE(plain->isEmpty());
}

// A full disk, made real for one child process: RLIMIT_FSIZE caps every file
// it writes (the database and its -wal), so SQLite's writes fail as on a full
// disk. The database must come out with exactly what it held before.
TEST_F(HostileInputs, FullDiskFailsClearlyAndKeepsTheDatabase)
{
    const QString first = write(QStringLiteral("first.txt"), Article.toUtf8());
    ASSERT_EQ(ingest({first}).exitCode, 0);
    const qint64 dbSize = QFileInfo(db()).size();
    ASSERT_GT(dbSize, 0);

    // A large article, so that the store needs far more than the headroom left.
    QByteArray big;
    for (int i = 0; big.size() < 1024 * 1024; ++i)
        big += QStringLiteral("第%1段：林海于2022年创立星河智能%1号。腾讯向星河智能%1号投资2亿美元。\n").arg(i).toUtf8();
    const QString second = write(QStringLiteral("second.txt"), big);

    QProcess process;
    const rlim_t cap = rlim_t(dbSize + 64 * 1024);
    process.setChildProcessModifier([cap] {
        // Ignoring SIGXFSZ turns "file too large" into a write error (EFBIG)
        // instead of killing the process; both survive exec.
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{cap, cap};
        setrlimit(RLIMIT_FSIZE, &limit);
    });
    process.start(QStringLiteral(GUANXI_CLI_PATH), {QStringLiteral("ingest"), QStringLiteral("--db"), db(), second});
    ASSERT_TRUE(process.waitForFinished(300000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_NE(process.exitCode(), 0);
    EXPECT_TRUE(err.contains(second)) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("full"), Qt::CaseInsensitive)
                || err.contains(QStringLiteral("too large"), Qt::CaseInsensitive)
                || err.contains(QStringLiteral("disk"), Qt::CaseInsensitive)) << err.toStdString();

    EXPECT_EQ(storedDocuments(), 1);
    EXPECT_EQ(storedText().trimmed(), Article.trimmed());
    auto store = GraphStore::open(db());
    ASSERT_TRUE(store) << store.error().toString().toStdString();
    // And with room again, the same article goes in whole.
    store->reset();
    const CliResult again = ingest({second});
    EXPECT_EQ(again.exitCode, 0) << again.errText().toStdString();
    EXPECT_EQ(storedDocuments(), 2);
}

// A database cut short (a copy that stopped halfway): the CLI must refuse it
// with a message naming it and leave the bytes alone, never "repair" it.
TEST_F(HostileInputs, TruncatedDatabaseIsRefusedAndLeftByteIdentical)
{
    QByteArray big;
    for (int i = 0; big.size() < 256 * 1024; ++i)
        big += QStringLiteral("第%1段：林海于2022年创立星河智能%1号。腾讯向星河智能%1号投资2亿美元。\n").arg(i).toUtf8();
    ASSERT_EQ(ingest({write(QStringLiteral("first.txt"), big)}).exitCode, 0);
    {
        // Fold the WAL back into the file, as closing the last connection does.
        auto store = GraphStore::open(db());
        ASSERT_TRUE(store);
    }
    QByteArray bytes = readFile(db());
    ASSERT_GT(bytes.size(), 64 * 1024);
    bytes.truncate(bytes.size() / 2);
    writeFile(db(), bytes);

    const QString second = write(QStringLiteral("second.txt"), Article.toUtf8());
    const CliResult r = ingest({second});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_NE(r.exitCode, -1) << "guanxi-cli crashed";
    EXPECT_TRUE(r.errText().contains(db())) << r.errText().toStdString();
    EXPECT_EQ(readFile(db()), bytes);
}
