#include "canvastesthelpers.h"
#include "pathslicer.h"

#include <QImage>
#include <QPainter>

#include <functional>

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
    const QPointF p0 = curve.elementAt(0), p1 = curve.elementAt(1), p2 = curve.elementAt(2), p3 = curve.elementAt(3);
    QPolygonF dense;
    for (int i = 0; i <= 20000; ++i) {
        const double t = i / 20000.0, u = 1 - t;
        dense.append(u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3);
    }
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

TEST(PathSlicer, ADashedLineCutToTheViewKeepsTheWholeLinesDashes)
{
    TestSupport::ensureApplication();
    QPainterPath line(QPointF(0, 150));
    line.lineTo(10000, 150);
    QPen pen(Qt::black, 1.6);
    pen.setCapStyle(Qt::FlatCap);
    pen.setDashPattern({5, 3});
    // A 300-pixel view 5,003 pixels along the line: not a whole number of pieces or dash periods.
    const QRectF view(5003, 0, 300, 300);
    const auto render = [&](const std::function<void(QPainter *)> &paint) {
        QImage image(300, 300, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(-view.topLeft());
        paint(&painter);
        return image;
    };
    const QImage whole = render([&](QPainter *painter) {
        painter->setPen(pen);
        painter->drawPath(line);
    });
    const QImage cut = render([&](QPainter *painter) { PathSlicer(line, 100.0).stroke(painter, pen, view); });
    int ink = 0;
    int different = 0;
    for (int y = 0; y < whole.height(); ++y) {
        for (int x = 0; x < whole.width(); ++x) {
            ink += whole.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
            different += qAbs(qGray(whole.pixel(x, y)) - qGray(cut.pixel(x, y))) > 40 ? 1 : 0;
        }
    }
    ASSERT_GT(ink, 200);
    EXPECT_LT(different, ink / 50);
}
