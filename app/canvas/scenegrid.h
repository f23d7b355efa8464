#pragma once

#include <QLineF>
#include <QList>
#include <QRectF>

namespace Guanxi {

// Finds what lies near a part of the scene without walking everything: a
// uniform grid of cells over the scene, each listing the ids of the lines
// and rectangles that pass through it (a line only in the cells it crosses,
// so a long edge costs its length, not its bounding box). Whatever lies
// outside the grid's bounds counts as in its border cells, so no query
// misses it. Built once per batch (GraphBatch::rebuild); any thread reads it.
class SceneGrid
{
public:
    using Id = quint32;

    SceneGrid() = default;
    // About `cellsAcross` cells along the longer side of `bounds`, none smaller than `minCellSize`.
    SceneGrid(const QRectF &bounds, int cellsAcross, double minCellSize);

    void insert(Id id, const QLineF &line);
    void insert(Id id, const QRectF &rect);
    // The ids of what was inserted in a cell that `rect` meets, ascending,
    // each once: a superset of what meets `rect`, in insertion order when
    // ids were given in order.
    QList<Id> near(const QRectF &rect) const;
    // How many entries the cells `rect` meets hold (an id in two cells
    // counts twice): near()'s size at most twice or so, without sorting.
    qsizetype entriesNear(const QRectF &rect) const;

    bool isEmpty() const { return m_cells.isEmpty(); }
    double cellSize() const { return m_cellSize; }
    // Entries in all cells, for tests and measurements.
    qsizetype entryCount() const;

private:
    struct Span
    {
        int first = 0;
        int last = -1;
    };
    Span columns(double left, double right) const;
    Span rows(double top, double bottom) const;
    QList<Id> &cell(int column, int row) { return m_cells[qsizetype(row) * m_columnCount + column]; }

    QPointF m_origin;
    double m_cellSize = 1.0;
    int m_columnCount = 0;
    int m_rowCount = 0;
    QList<QList<Id>> m_cells;
};

} // namespace Guanxi
