#include "dialoganswerer.h"
#include "export/exporter.h"
#include "filterdock.h"
#include "guitestsupport.h"
#include "graphscene.h"
#include "graphview.h"
#include "imageexportdialog.h"
#include "inspectordock.h"
#include "mainwindow.h"
#include "model/graphjson.h"

#include <QDockWidget>
#include "layout/layoutengine.h"
#include "store/graphstore.h"
#include "store/sqlite/sqlitedatabase.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QSettings>
#include <QTimer>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QRadioButton>
#include <QSpinBox>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace Guanxi;
using Test::ensureApplication;

namespace {

const QString goldPath = QStringLiteral(GUANXI_EVAL_DIR "/000_84226dfc0b281014.gold.json");

GraphDocument goldGraph()
{
    return Test::sampleGoldGraph();
}

// A window on a database holding the gold graph of the sample article, and its inspector's timeline.
struct WindowFixture : Test::GoldWindowFixture
{
    QStringList timelineTexts() const
    {
        QStringList texts;
        QListWidget *timeline = window->inspector()->timeline();
        for (int i = 0; i < timeline->count(); ++i)
            texts.append(timeline->item(i)->text());
        return texts;
    }
};

} // namespace

TEST_F(WindowFixture, SceneHoldsANodeItemForEveryEntity)
{
    const GraphDocument gold = goldGraph();
    EXPECT_EQ(window->scene()->nodeItems().size(), gold.entities.size());
    for (const Entity &entity : gold.entities)
        EXPECT_FALSE(keyOfName(entity.name).isEmpty()) << entity.name.toStdString();
}

TEST_F(WindowFixture, SelectingSutskeverShowsHisDepartureAndNewCompany)
{
    ASSERT_TRUE(window->searchAndSelect(QStringLiteral("Ilya Sutskever")));
    const QList<HistoryEntry> &history = window->inspector()->history();
    const auto left = std::find_if(history.begin(), history.end(), [](const HistoryEntry &e) {
        return e.relation.type == RelationType::Left && e.organization.name == QLatin1String("OpenAI");
    });
    const auto founded = std::find_if(history.begin(), history.end(), [](const HistoryEntry &e) {
        return e.relation.type == RelationType::Founded && e.organization.name == QLatin1String("Safe Superintelligence Inc");
    });
    ASSERT_NE(left, history.end());
    ASSERT_NE(founded, history.end());
    EXPECT_EQ(founded->relation.time.toString(), QStringLiteral("2024-06"));
    const QString shown = timelineTexts().join(QLatin1Char('\n'));
    EXPECT_TRUE(shown.contains(QStringLiteral("2024-06"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(founded->relation.evidenceText())) << shown.toStdString();
    EXPECT_TRUE(shown.contains(left->relation.evidenceText())) << shown.toStdString();
    EXPECT_FALSE(left->relation.evidenceText().isEmpty());
}

TEST_F(WindowFixture, ClickingATimelineEntryHighlightsItsEdge)
{
    ASSERT_TRUE(window->searchAndSelect(QStringLiteral("Ilya Sutskever")));
    QListWidget *timeline = window->inspector()->timeline();
    ASSERT_GT(timeline->count(), 0);
    timeline->setCurrentRow(timeline->count() - 1);
    const Relation &relation = window->inspector()->history().last().relation;
    EdgeItem *edge = window->scene()->edgeItem(window->scene()->edgeIdFor(relation));
    ASSERT_NE(edge, nullptr);
    EXPECT_TRUE(edge->isHighlighted());
}

TEST_F(WindowFixture, ChineseAndEnglishNamesSelectTheSameNode)
{
    QLineEdit *box = window->searchBox();
    box->clear();
    box->setText(QStringLiteral("马斯克"));  // QTest::keyClicks types ASCII only
    QTest::keyClick(box, Qt::Key_Return);
    const QString chinese = window->scene()->selectedNodeKey();
    window->scene()->clearSelection();
    box->clear();
    QTest::keyClicks(box, QStringLiteral("Musk"));
    QTest::keyClick(box, Qt::Key_Return);
    const QString english = window->scene()->selectedNodeKey();
    EXPECT_FALSE(chinese.isEmpty());
    EXPECT_EQ(chinese, english);
    EXPECT_EQ(chinese, keyOfName(QStringLiteral("Elon Musk")));
}

TEST_F(WindowFixture, UntickingLawsuitHidesLawsuitNodesAndTheirEdges)
{
    QCheckBox *box = window->filterDock()->entityCheckBox(EntityType::Lawsuit);
    ASSERT_NE(box, nullptr);
    box->click();
    int hiddenLawsuits = 0;
    for (NodeItem *node : window->scene()->nodeItems()) {
        if (node->appearance().type == EntityType::Lawsuit) {
            EXPECT_FALSE(node->isVisible());
            ++hiddenLawsuits;
        } else {
            EXPECT_TRUE(node->isVisible());
        }
    }
    EXPECT_EQ(hiddenLawsuits, 2);
    for (EdgeItem *edge : window->scene()->edgeItems()) {
        const RelationType type = edge->appearance().type;
        if (type == RelationType::PlaintiffIn || type == RelationType::DefendantIn) {
            EXPECT_FALSE(edge->isVisible());
        }
    }
    box->click();
    EXPECT_TRUE(window->scene()->nodeItem(keyOfName(QStringLiteral("马斯克在联邦法院对奥特曼提起的诉讼")))->isVisible());
}

TEST_F(WindowFixture, FocusOnBrockmanAtDepthOneShowsOnlyHisNeighbourhood)
{
    const GraphDocument gold = goldGraph();
    QSet<QString> expected{QStringLiteral("Greg Brockman")};
    for (const Relation &relation : gold.relations) {
        if (relation.source == QLatin1String("brockman"))
            expected.insert(gold.entity(relation.target)->name);
        if (relation.target == QLatin1String("brockman"))
            expected.insert(gold.entity(relation.source)->name);
    }
    ASSERT_TRUE(window->focusOn(keyOfName(QStringLiteral("Greg Brockman")), 1));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->isBusy(); }, 30000));
    QSet<QString> shown;
    for (const Entity &entity : window->scene()->graph().entities)
        shown.insert(entity.name);
    EXPECT_EQ(shown, expected);
    EXPECT_EQ(window->scene()->nodeItems().size(), expected.size());
    EXPECT_TRUE(window->isFocused());

    window->showWholeGraph();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->isBusy(); }, 30000));
    EXPECT_EQ(window->scene()->nodeItems().size(), gold.entities.size());
}

