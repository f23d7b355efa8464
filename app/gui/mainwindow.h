#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "imageexporter.h"
#include "importjob.h"
#include "layout/layoutresult.h"
#include "recentfiles.h"
#include "searchbox.h"
#include "store/graphstore.h"

#include <QDate>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTransform>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QMessageBox;
class QMimeData;
class QSpinBox;

namespace Guanxi {

class CurationController;
class DatabaseWatcher;
class DocumentsDock;
class FilterDock;
class GraphScene;
class GraphView;
class InspectorDock;
class LayoutJob;
class MiniMap;

// The viewer's window: the canvas with its mini map, search, filter and
// inspector docks, focus mode, import/export and settings. Owns the GUI
// thread's GraphStore connection; imports use their own on a worker thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The exit code of the event loop asking main() to rebuild the window (language switch).
    static constexpr int restartExitCode = 0x6778;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opened ReadOnly, the window imports and edits nothing: its import and
    // Edit actions are disabled (a file or folder the user may not write).
    Result<void> openDatabase(const QString &path, GraphStore::OpenMode mode = GraphStore::OpenMode::ReadWrite);
    // Opens a database the user chose (what File → Open database… and Open
    // read-only… call once their file dialog gives a path): one that cannot be
    // opened is reported and the window stays on the database it had.
    bool openDatabaseFromUser(const QString &path, GraphStore::OpenMode mode = GraphStore::OpenMode::ReadWrite);
    // Opens the database the window starts on (the last one used, or --db).
    // One that cannot be opened (damaged, newer, not writable, its folder
    // gone) is reported in a dialog and `fallback` opened instead, or none:
    // File → Open and New remain to go on. False when `path` was not opened.
    bool openStartupDatabase(const QString &path, const QString &fallback,
                             GraphStore::OpenMode mode = GraphStore::OpenMode::ReadWrite);
    // Creates an empty database at a path the user chose (what File → New
    // database… calls) and opens it. Never replaces a file with content nor
    // the open database; removes a -wal/-shm/-journal left without its
    // database. Refused or failed: reported, the window stays on its database.
    bool createDatabaseFromUser(const QString &path);
    QString databasePath() const;
    bool isReadOnly() const { return m_isReadOnly; }

    // Shows the user an error (title, text). By default a message box; the
    // tests set one that records it, so that no modal loop has to be answered.
    using ErrorReporter = std::function<void(const QString &title, const QString &text)>;
    void setErrorReporter(ErrorReporter reporter) { m_errorReporter = std::move(reporter); }
    // Imports in the background with a progress dialog; the graph reloads after.
    void importFiles(const QStringList &files, const QDate &published);
    // Imports the bundled sample when the database holds no entity.
    void importSampleIfEmpty();

    // Selects and centres the entity whose name matches `text` best (Chinese,
    // English, traditional characters or pinyin); false when none.
    bool searchAndSelect(const QString &text);
    // Shows the neighbourhood of the entity whose name matches `text` best,
    // selected, at `depth`; in a large database it need not be shown yet
    // (guanxi --focus NAME --depth N). False when none matches.
    bool focusOnName(const QString &text, int depth);
    // Makes the next openDatabase() open on the neighbourhood of the stored
    // entity matching `name` (selected), instead of laying out the whole graph
    // or a large database's start view first (guanxi --focus NAME --depth N).
    // Stays pending while no stored entity matches: an import may bring it.
    void setStartFocus(const QString &name, int depth);
    QString startFocus() const { return m_startFocus; }
    // Shows the neighbourhood of an entity (depth 1–3) / the whole graph again.
    // In a large database the entity need not be shown yet.
    bool focusOn(const QString &key, int depth);
    void showWholeGraph();
    // Back to the whole graph, as the toolbar and the banner ask for it: in a
    // large database only once the user confirms the cost (a window-modal
    // question, objectName "showAllQuestion"; Yes shows it).
    void requestWholeGraph();
    // Adds the neighbours of a shown entity to the view without leaving it:
    // nodes on screen stay where they are, only the new ones are placed.
    bool expandNeighbours(const QString &key);
    // Reads the graph from the database again (View → Refresh; also when
    // another program changed the database). The mental map is kept.
    void refresh();
    bool isFocused() const { return !m_focusKey.isEmpty(); }
    // Key of the focused entity; empty on the whole graph.
    QString focusKey() const { return m_focusKey; }
    int focusDepth() const { return m_focusDepth; }
    // Whether the open database holds more than largeGraphEntities: it opens
    // on a neighbourhood, and search and expand read from the store. An
    // import or a refresh that takes it past the threshold switches mode.
    bool isLargeGraph() const { return m_isLargeGraph; }
    // Above this many stored entities the whole graph is not laid out at
    // open: at 10,000 its first frame came after 54 s (docs/performance.md).
    static constexpr qint64 largeGraphEntities = 2000;
    // The neighbourhood a large database opens on has at most this many
    // entities at depth 2; a bigger one opens at depth 1.
    static constexpr int startViewEntities = 200;

