#include "mainwindow.h"

#include "commands/curationcontroller.h"
#include "common/datapaths.h"
#include "common/namekey.h"
#include "documentsdock.h"
#include "export/exporter.h"
#include "databasewatcher.h"
#include "filterdock.h"
#include "graphscene.h"
#include "graphview.h"
#include "imageexportdialog.h"
#include "inspectordock.h"
#include "layout/layoutengine.h"
#include "layoutjob.h"
#include "legendpainter.h"
#include "minimap.h"
#include "searchbox.h"
#include "model/graphjson.h"
#include "store/sqlite/sqlitedatabase.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QPainter>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QtConcurrent>

namespace Guanxi {

namespace {

constexpr auto sampleFile = "samples/openai_founders.txt";
constexpr auto layoutEngineSetting = "layout/engine";
// Graphviz's other suffix for DOT files; the dot exporter writes .dot.
constexpr auto dotAliasSuffix = "gv";

// What a language switch carries from the old window to the one main() builds
// next: the same view of the same database, not a fresh fit of the whole graph.
struct CarriedView
{
    QString databasePath;
    QString focusKey;
    int focusDepth = 1;
    QSet<QString> expandedKeys;
    QHash<QString, LayoutResult> viewLayouts;
    QTransform transform;
    QPointF centre;
    QString selected;
};

std::optional<CarriedView> &carriedView()
{
    static std::optional<CarriedView> view;
    return view;
}
const QDate samplePublished(2024, 8, 11);

// The legend as a dock: the same painter as the exported images.
class LegendWidget : public QWidget
{
public:
    explicit LegendWidget(GraphScene *scene)
        : m_scene(scene)
    {
        setMinimumHeight(60);
    }

