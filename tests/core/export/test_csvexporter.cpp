#include "export/csvexporter.h"
#include "exporttestutil.h"

#include <gtest/gtest.h>

#include <QDir>

using namespace Guanxi;
using namespace Guanxi::Testing;

namespace {

// A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and
// line breaks; records end with CRLF or LF.
QList<QStringList> readCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        any = true;
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            any = false;
        } else {
            field.append(c);
        }
    }
    if (any) {
        record.append(field);
        records.append(record);
    }
    return records;
}

struct Tables
{
    QList<QStringList> nodes;
    QList<QStringList> relationships;
};

Tables exportAndRead(const LayoutResult *layout = nullptr)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("csv-out"));
    EXPECT_TRUE(CsvExporter().write(sampleGraph(), layout, out));
    return {readCsv(QString::fromUtf8(readAll(out + QStringLiteral("/nodes.csv")))),
            readCsv(QString::fromUtf8(readAll(out + QStringLiteral("/relationships.csv"))))};
}

} // namespace

TEST(CsvExporter, WritesNeo4jImportHeaders)
{
    const Tables tables = exportAndRead();
    ASSERT_FALSE(tables.nodes.isEmpty());
    ASSERT_FALSE(tables.relationships.isEmpty());
    EXPECT_EQ(tables.nodes[0].mid(0, 3), QStringList({QStringLiteral("id:ID"), QStringLiteral("name"),
                                                      QStringLiteral(":LABEL")}));
    EXPECT_EQ(tables.relationships[0].mid(0, 3),
              QStringList({QStringLiteral(":START_ID"), QStringLiteral(":END_ID"), QStringLiteral(":TYPE")}));
}

TEST(CsvExporter, ReadsBackWithTheSameNodesAndEdges)
{
    const Tables tables = exportAndRead();
    const GraphDocument graph = sampleGraph();
    ASSERT_EQ(tables.nodes.size(), graph.entities.size() + 1);
    ASSERT_EQ(tables.relationships.size(), graph.relations.size() + 1);
    for (qsizetype i = 0; i < graph.entities.size(); ++i) {
        ASSERT_EQ(tables.nodes[i + 1].size(), tables.nodes[0].size());
        EXPECT_EQ(tables.nodes[i + 1][0], graph.entities[i].key);
        EXPECT_EQ(tables.nodes[i + 1][1], graph.entities[i].name);
    }
    EXPECT_EQ(tables.nodes[2][2], QStringLiteral("Organization"));
    for (qsizetype i = 0; i < graph.relations.size(); ++i) {
        ASSERT_EQ(tables.relationships[i + 1].size(), tables.relationships[0].size());
        EXPECT_EQ(tables.relationships[i + 1][0], graph.relations[i].source);
        EXPECT_EQ(tables.relationships[i + 1][1], graph.relations[i].target);
    }
    EXPECT_EQ(tables.relationships[2][2], QStringLiteral("WORKS_AT"));
}

TEST(CsvExporter, QuotesCommasAndLineBreaksSurvive)
{
    const Tables tables = exportAndRead();
    const GraphDocument graph = sampleGraph();
    ASSERT_GE(tables.relationships.size(), 2);
    EXPECT_EQ(tables.nodes[1][1], trickyName());
    EXPECT_EQ(tables.relationships[1].last(), graph.relations[0].evidenceText());
}

TEST(CsvExporter, WritesPositionsWhenALayoutIsGiven)
{
    const LayoutResult layout = sampleLayout();
    const Tables tables = exportAndRead(&layout);
    const qsizetype x = tables.nodes[0].indexOf(QStringLiteral("x:double"));
    ASSERT_GE(x, 0);
    EXPECT_DOUBLE_EQ(tables.nodes[1][x].toDouble(), 10.5);
    EXPECT_DOUBLE_EQ(tables.nodes[1][x + 1].toDouble(), 20.25);
}

TEST(CsvExporter, AFileAtTheTargetPathIsAnError)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("taken"));
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    auto written = CsvExporter().write(sampleGraph(), nullptr, out);
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().category(), Error::Category::Io);
}
