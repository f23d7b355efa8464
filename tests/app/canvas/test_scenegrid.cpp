#include "scenegrid.h"

#include <gtest/gtest.h>

using namespace Guanxi;

// A tile of the detail zoom's refresh gathers the context edges near it from
// this grid instead of walking all of them (GraphBatch::collectContext).

namespace {

// 10 x 10 cells of 100 over (0, 0)-(1000, 1000).
SceneGrid tenByTen()
{
    return SceneGrid(QRectF(0, 0, 1000, 1000), 10, 1.0);
}

} // namespace

TEST(SceneGrid, ALineCrossingSeveralCellsIsFoundInEach)
{
    SceneGrid grid = tenByTen();
    grid.insert(7, QLineF(50, 50, 950, 950));
    grid.finish();
    for (int i = 0; i < 10; ++i) {
        const QRectF cell(i * 100 + 10, i * 100 + 10, 80, 80);
        EXPECT_EQ(grid.near(cell), QList<SceneGrid::Id>{7}) << "cell " << i;
    }
}

TEST(SceneGrid, ALineIsNotInTheCellsOfItsBoundingBoxItMisses)
{
    SceneGrid grid = tenByTen();
    grid.insert(7, QLineF(50, 50, 950, 950));
    grid.finish();
    // Inside the line's bounding box, far from the diagonal.
    EXPECT_TRUE(grid.near(QRectF(810, 110, 80, 80)).isEmpty());
    EXPECT_TRUE(grid.near(QRectF(110, 810, 80, 80)).isEmpty());
}

TEST(SceneGrid, WhatLiesOutsideTheRectIsNotFound)
{
    SceneGrid grid = tenByTen();
    grid.insert(1, QLineF(20, 20, 80, 80));
    grid.insert(2, QRectF(520, 520, 40, 40));
    grid.finish();
    EXPECT_EQ(grid.near(QRectF(500, 500, 100, 100)), QList<SceneGrid::Id>{2});
    EXPECT_EQ(grid.near(QRectF(0, 0, 100, 100)), QList<SceneGrid::Id>{1});
}

TEST(SceneGrid, AnIdInSeveralCellsIsFoundOnceAndIdsComeAscending)
{
    SceneGrid grid = tenByTen();
    grid.insert(3, QLineF(10, 150, 990, 150));
    grid.insert(1, QLineF(150, 10, 150, 990));
    grid.insert(2, QRectF(120, 120, 10, 10));
    grid.finish();
    EXPECT_EQ(grid.near(QRectF(0, 0, 1000, 1000)), (QList<SceneGrid::Id>{1, 2, 3}));
    EXPECT_EQ(grid.entriesNear(QRectF(0, 0, 1000, 1000)), 10 + 10 + 1);
}

TEST(SceneGrid, WhatLiesBeyondTheBoundsIsFoundInTheBorderCells)
{
    SceneGrid grid = tenByTen();
    grid.insert(4, QLineF(-500, 50, -400, 60));
    grid.insert(5, QLineF(1500, 1500, 1600, 1700));
    grid.finish();
    EXPECT_EQ(grid.near(QRectF(-450, 40, 10, 10)), QList<SceneGrid::Id>{4});
    EXPECT_EQ(grid.near(QRectF(1550, 1550, 10, 10)), QList<SceneGrid::Id>{5});
    EXPECT_TRUE(grid.near(QRectF(400, 400, 10, 10)).isEmpty());
}

TEST(SceneGrid, AQueryFindsOnlyTheCellsItMeetsInARow)
{
    SceneGrid grid = tenByTen();
    grid.insert(1, QRectF(10, 10, 20, 20));
    grid.insert(2, QRectF(510, 10, 20, 20));
    grid.insert(3, QRectF(10, 110, 20, 20));
    grid.finish();
    // Cells 1-4 of the first row lie between the two: neither is found, nor the row below.
    EXPECT_TRUE(grid.near(QRectF(110, 10, 380, 80)).isEmpty());
    EXPECT_EQ(grid.entriesNear(QRectF(110, 10, 380, 80)), 0);
    EXPECT_EQ(grid.near(QRectF(10, 10, 580, 80)), (QList<SceneGrid::Id>{1, 2}));
    EXPECT_EQ(grid.entryCount(), 3);
}