    QSize sizeHint() const override { return QSize(260, 200); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const LegendPainter legend(m_scene->style(), m_scene->graph());
        legend.paint(&painter, QPointF(8, 4), width() - 16);
    }
    void resizeEvent(QResizeEvent *) override
    {
        const LegendPainter legend(m_scene->style(), m_scene->graph());
        setMinimumHeight(int(legend.size(width() - 16).height()) + 10);
    }

private:
    GraphScene *m_scene;
};

// SQLite writes its -wal and -shm beside the database: in a folder the user
// may not write, a read-write open fails on its first write ("attempt to write
// a readonly database"). Says why, and what the user can do instead.
Error explainOpenError(const QString &path, GraphStore::OpenMode mode, const Error &error)
{
    const QFileInfo info(path);
    if (mode != GraphStore::OpenMode::ReadWrite || !info.isFile()
        || (info.isWritable() && QFileInfo(info.absolutePath()).isWritable()))
        return error;
    // The store says what is not writable; the window says where the way out is.
    const QString hint = QCoreApplication::translate("Guanxi::MainWindow",
                                                     "Use File → Open database read-only… to read this database.");
    return Error(error.category(), error.toString() + QStringLiteral("\n\n") + hint);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_scene(new GraphScene(GraphStyle::standard(), this))
    , m_view(new GraphView)
    , m_layoutJob(new LayoutJob(this))
    , m_databaseWatcher(new DatabaseWatcher(this))
{
    setWindowTitle(tr("Guanxi — knowledge graph of the news"));
    // Uninstalled builds find the icon in resources/; installed ones through the icon theme.
    const QString iconPath = DataPaths::find(QStringLiteral("icons/guanxi.svg"));
    setWindowIcon(iconPath.isEmpty() ? QIcon::fromTheme(QStringLiteral("org.guanxi.Guanxi")) : QIcon(iconPath));
    m_view->setScene(m_scene);
    setCentralWidget(m_view);
    createDocks();
    createActions();
    // Edit menu and undo stack; every edit is saved at once and shows the graph again.
    m_curation = new CurationController(this);
    connect(m_curation, &CurationController::graphChanged, this, [this] { refresh(); });

    connect(m_layoutJob, &LayoutJob::finished, this, &MainWindow::onLayoutFinished);
    connect(m_layoutJob, &LayoutJob::failed, this, [this](const Error &error) {
        m_layoutStatus->setText(tr("Layout failed"));
        showError(tr("Layout failed"), error);
    });
    connect(m_scene, &GraphScene::nodeSelected, this, &MainWindow::showNodeDetails);
    connect(m_scene, &GraphScene::edgeSelected, this, [this](const QString &id) {
        m_inspector->showRelation(id);
        m_scene->highlightEdge(id);
    });
    connect(m_scene, &GraphScene::selectionCleared, this, [this] {
        m_inspector->clear();
        m_scene->clearHighlight();
    });
    connect(m_scene, &GraphScene::nodeDoubleClicked, this, [this](const QString &key) { focusOn(key, m_depth->value()); });
    connect(m_inspector, &InspectorDock::historyEntryActivated, this, [this](const Relation &relation) {
        m_scene->highlightEdge(m_scene->edgeIdFor(relation));
        // Show the first sentence that says so in its article.
        for (const Evidence &evidence : relation.evidence)
            if (m_documents->showEvidence(evidence))
                break;
    });
    connect(m_inspector, &InspectorDock::evidenceActivated, this, [this](const Evidence &evidence) {
        if (!m_documents->showEvidence(evidence))
            statusBar()->showMessage(tr("The article of this sentence is not stored"), 5000);
    });
    connect(m_documents, &DocumentsDock::documentOpened, this, &MainWindow::emphasiseDocument);
    connect(m_documents, &DocumentsDock::entityActivated, this, [this](const QString &key) {
        if (m_scene->nodeItem(key))
            selectAndCentre(key);
        else
            statusBar()->showMessage(tr("That entity is not shown: go back to the whole graph or clear the filters"), 5000);
    });
    setAcceptDrops(true);
    connect(m_filterDock, &FilterDock::filtersChanged, this, [this] {
        // Close in on a large graph the filtered frame comes tile by tile over this one.
        m_view->keepFrameForChange();
        applyFilters();
    });
    connect(m_databaseWatcher, &DatabaseWatcher::changed, this, [this] {
        // Our own imports reload when they finish.
        if (m_importsRunning == 0)
            refresh();
    });

    resize(1400, 900);  // first start; restoreGeometry() wins afterwards
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_layoutStatus = new QLabel;
    m_layoutStatus->setObjectName(QStringLiteral("layoutStatus"));
    statusBar()->addPermanentWidget(m_layoutStatus);
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow()
{
    // An import writes through its own connection on a worker thread: cancelled
    // (its transaction rolls back) and waited for, so that no worker is left
    // running into a program that is ending.
    for (const std::shared_ptr<CancelToken> &cancel : std::as_const(m_importCancels))
        cancel->cancel();
    for (QFutureWatcherBase *watcher : findChildren<QFutureWatcherBase *>(Qt::FindDirectChildrenOnly))
        watcher->waitForFinished();
}

QString MainWindow::keyOf(EntityId id)
{
    return QStringLiteral("e") + QString::number(id.value());
}

void MainWindow::createDocks()
{
    m_filterDock = new FilterDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_filterDock);

    auto *mapDock = new QDockWidget(tr("Overview"), this);
    mapDock->setObjectName(QStringLiteral("OverviewDock"));
    m_miniMap = new MiniMap(m_view);
    mapDock->setWidget(m_miniMap);
    addDockWidget(Qt::LeftDockWidgetArea, mapDock);

    m_inspector = new InspectorDock(m_scene, this);
    addDockWidget(Qt::RightDockWidgetArea, m_inspector);

    auto *legendDock = new QDockWidget(tr("Legend"), this);
    legendDock->setObjectName(QStringLiteral("LegendDock"));
    legendDock->setWidget(new LegendWidget(m_scene));
    addDockWidget(Qt::RightDockWidgetArea, legendDock);
    m_documents = new DocumentsDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_documents);
    resizeDocks({m_documents}, {230}, Qt::Vertical);
    // The graph gets the room until an article is opened (or View → Documents).
    m_documents->hide();
    resizeDocks({m_inspector}, {400}, Qt::Horizontal);
    resizeDocks({m_filterDock}, {210}, Qt::Horizontal);
    resizeDocks({m_filterDock, mapDock}, {620, 200}, Qt::Vertical);
    resizeDocks({m_inspector, legendDock}, {640, 200}, Qt::Vertical);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_importAction = file->addAction(tr("&Import articles…"), this, &MainWindow::importDialog);
    m_importAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_importAction->setEnabled(false);  // until a database is open
    file->addAction(tr("&Open database…"), QKeySequence::Open, this,
                    [this] { openDatabaseDialog(GraphStore::OpenMode::ReadWrite); });
    file->addAction(tr("Open database &read-only…"), this, [this] { openDatabaseDialog(GraphStore::OpenMode::ReadOnly); });
    file->addAction(tr("&New database…"), QKeySequence::New, this, &MainWindow::newDatabaseDialog);
    m_recentMenu = file->addMenu(tr("&Recent databases"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addSeparator();
    file->addAction(tr("Export &image…"), QKeySequence(tr("Ctrl+E")), this, &MainWindow::exportImageDialog);
    file->addAction(tr("Export &data…"), this, &MainWindow::exportDataDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    QAction *zoomIn = view->addAction(tr("Zoom &in"), m_view, &GraphView::zoomIn);
    zoomIn->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence::ZoomIn});
    QAction *zoomOut = view->addAction(tr("Zoom &out"), m_view, &GraphView::zoomOut);
    zoomOut->setShortcuts({QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut});
    view->addAction(tr("&Actual size"), QKeySequence(Qt::Key_0), m_view, &GraphView::resetZoom);
    view->addAction(tr("&Fit to window"), QKeySequence(Qt::Key_F), m_view, &GraphView::fitToWindow);
    view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refresh);
    createLayoutEngineMenu(view);
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *graph = menuBar()->addMenu(tr("&Graph"));
    m_focusAction = graph->addAction(tr("Show &neighbourhood"), this, &MainWindow::focusSelected);
    m_focusAction->setShortcut(QKeySequence(Qt::Key_N));
    m_backAction = graph->addAction(tr("&Back to whole graph"), QKeySequence(Qt::Key_Backspace), this, &MainWindow::requestWholeGraph);
    m_backAction->setEnabled(false);
    m_expandAction = graph->addAction(tr("&Expand neighbours"), this, &MainWindow::expandSelected);
    m_expandAction->setShortcut(QKeySequence(Qt::Key_E));
    m_expandAction->setToolTip(tr("Add the selected node's hidden neighbours to the view; nothing else moves"));

    QMenu *language = menuBar()->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("language"), QLocale::system().name()).toString();
    for (const auto &[code, name] : {std::pair{QStringLiteral("en"), QStringLiteral("English")},
                                      std::pair{QStringLiteral("zh_CN"), QStringLiteral("简体中文")}}) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(current.startsWith(code.left(2)));
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, lang = code] { setLanguage(lang); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Guanxi"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("MainToolBar"));
    m_search = new SearchBox;
    m_search->setMaximumWidth(320);
    connect(m_search, &SearchBox::entityChosen, this, &MainWindow::selectAndCentre);
    connect(m_search, &SearchBox::nothingFound, this, [this](const QString &text) {
        if (!searchAndSelect(text))
            statusBar()->showMessage(tr("No entity matches “%1”").arg(text), 5000);
    });
    tools->addWidget(m_search);
    tools->addSeparator();
    tools->addAction(m_focusAction);
    tools->addWidget(new QLabel(tr(" depth ")));
    m_depth = new QSpinBox;
    m_depth->setRange(1, 3);
    m_depth->setValue(1);
    m_depth->setToolTip(tr("How many hops the neighbourhood reaches"));
    tools->addWidget(m_depth);
    tools->addAction(m_backAction);
    tools->addSeparator();
    tools->addAction(tr("Fit"), m_view, &GraphView::fitToWindow);
    tools->addAction(m_documents->toggleViewAction());
    m_breadcrumb = new QLabel;
    m_breadcrumb->setContentsMargins(10, 0, 10, 0);
    m_breadcrumb->setObjectName(QStringLiteral("breadcrumb"));
    connect(m_breadcrumb, &QLabel::linkActivated, this, [this] { requestWholeGraph(); });
    tools->addWidget(m_breadcrumb);
    updateBreadcrumb();
}

Result<void> MainWindow::openDatabase(const QString &path, GraphStore::OpenMode mode)
{
    auto store = GraphStore::open(path, mode);
    if (!store)
        return tl::unexpected(store.error());
    m_store = std::move(*store);
    m_isReadOnly = mode == GraphStore::OpenMode::ReadOnly;
    // No Curation on a read-only store: every edit action is disabled, not refused after the fact.
    m_curation->setStore(m_isReadOnly ? nullptr : m_store.get());
    m_importAction->setEnabled(!m_isReadOnly);
    m_inspector->setStore(m_store.get());
    m_inspector->clear();
    m_documents->setStore(m_store.get());
    m_recentFiles.add(path);
    fillRecentMenu();
    m_focusKey.clear();
    m_expandedKeys.clear();
    m_viewLayouts.clear();
    m_shownContext.clear();
    m_scene->clearGraph();
    m_databaseWatcher->watch(m_store.get());
    if (std::optional<CarriedView> &carried = carriedView(); carried && carried->databasePath == m_store->path()) {
        m_focusKey = carried->focusKey;
        m_focusDepth = carried->focusDepth;
        m_depth->setValue(m_focusDepth);
        m_backAction->setEnabled(!m_focusKey.isEmpty());
        m_expandedKeys = carried->expandedKeys;
        m_viewLayouts = carried->viewLayouts;
        m_restoreTransform = carried->transform;
        m_restoreCentre = carried->centre;
        m_restoreSelection = carried->selected;
    }
    carriedView().reset();
    QSettings().setValue(QStringLiteral("database"), path);
    // main() opens it the same way next time (and after a language switch).
    QSettings().setValue(QStringLiteral("databaseReadOnly"), m_isReadOnly);
    setWindowFilePath(path);
    if (m_isReadOnly)
        statusBar()->showMessage(tr("%1 is open read-only: nothing can be imported or edited").arg(path));
    applyStartFocus();
    m_isLargeGraph = false;
    updateGraphSize();
    reloadGraph();
    return {};
}

void MainWindow::setStartFocus(const QString &name, int depth)
{
    m_startFocus = name.trimmed();
    m_startFocusDepth = std::clamp(depth, 1, 3);
}

void MainWindow::applyStartFocus()
{
    if (m_startFocus.isEmpty())
        return;
    auto hits = m_store->search(m_startFocus, 1);
    if (!hits || hits->isEmpty())
        return;  // still pending: an import may bring the entity
    const QString key = keyOf(hits->first().entity.id);
    m_startFocus.clear();
    m_focusKey = key;
    m_focusDepth = m_startFocusDepth;
    m_depth->setValue(m_focusDepth);
    m_backAction->setEnabled(true);
    m_restoreSelection = key;
}

void MainWindow::updateGraphSize()
{
    auto stats = m_store->stats();
    m_storedEntities = stats ? stats->entities : 0;
    const bool wasLarge = m_isLargeGraph;
    m_isLargeGraph = m_storedEntities > largeGraphEntities;
    // Only on becoming large: a whole graph the user confirmed stays whole.
    if (m_isLargeGraph && !wasLarge && m_focusKey.isEmpty()) {
        m_expandedKeys.clear();
        chooseStartFocus();
    }
    // The shown part of a large graph is small: search the store's name index (FTS) for the rest.
    m_search->setLookup(!m_isLargeGraph ? SearchBox::Lookup() : [this](const QString &text, int limit) {
        QList<SearchIndex::Match> found;
        auto hits = m_store ? m_store->search(text, limit) : Result<QList<SearchHit>>();
        if (!hits)
            return found;
        for (const SearchHit &hit : std::as_const(*hits))
            found.append(SearchIndex::Match{keyOf(hit.entity.id), hit.entity.name, hit.matched, hit.score});
        return found;
    });
}

QString MainWindow::lastFocusSettingsKey() const
{
    // A path holds '/', which QSettings reads as groups: key by its hash instead.
    const QByteArray hash = QCryptographicHash::hash(databasePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("lastFocus/") + QString::fromLatin1(hash);
}

void MainWindow::chooseStartFocus()
{
    std::optional<EntityId> center;
    const QStringList saved = QSettings().value(lastFocusSettingsKey()).toStringList();
    if (saved.size() == 2 && saved.first().startsWith(QLatin1Char('e'))) {
        const EntityId id(saved.first().mid(1).toLongLong());
        if (auto entity = m_store->entity(id); entity)
            center = id;
    }
    if (!center) {
        auto hub = m_store->mostConnectedEntity();
        if (!hub || !*hub)
            return;  // no relation yet: the whole graph is only loose entities
        center = **hub;
    }
    // Depth 2 shows how the centre connects onwards, unless that is too much to take in.
    int depth = saved.size() == 2 ? saved.last().toInt() : 0;
    if (depth < 1 || depth > 3) {
        auto wide = m_store->neighbourhood(*center, 2);
        depth = wide && wide->entities.size() <= startViewEntities ? 2 : 1;
    }
    m_focusKey = keyOf(*center);
    m_focusDepth = depth;
    m_depth->setValue(depth);
    m_backAction->setEnabled(true);
}

bool MainWindow::openDatabaseFromUser(const QString &path, GraphStore::OpenMode mode)
{
    // openDatabase() changes nothing until the new store is open: a refused
    // file leaves the window on the database it had.
    if (auto ok = openDatabase(path, mode); !ok) {
        showError(tr("Cannot open the database"), explainOpenError(path, mode, ok.error()));
        return false;
    }
    return true;
}

bool MainWindow::openStartupDatabase(const QString &path, const QString &fallback, GraphStore::OpenMode mode)
{
    // A remembered database whose folder is gone (an unmounted drive, a moved
    // folder) is reported, not recreated empty there. The default one's folder
    // is created on first use.
    const QFileInfo info(path);
    // One the user may only read (--db on a shared or protected file) is
    // shown read-only, as File → Open database read-only… would, and the
    // status bar says why. Not remembered as read-only: once the file can be
    // written, the next start opens it read-write again.
    if (mode == GraphStore::OpenMode::ReadWrite && info.isFile()
        && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())) {
        if (openDatabase(path, GraphStore::OpenMode::ReadOnly)) {
            QSettings().setValue(QStringLiteral("databaseReadOnly"), false);
            statusBar()->showMessage(tr("%1 cannot be written here, so it is open read-only: nothing can be imported "
                                        "or edited").arg(path));
            return true;
        }
    }
    const Result<void> opened = !info.absoluteDir().exists() && path != fallback
        ? makeError(Error::Category::Storage, tr("%1: the folder %2 does not exist").arg(path, info.absolutePath()))
        : openDatabase(path, mode);
    if (opened)
        return true;
    QString next;
    if (path != fallback && openDatabase(fallback))
        next = tr("Guanxi opened %1 instead.").arg(fallback);
    else
        next = tr("No database is open: open or create one from the File menu.");
    const QString what = tr("Cannot open the database");
    const Error shown(opened.error().category(), opened.error().toString() + QStringLiteral("\n\n") + next);
    qWarning("%s: %s", qPrintable(what), qPrintable(shown.message()));
    // At start-up the window is not shown yet: the dialog waits for it.
    if (isVisible())
        showError(what, shown);
    else
        QTimer::singleShot(0, this, [this, what, shown] { showError(what, shown); });
    return false;
}

QString MainWindow::databasePath() const
{
    return m_store ? m_store->path() : QString();
}

QString MainWindow::viewContext() const
{
    return m_focusKey.isEmpty() ? QString() : m_focusKey + QLatin1Char('/') + QString::number(m_focusDepth);
}

Result<GraphDocument> MainWindow::readShownGraph() const
{
    Result<GraphDocument> base = m_focusKey.isEmpty()
        ? m_store->graph()
        : m_store->neighbourhood(EntityId(m_focusKey.mid(1).toLongLong()), m_focusDepth);
    if (!base || m_expandedKeys.isEmpty())
        return base;
    // Expanded nodes bring their neighbours, and the relations among everything
    // shown: read around those nodes only, never the whole graph.
    QList<EntityId> expanded;
    for (const QString &key : m_expandedKeys)
        expanded.append(EntityId(key.mid(1).toLongLong()));
    Result<QList<EntityId>> added = m_store->neighbours(expanded);
    if (!added)
        return tl::unexpected(added.error());
    QSet<qint64> shown;
    for (const Entity &entity : std::as_const(base->entities))
        shown.insert(entity.id.value());
    QList<EntityId> ids;
    for (qint64 id : std::as_const(shown))
        ids.append(EntityId(id));
    for (EntityId id : std::as_const(*added))
        if (!shown.contains(id.value()))
            ids.append(id);
    // A neighbourhood already holds every relation among its entities.
    if (ids.size() == shown.size())
        return base;
    Result<GraphDocument> grown = m_store->subgraph(ids);
    if (grown)
        grown->info = base->info;
    return grown;
}

void MainWindow::reloadGraph(Placement placement)
{
    if (!m_store)
        return;
    // What the user sees now (with the nodes they dragged) is what comes back.
    if (placement == Placement::Keep && !m_scene->nodeItems().isEmpty())
        m_viewLayouts.insert(m_shownContext, m_scene->layout());
    Result<GraphDocument> graph = readShownGraph();
    if (!graph) {
        showError(tr("Cannot read the graph"), graph.error());
        return;
    }
    statusBar()->showMessage(tr("Laying out %n entities…", nullptr, int(graph->entities.size())));
    // Before the request: one with nothing new to place finishes at once.
    showLayoutRunning();
    m_layoutJob->request(*graph, placement == Placement::Keep ? m_viewLayouts.value(viewContext()) : LayoutResult());
}

void MainWindow::createLayoutEngineMenu(QMenu *view)
{
    m_engineMenu = view->addMenu(tr("Layout &engine"));
    m_engineMenu->setObjectName(QStringLiteral("layoutEngineMenu"));
    m_engineGroup = new QActionGroup(this);
    const QString saved = QSettings().value(QLatin1String(layoutEngineSetting)).toString();
    const QString current = LayoutEngine::engines().contains(saved) ? saved : QString();
    m_layoutJob->setEngine(current);
    for (const QString &engine : QStringList{QString()} + LayoutEngine::engines()) {
        QAction *action = m_engineMenu->addAction(engineTitle(engine));
        action->setData(engine);
        action->setCheckable(true);
        action->setChecked(engine == current);
        m_engineGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, engine] { setLayoutEngine(engine); });
        if (engine.isEmpty())
            m_engineMenu->addSeparator();
    }
}

