#include "pathslicer.h"

#include <QPainter>
#include <QPen>

#include <cmath>

namespace Guanxi {

namespace {

QPointF lerp(const QPointF &a, const QPointF &b, double t)
{
    return a + (b - a) * t;
}

// The part of a cubic between t0 and t1, exactly (two de Casteljau splits).
std::array<QPointF, 4> cubicBetween(const std::array<QPointF, 4> &p, double t0, double t1)
{
    // Left part [0, t1].
    const QPointF ab = lerp(p[0], p[1], t1);
    const QPointF bc = lerp(p[1], p[2], t1);
    const QPointF cd = lerp(p[2], p[3], t1);
    const QPointF abc = lerp(ab, bc, t1);
    const QPointF bcd = lerp(bc, cd, t1);
    const std::array<QPointF, 4> left = {p[0], ab, abc, lerp(abc, bcd, t1)};
    if (t0 <= 0.0 || t1 <= 0.0)
        return left;
    // Its right part from t0 / t1.
    const double s = t0 / t1;
    const QPointF lab = lerp(left[0], left[1], s);
    const QPointF lbc = lerp(left[1], left[2], s);
    const QPointF lcd = lerp(left[2], left[3], s);
    const QPointF labc = lerp(lab, lbc, s);
    const QPointF lbcd = lerp(lbc, lcd, s);
    return {lerp(labc, lbcd, s), lbcd, lcd, left[3]};
}

double cubicLength(const std::array<QPointF, 4> &p)
{
    QPainterPath path(p[0]);
    path.cubicTo(p[1], p[2], p[3]);
    return path.length();
}

QRectF boundsOf(const QPointF *points, int count)
{
    double left = points[0].x(), right = left, top = points[0].y(), bottom = top;
    for (int i = 1; i < count; ++i) {
        left = std::min(left, points[i].x());
        right = std::max(right, points[i].x());
        top = std::min(top, points[i].y());
        bottom = std::max(bottom, points[i].y());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

} // namespace

PathSlicer::PathSlicer(const QPainterPath &path, double pieceLength)
{
    QPointF current;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element element = path.elementAt(i);
        switch (element.type) {
        case QPainterPath::MoveToElement:
            current = element;
            break;
        case QPainterPath::LineToElement:
            addLine(current, element, pieceLength);
            current = element;
            break;
        case QPainterPath::CurveToElement: {
            if (i + 2 >= path.elementCount())
                return;
            const std::array<QPointF, 4> cubic = {current, path.elementAt(i), path.elementAt(i + 1),
                                                  path.elementAt(i + 2)};
            addCubic(cubic, pieceLength);
            current = cubic[3];
            i += 2;
            break;
        }
        case QPainterPath::CurveToDataElement:
            break;
        }
    }
}

void PathSlicer::addLine(const QPointF &from, const QPointF &to, double pieceLength)
{
    const double length = QLineF(from, to).length();
    const int count = std::max(1, int(std::ceil(length / pieceLength)));
    for (int k = 0; k < count; ++k) {
        Piece piece;
        piece.isLine = true;
        piece.points[0] = lerp(from, to, double(k) / count);
        piece.points[1] = lerp(from, to, double(k + 1) / count);
        piece.bounds = boundsOf(piece.points.data(), 2).adjusted(-1, -1, 1, 1);
        piece.start = m_length + length * k / count;
        m_pieces.append(piece);
    }
    m_length += length;
}

void PathSlicer::addCubic(const std::array<QPointF, 4> &points, double pieceLength)
{
    const int count = std::max(1, int(std::ceil(cubicLength(points) / pieceLength)));
    for (int k = 0; k < count; ++k) {
        Piece piece;
        piece.points = count == 1 ? points : cubicBetween(points, double(k) / count, double(k + 1) / count);
        piece.bounds = boundsOf(piece.points.data(), 4).adjusted(-1, -1, 1, 1);
        piece.start = m_length;
        m_pieces.append(piece);
        // The dasher measures along the curve: so do the pieces' starts.
        m_length += count == 1 ? cubicLength(points) : cubicLength(piece.points);
    }
}

QList<PathSlicer::Run> PathSlicer::runsIn(const QRectF &visible) const
{
    QList<Run> runs;
    bool isOpen = false;
    for (const Piece &piece : m_pieces) {
        if (!piece.bounds.intersects(visible)) {
            isOpen = false;
            continue;
        }
        if (!isOpen) {
            runs.append(Run{QPainterPath(piece.points[0]), piece.start});
            isOpen = true;
        }
        QPainterPath &path = runs.last().path;
        if (piece.isLine)
            path.lineTo(piece.points[1]);
        else
            path.cubicTo(piece.points[1], piece.points[2], piece.points[3]);
    }
    return runs;
}

void PathSlicer::stroke(QPainter *painter, const QPen &pen, const QRectF &visible) const
{
    const bool isDashed = pen.style() != Qt::SolidLine && pen.style() != Qt::NoPen;
    if (isDashed) {
        // Dashes are short outlines already: one path a run, its pattern shifted to where the run starts.
        const double width = pen.widthF() > 0.0 ? pen.widthF() : 1.0;
        for (const Run &run : runsIn(visible)) {
            QPen shifted = pen;
            shifted.setDashOffset(pen.dashOffset() + run.start / width);
            painter->setPen(shifted);
            painter->drawPath(run.path);
        }
        return;
    }
    // A wide antialiased stroke is one long thin outline, which the raster
    // engine's cell pool splits into bands and walks once per band: stroked
    // piece by piece it costs a fifth for a line across the view.
    painter->setPen(pen);
    for (const Piece &piece : m_pieces) {
        if (!piece.bounds.intersects(visible))
            continue;
        QPainterPath path(piece.points[0]);
        if (piece.isLine)
            path.lineTo(piece.points[1]);
        else
            path.cubicTo(piece.points[1], piece.points[2], piece.points[3]);
        painter->drawPath(path);
    }
}

} // namespace Guanxi
