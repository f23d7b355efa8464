#include "imageexporter.h"

#include "edgeitem.h"
#include "graphscene.h"
#include "legendpainter.h"
#include "nodeitem.h"
#include "svgwriter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace Guanxi {

namespace {

constexpr double titleHeight = 34.0;
constexpr double legendGap = 18.0;
constexpr double minLegendWidth = 420.0;
constexpr int maxImageSide = 20000;  // QImage's practical limit, and a sane one

// Everything drawn, in scene coordinates: nodes with badges and borders, edges with labels.
QRectF drawingBounds(const GraphStyle &style, const QList<NodeAppearance> &nodes, const QList<EdgeAppearance> &edges)
{
    QRectF bounds;
    for (const NodeAppearance &node : nodes) {
        const QSizeF size = node.size + QSizeF(12, 12);
        bounds |= QRectF(node.center - QPointF(size.width() / 2, size.height() / 2 + (node.isInvestor ? 8 : 0)), size);
    }
    for (const EdgeAppearance &edge : edges) {
        bounds |= edge.path.boundingRect().adjusted(-3, -3, 3, 3);
        bounds |= edge.arrowAtEnd.boundingRect();
        bounds |= EdgeItem::labelRect(style, edge);
    }
    return bounds;
}

QString evidenceTitle(const QString &head, const QList<Evidence> &evidence)
{
    QStringList lines{head};
    for (const Evidence &e : evidence)
        lines.append(e.document.isEmpty() ? e.sentence : e.sentence + QStringLiteral(" — ") + e.document);
    return lines.join(QLatin1Char('\n'));
}

QString cssToken(QString text)
{
    return text.replace(QLatin1Char('_'), QLatin1Char('-'));
}

} // namespace

ImageExporter::ImageExporter(const GraphStyle &style)
    : m_style(style)
{}

Result<ImageExportOptions::Format> ImageExporter::formatFor(const QString &path, const ImageExportOptions &options)
{
    if (options.format != ImageExportOptions::Format::Auto)
        return options.format;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ImageExportOptions::Format::Png;
    if (suffix == QLatin1String("svg"))
        return ImageExportOptions::Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return ImageExportOptions::Format::Pdf;
    return makeError(Error::Category::Export,
                     tr("Cannot tell the image format of %1: use a .png, .svg or .pdf file name").arg(path));
}

Result<void> ImageExporter::checkInput(const GraphDocument &graph, const LayoutResult &layout) const
{
    if (graph.entities.isEmpty())
        return makeError(Error::Category::Export, tr("There is nothing to draw: the graph has no entities"));
    if (layout.nodes.isEmpty())
        return makeError(Error::Category::Export, tr("The graph has not been laid out"));
    return {};
}

ExportPageGeometry ImageExporter::pageGeometry(const GraphDocument &graph, const LayoutResult &layout,
                                               const ImageExportOptions &options) const
{
    const QList<NodeAppearance> nodes = GraphScene::nodeAppearances(graph, layout, m_style);
    const QList<EdgeAppearance> edges = GraphScene::edgeAppearances(graph, layout);
    const QRectF bounds = drawingBounds(m_style, nodes, edges);
    const double margin = std::max(0.0, options.margin);

    ExportPageGeometry page;
    double contentWidth = bounds.width();
    double legendHeight = 0.0;
    if (options.legend) {
        const LegendPainter legend(m_style, graph);
        contentWidth = std::max(contentWidth, minLegendWidth);
        page.legendWidth = contentWidth;
        legendHeight = legend.isEmpty() ? 0.0 : legend.size(contentWidth).height();
    }
    double y = margin;
    if (!options.title.isEmpty()) {
        page.titleRect = QRectF(margin, y, contentWidth, titleHeight);
        y += titleHeight;
    }
    // Centre the graph horizontally when the legend is wider.
    page.graphOffset = QPointF(margin + (contentWidth - bounds.width()) / 2 - bounds.left(), y - bounds.top());
    y += bounds.height();
    if (legendHeight > 0.0) {
        y += legendGap;
        page.legendTopLeft = QPointF(margin, y);
        y += legendHeight;
    }
    page.pageSize = QSizeF(contentWidth + 2 * margin, y + margin);
    page.scale = options.width > 0 ? options.width / page.pageSize.width() : std::max(1, options.dpi) / 96.0;
    page.sceneToPage = QTransform::fromTranslate(page.graphOffset.x(), page.graphOffset.y())
        * QTransform::fromScale(page.scale, page.scale);
    return page;
}