QString MainWindow::engineTitle(const QString &engine)
{
    if (engine.isEmpty())
        return tr("Automatic (by graph size)");
    if (engine == QLatin1String("dot"))
        return tr("dot — layered, top-down");
    if (engine == QLatin1String("neato"))
        return tr("neato — spring model");
    if (engine == QLatin1String("fdp"))
        return tr("fdp — force-directed");
    if (engine == QLatin1String("sfdp"))
        return tr("sfdp — force-directed, for large graphs");
    if (engine == QLatin1String("circo"))
        return tr("circo — circular");
    if (engine == QLatin1String("twopi"))
        return tr("twopi — radial");
    return engine;
}

QString MainWindow::layoutEngine() const
{
    return m_layoutJob->engine();
}

void MainWindow::setLayoutEngine(const QString &engine)
{
    const QString chosen = LayoutEngine::engines().contains(engine) ? engine : QString();
    m_layoutJob->setEngine(chosen);
    QSettings().setValue(QLatin1String(layoutEngineSetting), chosen);
    for (QAction *action : m_engineGroup->actions())
        action->setChecked(action->data().toString() == chosen);
    if (!m_store)
        return;
    // A user who picks an engine wants that engine's drawing: what is shown is
    // laid out afresh and the positions kept so far (dragged nodes, the other
    // views' layouts) are dropped. What comes after (expand, an import, a
    // refresh) keeps the mental map again around the new positions, placed by
    // the chosen engine when it honours pins (LayoutJob::setEngine()).
    m_viewLayouts.clear();
    m_keepViewport = false;
    reloadGraph(Placement::Fresh);
}