TEST_F(WindowFixture, ExportWritesPngAndSvg)
{
    const QString png = dir.filePath(QStringLiteral("graph.png"));
    const QString svg = dir.filePath(QStringLiteral("graph.svg"));
    ASSERT_TRUE(window->exportImage(png, {}).has_value());
    ASSERT_TRUE(window->exportImage(svg, {}).has_value());
    EXPECT_FALSE(QImage(png).isNull());
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("华尔街见闻")));
}

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

// "Only the nodes in view": zoomed in on one node, the picture holds it and
// leaves out nodes the window does not show.
TEST_F(WindowFixture, ExportOfTheViewLeavesOutTheNodesOutsideIt)
{
    const QString whole = dir.filePath(QStringLiteral("whole.svg"));
    ASSERT_TRUE(window->exportImage(whole, {}).has_value());
    NodeItem *centre = window->scene()->nodeItems().first();
    window->view()->resetTransform();
    window->view()->scale(3, 3);
    window->view()->centerOn(centre);
    const QString view = dir.filePath(QStringLiteral("view.svg"));
    ASSERT_TRUE(window->exportImage(view, {}, true).has_value());
    const QString wholeText = readText(whole);
    const QString viewText = readText(view);
    const QString centreId = QStringLiteral("id=\"node-%1\"").arg(centre->key());
    EXPECT_TRUE(viewText.contains(centreId));
    EXPECT_GT(viewText.count(QStringLiteral("id=\"node-")), 0);
    EXPECT_LT(viewText.count(QStringLiteral("id=\"node-")), wholeText.count(QStringLiteral("id=\"node-")));
}

