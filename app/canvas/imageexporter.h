#pragma once

#include "common/error.h"
#include "graphstyle.h"
#include "layout/layoutresult.h"
#include "model/graphdocument.h"

#include <QByteArray>
#include <QImage>
#include <QTransform>

namespace Guanxi {

struct ImageExportOptions
{
    enum class Format { Auto, Png, Svg, Pdf };  // Auto = from the file suffix
    Format format = Format::Auto;
    int width = 0;              // PNG width in pixels; 0 = from dpi
    int dpi = 96;               // PNG: 96 = one pixel per scene unit
    bool transparent = false;   // PNG and SVG: no background
    QString title;              // drawn above the graph when set
    bool legend = true;
    bool evidenceAppendix = false; // PDF: pages listing each edge's evidence
    double margin = 24.0;       // scene units around the drawing
};

// Where things go on the exported page, in page units (scene units scaled).
struct ExportPageGeometry
{
    QSizeF pageSize;            // scene units
    double scale = 1.0;         // page pixels (or PDF device units) per scene unit
    QTransform sceneToPage;     // includes the scale
    QRectF titleRect;           // page units before scaling
    QPointF legendTopLeft;
    double legendWidth = 0.0;
    QPointF graphOffset;        // added to scene coordinates before scaling
};

// Draws a laid-out graph to PNG, SVG (own writer: ids, <title> evidence, CJK
// as text) or PDF (vector, embedded fonts, optional evidence appendix) with
// the GraphStyle of the viewer. Files are written atomically (QSaveFile).
// Needs a QGuiApplication; the offscreen platform is enough.
class ImageExporter
{
    Q_DECLARE_TR_FUNCTIONS(ImageExporter)

public:
    explicit ImageExporter(const GraphStyle &style = GraphStyle::standard());

    Result<void> write(const GraphDocument &graph, const LayoutResult &layout, const ImageExportOptions &options,
                       const QString &path) const;

    Result<QImage> renderImage(const GraphDocument &graph, const LayoutResult &layout,
                               const ImageExportOptions &options) const;
    Result<QByteArray> renderSvg(const GraphDocument &graph, const LayoutResult &layout,
                                 const ImageExportOptions &options) const;
    Result<QByteArray> renderPdf(const GraphDocument &graph, const LayoutResult &layout,
                                 const ImageExportOptions &options) const;

    // The page layout renderImage() uses; `scale` as for PNG.
    ExportPageGeometry pageGeometry(const GraphDocument &graph, const LayoutResult &layout,
                                    const ImageExportOptions &options) const;
    // The format for a path: options.format unless Auto, else the suffix.
    static Result<ImageExportOptions::Format> formatFor(const QString &path, const ImageExportOptions &options);

private:
    void paintPage(QPainter *painter, const GraphDocument &graph, const LayoutResult &layout,
                   const ImageExportOptions &options, const ExportPageGeometry &page) const;
    Result<void> checkInput(const GraphDocument &graph, const LayoutResult &layout) const;

    const GraphStyle &m_style;
};

} // namespace Guanxi