void MainWindow::showLayoutRunning()
{
    const QString engine = m_layoutJob->engine();
    m_layoutStatus->setText(engine.isEmpty() ? tr("Laying out (engine by graph size)…")
                                             : tr("Laying out with %1…").arg(engine));
}

void MainWindow::showLayoutDone(const QString &usedEngine)
{
    if (usedEngine.isEmpty())
        m_layoutStatus->clear();
    else if (m_layoutJob->engine().isEmpty())
        m_layoutStatus->setText(tr("Layout: %1 (automatic)").arg(usedEngine));
    else
        m_layoutStatus->setText(tr("Layout: %1").arg(usedEngine));
}

void MainWindow::refresh()
{
    if (!m_store)
        return;
    m_keepViewport = !m_scene->nodeItems().isEmpty();
    m_databaseWatcher->acknowledge();
    updateGraphSize();
    reloadGraph();
}

bool MainWindow::expandNeighbours(const QString &key)
{
    if (!m_store || !m_scene->nodeItem(key))
        return false;
    m_expandedKeys.insert(key);
    m_keepViewport = true;
    reloadGraph();
    return true;
}

void MainWindow::expandSelected()
{
    const QString key = m_scene->selectedNodeKey();
    if (key.isEmpty()) {
        statusBar()->showMessage(tr("Select a node first"), 4000);
        return;
    }
    expandNeighbours(key);
}