    // Draws the graph on screen (hidden types left out); `onlyWhatIsInView`:
    // only the nodes the window shows, and the edges between them.
    Result<void> exportImage(const QString &path, const ImageExportOptions &options, bool onlyWhatIsInView = false) const;
    // Writes the graph on screen, with its positions, in `format` (an
    // Exporter::formats() name; empty: from the file's suffix, JSON otherwise).
    Result<void> exportData(const QString &path, const QString &format = QString()) const;
    // The data format a file name asks for: its suffix when one is known, else JSON.
    static QString dataFormatFor(const QString &path);

    // One line of File → Export data's file types and the format it writes.
    struct DataExportFilter
    {
        QString filter;   // "GraphML (*.graphml)"
        QString format;   // an Exporter::formats() name
    };
    // File → Export data's file types, one an exporter, built from the
    // exporters themselves (format name and suffix), in Exporter::formats() order.
    static QList<DataExportFilter> dataExportFilters();

    // The layout engine the user chose (View → Layout engine), one of
    // LayoutEngine::engines(); empty: chosen by graph size. Stored in the settings.
    QString layoutEngine() const;
    // Chooses the engine (empty or unknown: automatic), stores the choice and
    // lays out what is shown afresh with it, in the background.
    void setLayoutEngine(const QString &engine);

    // Help → About's text: this build's version and the versions of Qt,
    // Graphviz and SQLite loaded at run time.
    static QString aboutText();

    // Whether an import or layout is still running.
    bool isBusy() const;
    // Grabs the window to `path` once the graph is shown, then quits.
    void setScreenshotPath(const QString &path);
    // With setScreenshotPath(): what to show over the window in the shot, one
    // of screenshotDialogs() ("export-image": File → Export image's dialog;
    // "layout-engine": View → Layout engine opened). Empty: the window alone.
    void setScreenshotDialog(const QString &name);
    static QStringList screenshotDialogs();

