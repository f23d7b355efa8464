#include "edgerouter.h"

#include <QLineF>

#include <gtest/gtest.h>

using namespace Guanxi;

namespace {

QPainterPath box(double width, double height)
{
    QPainterPath path;
    path.addRect(QRectF(-width / 2, -height / 2, width, height));
    return path;
}

} // namespace

TEST(EdgeRouter, ExitPointLiesOnTheOutline)
{
    const EdgeRouter::End node{QPointF(100, 50), box(80, 40)};
    const QPointF right = EdgeRouter::exitPoint(node, QPointF(400, 50));
    EXPECT_NEAR(right.x(), 140.0, 0.01);
    EXPECT_NEAR(right.y(), 50.0, 0.01);
    const QPointF up = EdgeRouter::exitPoint(node, QPointF(100, -300));
    EXPECT_NEAR(up.y(), 30.0, 0.01);
}

TEST(EdgeRouter, StraightEdgeRunsFromOutlineToArrowTip)
{
    const EdgeRouter::End source{QPointF(0, 0), box(60, 30)};
    const EdgeRouter::End target{QPointF(200, 0), box(60, 30)};
    const EdgeGeometry edge = EdgeRouter::route(QStringLiteral("r1"), source, target, true, false);
    ASSERT_EQ(edge.path.size(), 4);
    EXPECT_NEAR(edge.path.first().x(), 30.0, 0.01);
    ASSERT_TRUE(edge.arrowEnd.has_value());
    EXPECT_NEAR(edge.arrowEnd->x(), 170.0, 0.01);
    EXPECT_NEAR(edge.path.last().x(), 170.0 - EdgeRouter::arrowLength, 0.01);
    EXPECT_FALSE(edge.arrowStart.has_value());
    ASSERT_TRUE(edge.labelPos.has_value());
    EXPECT_NEAR(edge.labelPos->y(), 0.0, 0.01);
}

TEST(EdgeRouter, UndirectedEdgeEndsOnBothOutlines)
{
    const EdgeGeometry edge = EdgeRouter::route(QStringLiteral("r1"), {QPointF(0, 0), box(60, 30)},
                                                {QPointF(0, 300), box(60, 30)}, false, false);
    EXPECT_NEAR(edge.path.first().y(), 15.0, 0.01);
    EXPECT_NEAR(edge.path.last().y(), 285.0, 0.01);
    EXPECT_FALSE(edge.arrowEnd.has_value());
}

TEST(EdgeRouter, ParallelEdgesBendApart)
{
    const EdgeRouter::End a{QPointF(0, 0), box(60, 30)};
    const EdgeRouter::End b{QPointF(300, 0), box(60, 30)};
    const EdgeGeometry first = EdgeRouter::route(QStringLiteral("r1"), a, b, true, false, EdgeRouter::parallelBend(0, 2));
    const EdgeGeometry second = EdgeRouter::route(QStringLiteral("r2"), a, b, true, false, EdgeRouter::parallelBend(1, 2));
    EXPECT_GT(std::abs(first.labelPos->y() - second.labelPos->y()), EdgeRouter::parallelSpacing * 0.9);
    EXPECT_EQ(EdgeRouter::parallelBend(0, 1), 0.0);
}

TEST(EdgeRouter, TranslationMovesEveryPoint)
{
    const EdgeGeometry edge = EdgeRouter::route(QStringLiteral("r1"), {QPointF(0, 0), box(60, 30)},
                                                {QPointF(200, 0), box(60, 30)}, true, true);
    const EdgeGeometry moved = EdgeRouter::translated(edge, QPointF(5, -7));
    for (qsizetype i = 0; i < edge.path.size(); ++i)
        EXPECT_EQ(moved.path[i], edge.path[i] + QPointF(5, -7));
    EXPECT_EQ(*moved.arrowEnd, *edge.arrowEnd + QPointF(5, -7));
    EXPECT_EQ(*moved.arrowStart, *edge.arrowStart + QPointF(5, -7));
    EXPECT_EQ(*moved.labelPos, *edge.labelPos + QPointF(5, -7));
}
