#include "canvastesthelpers.h"
#include "edgeitem.h"

#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <functional>

using namespace Guanxi;

TEST(EdgeItem, SplineOfThreeNPlusOnePointsIsCubic)
{
    const QPainterPath path = EdgeAppearance::splinePath({{0, 0}, {10, 0}, {20, 10}, {30, 10}});
    ASSERT_EQ(path.elementCount(), 4);
    EXPECT_EQ(path.elementAt(1).type, QPainterPath::CurveToElement);
    EXPECT_EQ(path.currentPosition(), QPointF(30, 10));
}

TEST(EdgeItem, OtherPointCountsBecomeAPolyline)
{
    const QPainterPath path = EdgeAppearance::splinePath({{0, 0}, {10, 0}, {20, 10}});
    ASSERT_EQ(path.elementCount(), 3);
    EXPECT_EQ(path.elementAt(2).type, QPainterPath::LineToElement);
}

TEST(EdgeItem, ArrowHeadEndsAtTheTip)
{
    const QPolygonF arrow = EdgeAppearance::arrowHead(QPointF(0, 0), QPointF(100, 0));
    ASSERT_FALSE(arrow.isEmpty());
    EXPECT_EQ(arrow.first(), QPointF(100, 0));
    EXPECT_LT(arrow.boundingRect().left(), 100.0);
    EXPECT_TRUE(EdgeAppearance::arrowHead(QPointF(5, 5), QPointF(5, 5)).isEmpty());
}

TEST(EdgeItem, ShapeFollowsTheCurveNotItsBoundingBox)
{
    TestSupport::ensureApplication();
    Relation relation;
    relation.type = RelationType::Founded;
    EdgeGeometry geometry;
    geometry.path = {{0, 0}, {0, 100}, {100, 100}, {100, 0}};
    geometry.arrowEnd = QPointF(100, -10);
    const EdgeItem item(EdgeAppearance::fromGeometry(relation, QStringLiteral("r1"), geometry), GraphStyle::standard());
    EXPECT_TRUE(item.shape().contains(item.appearance().path.pointAtPercent(0.25)));
    EXPECT_FALSE(item.shape().contains(QPointF(50, 20)));  // inside the bounding box, far from the curve
    EXPECT_TRUE(item.boundingRect().contains(item.shape().boundingRect()));
}

TEST(EdgeItem, LabelSitsAtTheLayoutsLabelPosition)
{
    TestSupport::ensureApplication();
    Relation relation;
    relation.type = RelationType::Left;
    EdgeGeometry geometry;
    geometry.path = {{0, 0}, {0, 10}, {0, 20}, {0, 30}};
    geometry.labelPos = QPointF(40, 15);
    const EdgeAppearance appearance = EdgeAppearance::fromGeometry(relation, QStringLiteral("r1"), geometry);
    EXPECT_EQ(EdgeItem::labelRect(GraphStyle::standard(), appearance).center(), QPointF(40, 15));
    EXPECT_EQ(appearance.label, GraphStyle::relationLabel(RelationType::Left));
}

TEST(EdgeItem, SymmetricRelationsWithoutArrowGeometryGetNoArrow)
{
    Relation relation;
    relation.type = RelationType::CompetitorOf;
    EdgeGeometry geometry;
    geometry.path = {{0, 0}, {0, 10}, {0, 20}, {0, 30}};
    EXPECT_TRUE(EdgeAppearance::fromGeometry(relation, QStringLiteral("r1"), geometry).arrowAtEnd.isEmpty());
    relation.type = RelationType::Develops;
    EXPECT_FALSE(EdgeAppearance::fromGeometry(relation, QStringLiteral("r1"), geometry).arrowAtEnd.isEmpty());
}

TEST(EdgeItem, ALongDashedEdgeKeepsItsDashesInPlaceWhenTheViewPans)
{
    TestSupport::ensureApplication();
    Relation relation;
    relation.type = RelationType::Left;  // dashed
    EdgeGeometry geometry;
    geometry.path = {{0, 0}, {3000, 2000}, {6000, -2000}, {9000, 500}};
    const EdgeAppearance appearance = EdgeAppearance::fromGeometry(relation, QStringLiteral("r1"), geometry);
    EdgeItem item(appearance, GraphStyle::standard());
    const QStyleOptionGraphicsItem option;
    // Two 300 px views far along the curve, the second panned 170 px along
    // it: only the part near each is stroked, each from its own piece.
    const QPointF first = appearance.path.pointAtPercent(0.3);
    // Whole pixels, so the two views see the same pixel grid.
    const QPoint shift = (appearance.path.pointAtPercent(0.3 + 170.0 / appearance.path.length()) - first).toPoint();
    const QPointF second = first + QPointF(shift);
    const auto render = [&](const QPointF &centre) {
        QImage image(300, 300, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.translate(QPointF(150, 150) - centre);
        item.paint(&painter, &option, nullptr);
        return image;
    };
    const QImage a = render(first);
    const QImage b = render(second);

    int ink = 0;
    int different = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QPoint inB = QPoint(x, y) - shift;
            if (!b.rect().contains(inB))
                continue;
            const QRgb pa = a.pixel(x, y);
            const QRgb pb = b.pixel(inB);
            ink += pa != qRgb(255, 255, 255) ? 1 : 0;
            const int delta = std::abs(qRed(pa) - qRed(pb)) + std::abs(qGreen(pa) - qGreen(pb))
                + std::abs(qBlue(pa) - qBlue(pb));
            different += delta > 60 ? 1 : 0;
        }
    }
    ASSERT_GT(ink, 100);  // the curve crosses both views
    EXPECT_LT(different, ink / 10);  // the same dashes in the same places
}
