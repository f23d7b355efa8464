#include "filterdock.h"
#include "guitestsupport.h"
#include "graphscene.h"
#include "graphview.h"
#include "imageexportdialog.h"
#include "inspectordock.h"
#include "mainwindow.h"
#include "model/graphjson.h"
#include "store/graphstore.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QTimer>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
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
