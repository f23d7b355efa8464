// DisplayCheck: the viewer's start without a display (no abort in Qt's xcb plugin).
#include "displaycheck.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Guanxi;

namespace {

const DisplayCheck::Environment Headless{};

QStringList args(std::initializer_list<const char *> list)
{
    QStringList result{QStringLiteral("guanxi")};
    for (const char *a : list)
        result.append(QString::fromUtf8(a));
    return result;
}

} // namespace

TEST(DisplayCheck, AnInteractiveStartWithoutADisplayIsRefused)
{
    EXPECT_EQ(DisplayCheck::decide(args({}), Headless), DisplayCheck::Start::NoDisplay);
    EXPECT_EQ(DisplayCheck::decide(args({"--db", "g.db", "article.txt"}), Headless), DisplayCheck::Start::NoDisplay);
}

TEST(DisplayCheck, WorkThatShowsNoWindowRunsOffscreenWithoutADisplay)
{
    for (const auto &a : {args({"--help"}), args({"-h"}), args({"--version"}), args({"--screenshot", "s.png"}),
                          args({"--db", "g.db", "--export-image=g.svg"})})
        EXPECT_EQ(DisplayCheck::decide(a, Headless), DisplayCheck::Start::Offscreen) << a.join(u' ').toStdString();
}

TEST(DisplayCheck, ADisplayOrAChosenPlatformIsLeftAlone)
{
    EXPECT_EQ(DisplayCheck::decide(args({}), {QByteArray(), ":0", QByteArray()}), DisplayCheck::Start::AsAsked);
    EXPECT_EQ(DisplayCheck::decide(args({}), {QByteArray(), QByteArray(), "wayland-0"}), DisplayCheck::Start::AsAsked);
    EXPECT_EQ(DisplayCheck::decide(args({}), {"offscreen", QByteArray(), QByteArray()}), DisplayCheck::Start::AsAsked);
    EXPECT_EQ(DisplayCheck::decide(args({"-platform", "minimal"}), Headless), DisplayCheck::Start::AsAsked);
}

TEST(DisplayCheck, AFileNamedLikeAnOptionDoesNotCount)
{
    // Only options count, not the program name or a value that looks like one.
    EXPECT_EQ(DisplayCheck::decide({QStringLiteral("--help")}, Headless), DisplayCheck::Start::NoDisplay);
}

// The real binary: no abort (exit 134) and a message saying what to do.
class DisplayCheckProcess : public ::testing::Test
{
protected:
    struct Run
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out, err;
    };

    Run run(const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
        QProcess process;
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_home.path());
        process.start(QStringLiteral(GUANXI_VIEWER_PATH), arguments);
        Run result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            ADD_FAILURE() << "guanxi did not finish";
            return result;
        }
        result.exitCode = process.exitCode();
        result.status = process.exitStatus();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QTemporaryDir m_home;
};

TEST_F(DisplayCheckProcess, TheViewerWithoutADisplaySaysSoAndExitsWithOne)
{
    const Run r = run({});
    EXPECT_EQ(r.status, QProcess::NormalExit);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no display found"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("--export-image"))) << r.err.toStdString();
}

TEST_F(DisplayCheckProcess, HelpWorksWithoutADisplay)
{
    const Run r = run({QStringLiteral("--help")});
    EXPECT_EQ(r.status, QProcess::NormalExit);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("--export-image"))) << r.out.toStdString();
}