void MainWindow::onLayoutFinished(const GraphDocument &graph, const LayoutResult &layout)
{
    QString selected = m_scene->selectedNodeKey();
    if (selected.isEmpty())
        selected = std::exchange(m_restoreSelection, QString());
    // Adding to the view (expand, refresh, import) keeps what the user looks at.
    const bool keepViewport = m_keepViewport && viewContext() == m_shownContext;
    m_keepViewport = false;
    const QTransform transform = m_view->transform();
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    m_scene->setGraph(graph, layout);
    m_shownContext = viewContext();
    showLayoutDone(layout.engine);
    m_filterDock->setTimeRange(graph.relations);
    // A large database lists the articles behind what is shown; reading them all is for the whole graph.
    if (m_focusKey.isEmpty() || m_isLargeGraph)
        m_documents->refresh(graph, m_isLargeGraph);
    if (m_isLargeGraph && !m_focusKey.isEmpty())
        QSettings().setValue(lastFocusSettingsKey(), QStringList{m_focusKey, QString::number(m_focusDepth)});
    applyFilters();
    if (m_restoreTransform) {
        m_view->showAt(*m_restoreTransform, m_restoreCentre);
        m_restoreTransform.reset();
    } else if (keepViewport) {
        m_view->setTransform(transform);
        m_view->centerOn(centre);
    } else {
        m_view->fitToWindow();
    }
    m_miniMap->refit();
    updateCompleter();
    updateBreadcrumb();
    if (!selected.isEmpty() && m_scene->nodeItem(selected))
        m_scene->selectNode(selected);
    if (auto *legendDock = findChild<QDockWidget *>(QStringLiteral("LegendDock")))
        legendDock->widget()->update();
    statusBar()->showMessage(tr("%n entities, ", nullptr, int(graph.entities.size()))
                             + tr("%n relations", nullptr, int(graph.relations.size())));
    Q_EMIT graphShown();
    maybeTakeScreenshot();
}

void MainWindow::applyFilters()
{
    m_scene->setHiddenEntityTypes(m_filterDock->hiddenEntityTypes());
    m_scene->setHiddenRelationTypes(m_filterDock->hiddenRelationTypes());
    // Time and confidence hide single edges; their ends stay where they are.
    for (EdgeItem *edge : m_scene->edgeItems()) {
        const Relation *relation = m_scene->relation(edge->id());
        if (edge->isVisible() && relation && !m_filterDock->accepts(*relation))
            edge->setVisible(false);
    }
}

void MainWindow::updateCompleter()
{
    m_search->setEntities(m_scene->graph().entities);
}

void MainWindow::selectAndCentre(const QString &key)
{
    if (NodeItem *item = m_scene->nodeItem(key)) {
        m_scene->selectNode(key);
        // A node already in sight stays put: centring it would push the far side of a fitted graph off screen.
        const QRectF shown = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
        if (!shown.contains(item->sceneBoundingRect().marginsAdded(QMarginsF(40, 40, 40, 40))))
            m_view->centerOn(item);
        return;
    }
    // A large database shows a neighbourhood: going to an entity outside it focuses there.
    if (m_isLargeGraph && !key.isEmpty()) {
        m_scene->clearSelection();
        m_restoreSelection = key;
        focusOn(key, m_depth->value());
    }
}

bool MainWindow::searchAndSelect(const QString &text)
{
    const QString key = findEntityKey(text);
    if (key.isEmpty())
        return false;
    selectAndCentre(key);
    return true;
}

bool MainWindow::focusOnName(const QString &text, int depth)
{
    const QString key = findEntityKey(text);
    if (key.isEmpty())
        return false;
    // Selected once shown, so the inspector tells about it.
    if (m_scene->nodeItem(key))
        m_scene->selectNode(key);
    else
        m_restoreSelection = key;
    return focusOn(key, depth);
}

QString MainWindow::findEntityKey(const QString &text) const
{
    const QString query = text.trimmed();
    if (query.isEmpty())
        return {};
    QString key = m_search->index().bestKey(query);
    QString stored;  // the best stored match, shown or not
    if (key.isEmpty() && m_store) {
        auto hits = m_store->search(query, 5);
        if (hits) {
            for (const SearchHit &hit : std::as_const(*hits)) {
                if (stored.isEmpty())
                    stored = keyOf(hit.entity.id);
                if (m_scene->nodeItem(keyOf(hit.entity.id))) {
                    key = keyOf(hit.entity.id);
                    break;
                }
            }
        }
    }
    if (!m_scene->nodeItem(key))
        return m_isLargeGraph ? stored : QString();
    return key;
}

void MainWindow::emphasiseDocument(DocumentId id)
{
    // What the article contributed stays bright; the rest is dimmed.
    const DocumentsDock::Footprint footprint = m_documents->footprint(id);
    QSet<QString> edgeIds;
    for (EdgeItem *edge : m_scene->edgeItems()) {
        const Relation *relation = m_scene->relation(edge->id());
        if (relation && footprint.relationIds.contains(relation->id.value()))
            edgeIds.insert(edge->id());
    }
    m_scene->clearHighlight();
    m_scene->emphasise(footprint.entityKeys, edgeIds);
    statusBar()->showMessage(tr("The article gave %n entities, ", nullptr, int(footprint.entityKeys.size()))
                             + tr("%n relations", nullptr, int(footprint.relationIds.size())), 8000);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recentFiles.existingFiles();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (!openDatabaseFromUser(path))
                m_recentFiles.remove(path);
        });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear list"), this, [this] { m_recentFiles.clear(); })->setEnabled(!files.isEmpty());
}

