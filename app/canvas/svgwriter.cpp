#include "svgwriter.h"

#include <QFontMetricsF>

namespace Guanxi {

namespace {

QString number(double value)
{
    QString text = QString::number(value, 'f', 2);
    // Trailing zeros of the fraction only: 100.00 -> 100, 1.50 -> 1.5.
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

QString colorName(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

} // namespace

SvgWriter::SvgWriter(const QSizeF &size, const QColor &background)
    : m_xml(&m_data)
{
    m_xml.setAutoFormatting(true);
    m_xml.writeStartDocument();
    m_xml.writeStartElement(QStringLiteral("svg"));
    m_xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    m_xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
    m_xml.writeAttribute(QStringLiteral("width"), number(size.width()));
    m_xml.writeAttribute(QStringLiteral("height"), number(size.height()));
    m_xml.writeAttribute(QStringLiteral("viewBox"),
                         QStringLiteral("0 0 %1 %2").arg(number(size.width()), number(size.height())));
    if (background.alpha() > 0)
        rect(QRectF(QPointF(0, 0), size), background);
}

void SvgWriter::beginGroup(const QString &id, const QString &cssClass, const QString &title)
{
    m_xml.writeStartElement(QStringLiteral("g"));
    if (!id.isEmpty())
        m_xml.writeAttribute(QStringLiteral("id"), id);
    if (!cssClass.isEmpty())
        m_xml.writeAttribute(QStringLiteral("class"), cssClass);
    if (!title.isEmpty())
        m_xml.writeTextElement(QStringLiteral("title"), title);
    ++m_depth;
}

void SvgWriter::endGroup()
{
    Q_ASSERT(m_depth > 0);
    m_xml.writeEndElement();
    --m_depth;
}

QString SvgWriter::pathData(const QPainterPath &path)
{
    QString d;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement:
            d += QStringLiteral("M%1 %2 ").arg(number(e.x), number(e.y));
            break;
        case QPainterPath::LineToElement:
            d += QStringLiteral("L%1 %2 ").arg(number(e.x), number(e.y));
            break;
        case QPainterPath::CurveToElement:
            d += QStringLiteral("C%1 %2 ").arg(number(e.x), number(e.y));
            break;
        case QPainterPath::CurveToDataElement:
            d += QStringLiteral("%1 %2 ").arg(number(e.x), number(e.y));
            break;
        }
    }
    return d.trimmed();
}

void SvgWriter::path(const QPainterPath &path, const QPen &pen, const QColor &fill)
{
    m_xml.writeEmptyElement(QStringLiteral("path"));
    m_xml.writeAttribute(QStringLiteral("d"), pathData(path));
    m_xml.writeAttribute(QStringLiteral("fill"), fill.alpha() > 0 ? colorName(fill) : QStringLiteral("none"));
    if (pen.style() == Qt::NoPen) {
        m_xml.writeAttribute(QStringLiteral("stroke"), QStringLiteral("none"));
        return;
    }
    m_xml.writeAttribute(QStringLiteral("stroke"), colorName(pen.color()));
    m_xml.writeAttribute(QStringLiteral("stroke-width"), number(pen.widthF()));
    if (pen.style() != Qt::SolidLine) {
        QStringList dashes;
        for (qreal dash : pen.dashPattern())
            dashes.append(number(dash * pen.widthF()));
        m_xml.writeAttribute(QStringLiteral("stroke-dasharray"), dashes.join(QLatin1Char(' ')));
    }
}

void SvgWriter::rect(const QRectF &rect, const QColor &fill, double radius)
{
    m_xml.writeEmptyElement(QStringLiteral("rect"));
    m_xml.writeAttribute(QStringLiteral("x"), number(rect.x()));
    m_xml.writeAttribute(QStringLiteral("y"), number(rect.y()));
    m_xml.writeAttribute(QStringLiteral("width"), number(rect.width()));
    m_xml.writeAttribute(QStringLiteral("height"), number(rect.height()));
    if (radius > 0)
        m_xml.writeAttribute(QStringLiteral("rx"), number(radius));
    m_xml.writeAttribute(QStringLiteral("fill"), colorName(fill));
    if (fill.alpha() < 255)
        m_xml.writeAttribute(QStringLiteral("fill-opacity"), number(fill.alphaF()));
}

void SvgWriter::text(const QRectF &box, const QStringList &lines, double lineHeight, const QFont &font,
                     const QColor &color, bool centred)
{
    const QFontMetricsF metrics(font);
    // Baseline of each line: centred vertically in its line box.
    const double baselineOffset = (lineHeight - metrics.height()) / 2 + metrics.ascent();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        m_xml.writeStartElement(QStringLiteral("text"));
        m_xml.writeAttribute(QStringLiteral("x"), number(centred ? box.center().x() : box.left()));
        m_xml.writeAttribute(QStringLiteral("y"), number(box.top() + i * lineHeight + baselineOffset));
        if (centred)
            m_xml.writeAttribute(QStringLiteral("text-anchor"), QStringLiteral("middle"));
        QStringList families;
        for (const QString &family : font.families())
            families.append(QLatin1Char('\'') + family + QLatin1Char('\''));
        families.append(QStringLiteral("sans-serif"));
        m_xml.writeAttribute(QStringLiteral("font-family"), families.join(QStringLiteral(", ")));
        m_xml.writeAttribute(QStringLiteral("font-size"), number(font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF()));
        if (font.bold())
            m_xml.writeAttribute(QStringLiteral("font-weight"), QStringLiteral("bold"));
        m_xml.writeAttribute(QStringLiteral("fill"), colorName(color));
        m_xml.writeCharacters(lines[i]);
        m_xml.writeEndElement();
    }
}

QByteArray SvgWriter::finish()
{
    while (m_depth > 0)
        endGroup();
    m_xml.writeEndElement(); // svg
    m_xml.writeEndDocument();
    return m_data;
}

} // namespace Guanxi