    GraphScene *scene() const { return m_scene; }
    GraphView *view() const { return m_view; }
    InspectorDock *inspector() const { return m_inspector; }
    FilterDock *filterDock() const { return m_filterDock; }
    DocumentsDock *documentsDock() const { return m_documents; }
    RecentFiles &recentFiles() { return m_recentFiles; }
    // The files among dragged data that an import takes (.txt, .html, .htm, .md, .json).
    static QStringList importableFiles(const QMimeData *data);
    SearchBox *searchBox() const { return m_search; }
    // The Edit menu and undo stack of the user's corrections.
    CurationController *curation() const { return m_curation; }
    // Key of the displayed entity with this stored id.
    static QString keyOf(EntityId id);
    // Notices writes by other programs; refresh() follows them.
    DatabaseWatcher *databaseWatcher() const { return m_databaseWatcher; }

Q_SIGNALS:
    void graphShown();
    void importFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    // Lays out what is shown again. Keep: nodes already placed stay where they
    // are (the mental map); Fresh: the whole view is laid out anew.
    enum class Placement { Keep, Fresh };
    void reloadGraph(Placement placement = Placement::Keep);
    void createLayoutEngineMenu(QMenu *view);
    static QString engineTitle(const QString &engine);
    // The status bar's layout label: a layout running, or the engine that drew the view.
    void showLayoutRunning();
    void showLayoutDone(const QString &usedEngine);
    // Opens setScreenshotDialog()'s dialog or menu; the shot draws it over the window.
    void openScreenshotDialog();
    QPixmap grabWithPopups();
    Result<GraphDocument> readShownGraph() const;
    // Counts the stored entities and sets the mode: a database that has just
    // grown large opens on a neighbourhood, as if it had been opened so.
    void updateGraphSize();
    // The key of the entity whose name matches `text` best: a shown one first,
    // in a large database else the best stored match; empty when none.
    QString findEntityKey(const QString &text) const;
    // Where a large database opens: the last focus saved for it, else its
    // most connected entity.
    void chooseStartFocus();
    // Focuses on setStartFocus()'s entity if the open store holds it.
    void applyStartFocus();
    QString lastFocusSettingsKey() const;
    // Which view is shown: the whole graph or a neighbourhood; each keeps its own layout.
    QString viewContext() const;
    void expandSelected();
    void onLayoutFinished(const GraphDocument &graph, const LayoutResult &layout);
    void applyFilters();
    void updateCompleter();
    void selectAndCentre(const QString &key);
    void updateBreadcrumb();
    void showNodeDetails(const QString &key);
    void emphasiseDocument(DocumentId id);
    void fillRecentMenu();
    void showError(const QString &what, const Error &error);
    void maybeTakeScreenshot();
    void saveScreenshotWhenDrawn();

    void openDatabaseDialog(GraphStore::OpenMode mode);
    void newDatabaseDialog();
    void importDialog();
    void exportImageDialog();
    void exportDataDialog();
    void focusSelected();
    void about();
    void setLanguage(const QString &language);

    std::unique_ptr<GraphStore> m_store;
    bool m_isReadOnly = false;
    ErrorReporter m_errorReporter;
    QAction *m_importAction = nullptr;
    CurationController *m_curation = nullptr;
    GraphScene *m_scene;
    GraphView *m_view;
    MiniMap *m_miniMap = nullptr;
    FilterDock *m_filterDock = nullptr;
    InspectorDock *m_inspector = nullptr;
    DocumentsDock *m_documents = nullptr;
    QMenu *m_recentMenu = nullptr;
    RecentFiles m_recentFiles;
    LayoutJob *m_layoutJob;
    SearchBox *m_search = nullptr;
    QSpinBox *m_depth = nullptr;
    QLabel *m_breadcrumb = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_focusAction = nullptr;
    DatabaseWatcher *m_databaseWatcher;
    // Per view context, the last layout shown (drags included): what comes back stays put.
    QHash<QString, LayoutResult> m_viewLayouts;
    QString m_shownContext;
    QSet<QString> m_expandedKeys;   // entities whose neighbours were expanded in this context
    bool m_keepViewport = false;    // the next layout adds to the view: no refit
    QAction *m_expandAction = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_engineMenu = nullptr;
    QActionGroup *m_engineGroup = nullptr;
    QLabel *m_layoutStatus = nullptr;  // permanent in the status bar: the engine, or that a layout runs
    // A view carried over from the window a language switch replaced.
    std::optional<QTransform> m_restoreTransform;
    QPointF m_restoreCentre;
    QString m_restoreSelection;
    QString m_startFocus;  // setStartFocus(), until found
    int m_startFocusDepth = 1;
    QString m_focusKey;
    QPointer<QMessageBox> m_showAllQuestion;
    int m_focusDepth = 1;
    bool m_isLargeGraph = false;
    qint64 m_storedEntities = 0;
    int m_importsRunning = 0;
    // One per import still running: the window cancels them when it goes.
    QList<std::shared_ptr<CancelToken>> m_importCancels;
    QString m_screenshotPath;
    QString m_screenshotDialog;
    bool m_isScreenshotPending = false;
};

} // namespace Guanxi