QStringList MainWindow::importableFiles(const QMimeData *data)
{
    static const QStringList suffixes{QStringLiteral("txt"), QStringLiteral("html"), QStringLiteral("htm"),
                                      QStringLiteral("md"), QStringLiteral("json")};
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    for (const QUrl &url : data->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (info.isFile() && suffixes.contains(info.suffix().toLower()))
            files.append(info.absoluteFilePath());
    }
    return files;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_store && !m_isReadOnly && !importableFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_store && !m_isReadOnly && !importableFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = importableFiles(event->mimeData());
    if (!m_store || m_isReadOnly || files.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    // As File → Import: the article's own date wins when the text gives one.
    importFiles(files, QDate::currentDate());
}

void MainWindow::showNodeDetails(const QString &key)
{
    m_inspector->showEntity(key);
}

bool MainWindow::focusOn(const QString &key, int depth)
{
    const Entity *entity = m_scene->graph().entity(key);
    bool exists = entity && entity->id.isValid();
    if (!exists && m_isLargeGraph && m_store && key.startsWith(QLatin1Char('e')))
        exists = m_store->entity(EntityId(key.mid(1).toLongLong())).has_value();
    if (!m_store || !exists)
        return false;
    m_focusKey = key;
    m_focusDepth = std::clamp(depth, 1, 3);
    m_expandedKeys.clear();
    m_depth->setValue(m_focusDepth);
    m_backAction->setEnabled(true);
    reloadGraph();
    return true;
}

void MainWindow::focusSelected()
{
    const QString key = m_scene->selectedNodeKey();
    if (key.isEmpty()) {
        statusBar()->showMessage(tr("Select a node first"), 4000);
        return;
    }
    focusOn(key, m_depth->value());
}

void MainWindow::showWholeGraph()
{
    m_focusKey.clear();
    m_expandedKeys.clear();
    m_backAction->setEnabled(false);
    reloadGraph();
}

void MainWindow::requestWholeGraph()
{
    if (!m_isLargeGraph) {
        showWholeGraph();
        return;
    }
    if (m_showAllQuestion) {
        m_showAllQuestion->raise();
        return;
    }
    // Window-modal through open(), not exec(): no nested event loop, and tests can answer it.
    auto *question = new QMessageBox(QMessageBox::Question, tr("Show the whole graph?"),
                                     tr("Show all %L1 entities of this database? Laying out a graph this "
                                        "large may take minutes (about one at 10,000 entities).")
                                         .arg(m_storedEntities),
                                     QMessageBox::Yes | QMessageBox::Cancel, this);
    question->setObjectName(QStringLiteral("showAllQuestion"));
    question->button(QMessageBox::Yes)->setText(tr("Show all"));
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this](int answer) {
        if (answer == QMessageBox::Yes)
            showWholeGraph();
    });
    m_showAllQuestion = question;
    question->open();
}

void MainWindow::updateBreadcrumb()
{
    const Entity *entity = m_focusKey.isEmpty() ? nullptr : m_scene->graph().entity(m_focusKey);
    const QString name = entity ? entity->name : m_focusKey;
    if (m_isLargeGraph) {
        // Say plainly that this is a part, how to move, and that the whole costs time.
        const QString where = m_focusKey.isEmpty()
            ? tr("Whole graph: %n entities", nullptr, int(m_storedEntities))
            : tr("Showing %1 of %2 entities around <b>%3</b> (depth %4) — search to focus elsewhere · "
                 "<a href=\"all\">show all (slow)</a>")
                  .arg(m_scene->graph().entities.size())
                  .arg(m_storedEntities)
                  .arg(name.toHtmlEscaped())
                  .arg(m_focusDepth);
        m_breadcrumb->setTextFormat(Qt::RichText);
        m_breadcrumb->setText(where);
        m_breadcrumb->setStyleSheet(QStringLiteral("QLabel { background: #fff4c2; color: #3a3000; "
                                                   "border-radius: 3px; padding: 2px 6px; }"));
        return;
    }
    m_breadcrumb->setTextFormat(Qt::AutoText);
    m_breadcrumb->setStyleSheet(QString());
    if (m_focusKey.isEmpty()) {
        m_breadcrumb->setText(tr("Whole graph"));
        return;
    }
    m_breadcrumb->setText(tr("Whole graph › %1 (depth %2)").arg(name).arg(m_focusDepth));
}

void MainWindow::importFiles(const QStringList &files, const QDate &published)
{
    if (files.isEmpty() || !m_store)
        return;
    // The import writes through its own connection: it must not reach a store the user opened read-only.
    if (m_isReadOnly) {
        showError(tr("Import failed"), Error(Error::Category::Storage,
                                             tr("%1 is open read-only; nothing can be imported").arg(m_store->path())));
        return;
    }
    ++m_importsRunning;
    auto cancel = std::make_shared<CancelToken>();
    m_importCancels.append(cancel);
    const QString path = m_store->path();
    auto *watcher = new QFutureWatcher<Result<ImportSummary>>(this);
    // One step per file, one to store them all (ImportJob).
    const int steps = int(files.size()) + 1;
    auto *dialog = new QProgressDialog(tr("Importing articles…"), tr("Cancel"), 0, steps * 100, this);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(400);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QProgressDialog::canceled, this, [cancel, watcher] {
        cancel->cancel();
        watcher->cancel();
    });
    connect(watcher, &QFutureWatcher<Result<ImportSummary>>::progressValueChanged, dialog, &QProgressDialog::setValue);
    connect(watcher, &QFutureWatcher<Result<ImportSummary>>::progressTextChanged, dialog, &QProgressDialog::setLabelText);
    connect(watcher, &QFutureWatcher<Result<ImportSummary>>::finished, this, [this, watcher, dialog, cancel] {
        --m_importsRunning;
        m_importCancels.removeOne(cancel);
        dialog->close();
        watcher->deleteLater();
        bool ok = false;
        if (watcher->future().resultCount() > 0) {
            const Result<ImportSummary> result = watcher->result();
            if (!result) {
                if (!result.error().isCancelled())
                    showError(tr("Import failed"), result.error());
                else
                    statusBar()->showMessage(tr("Import cancelled"), 5000);
            } else {
                ok = true;
                statusBar()->showMessage(tr("Imported %n document(s)", nullptr, result->documents), 8000);
                if (!result->failures.isEmpty())
                    QMessageBox::warning(this, tr("Some files were not imported"), result->failures.join(QLatin1Char('\n')));
            }
        } else {
            statusBar()->showMessage(tr("Import cancelled"), 5000);
        }
        // A separate connection wrote; this one sees the change on its next read.
        // New entities join the view around the ones already placed.
        m_keepViewport = !m_scene->nodeItems().isEmpty();
        m_databaseWatcher->acknowledge();
        updateGraphSize();
        reloadGraph();
        Q_EMIT importFinished(ok);
    });
    watcher->setFuture(QtConcurrent::run([path, files, published, cancel, steps](QPromise<Result<ImportSummary>> &promise) {
        promise.setProgressRange(0, steps * 100);
        const ProgressSink progress = [&promise, &cancel](qint64 done, qint64, const QString &what) {
            if (promise.isCanceled())
                cancel->cancel();
            promise.setProgressValueAndText(int(done) * 100, what);
        };
        promise.addResult(ImportJob::run(path, files, published, cancel.get(), progress));
    }));
}

void MainWindow::importSampleIfEmpty()
{
    if (!m_store || m_isReadOnly)
        return;
    auto stats = m_store->stats();
    if (!stats || stats->entities > 0)
        return;
    const QString sample = DataPaths::find(QString::fromLatin1(sampleFile));
    if (sample.isEmpty()) {
        statusBar()->showMessage(tr("The sample article is not installed"), 5000);
        return;
    }
    importFiles({sample}, samplePublished);
}

bool MainWindow::isBusy() const
{
    return m_importsRunning > 0 || m_layoutJob->isRunning();
}

