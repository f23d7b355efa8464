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
    m_cells.resize(qsizetype(m_columnCount) * m_rowCount);
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
    if (m_cells.isEmpty())
        return;
    const QRectF r = rect.normalized();
    const Span across = columns(r.left(), r.right());
    const Span down = rows(r.top(), r.bottom());
    for (int row = down.first; row <= down.last; ++row)
        for (int column = across.first; column <= across.last; ++column)
            cell(column, row).append(id);
}

void SceneGrid::insert(Id id, const QLineF &line)
{
    if (m_cells.isEmpty())
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
            cell(column, row).append(id);
    }
}

QList<SceneGrid::Id> SceneGrid::near(const QRectF &rect) const
{
    QList<Id> ids;
    if (m_cells.isEmpty())
        return ids;
    const QRectF r = rect.normalized();
    const Span across = columns(r.left(), r.right());
    const Span down = rows(r.top(), r.bottom());
    ids.reserve(entriesNear(r));
    for (int row = down.first; row <= down.last; ++row)
        for (int column = across.first; column <= across.last; ++column)
            ids += m_cells[qsizetype(row) * m_columnCount + column];
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

qsizetype SceneGrid::entriesNear(const QRectF &rect) const
{
    if (m_cells.isEmpty())
        return 0;
    const QRectF r = rect.normalized();
    const Span across = columns(r.left(), r.right());
    const Span down = rows(r.top(), r.bottom());
    qsizetype count = 0;
    for (int row = down.first; row <= down.last; ++row)
        for (int column = across.first; column <= across.last; ++column)
            count += m_cells[qsizetype(row) * m_columnCount + column].size();
    return count;
}

qsizetype SceneGrid::entryCount() const
{
    qsizetype count = 0;
    for (const QList<Id> &ids : m_cells)
        count += ids.size();
    return count;
}

} // namespace Guanxi