TEST_F(WindowFixture, ExportWithoutTheLegendDrawsNone)
{
    const QString with = dir.filePath(QStringLiteral("with.svg"));
    const QString without = dir.filePath(QStringLiteral("without.svg"));
    ImageExportOptions options;
    ASSERT_TRUE(window->exportImage(with, options).has_value());
    options.legend = false;
    ASSERT_TRUE(window->exportImage(without, options).has_value());
    EXPECT_TRUE(readText(with).contains(QStringLiteral("id=\"legend\"")));
    EXPECT_FALSE(readText(without).contains(QStringLiteral("id=\"legend\"")));
}

TEST(ImageExportDialog, ChoicesBecomeTheExportOptions)
{
    ensureApplication();
    ImageExportDialog dialog(ImageExportOptions::Format::Png);
    EXPECT_FALSE(dialog.onlyWhatIsInView());
    dialog.viewOnlyButton()->setChecked(true);
    dialog.dpiBox()->setValue(300);
    dialog.widthBox()->setValue(2400);
    dialog.legendBox()->setChecked(false);
    const ImageExportOptions options = dialog.options();
    EXPECT_TRUE(dialog.onlyWhatIsInView());
    EXPECT_EQ(options.format, ImageExportOptions::Format::Png);
    EXPECT_EQ(options.dpi, 300);
    EXPECT_EQ(options.width, 2400);
    EXPECT_FALSE(options.legend);
    EXPECT_FALSE(options.evidenceAppendix);
}

// Resolution and width are a PNG's; the evidence pages a PDF's.
TEST(ImageExportDialog, OffersOnlyTheChoicesOfItsFormat)
{
    ensureApplication();
    ImageExportDialog svg(ImageExportOptions::Format::Svg);
    EXPECT_FALSE(svg.dpiBox()->isEnabled());
    EXPECT_FALSE(svg.widthBox()->isEnabled());
    EXPECT_FALSE(svg.appendixBox()->isEnabled());
    ImageExportDialog pdf(ImageExportOptions::Format::Pdf);
    EXPECT_TRUE(pdf.appendixBox()->isEnabled());
    EXPECT_TRUE(pdf.options().evidenceAppendix);
}

// File > Export data writes every format of `guanxi-cli export`, through the same exporters.
TEST_F(WindowFixture, ExportDataWritesEachFormatTheCliWrites)
{
    const QList<std::pair<QString, QString>> files = {{QStringLiteral("graph.graphml"), QStringLiteral("<graphml")},
                                                      {QStringLiteral("graph.gexf"), QStringLiteral("<gexf")},
                                                      {QStringLiteral("graph.dot"), QStringLiteral("digraph")},
                                                      {QStringLiteral("graph.cypher"), QStringLiteral("MERGE")}};
    for (const auto &[name, marker] : files) {
        const QString path = dir.filePath(name);
        ASSERT_TRUE(window->exportData(path).has_value()) << name.toStdString();
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        const QString text = QString::fromUtf8(file.readAll());
        EXPECT_TRUE(text.contains(marker)) << name.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("OpenAI"))) << name.toStdString();
    }
    const QString csv = dir.filePath(QStringLiteral("neo4j"));
    ASSERT_TRUE(window->exportData(csv, QStringLiteral("csv")).has_value());
    EXPECT_TRUE(QFile::exists(csv + QStringLiteral("/nodes.csv")));
    EXPECT_TRUE(QFile::exists(csv + QStringLiteral("/relationships.csv")));
}

// The JSON export is the graph on screen, read back whole, with each node's position.
TEST_F(WindowFixture, ExportedJsonHoldsEveryEntityWithItsPosition)
{
    const QString path = dir.filePath(QStringLiteral("graph.json"));
    ASSERT_TRUE(window->exportData(path).has_value());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonArray entities = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("entities")).toArray();
    EXPECT_EQ(entities.size(), window->scene()->nodeItems().size());
    for (const QJsonValue &entity : entities)
        EXPECT_TRUE(entity.toObject().contains(QLatin1String("x"))) << entity.toObject().value(QLatin1String("name")).toString().toStdString();
}

