#include "export/dotexporter.h"
#include "exporttestutil.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

using namespace Guanxi;
using namespace Guanxi::Testing;

namespace {

// Lays the exported file out again with the dot program and returns its JSON
// rendering (-Tjson), or an empty object when dot is absent or fails.
QJsonObject layOutWithDot(const QString &path, QString *failure)
{
    const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
    if (dot.isEmpty()) {
        *failure = QStringLiteral("absent");
        return {};
    }
    QProcess process;
    process.start(dot, {QStringLiteral("-Tjson"), path});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *failure = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

} // namespace

TEST(DotExporter, DotLaysTheExportOutAgainWithTheSameNodesAndEdges)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.gv"));
    const LayoutResult layout = sampleLayout();
    ASSERT_TRUE(DotExporter().write(sampleGraph(), &layout, path));
    QString failure;
    const QJsonObject rendered = layOutWithDot(path, &failure);
    if (failure == QLatin1String("absent"))
        GTEST_SKIP() << "the dot program is not installed";
    ASSERT_TRUE(failure.isEmpty()) << qPrintable(failure);

    const GraphDocument graph = sampleGraph();
    QHash<QString, QString> labels;
    for (const QJsonValue &object : rendered.value(QLatin1String("objects")).toArray())
        labels.insert(object[QLatin1String("name")].toString(), object[QLatin1String("label")].toString());
    ASSERT_EQ(labels.size(), graph.entities.size());
    // Graphviz keeps label escapes as written: \n stays a two-character escape.
    QString expected = trickyName();
    expected.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    EXPECT_EQ(labels.value(QStringLiteral("e1")), expected);
    EXPECT_EQ(labels.value(QStringLiteral("e3")), graph.entities[2].name);

    const QJsonArray edges = rendered.value(QLatin1String("edges")).toArray();
    ASSERT_EQ(edges.size(), graph.relations.size());
    bool amountFound = false;
    for (const QJsonValue &edge : edges)
        amountFound = amountFound || edge[QLatin1String("amount")].toString() == graph.relations[3].amount;
    EXPECT_TRUE(amountFound);
}

TEST(DotExporter, WritesShapeColourAndLabelForEveryNode)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.gv"));
    ASSERT_TRUE(DotExporter().write(sampleGraph(), nullptr, path));
    const QString text = QString::fromUtf8(readAll(path));
    EXPECT_TRUE(text.contains(QStringLiteral("\"e2\" [label=\"OpenAI\", shape=\"box\", color=\"#e69f00\"")));
    EXPECT_TRUE(text.contains(QStringLiteral("\"e4\" [label=")));
    EXPECT_TRUE(text.contains(QStringLiteral("shape=\"hexagon\"")));
    EXPECT_TRUE(text.contains(QStringLiteral("\"e1\" -> \"e2\" [label=\"founded\"")));
}

TEST(DotExporter, QuotesAndBackslashesCannotBreakOutOfAString)
{
    GraphDocument graph = sampleGraph();
    graph.entities[1].name = QStringLiteral("a\\\"]; evil -> x; \"");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.gv"));
    ASSERT_TRUE(DotExporter().write(graph, nullptr, path));
    QString failure;
    const QJsonObject rendered = layOutWithDot(path, &failure);
    if (failure == QLatin1String("absent"))
        GTEST_SKIP() << "the dot program is not installed";
    ASSERT_TRUE(failure.isEmpty()) << qPrintable(failure);
    // No node named "evil" or "x" was injected.
    EXPECT_EQ(rendered.value(QLatin1String("objects")).toArray().size(), graph.entities.size());
}
