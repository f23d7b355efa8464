#include "canvastesthelpers.h"
#include "edgeitem.h"

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