TEST(MainWindow, DataFormatComesFromTheSuffixAndDefaultsToJson)
{
    EXPECT_EQ(MainWindow::dataFormatFor(QStringLiteral("/tmp/a.GraphML")), QStringLiteral("graphml"));
    EXPECT_EQ(MainWindow::dataFormatFor(QStringLiteral("/tmp/a.gv")), QStringLiteral("dot"));
    EXPECT_EQ(MainWindow::dataFormatFor(QStringLiteral("/tmp/a.gexf")), QStringLiteral("gexf"));
    EXPECT_EQ(MainWindow::dataFormatFor(QStringLiteral("/tmp/graph")), QStringLiteral("json"));
    EXPECT_EQ(MainWindow::dataFormatFor(QStringLiteral("/tmp/graph.txt")), QStringLiteral("json"));
}

TEST_F(WindowFixture, HiddenTypesStayOutOfTheExportedImage)
{
    window->filterDock()->entityCheckBox(EntityType::Product)->click();
    const QString svg = dir.filePath(QStringLiteral("graph.svg"));
    ASSERT_TRUE(window->exportImage(svg, {}).has_value());
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_FALSE(text.contains(QStringLiteral(">GPT-4o<")));
    EXPECT_TRUE(text.contains(QStringLiteral(">OpenAI<")));
}

TEST(MainWindow, ImportsAGraphFileInTheBackground)
{
    ensureApplication();
    QTemporaryDir dir;
    MainWindow window;
    ASSERT_TRUE(window.openDatabase(dir.filePath(QStringLiteral("fresh.db"))).has_value());
    QSignalSpy finished(&window, &MainWindow::importFinished);
    window.importFiles({goldPath}, QDate(2024, 8, 11));
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.isBusy() && !window.scene()->nodeItems().isEmpty(); }, 30000));
    EXPECT_EQ(window.scene()->nodeItems().size(), goldGraph().entities.size());
}

TEST(MainWindow, AFileThatIsNotADatabaseIsRefused)
{
    ensureApplication();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("this is not an SQLite database, just some text that is long enough to look like a header");
    file.close();
    MainWindow window;
    auto result = window.openDatabase(path);
    ASSERT_FALSE(result.has_value());
    EXPECT_FALSE(result.error().message().isEmpty());
}

TEST(MainWindow, ChoosingALanguageStoresItAndAsksForTheWindowToBeRebuilt)
{
    ensureApplication();
    MainWindow window;
    QAction *chinese = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text() == QStringLiteral("简体中文"))
            chinese = action;
    ASSERT_NE(chinese, nullptr);
    QTimer::singleShot(0, chinese, &QAction::trigger);
    EXPECT_EQ(QCoreApplication::exec(), MainWindow::restartExitCode);
    EXPECT_EQ(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));
}

namespace {

// View → Layout engine's item for `engine` ("" = automatic), or null.
QAction *engineAction(const MainWindow &window, const QString &engine)
{
    const auto *menu = window.findChild<QMenu *>(QStringLiteral("layoutEngineMenu"));
    if (!menu)
        return nullptr;
    for (QAction *action : menu->actions())
        if (action->isCheckable() && action->data().toString() == engine)
            return action;
    return nullptr;
}

QPointF centreOf(const LayoutResult &layout, const QString &key)
{
    for (const NodeGeometry &node : layout.nodes)
        if (node.id == key)
            return node.center;
    return QPointF(qQNaN(), qQNaN());
}

} // namespace

// The menu offers automatic plus every engine the core lays out with.
TEST(MainWindow, LayoutEngineMenuOffersAutomaticAndEveryEngine)
{
    ensureApplication();
    Guanxi::Test::removeSettings();
    MainWindow window;
    const QAction *automatic = engineAction(window, QString());
    ASSERT_NE(automatic, nullptr);
    EXPECT_TRUE(automatic->isChecked());
    for (const QString &engine : LayoutEngine::engines()) {
        const QAction *action = engineAction(window, engine);
        ASSERT_NE(action, nullptr) << engine.toStdString();
        EXPECT_FALSE(action->isChecked()) << engine.toStdString();
        EXPECT_EQ(action->actionGroup(), automatic->actionGroup());
    }
    EXPECT_TRUE(automatic->actionGroup()->isExclusive());
}

