#pragma once

#include <QLineF>
#include <QList>
#include <QRectF>

#include <utility>

namespace Guanxi {

// Finds what lies near a part of the scene without walking everything: a
// uniform grid of cells over the scene, each listing the ids of the lines
// and rectangles that pass through it (a line only in the cells it crosses,
// so a long edge costs its length, not its bounding box). Whatever lies
// outside the grid's bounds counts as in its border cells, so no query
// misses it. Filled once per batch (insert, then finish(): the entries are
// gathered in one list and sorted into their cells by counting, instead of
// growing thousands of cell lists); any thread reads it once finished.
class SceneGrid
{
public:
    using Id = quint32;

    SceneGrid() = default;
    // About `cellsAcross` cells along the longer side of `bounds`, none smaller than `minCellSize`.
    SceneGrid(const QRectF &bounds, int cellsAcross, double minCellSize);

    void insert(Id id, const QLineF &line);
    void insert(Id id, const QRectF &rect);
    // Sorts what was inserted into its cells; before near() and entriesNear().
    void finish();
    // The ids of what was inserted in a cell that `rect` meets, ascending,
    // each once: a superset of what meets `rect`, in insertion order when
    // ids were given in order.
    QList<Id> near(const QRectF &rect) const;
    // How many entries the cells `rect` meets hold (an id in two cells
    // counts twice): near()'s size at most twice or so, without sorting.
    qsizetype entriesNear(const QRectF &rect) const;

    bool isEmpty() const { return m_cellCount == 0; }
    double cellSize() const { return m_cellSize; }
    // Entries in all cells, for tests and measurements.
    qsizetype entryCount() const { return m_ids.size(); }

private:
    struct Span
    {
        int first = 0;
        int last = -1;
    };
    Span columns(double left, double right) const;
    Span rows(double top, double bottom) const;
    void add(int column, int row, Id id) { m_pending.append({quint32(row * m_columnCount + column), id}); }
    // The entries of the cells of one row from `first` to `last` column: one run of m_ids.
    std::pair<qsizetype, qsizetype> runOf(int row, int first, int last) const
    {
        const qsizetype cell = qsizetype(row) * m_columnCount;
        return {m_offsets[cell + first], m_offsets[cell + last + 1]};
    }

    QPointF m_origin;
    double m_cellSize = 1.0;
    int m_columnCount = 0;
    int m_rowCount = 0;
    qsizetype m_cellCount = 0;
    // Before finish(): (cell, id) in insertion order.
    QList<std::pair<quint32, Id>> m_pending;
    // After: the ids of cell i are m_ids[m_offsets[i] .. m_offsets[i + 1]), in insertion order.
    QList<qsizetype> m_offsets;
    QList<Id> m_ids;
};

} // namespace Guanxi
