#include "scenegrid.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Guanxi {

SceneGrid::SceneGrid(const QRectF &bounds, int cellsAcross, double minCellSize)
{
    const QRectF area = bounds.normalized();
    m_origin = area.topLeft();
    m_cellSize = std::max(minCellSize, std::max(area.width(), area.height()) / std::max(1, cellsAcross));
    m_columnCount = std::max(1, int(std::ceil(area.width() / m_cellSize)));
    m_rowCount = std::max(1, int(std::ceil(area.height() / m_cellSize)));
    m_cellCount = qsizetype(m_columnCount) * m_rowCount;
}

SceneGrid::Span SceneGrid::columns(double left, double right) const
{
    // Clamped, so what lies beyond the bounds falls in the border cells, for
    // inserts and queries alike.
    const auto column = [this](double x) {
        return int(std::clamp(std::floor((x - m_origin.x()) / m_cellSize), 0.0, double(m_columnCount - 1)));
    };
    return {column(left), column(right)};
}

SceneGrid::Span SceneGrid::rows(double top, double bottom) const
{
    const auto row = [this](double y) {
        return int(std::clamp(std::floor((y - m_origin.y()) / m_cellSize), 0.0, double(m_rowCount - 1)));
    };
    return {row(top), row(bottom)};
}

void SceneGrid::insert(Id id, const QRectF &rect)
{
    if (isEmpty())
        return;
    const QRectF r = rect.normalized();
    const Span across = columns(r.left(), r.right());
    const Span down = rows(r.top(), r.bottom());
    for (int row = down.first; row <= down.last; ++row)
        for (int column = across.first; column <= across.last; ++column)
            add(column, row, id);
}

void SceneGrid::insert(Id id, const QLineF &line)
{
    if (isEmpty())
        return;
    const double top = std::min(line.y1(), line.y2());
    const double bottom = std::max(line.y1(), line.y2());
    const Span down = rows(top, bottom);
    const double dy = line.y2() - line.y1();
    constexpr double infinity = std::numeric_limits<double>::infinity();
    for (int row = down.first; row <= down.last; ++row) {
        // The line's part within this row of cells (the border rows reach on
        // without end), and the columns that part crosses.
        const double rowTop = row == 0 ? -infinity : m_origin.y() + row * m_cellSize;
        const double rowBottom = row == m_rowCount - 1 ? infinity : m_origin.y() + (row + 1) * m_cellSize;
        const double from = std::max(top, rowTop);
        const double to = std::min(bottom, rowBottom);
        double left = std::min(line.x1(), line.x2());
        double right = std::max(line.x1(), line.x2());
        if (std::abs(dy) > 1e-9) {
            const double xFrom = line.x1() + (from - line.y1()) * (line.x2() - line.x1()) / dy;
            const double xTo = line.x1() + (to - line.y1()) * (line.x2() - line.x1()) / dy;
            left = std::max(left, std::min(xFrom, xTo));
            right = std::min(right, std::max(xFrom, xTo));
        }
        const Span across = columns(left, right);
        for (int column = across.first; column <= across.last; ++column)
            add(column, row, id);
    }
}

void SceneGrid::finish()
{
    if (isEmpty())
        return;
    // Counting sort by cell, stable: each cell keeps its ids in insertion order.
    m_offsets.fill(0, m_cellCount + 1);
    for (const auto &[cell, id] : std::as_const(m_pending))
        ++m_offsets[cell + 1];
    for (qsizetype i = 0; i < m_cellCount; ++i)
        m_offsets[i + 1] += m_offsets[i];
    m_ids.resize(m_pending.size());
    QList<qsizetype> next(m_offsets.cbegin(), m_offsets.cend() - 1);
    for (const auto &[cell, id] : std::as_const(m_pending))
        m_ids[next[cell]++] = id;
    m_pending = {};
}

QList<SceneGrid::Id> SceneGrid::near(const QRectF &rect) const
{
    QList<Id> ids;
    if (isEmpty())
        return ids;
    Q_ASSERT(m_pending.isEmpty());
    const QRectF r = rect.normalized();
    const Span across = columns(r.left(), r.right());
    const Span down = rows(r.top(), r.bottom());
    ids.reserve(entriesNear(r));
    for (int row = down.first; row <= down.last; ++row) {
        const auto [from, to] = runOf(row, across.first, across.last);
        ids.append(m_ids.sliced(from, to - from));
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

qsizetype SceneGrid::entriesNear(const QRectF &rect) const
{
    if (isEmpty())
        return 0;
    Q_ASSERT(m_pending.isEmpty());
    const QRectF r = rect.normalized();
    const Span across = columns(r.left(), r.right());
    const Span down = rows(r.top(), r.bottom());
    qsizetype count = 0;
    for (int row = down.first; row <= down.last; ++row) {
        const auto [from, to] = runOf(row, across.first, across.last);
        count += to - from;
    }
    return count;
}

} // namespace Guanxi
