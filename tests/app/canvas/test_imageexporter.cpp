#include "canvastesthelpers.h"
#include "imageexporter.h"
#include "nodeitem.h"
#include "graphscene.h"

#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Guanxi;

namespace {

struct ExportFixture : ::testing::Test
{
    void SetUp() override
    {
        TestSupport::ensureApplication();
        graph = TestSupport::goldGraph();
        layout = TestSupport::layoutOf(graph);
        ASSERT_TRUE(dir.isValid());
    }

    GraphDocument graph;
    LayoutResult layout;
    QTemporaryDir dir;
    ImageExporter exporter;
};

int inkPixels(const QImage &image, const QRect &rect)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            if (qGray(image.pixel(x, y)) < 160)
                ++count;
    return count;
}

} // namespace

TEST_F(ExportFixture, PngHasTheRequestedWidthAndIsNotBlank)
{
    ImageExportOptions options;
    options.width = 1600;
    auto image = exporter.renderImage(graph, layout, options);
    ASSERT_TRUE(image.has_value()) << image.error().toString().toStdString();
    EXPECT_EQ(image->width(), 1600);
    EXPECT_GT(inkPixels(*image, image->rect()), 5000);
}

TEST_F(ExportFixture, EveryNodeLabelLiesInsideTheImageAndHasInk)
{
    ImageExportOptions options;
    options.width = 2000;
    options.title = QStringLiteral("OpenAI 创始人");
    auto image = exporter.renderImage(graph, layout, options);
    ASSERT_TRUE(image.has_value());
    const ExportPageGeometry page = exporter.pageGeometry(graph, layout, options);
    for (const NodeAppearance &node : GraphScene::nodeAppearances(graph, layout, GraphStyle::standard())) {
        const QRectF label = page.sceneToPage.mapRect(
            NodeItem::labelRect(GraphStyle::standard(), node).translated(node.center));
        EXPECT_TRUE(QRectF(image->rect()).contains(label)) << node.key.toStdString();
        EXPECT_GT(inkPixels(*image, label.toAlignedRect() & image->rect()), 10) << node.key.toStdString();
    }
}

TEST_F(ExportFixture, TransparentPngKeepsAlphaOutsideTheDrawing)
{
    ImageExportOptions options;
    options.transparent = true;
    auto image = exporter.renderImage(graph, layout, options);
    ASSERT_TRUE(image.has_value());
    EXPECT_EQ(qAlpha(image->pixel(1, 1)), 0);
}

TEST_F(ExportFixture, DpiScalesThePng)
{
    ImageExportOptions at96;
    ImageExportOptions at192;
    at192.dpi = 192;
    auto small = exporter.renderImage(graph, layout, at96);
    auto large = exporter.renderImage(graph, layout, at192);
    ASSERT_TRUE(small && large);
    EXPECT_NEAR(large->width(), 2 * small->width(), 2);
}

TEST_F(ExportFixture, WritesAPngFile)
{
    const QString path = dir.filePath(QStringLiteral("graph.png"));
    ASSERT_TRUE(exporter.write(graph, layout, {}, path).has_value());
    QImage image(path);
    EXPECT_FALSE(image.isNull());
}

TEST_F(ExportFixture, SvgKeepsChineseLabelsAsTextAndGroupsNodesById)
{
    const QString path = dir.filePath(QStringLiteral("graph.svg"));
    ASSERT_TRUE(exporter.write(graph, layout, {}, path).has_value());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString texts;
    QStringList groupIds;
    QStringList titles;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("text"))
            texts += xml.readElementText();
        else if (xml.name() == QLatin1String("title"))
            titles.append(xml.readElementText());
        else if (xml.name() == QLatin1String("g"))
            groupIds.append(xml.attributes().value(QLatin1String("id")).toString());
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("华尔街见闻")));
    EXPECT_TRUE(texts.contains(QStringLiteral("联邦法院")));
    EXPECT_TRUE(groupIds.contains(QStringLiteral("node-sutskever")));
    EXPECT_TRUE(groupIds.contains(QStringLiteral("node-lawsuit_fed")));
    // Edge titles carry the evidence sentence.
    const Relation &first = graph.relations.first();
    EXPECT_TRUE(std::any_of(titles.begin(), titles.end(),
                            [&](const QString &t) { return t.contains(first.evidenceText()); }));
}

TEST_F(ExportFixture, PdfIsAVectorDocumentWithTheEvidenceAppendix)
{
    ImageExportOptions plain;
    ImageExportOptions withAppendix;
    withAppendix.evidenceAppendix = true;
    auto pdf = exporter.renderPdf(graph, layout, plain);
    auto longer = exporter.renderPdf(graph, layout, withAppendix);
    ASSERT_TRUE(pdf && longer);
    EXPECT_TRUE(pdf->startsWith("%PDF"));
    EXPECT_GT(pdf->size(), 10000);
    EXPECT_GT(longer->size(), pdf->size());
    EXPECT_TRUE(pdf->contains("/FontFile")) << "fonts are embedded";
}

TEST_F(ExportFixture, UnknownSuffixIsAnError)
{
    auto result = exporter.write(graph, layout, {}, dir.filePath(QStringLiteral("graph.bmpx")));
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().category(), Error::Category::Export);
}

TEST_F(ExportFixture, AnUnlaidGraphIsAnError)
{
    auto result = exporter.renderImage(graph, LayoutResult(), {});
    ASSERT_FALSE(result.has_value());
    EXPECT_FALSE(result.error().message().isEmpty());
}

TEST_F(ExportFixture, AnUnwritableFolderIsAnIoError)
{
    auto result = exporter.write(graph, layout, {}, QStringLiteral("/nonexistent-guanxi/graph.png"));
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().category(), Error::Category::Io);
}