Result<void> MainWindow::exportImage(const QString &path, const ImageExportOptions &options, bool onlyWhatIsInView) const
{
    // Export what is shown: hidden types stay out of the picture, and with
    // `onlyWhatIsInView` the nodes outside the window too.
    GraphDocument shown = m_scene->graph();
    const QSet<EntityType> hiddenEntities = m_scene->hiddenEntityTypes();
    const QRectF inView = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QSet<QString> removed;
    shown.entities.removeIf([&](const Entity &e) {
        const NodeItem *node = m_scene->nodeItem(e.key);
        const bool hide = hiddenEntities.contains(e.type)
                          || (onlyWhatIsInView && (!node || !node->sceneBoundingRect().intersects(inView)));
        if (hide)
            removed.insert(e.key);
        return hide;
    });
    if (shown.entities.isEmpty())
        return makeError(Error::Category::Export, tr("Cannot write %1").arg(path), tr("No node is in view"));
    // Relations keep their index-based edge ids: mark hidden ones by dropping their geometry.
    LayoutResult layout = m_scene->layout();
    QSet<QString> hiddenEdges;
    for (EdgeItem *edge : m_scene->edgeItems())
        if (!edge->isVisible() || removed.contains(edge->appearance().source) || removed.contains(edge->appearance().target))
            hiddenEdges.insert(edge->id());
    layout.edges.removeIf([&](const EdgeGeometry &e) { return hiddenEdges.contains(e.id); });
    return ImageExporter().write(shown, layout, options, path);
}

Result<void> MainWindow::exportData(const QString &path, const QString &format) const
{
    // The CLI's exporters, so that the viewer and `guanxi-cli export` write the
    // same files; the format from the suffix when none is named.
    const QString name = format.isEmpty() ? dataFormatFor(path) : format;
    const std::unique_ptr<Exporter> exporter = Exporter::create(name);
    if (!exporter)
        return makeError(Error::Category::Export, tr("Cannot write %1").arg(path),
                         tr("%1 is not a data format Guanxi writes (%2)").arg(name, Exporter::formats().join(QStringLiteral(", "))));
    // Positions as on screen, nodes the user dragged included.
    const LayoutResult layout = m_scene->layout();
    return exporter->write(m_scene->graph(), &layout, path);
}

QString MainWindow::dataFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String(dotAliasSuffix))
        return QStringLiteral("dot");
    if (Exporter::create(suffix))
        return suffix;
    return QStringLiteral("json");
}