void ImageExporter::paintPage(QPainter *painter, const GraphDocument &graph, const LayoutResult &layout,
                              const ImageExportOptions &options, const ExportPageGeometry &page) const
{
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter->scale(page.scale, page.scale);
    if (!options.title.isEmpty()) {
        painter->setFont(m_style.titleFont());
        painter->setPen(QColor(0x22, 0x22, 0x22));
        painter->drawText(page.titleRect, Qt::AlignLeft | Qt::AlignVCenter, options.title);
    }
    painter->save();
    painter->translate(page.graphOffset);
    // Exports are full detail whatever the output size.
    for (const EdgeAppearance &edge : GraphScene::edgeAppearances(graph, layout))
        EdgeItem::paintEdge(painter, m_style, edge, 1.0, false, false);
    for (const NodeAppearance &node : GraphScene::nodeAppearances(graph, layout, m_style)) {
        painter->save();
        painter->translate(node.center);
        NodeItem::paintNode(painter, m_style, node, 1.0, false, false);
        painter->restore();
    }
    painter->restore();
    if (options.legend && page.legendWidth > 0.0)
        LegendPainter(m_style, graph).paint(painter, page.legendTopLeft, page.legendWidth);
    painter->restore();
}

Result<QImage> ImageExporter::renderImage(const GraphDocument &graph, const LayoutResult &layout,
                                          const ImageExportOptions &options) const
{
    if (auto ok = checkInput(graph, layout); !ok)
        return tl::unexpected(ok.error());
    const ExportPageGeometry page = pageGeometry(graph, layout, options);
    const QSize size(int(std::ceil(page.pageSize.width() * page.scale)), int(std::ceil(page.pageSize.height() * page.scale)));
    if (size.width() > maxImageSide || size.height() > maxImageSide || size.isEmpty())
        return makeError(Error::Category::Export,
                         tr("The image would be %1 × %2 pixels; choose a smaller width or resolution")
                             .arg(size.width())
                             .arg(size.height()));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return makeError(Error::Category::Export, tr("Not enough memory for a %1 × %2 image").arg(size.width()).arg(size.height()));
    image.setDotsPerMeterX(int(std::lround(std::max(1, options.dpi) / 0.0254)));
    image.setDotsPerMeterY(image.dotsPerMeterX());
    image.fill(options.transparent ? QColor(Qt::transparent) : QColor(Qt::white));
    QPainter painter(&image);
    paintPage(&painter, graph, layout, options, page);
    painter.end();
    return image;
}

