#pragma once

#include <QByteArray>
#include <QColor>
#include <QFont>
#include <QPainterPath>
#include <QPen>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QXmlStreamWriter>

namespace Guanxi {

// Writes a small, readable SVG: groups with ids, classes and <title>s, paths
// and real <text> (CJK stays searchable text). QSvgGenerator cannot give an
// element an id, so graph exports are written with this instead.
class SvgWriter
{
public:
    SvgWriter(const QSizeF &size, const QColor &background);

    void beginGroup(const QString &id, const QString &cssClass, const QString &title);
    void endGroup();
    void path(const QPainterPath &path, const QPen &pen, const QColor &fill);
    // Lines of text, each centred (or left-aligned) in its line box.
    void text(const QRectF &box, const QStringList &lines, double lineHeight, const QFont &font,
              const QColor &color, bool centred = true);
    void rect(const QRectF &rect, const QColor &fill, double radius = 0.0);

    QByteArray finish();

    static QString pathData(const QPainterPath &path);

private:
    QByteArray m_data;
    QXmlStreamWriter m_xml;
    int m_depth = 0;
};

} // namespace Guanxi