// Choosing circo lays the graph on screen out again, with circo, in the background.
TEST_F(WindowFixture, ChoosingAnEngineLaysTheGraphOutAgainWithIt)
{
    const QString openAi = keyOfName(QStringLiteral("OpenAI"));
    ASSERT_FALSE(openAi.isEmpty());
    ASSERT_NE(window->scene()->layout().engine, QStringLiteral("circo"));
    const QPointF before = centreOf(window->scene()->layout(), openAi);
    QAction *circo = engineAction(*window, QStringLiteral("circo"));
    ASSERT_NE(circo, nullptr);
    circo->trigger();
    // The layout runs on a worker: the window is busy and says so.
    EXPECT_TRUE(window->isBusy());
    const auto *status = window->findChild<QLabel *>(QStringLiteral("layoutStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->text().contains(QStringLiteral("circo"))) << status->text().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->isBusy(); }, 60000));
    EXPECT_EQ(window->scene()->layout().engine, QStringLiteral("circo"));
    EXPECT_NE(centreOf(window->scene()->layout(), openAi), before);
    EXPECT_EQ(status->text(), QStringLiteral("Layout: circo"));
    EXPECT_TRUE(circo->isChecked());
    EXPECT_EQ(window->scene()->nodeItems().size(), goldGraph().entities.size());
}

// The choice is kept in the settings and the next window lays out with it.
TEST_F(WindowFixture, TheChosenEngineIsStoredAndRestored)
{
    window->setLayoutEngine(QStringLiteral("neato"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->isBusy(); }, 60000));
    EXPECT_EQ(QSettings().value(QStringLiteral("layout/engine")).toString(), QStringLiteral("neato"));
    window.reset();

    MainWindow next;
    EXPECT_EQ(next.layoutEngine(), QStringLiteral("neato"));
    const QAction *neato = engineAction(next, QStringLiteral("neato"));
    ASSERT_NE(neato, nullptr);
    EXPECT_TRUE(neato->isChecked());
    EXPECT_FALSE(engineAction(next, QString())->isChecked());
    ASSERT_TRUE(next.openDatabase(dbPath).has_value());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !next.isBusy() && !next.scene()->nodeItems().isEmpty(); }, 60000));
    EXPECT_EQ(next.scene()->layout().engine, QStringLiteral("neato"));

    // Back to automatic: stored as no choice.
    engineAction(next, QString())->trigger();
    EXPECT_TRUE(QSettings().value(QStringLiteral("layout/engine")).toString().isEmpty());
    EXPECT_TRUE(next.layoutEngine().isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !next.isBusy(); }, 60000));
}

// Help → About names the Qt, Graphviz and SQLite this process runs on, not
// the versions of the headers it was built with.
TEST(MainWindow, AboutShowsTheLoadedVersionsOfQtGraphvizAndSqlite)
{
    ensureApplication();
    MainWindow window;
    window.show();
    QAction *about = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text() == QStringLiteral("&About Guanxi"))
            about = action;
    ASSERT_NE(about, nullptr);
    Guanxi::Test::DialogAnswerer answerer;
    about->trigger();  // modal: the answerer reads and closes the box from inside its loop
    ASSERT_EQ(answerer.messages().size(), 1);
    const QString text = answerer.messages().first().text;
    const QString graphviz = LayoutEngine::graphvizVersion();
    const QString sqlite = Internal::SqliteDatabase::libraryVersion();
    ASSERT_FALSE(graphviz.isEmpty());
    ASSERT_FALSE(sqlite.isEmpty());
    EXPECT_TRUE(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion()))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Graphviz ") + graphviz + QLatin1Char(' '))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("SQLite ") + sqlite + QLatin1Char('<'))) << text.toStdString();
    EXPECT_EQ(text, MainWindow::aboutText());
}

