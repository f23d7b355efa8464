#include "pathslicer.h"

#include <gtest/gtest.h>

using namespace Guanxi;

namespace {

QPainterPath longCurve()
{
    QPainterPath path(QPointF(0, 0));
    path.cubicTo(QPointF(3000, 2000), QPointF(6000, -2000), QPointF(9000, 500));
    return path;
}

} // namespace

TEST(PathSlicer, LongPathsBecomeShortPieces)
{
    const PathSlicer slicer(longCurve(), 100.0);
    EXPECT_GE(slicer.pieceCount(), int(longCurve().length() / 100.0));
    EXPECT_NEAR(slicer.length(), longCurve().length(), 1.0);
}

TEST(PathSlicer, PiecesTogetherFollowTheWholeCurve)
{
    const QPainterPath curve = longCurve();
    const QList<PathSlicer::Run> runs = PathSlicer(curve, 100.0).runsIn(QRectF(-1e5, -1e5, 2e5, 2e5));
    ASSERT_EQ(runs.size(), 1);
    EXPECT_EQ(runs.first().start, 0.0);
    const QPainterPath &pieces = runs.first().path;
    EXPECT_EQ(pieces.elementAt(0), curve.elementAt(0));
    EXPECT_EQ(pieces.currentPosition(), curve.currentPosition());
    // Every piece's end lies on the original curve.
    QPolygonF dense;
    for (int i = 0; i <= 20000; ++i)
        dense.append(curve.pointAtPercent(i / 20000.0));
    for (int i = 3; i < pieces.elementCount(); i += 3) {
        const QPointF end = pieces.elementAt(i);
        double nearest = 1e9;
        for (const QPointF &point : std::as_const(dense))
            nearest = std::min(nearest, QLineF(point, end).length());
        EXPECT_LT(nearest, 1.0) << i;
    }
}

TEST(PathSlicer, RunsLeaveOutPiecesFarFromTheRect)
{
    QPainterPath line(QPointF(0, 0));
    line.lineTo(10000, 0);
    const QList<PathSlicer::Run> runs = PathSlicer(line, 100.0).runsIn(QRectF(5000, -50, 300, 100));
    ASSERT_EQ(runs.size(), 1);
    const QRectF drawn = runs.first().path.boundingRect();
    EXPECT_GE(drawn.left(), 4800.0);
    EXPECT_LE(drawn.right(), 5500.0);
    EXPECT_LE(drawn.left(), 5000.0);
    EXPECT_GE(drawn.right(), 5300.0);
}

TEST(PathSlicer, RunStartsAtItsDistanceAlongThePath)
{
    QPainterPath line(QPointF(0, 0));
    line.lineTo(10000, 0);
    const QList<PathSlicer::Run> runs = PathSlicer(line, 100.0).runsIn(QRectF(5000, -50, 300, 100));
    ASSERT_EQ(runs.size(), 1);
    EXPECT_NEAR(runs.first().start, runs.first().path.elementAt(0).x, 1e-6);
}

TEST(PathSlicer, APathThatLeavesAndComesBackGivesTwoRuns)
{
    QPainterPath path(QPointF(0, 0));
    path.lineTo(5000, 0);
    path.lineTo(5000, 100);
    path.lineTo(0, 100);
    const QList<PathSlicer::Run> runs = PathSlicer(path, 100.0).runsIn(QRectF(-10, -10, 200, 120));
    EXPECT_EQ(runs.size(), 2);
}
