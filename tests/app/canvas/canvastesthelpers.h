#pragma once

#include "graphstyle.h"
#include "layout/layoutbuilder.h"
#include "layout/layoutengine.h"
#include "model/graphjson.h"

#include <QApplication>
#include <QFile>

#include <gtest/gtest.h>

namespace Guanxi::TestSupport {

// The one QApplication of a test program (offscreen platform, set by CTest).
inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "test_canvas";
    static char *argv[] = {name, nullptr};
    new QApplication(argc, argv);
}

// The evaluation set's gold graph of the OpenAI founders article.
inline GraphDocument goldGraph()
{
    QFile file(QStringLiteral(GUANXI_EVAL_DIR "/000_84226dfc0b281014.gold.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    auto graph = GraphJson::read(file.readAll());
    EXPECT_TRUE(graph.has_value()) << (graph ? std::string() : graph.error().toString().toStdString());
    return graph ? *graph : GraphDocument();
}

// The graph laid out by the real engine with the canvas's font metrics.
inline LayoutResult layoutOf(const GraphDocument &graph, const QString &engine = QStringLiteral("dot"))
{
    const LayoutRequest request = LayoutBuilder::fromGraph(graph, GraphStyle::standard().labelMetrics(), engine);
    auto result = LayoutEngine().layout(request);
    EXPECT_TRUE(result.has_value()) << (result ? std::string() : result.error().toString().toStdString());
    return result ? *result : LayoutResult();
}

// A graph of `columns` x `rows` organisations on a grid, each competing with
// its right and lower neighbours, laid out by hand (no engine): a graph too
// large for the far-out image to be drawn in a paint (GraphBatch::isQuickToDraw).
struct GridGraph
{
    GraphDocument graph;
    LayoutResult layout;
};

inline GridGraph gridGraph(int columns, int rows)
{
    GridGraph grid;
    const auto key = [columns](int column, int row) { return QStringLiteral("org%1").arg(row * columns + column); };
    const auto centre = [](int column, int row) { return QPointF(column * 140.0, row * 100.0); };
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            Entity entity;
            entity.key = key(column, row);
            entity.type = EntityType::Organization;
            entity.kind = OrgKind::Company;
            entity.name = entity.key;
            grid.graph.entities.append(entity);
            grid.layout.nodes.append({entity.key, centre(column, row), QSizeF(70, 34)});
        }
    }
    const auto connect = [&](int column, int row, int toColumn, int toRow) {
        Relation relation;
        relation.type = RelationType::CompetitorOf;
        relation.source = key(column, row);
        relation.target = key(toColumn, toRow);
        const qsizetype index = grid.graph.relations.size();
        grid.graph.relations.append(relation);
        const QPointF from = centre(column, row);
        const QPointF to = centre(toColumn, toRow);
        EdgeGeometry edge;
        edge.id = LayoutBuilder::edgeId(relation, index);
        edge.path = {from, from + (to - from) / 3, from + 2 * (to - from) / 3, to};
        grid.layout.edges.append(edge);
    };
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            if (column + 1 < columns)
                connect(column, row, column + 1, row);
            if (row + 1 < rows)
                connect(column, row, column, row + 1);
        }
    }
    grid.layout.engine = QStringLiteral("grid");
    grid.layout.bounds = QRectF(centre(0, 0), centre(columns - 1, rows - 1)).adjusted(-40, -20, 40, 20);
    return grid;
}

} // namespace Guanxi::TestSupport
