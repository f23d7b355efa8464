#pragma once

#include <QList>
#include <QPainterPath>
#include <QRectF>

#include <array>

class QPainter;
class QPen;

namespace Guanxi {

// Cuts a path into short exact pieces (its Béziers split by de Casteljau) so
// a view strokes only the pieces near what it shows, and a long wide line as
// short outlines the raster engine fills fast. Keeps each piece's distance
// along the path so the dash pattern stays where it was.
class PathSlicer
{
public:
    // A stretch of consecutive pieces and how far along the whole path it starts.
    struct Run
    {
        QPainterPath path;
        double start = 0.0;
    };

    PathSlicer() = default;
    explicit PathSlicer(const QPainterPath &path, double pieceLength = defaultPieceLength);

    static constexpr double defaultPieceLength = 160.0;

    bool isEmpty() const { return m_pieces.isEmpty(); }
    qsizetype pieceCount() const { return m_pieces.size(); }
    double length() const { return m_length; }

    // The runs of pieces whose control points reach into `visible`, in path order.
    QList<Run> runsIn(const QRectF &visible) const;
    // Strokes what reaches into `visible` with `pen`: a dashed pen a run at a
    // time, its pattern shifted to the run's start; a solid pen piece by piece.
    void stroke(QPainter *painter, const QPen &pen, const QRectF &visible) const;

private:
    struct Piece
    {
        std::array<QPointF, 4> points;  // a line uses the first two
        bool isLine = false;
        QRectF bounds;                  // of the control points, a unit wider: the curve lies inside
        double start = 0.0;
    };

    void addLine(const QPointF &from, const QPointF &to, double pieceLength);
    void addCubic(const std::array<QPointF, 4> &points, double pieceLength);

    QList<Piece> m_pieces;
    double m_length = 0.0;
};

} // namespace Guanxi