Result<QByteArray> ImageExporter::renderSvg(const GraphDocument &graph, const LayoutResult &layout,
                                            const ImageExportOptions &options) const
{
    if (auto ok = checkInput(graph, layout); !ok)
        return tl::unexpected(ok.error());
    ImageExportOptions unscaled = options;
    unscaled.width = 0;
    unscaled.dpi = 96;
    const ExportPageGeometry page = pageGeometry(graph, layout, unscaled);
    SvgWriter svg(page.pageSize, options.transparent ? QColor(Qt::transparent) : QColor(Qt::white));
    if (!options.title.isEmpty()) {
        svg.beginGroup(QStringLiteral("title"), QStringLiteral("title"), {});
        svg.text(page.titleRect, {options.title}, page.titleRect.height(), m_style.titleFont(), QColor(0x22, 0x22, 0x22), false);
        svg.endGroup();
    }
    const QTransform toPage = QTransform::fromTranslate(page.graphOffset.x(), page.graphOffset.y());

    svg.beginGroup(QStringLiteral("edges"), {}, {});
    for (const EdgeAppearance &edge : GraphScene::edgeAppearances(graph, layout)) {
        const Relation *relation = nullptr;
        for (qsizetype i = 0; i < graph.relations.size() && !relation; ++i)
            if (LayoutBuilder::edgeId(graph.relations[i], i) == edge.id)
                relation = &graph.relations[i];
        const Entity *source = graph.entity(edge.source);
        const Entity *target = graph.entity(edge.target);
        const QString head = QStringLiteral("%1 —%2→ %3")
                                 .arg(source ? source->name : edge.source, edge.label, target ? target->name : edge.target);
        svg.beginGroup(QStringLiteral("edge-") + edge.id,
                       QStringLiteral("edge ") + cssToken(toString(edge.type)),
                       evidenceTitle(head, relation ? relation->evidence : QList<Evidence>()));
        const QPen pen = m_style.edgePen(edge.type);
        svg.path(toPage.map(edge.path), pen, Qt::transparent);
        QPainterPath arrows;
        arrows.addPolygon(toPage.map(edge.arrowAtEnd));
        arrows.addPolygon(toPage.map(edge.arrowAtStart));
        if (!arrows.isEmpty())
            svg.path(arrows, QPen(pen.color(), 1.0), pen.color());
        const QRectF label = toPage.mapRect(EdgeItem::labelRect(m_style, edge));
        if (!label.isEmpty()) {
            svg.rect(label, QColor(255, 255, 255, 215), 3);
            svg.text(label, {edge.label}, label.height(), m_style.edgeFont(), pen.color().darker(135));
        }
        svg.endGroup();
    }
    svg.endGroup();

    svg.beginGroup(QStringLiteral("nodes"), {}, {});
    for (const NodeAppearance &node : GraphScene::nodeAppearances(graph, layout, m_style)) {
        const Entity *entity = graph.entity(node.key);
        const GraphStyle::NodeStyle style = m_style.nodeStyle(node.type, node.kind);
        const QTransform at = QTransform::fromTranslate(node.center.x(), node.center.y()) * toPage;
        QString title = node.label;
        if (entity && entity->aliases.size() > 1)
            title += QStringLiteral(" (") + entity->aliases.join(QStringLiteral(", ")) + QLatin1Char(')');
        svg.beginGroup(QStringLiteral("node-") + node.key,
                       QStringLiteral("node ") + toString(node.type) + (node.isInvestor ? QStringLiteral(" investor") : QString()),
                       title);
        svg.path(at.map(GraphStyle::shapePath(style.shape, node.size)), QPen(style.border, 1.4), style.fill);
        if (node.isInvestor) {
            svg.path(at.map(GraphStyle::shapePath(style.shape, node.size + QSizeF(7, 7))),
                     QPen(m_style.edgeStyle(RelationType::InvestedIn).color, 1.4), Qt::transparent);
        }
        const QRectF label = at.mapRect(NodeItem::labelRect(m_style, node));
        svg.text(label, m_style.labelLines(node.label), m_style.labelLineHeight(), m_style.nodeFont(), style.text);
        svg.endGroup();
    }
    svg.endGroup();

    if (options.legend && page.legendWidth > 0.0) {
        svg.beginGroup(QStringLiteral("legend"), QStringLiteral("legend"), LegendPainter::title());
        const LegendPainter legend(m_style, graph);
        for (const LegendEntry &entry : legend.layout(page.legendTopLeft, page.legendWidth)) {
            const QRectF swatch = LegendPainter::swatchRect(entry);
            if (entry.kind == LegendEntry::Kind::Edge) {
                QPainterPath line;
                line.moveTo(swatch.left(), swatch.center().y());
                line.lineTo(swatch.right(), swatch.center().y());
                svg.path(line, m_style.edgePen(entry.relationType), Qt::transparent);
            } else {
                const GraphStyle::NodeStyle style = m_style.nodeStyle(entry.entityType, entry.orgKind);
                QPainterPath shape = GraphStyle::shapePath(style.shape, QSizeF(swatch.width() - 6, swatch.height() - 2));
                shape.translate(swatch.center());
                svg.path(shape, QPen(entry.kind == LegendEntry::Kind::Investor
                                         ? m_style.edgeStyle(RelationType::InvestedIn).color : style.border, 1.2),
                         style.fill);
            }
            svg.text(LegendPainter::textRect(entry), {entry.label}, entry.rect.height(), m_style.edgeFont(),
                     QColor(0x33, 0x33, 0x33), false);
        }
        svg.endGroup();
    }
    return svg.finish();
}

