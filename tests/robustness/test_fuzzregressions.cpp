// Replays every input kept for a fuzz harness (the committed seeds in
// fuzz/corpus/ and the crashes found and fixed in fuzz/regressions/) through
// the harness's own entry point, so a fixed crash stays fixed in the normal
// (gcc, and ASan) builds too. A broken invariant aborts the test program.
#include "fuzzentrypoints.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <functional>

namespace {

using EntryPoint = std::function<int(const std::uint8_t *, std::size_t)>;

// Runs every file under fuzz/<kind>/<harness>/; returns how many there were.
int replay(const QString &harness, const EntryPoint &entry)
{
    int count = 0;
    for (const char *kind : {"corpus", "regressions"}) {
        const QDir dir(QStringLiteral(GUANXI_FUZZ_DIR "/%1/%2").arg(QLatin1String(kind), harness));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
            const QByteArray bytes = file.readAll();
            SCOPED_TRACE(file.fileName().toStdString());
            EXPECT_EQ(entry(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                            static_cast<std::size_t>(bytes.size())), 0);
            ++count;
        }
    }
    return count;
}

} // namespace

TEST(FuzzRegressions, DecodeAndExtractInputsRunClean)
{
    EXPECT_GT(replay(QStringLiteral("extract"), Guanxi::Fuzz::runDecodeAndExtract), 0);
}

TEST(FuzzRegressions, GraphJsonInputsRunClean)
{
    EXPECT_GT(replay(QStringLiteral("graphjson"), Guanxi::Fuzz::runGraphJsonRead), 0);
}

TEST(FuzzRegressions, StoreIngestInputsRunClean)
{
    // The ingest harness reads the same JSON documents as graphjson.
    EXPECT_GT(replay(QStringLiteral("graphjson"), Guanxi::Fuzz::runStoreIngest)
                  + replay(QStringLiteral("ingest"), Guanxi::Fuzz::runStoreIngest), 0);
}

TEST(FuzzRegressions, EmptyInputRunsCleanThroughEveryHarness)
{
    EXPECT_EQ(Guanxi::Fuzz::runDecodeAndExtract(nullptr, 0), 0);
    EXPECT_EQ(Guanxi::Fuzz::runGraphJsonRead(nullptr, 0), 0);
    EXPECT_EQ(Guanxi::Fuzz::runStoreIngest(nullptr, 0), 0);
}
