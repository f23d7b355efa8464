#include "displaycheck.h"

#include <QtGlobal>

namespace Guanxi {

namespace {

// Options after which the viewer quits without showing a window to anyone.
bool needsNoScreen(const QString &argument)
{
    static const QStringList exact = {QStringLiteral("-h"), QStringLiteral("--help"), QStringLiteral("--help-all"),
                                      QStringLiteral("-v"), QStringLiteral("--version")};
    static const QStringList withValue = {QStringLiteral("--screenshot"), QStringLiteral("--export-image")};
    if (exact.contains(argument))
        return true;
    for (const QString &option : withValue) {
        if (argument == option || argument.startsWith(option + QLatin1Char('=')))
            return true;
    }
    return false;
}

} // namespace

DisplayCheck::Environment DisplayCheck::Environment::current()
{
    return {qgetenv("QT_QPA_PLATFORM"), qgetenv("DISPLAY"), qgetenv("WAYLAND_DISPLAY")};
}

DisplayCheck::Start DisplayCheck::decide(const QStringList &arguments, const Environment &environment)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!environment.platform.isEmpty() || !environment.display.isEmpty() || !environment.waylandDisplay.isEmpty())
        return Start::AsAsked;
    // Qt's own -platform argument chooses a plugin as the variable does.
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("-platform") || argument.startsWith(QLatin1String("-platform=")))
            return Start::AsAsked;
    }
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (needsNoScreen(arguments[i]))
            return Start::Offscreen;
    }
    return Start::NoDisplay;
#else
    Q_UNUSED(arguments);
    Q_UNUSED(environment);
    return Start::AsAsked;
#endif
}

QString DisplayCheck::noDisplayMessage()
{
    return QStringLiteral(
        "guanxi: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the viewer cannot open a window.\n"
        "  Start it in a desktop session, or under a virtual one: xvfb-run guanxi ...\n"
        "  For an image of the graph without a display: guanxi --export-image graph.png [--db FILE] [ARTICLES...]\n"
        "  or guanxi-cli export --db FILE --format png -o graph.png\n");
}

} // namespace Guanxi