Result<QByteArray> ImageExporter::renderPdf(const GraphDocument &graph, const LayoutResult &layout,
                                            const ImageExportOptions &options) const
{
    if (auto ok = checkInput(graph, layout); !ok)
        return tl::unexpected(ok.error());
    ImageExportOptions unscaled = options;
    unscaled.width = 0;
    unscaled.dpi = 96;
    const ExportPageGeometry page = pageGeometry(graph, layout, unscaled);

    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    // One device unit per scene unit; the page fits the drawing exactly.
    writer.setResolution(96);
    writer.setPageSize(QPageSize(page.pageSize * 72.0 / 96.0, QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(options.title.isEmpty() ? graph.info.title : options.title);
    writer.setCreator(QStringLiteral("Guanxi"));
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(Error::Category::Export, tr("Cannot start the PDF document"));
    paintPage(&painter, graph, layout, options, page);

    if (options.evidenceAppendix) {
        // A4 pages listing each relation with its evidence, wrapped to the page.
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.newPage();
        const QRectF area(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        QFont heading = m_style.titleFont();
        QFont body = m_style.nodeFont();
        body.setPixelSize(11);
        double y = 0.0;
        auto block = [&](const QString &text, const QFont &font, const QColor &color, double indent) {
            painter.setFont(font);
            const QRectF box = QFontMetricsF(font).boundingRect(QRectF(indent, 0, area.width() - indent, 1e6),
                                                                Qt::TextWordWrap, text);
            if (y + box.height() > area.height() && y > 0.0) {
                writer.newPage();
                y = 0.0;
            }
            painter.setPen(color);
            painter.drawText(QRectF(indent, y, area.width() - indent, box.height()), Qt::TextWordWrap, text);
            y += box.height() + 3.0;
        };
        block(tr("Evidence"), heading, QColor(0x22, 0x22, 0x22), 0.0);
        y += 6.0;
        for (const Relation &relation : graph.relations) {
            const Entity *source = graph.entity(relation.source);
            const Entity *target = graph.entity(relation.target);
            QString head = QStringLiteral("%1 — %2 → %3")
                               .arg(source ? source->name : relation.source, GraphStyle::relationLabel(relation.type),
                                    target ? target->name : relation.target);
            if (relation.time.isValid())
                head += QStringLiteral(" (") + relation.time.toString() + QLatin1Char(')');
            QFont bold = body;
            bold.setBold(true);
            block(head, bold, m_style.edgeStyle(relation.type).color.darker(130), 0.0);
            for (const Evidence &evidence : relation.evidence)
                block(QStringLiteral("“%1” — %2").arg(evidence.sentence, evidence.document), body,
                      QColor(0x33, 0x33, 0x33), 14.0);
            y += 5.0;
        }
    }
    painter.end();
    buffer.close();
    return data;
}

Result<void> ImageExporter::write(const GraphDocument &graph, const LayoutResult &layout,
                                  const ImageExportOptions &options, const QString &path) const
{
    const auto format = formatFor(path, options);
    if (!format)
        return tl::unexpected(format.error());
    QByteArray data;
    switch (*format) {
    case ImageExportOptions::Format::Png:
    case ImageExportOptions::Format::Auto: {
        const auto image = renderImage(graph, layout, options);
        if (!image)
            return tl::unexpected(image.error());
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        if (!image->save(&buffer, "PNG"))
            return makeError(Error::Category::Export, tr("Cannot encode the PNG image"));
        break;
    }
    case ImageExportOptions::Format::Svg: {
        auto svg = renderSvg(graph, layout, options);
        if (!svg)
            return tl::unexpected(svg.error());
        data = std::move(*svg);
        break;
    }
    case ImageExportOptions::Format::Pdf: {
        auto pdf = renderPdf(graph, layout, options);
        if (!pdf)
            return tl::unexpected(pdf.error());
        data = std::move(*pdf);
        break;
    }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Category::Io, tr("Cannot write %1").arg(path), file.errorString());
    if (file.write(data) != data.size() || !file.commit())
        return makeError(Error::Category::Io, tr("Cannot write %1").arg(path), file.errorString());
    return {};
}

} // namespace Guanxi
