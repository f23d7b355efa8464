#include "common/datapaths.h"
#include "displaycheck.h"
#include "documentsdock.h"
#include "graphscene.h"
#include "mainwindow.h"
#include "store/graphstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace Guanxi;

namespace {

// Installs the Guanxi and Qt translations for `language` (zh_CN, en, …).
void installTranslations(QApplication &app, const QString &language)
{
    // Drop the previous language's translators (a Language menu switch).
    for (QTranslator *old : app.findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/guanxi_") + language))
        app.installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    // Decided before QApplication: without a display its platform plugin aborts.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    switch (DisplayCheck::decide(arguments, DisplayCheck::Environment::current())) {
    case DisplayCheck::Start::AsAsked:
        break;
    case DisplayCheck::Start::Offscreen:
        qputenv("QT_QPA_PLATFORM", "offscreen");
        break;
    case DisplayCheck::Start::NoDisplay:
        std::fputs(qPrintable(DisplayCheck::noDisplayMessage()), stderr);
        return 1;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Guanxi"));
    QApplication::setApplicationName(QStringLiteral("guanxi"));
    QApplication::setApplicationVersion(QStringLiteral(GUANXI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.guanxi.Guanxi"));
    QFont font = QApplication::font();
    font.setFamilies(GraphStyle::fontFamilies());
    QApplication::setFont(font);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Guanxi: a knowledge-graph viewer for tech news"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file to open."), QStringLiteral("PATH"));
    const QCommandLineOption publishedOption(QStringLiteral("published"),
                                             QStringLiteral("Publication date of the FILES, to resolve relative times."),
                                             QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Save the window to FILE once the graph is shown, then quit."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption screenshotDialogOption(
        QStringLiteral("screenshot-dialog"),
        QStringLiteral("With --screenshot: open DIALOG over the window in the shot (%1).")
            .arg(MainWindow::screenshotDialogs().join(QStringLiteral(", "))),
        QStringLiteral("DIALOG"));
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("UI language: en or zh_CN."),
                                            QStringLiteral("LANG"));
    const QCommandLineOption selectOption(QStringLiteral("select"), QStringLiteral("Select the entity with this name."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption focusOption(QStringLiteral("focus"), QStringLiteral("Show the neighbourhood of this entity."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption depthOption(QStringLiteral("depth"), QStringLiteral("Neighbourhood depth (1-3)."),
                                         QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption documentOption(QStringLiteral("open-document"),
                                            QStringLiteral("Open the article whose title or file name contains TEXT."),
                                            QStringLiteral("TEXT"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size, e.g. 1500x950."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption exportOption(QStringLiteral("export-image"),
                                          QStringLiteral("Export the shown graph to FILE (.png, .svg, .pdf) once laid out, then quit."),
                                          QStringLiteral("FILE"));
    parser.addOption(documentOption);
    parser.addOptions({exportOption, dbOption, publishedOption, screenshotOption, screenshotDialogOption, languageOption, selectOption, focusOption,
                       depthOption, sizeOption});
    parser.addPositionalArgument(QStringLiteral("FILES"), QStringLiteral("Articles or graph JSON files to import."),
                                 QStringLiteral("[FILES...]"));
    parser.process(app);

    QString language = parser.isSet(languageOption)
        ? parser.value(languageOption)
        : QSettings().value(QStringLiteral("language"), QLocale::system().name()).toString();

    const QString screenshotDialog = parser.value(screenshotDialogOption);
    if (!screenshotDialog.isEmpty() && !MainWindow::screenshotDialogs().contains(screenshotDialog)) {
        qCritical("--screenshot-dialog: expected one of %s, got %s",
                  qPrintable(MainWindow::screenshotDialogs().join(QStringLiteral(", "))), qPrintable(screenshotDialog));
        return 2;
    }

    QDate published = QDate::currentDate();
    if (parser.isSet(publishedOption)) {
        published = QDate::fromString(parser.value(publishedOption), Qt::ISODate);
        if (!published.isValid()) {
            qCritical("--published: expected YYYY-MM-DD, got %s", qPrintable(parser.value(publishedOption)));
            return 2;
        }
    }

    // The Language menu ends the event loop with restartExitCode: the window is
    // built again with the new translators, on the same database.
    int result = 0;
    bool isFirstRun = true;
    do {
        installTranslations(app, language);
        MainWindow window;
        if (parser.isSet(sizeOption)) {
            const QStringList parts = parser.value(sizeOption).split(QLatin1Char('x'));
            if (parts.size() == 2)
                window.resize(parts[0].toInt(), parts[1].toInt());
        }
        QString dbPath = isFirstRun ? parser.value(dbOption) : QString();
        GraphStore::OpenMode mode = GraphStore::OpenMode::ReadWrite;
        if (dbPath.isEmpty()) {
            const QSettings settings;
            dbPath = settings.value(QStringLiteral("database"), GraphStore::defaultPath()).toString();
            // One the user opened read-only (File → Open database read-only…) opens so again.
            if (settings.value(QStringLiteral("databaseReadOnly"), false).toBool())
                mode = GraphStore::OpenMode::ReadOnly;
        }
        // A screenshot or export has no one to answer a dialog: it fails as a command does.
        // Otherwise a database that cannot be opened is reported and the user goes on.
        const bool isScripted = parser.isSet(screenshotOption) || parser.isSet(exportOption);
        // Found at open, the focus is the first view laid out (no whole graph or start view first).
        if (isFirstRun && parser.isSet(focusOption))
            window.setStartFocus(parser.value(focusOption), parser.value(depthOption).toInt());
        bool isRequestedOpen = true;
        if (isScripted) {
            if (auto ok = window.openDatabase(dbPath, mode); !ok) {
                qCritical("%s", qPrintable(ok.error().toString()));
                return 1;
            }
        } else {
            isRequestedOpen = window.openStartupDatabase(dbPath, GraphStore::defaultPath(), mode);
        }

        if (!isFirstRun) {
            window.show();
            result = app.exec();
            language = QSettings().value(QStringLiteral("language"), language).toString();
            continue;
        }
        isFirstRun = false;
        const QStringList files = parser.positionalArguments();
        // The FILES were meant for the requested database, not for the one opened in its place.
        if (!files.isEmpty() && isRequestedOpen)
            window.importFiles(files, published);
        else if (!files.isEmpty())
            qWarning("Not imported: the database %s could not be opened", qPrintable(dbPath));
        else
            window.importSampleIfEmpty();
        // Once the start-up import is shown, apply --select / --focus once.
        const QString select = parser.value(selectOption);
        const QString focus = parser.value(focusOption);
        const int depth = parser.value(depthOption).toInt();
        if (!select.isEmpty() || !focus.isEmpty()) {
            auto applied = std::make_shared<bool>(false);
            QObject::connect(&window, &MainWindow::graphShown, &window, [&window, select, focus, depth, applied] {
                if (*applied || window.isBusy())
                    return;
                *applied = true;
                // Not found at open: perhaps imported since. By name, so a large
                // database focuses on an entity it does not show yet.
                if (!focus.isEmpty() && !window.startFocus().isEmpty()) {
                    window.setStartFocus(QString(), depth);
                    if (!window.focusOnName(focus, depth))
                        qWarning("--focus: no entity matches %s", qPrintable(focus));
                }
                if (!select.isEmpty())
                    QTimer::singleShot(0, &window, [&window, select] { window.searchAndSelect(select); });
            });
        }

        if (parser.isSet(documentOption)) {
            const QString text = parser.value(documentOption);
            auto opened = std::make_shared<bool>(false);
            QObject::connect(&window, &MainWindow::graphShown, &window, [&window, text, opened] {
                if (*opened || window.isBusy())
                    return;
                *opened = true;
                const DocumentId id = window.documentsDock()->findDocument(text);
                if (!id.isValid() || !window.documentsDock()->openDocument(id))
                    qWarning("--open-document: no article matches %s", qPrintable(text));
            });
        }

        if (parser.isSet(exportOption)) {
            const QString path = parser.value(exportOption);
            QObject::connect(&window, &MainWindow::graphShown, &window, [&window, path] {
                if (window.isBusy())
                    return;
                ImageExportOptions options;
                options.title = QCoreApplication::translate("main", "Guanxi — %1").arg(QFileInfo(window.databasePath()).fileName());
                options.dpi = 144;
                options.evidenceAppendix = true;
                const auto ok = window.exportImage(path, options);
                if (!ok)
                    qCritical("%s", qPrintable(ok.error().toString()));
                QCoreApplication::exit(ok ? 0 : 1);
            });
        }
        window.setScreenshotDialog(screenshotDialog);
        window.setScreenshotPath(parser.value(screenshotOption));
        window.show();
        result = app.exec();
        language = QSettings().value(QStringLiteral("language"), language).toString();
    } while (result == MainWindow::restartExitCode);
    return result;
}