void MainWindow::openDatabaseDialog(GraphStore::OpenMode mode)
{
    const QString title = mode == GraphStore::OpenMode::ReadOnly ? tr("Open database read-only") : tr("Open database");
    const QString path = QFileDialog::getOpenFileName(this, title, QFileInfo(databasePath()).path(),
                                                      tr("Guanxi databases (*.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabaseFromUser(path, mode);
}

void MainWindow::newDatabaseDialog()
{
    // No "replace?" question: createDatabaseFromUser() never replaces a file, and says why.
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QFileInfo(databasePath()).path(),
                                                      tr("Guanxi databases (*.db)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        createDatabaseFromUser(path);
}

bool MainWindow::createDatabaseFromUser(const QString &path)
{
    const QString what = tr("Cannot create the database");
    const QFileInfo info(path);
    const auto refuse = [&](const QString &why) {
        showError(what, Error(Error::Category::Storage, path + QStringLiteral(": ") + why));
        return false;
    };
    if (m_store && info.exists() && info.canonicalFilePath() == QFileInfo(m_store->path()).canonicalFilePath())
        return refuse(tr("this is the database open in this window. A new database needs a name of its own."));
    // A file with content may be someone's curated graph: a "new" database
    // never deletes it. Only an empty file (nothing to lose) is taken over.
    if (info.exists() && (!info.isFile() || info.size() > 0))
        return refuse(tr("the file already exists. Guanxi does not replace a file with a new, empty database, so "
                         "that nothing it holds is lost: choose another name, or open it with File → Open database…"));
    // A -wal, -shm or -journal left by a deleted database belongs to no file:
    // gone before the new one is made, so that it never depends on SQLite
    // discarding them (it does today, for an empty main file).
    for (const QString &leftover : GraphStore::sideFiles(path)) {
        if (QFileInfo::exists(leftover) && !QFile::remove(leftover))
            return refuse(tr("cannot remove %1, left there by an earlier database; remove it and try again")
                              .arg(leftover));
    }
    // openDatabase() changes nothing until the new store is open: on failure
    // the window stays on the database it had.
    if (auto ok = openDatabase(path); !ok) {
        showError(what, ok.error());
        return false;
    }
    return true;
}

void MainWindow::importDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import articles"), QString(),
        tr("Articles (*.txt *.html *.htm *.md);;Graph JSON (*.json);;All files (*)"));
    importFiles(files, QDate::currentDate());
}

void MainWindow::exportImageDialog()
{
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export image"), QStringLiteral("guanxi.png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
                                                      &selectedFilter);
    if (path.isEmpty())
        return;
    const Result<ImageExportOptions::Format> format = ImageExporter::formatFor(path, {});
    if (!format) {
        showError(tr("Export failed"), format.error());
        return;
    }
    ImageExportDialog dialog(*format, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto ok = exportImage(path, dialog.options(), dialog.onlyWhatIsInView()); !ok)
        showError(tr("Export failed"), ok.error());
    else
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

QList<MainWindow::DataExportFilter> MainWindow::dataExportFilters()
{
    QList<DataExportFilter> filters;
    for (const QString &format : Exporter::formats()) {
        const std::unique_ptr<Exporter> exporter = Exporter::create(format);
        if (!exporter)
            continue;
        // Only the words are ours; the patterns are the exporter's own suffix.
        QString name = format.toUpper();
        if (format == QLatin1String("json"))
            name = tr("Graph JSON");
        else if (format == QLatin1String("graphml"))
            name = tr("GraphML");
        else if (format == QLatin1String("gexf"))
            name = tr("GEXF for Gephi");
        else if (format == QLatin1String("dot"))
            name = tr("Graphviz DOT");
        else if (format == QLatin1String("csv"))
            name = tr("CSV for Neo4j, a folder");
        else if (format == QLatin1String("cypher"))
            name = tr("Cypher script for Neo4j");
        QStringList patterns;
        if (exporter->writesDirectory() || exporter->suffix().isEmpty()) {
            patterns.append(QStringLiteral("*"));
        } else {
            patterns.append(QStringLiteral("*.") + exporter->suffix());
            if (format == QLatin1String("dot"))
                patterns.append(QStringLiteral("*.") + QLatin1String(dotAliasSuffix));
        }
        filters.append({name + QStringLiteral(" (") + patterns.join(QLatin1Char(' ')) + QLatin1Char(')'), format});
    }
    return filters;
}

void MainWindow::exportDataDialog()
{
    const QList<DataExportFilter> formats = dataExportFilters();
    QStringList filters;
    for (const DataExportFilter &format : formats)
        filters.append(format.filter);
    QString filter = filters.value(0);
    QString path = QFileDialog::getSaveFileName(this, tr("Export data"), QStringLiteral("guanxi.json"),
                                                filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    // A suffix the user typed (graph.gexf) wins over the file type left at its default.
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool suffixNamesFormat = suffix == QLatin1String(dotAliasSuffix) || Exporter::create(suffix) != nullptr;
    const auto chosen = std::find_if(formats.cbegin(), formats.cend(),
                                     [&](const DataExportFilter &format) { return format.filter == filter; });
    const QString format = suffixNamesFormat || chosen == formats.cend() ? dataFormatFor(path) : chosen->format;
    // CSV writes nodes.csv and relationships.csv into a folder of the chosen name.
    if (format == QLatin1String("csv") && QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        path.chop(4);
    if (auto ok = exportData(path, format); !ok)
        showError(tr("Export failed"), ok.error());
    else
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

QString MainWindow::aboutText()
{
    // The libraries this process runs on, which Debian may have updated since
    // the build: not the versions of the headers built against.
    const QString graphviz = LayoutEngine::graphvizVersion();
    return tr("<h3>Guanxi 关系 %1</h3><p>A knowledge-graph viewer for tech news: who founded, "
              "joined, left, invested in or sued whom, with the sentences that say so.</p>"
              "<p>Qt %2 · Graphviz %3 · SQLite %4</p>")
        .arg(QStringLiteral(GUANXI_VERSION), QString::fromLatin1(qVersion()),
             graphviz.isEmpty() ? tr("not loaded") : graphviz, Internal::SqliteDatabase::libraryVersion());
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Guanxi"), aboutText());
}

void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
    if (m_store) {
        CarriedView carried{m_store->path(), m_focusKey, m_focusDepth, m_expandedKeys, m_viewLayouts,
                            m_view->transform(), m_view->mapToScene(m_view->viewport()->rect().center()),
                            m_scene->selectedNodeKey()};
        if (!m_scene->nodeItems().isEmpty())
            carried.viewLayouts.insert(m_shownContext, m_scene->layout());
        carriedView() = carried;
    }
    // main() rebuilds the window with the new translators on the same database.
    // Not close(): quitting on the last closed window would end the next event loop too.
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QCoreApplication::exit(restartExitCode);
}

void MainWindow::showError(const QString &what, const Error &error)
{
    statusBar()->showMessage(what + QStringLiteral(": ") + error.message(), 10000);
    if (!m_screenshotPath.isEmpty() || !isVisible())
        return;
    if (m_errorReporter)
        m_errorReporter(what, error.toString());
    else
        QMessageBox::warning(this, what, error.toString());
}

void MainWindow::setScreenshotPath(const QString &path)
{
    m_screenshotPath = path;
    maybeTakeScreenshot();
}

void MainWindow::setScreenshotDialog(const QString &name)
{
    m_screenshotDialog = name;
}

QStringList MainWindow::screenshotDialogs()
{
    return {QStringLiteral("export-image"), QStringLiteral("layout-engine")};
}

void MainWindow::maybeTakeScreenshot()
{
    if (m_screenshotPath.isEmpty() || m_isScreenshotPending || isBusy())
        return;
    m_isScreenshotPending = true;
    // Let the window paint once at its final size before grabbing it.
    QTimer::singleShot(700, this, [this] {
        m_miniMap->refit();
        openScreenshotDialog();
        // A dialog or menu lays itself out and paints before it is grabbed.
        QTimer::singleShot(m_screenshotDialog.isEmpty() ? 0 : 300, this, &MainWindow::saveScreenshotWhenDrawn);
    });
}

void MainWindow::saveScreenshotWhenDrawn()
{
    const QPixmap shot = grabWithPopups();
    // Far out, a large graph's image is drawn on a worker and the view (or
    // the overview map) shows an older one, or none, meanwhile: the shot is
    // taken again once it came.
    if (m_view->isDrawingBatchAside()) {
        connect(m_view, &GraphView::batchFrameDrawn, this, &MainWindow::saveScreenshotWhenDrawn,
                Qt::SingleShotConnection);
        return;
    }
    if (m_miniMap->isDrawingBatchAside()) {
        connect(m_miniMap, &MiniMap::batchFrameDrawn, this, &MainWindow::saveScreenshotWhenDrawn,
                Qt::SingleShotConnection);
        return;
    }
    const bool ok = shot.save(m_screenshotPath);
    if (!ok)
        qWarning("Cannot save the screenshot to %s", qPrintable(m_screenshotPath));
    QCoreApplication::exit(ok ? 0 : 1);
}

void MainWindow::openScreenshotDialog()
{
    if (m_screenshotDialog == QLatin1String("export-image")) {
        // Shown, not exec()'d: the shot is taken from this event loop.
        auto *dialog = new ImageExportDialog(ImageExportOptions::Format::Png, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    } else if (m_screenshotDialog == QLatin1String("layout-engine")) {
        const QRect viewTitle = menuBar()->actionGeometry(m_viewMenu->menuAction());
        m_viewMenu->popup(menuBar()->mapToGlobal(viewTitle.bottomLeft()));
        m_viewMenu->setActiveAction(m_engineMenu->menuAction());
        const QRect engineItem = m_viewMenu->actionGeometry(m_engineMenu->menuAction());
        m_engineMenu->popup(m_viewMenu->mapToGlobal(engineItem.topRight()));
    }
}

QPixmap MainWindow::grabWithPopups()
{
    // Dialogs and menus are windows of their own: drawn over the window's
    // picture where they stand, dialogs first, the submenu last.
    QPixmap shot = grab();
    QWidgetList popups;
    for (QDialog *dialog : findChildren<QDialog *>())
        popups.append(dialog);
    popups.append({m_viewMenu, m_engineMenu});
    QPainter painter(&shot);
    const QPoint origin = mapToGlobal(QPoint(0, 0));
    for (QWidget *popup : std::as_const(popups))
        if (popup->isVisible())
            painter.drawPixmap(popup->mapToGlobal(QPoint(0, 0)) - origin, popup->grab());
    return shot;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace Guanxi
