#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Guanxi {

// Decides, before QApplication exists, whether the viewer can start here.
// Without a display Qt's default platform plugin (xcb) aborts the process
// with a message about reinstalling; the viewer instead runs the work that
// needs no screen (--help, --version, --screenshot, --export-image) on the
// offscreen platform, and refuses an interactive start with a message that
// says what to do.
class DisplayCheck
{
public:
    enum class Start {
        AsAsked,       // a display or an explicit platform: nothing to change
        Offscreen,     // no display, but nothing the user asked for needs one
        NoDisplay,     // no display, and the user asked for a window
    };

    // The environment as the check reads it (tests pass their own).
    struct Environment
    {
        QByteArray platform;       // QT_QPA_PLATFORM
        QByteArray display;        // DISPLAY
        QByteArray waylandDisplay; // WAYLAND_DISPLAY
        static Environment current();
    };

    static Start decide(const QStringList &arguments, const Environment &environment);
    // What the viewer prints when it refuses to start (Start::NoDisplay).
    static QString noDisplayMessage();
};

} // namespace Guanxi