// A first start (no database in an empty data folder) imports the bundled
// sample article, dated the day it was published, through the import job:
// the calls main() makes when no file is given.
TEST(MainWindow, AFirstStartImportsTheSampleArticle)
{
    ensureApplication();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("guanxi.db"));
    ASSERT_FALSE(QFile::exists(path));
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(window.openStartupDatabase(path, path));
    QSignalSpy imported(&window, &MainWindow::importFinished);
    window.importSampleIfEmpty();
    ASSERT_TRUE(imported.wait(120000));
    ASSERT_TRUE(imported.first().first().toBool());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.isBusy() && !window.scene()->nodeItems().isEmpty(); }, 60000));

    QStringList names;
    for (const Entity &entity : window.scene()->graph().entities)
        names.append(entity.name);
    EXPECT_TRUE(names.contains(QStringLiteral("OpenAI"))) << names.join(QStringLiteral(", ")).toStdString();
    ASSERT_TRUE(window.searchAndSelect(QStringLiteral("Sam Altman")));
    ASSERT_TRUE(window.searchAndSelect(QStringLiteral("奥特曼")));

    auto store = GraphStore::open(path, GraphStore::OpenMode::ReadOnly);
    ASSERT_TRUE(store.has_value());
    auto stats = (*store)->stats();
    ASSERT_TRUE(stats.has_value());
    EXPECT_EQ(stats->entities, window.scene()->nodeItems().size());
    EXPECT_EQ(stats->documents, 1);
    auto documents = (*store)->documents();
    ASSERT_TRUE(documents.has_value());
    ASSERT_EQ(documents->size(), 1);
    EXPECT_EQ(documents->first().published, QDate(2024, 8, 11));

    // Not a second time: the database holds entities now.
    window.importSampleIfEmpty();
    EXPECT_FALSE(window.isBusy());
}

// Each file type of File → Export data writes the format its own patterns name:
// a filter paired with the wrong exporter fails here.
TEST(MainWindow, EachExportDataFileTypeWritesTheFormatItNames)
{
    ensureApplication();
    QStringList formats;
    for (const MainWindow::DataExportFilter &filter : MainWindow::dataExportFilters()) {
        formats.append(filter.format);
        const std::unique_ptr<Exporter> exporter = Exporter::create(filter.format);
        ASSERT_NE(exporter, nullptr) << filter.format.toStdString();
        EXPECT_TRUE(filter.filter.contains(filter.format, Qt::CaseInsensitive)) << filter.filter.toStdString();
        const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("\\(([^)]*)\\)$")).match(filter.filter);
        ASSERT_TRUE(match.hasMatch()) << filter.filter.toStdString();
        const QStringList patterns = match.captured(1).split(QLatin1Char(' '));
        if (exporter->writesDirectory()) {
            EXPECT_EQ(patterns, QStringList{QStringLiteral("*")}) << filter.filter.toStdString();
            continue;
        }
        EXPECT_TRUE(patterns.contains(QStringLiteral("*.") + exporter->suffix())) << filter.filter.toStdString();
        for (const QString &pattern : patterns)
            EXPECT_EQ(MainWindow::dataFormatFor(QStringLiteral("/tmp/graph") + pattern.mid(1)), filter.format)
                << filter.filter.toStdString();
    }
    EXPECT_EQ(formats, Exporter::formats());
}

// The docks the user closed or opened and the window's size come back in the next window.
TEST_F(WindowFixture, TheWindowsStateAndSizeAreRestoredInTheNextWindow)
{
    auto *documents = window->findChild<QDockWidget *>(QStringLiteral("DocumentsDock"));
    auto *legend = window->findChild<QDockWidget *>(QStringLiteral("LegendDock"));
    ASSERT_NE(documents, nullptr);
    ASSERT_NE(legend, nullptr);
    ASSERT_FALSE(documents->isVisible());  // hidden on a first start
    ASSERT_TRUE(legend->isVisible());
    documents->show();
    legend->close();
    window->resize(1111, 777);
    window->close();
    window.reset();

    MainWindow next;
    next.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&next));
    EXPECT_TRUE(next.findChild<QDockWidget *>(QStringLiteral("DocumentsDock"))->isVisible());
    EXPECT_FALSE(next.findChild<QDockWidget *>(QStringLiteral("LegendDock"))->isVisible());
    EXPECT_TRUE(next.findChild<QDockWidget *>(QStringLiteral("InspectorDock"))->isVisible());
    EXPECT_EQ(next.size(), QSize(1111, 777));
}
