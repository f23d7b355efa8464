#include "export/cypherexporter.h"
#include "exporttestutil.h"

#include <gtest/gtest.h>

using namespace Guanxi;
using namespace Guanxi::Testing;

namespace {

// Reads the Cypher string literal that starts at `from` (at its opening quote).
QString readLiteral(const QString &text, qsizetype from)
{
    QString value;
    for (qsizetype i = from + 1; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\''))
            return value;
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar next = text[++i];
            value.append(next == QLatin1Char('n') ? QChar(u'\n')
                         : next == QLatin1Char('r') ? QChar(u'\r')
                         : next == QLatin1Char('t') ? QChar(u'\t')
                                                    : next);
            continue;
        }
        if (c == QLatin1Char('\n'))
            return QStringLiteral("<raw line break inside a literal>");
        value.append(c);
    }
    return QStringLiteral("<unterminated>");
}

QString exportScript()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.cypher"));
    EXPECT_TRUE(CypherExporter().write(sampleGraph(), nullptr, path));
    return QString::fromUtf8(readAll(path));
}

} // namespace

TEST(CypherExporter, MergesEveryNodeAndEdgeOnce)
{
    const QString script = exportScript();
    const GraphDocument graph = sampleGraph();
    EXPECT_EQ(script.count(QStringLiteral("MERGE (n:")), graph.entities.size());
    EXPECT_EQ(script.count(QStringLiteral("MERGE (a)-[r:")), graph.relations.size());
    EXPECT_TRUE(script.contains(QStringLiteral("MERGE (n:Person {id: 'e1'})")));
    EXPECT_TRUE(script.contains(
        QStringLiteral("MATCH (a:Person {id: 'e1'}), (b:Organization {id: 'e2'}) MERGE (a)-[r:FOUNDED {time: '2015'}]->(b)")));
}

TEST(CypherExporter, KeepsMultiEdgesApartByRole)
{
    const QString script = exportScript();
    EXPECT_TRUE(script.contains(QStringLiteral("[r:WORKS_AT {time: '2024-W31', role: 'CEO'}]")));
    EXPECT_TRUE(script.contains(QStringLiteral("[r:WORKS_AT {role: '\u8463\u4E8B'}]")));
}

TEST(CypherExporter, EscapedStringsAndCjkSurvive)
{
    const QString script = exportScript();
    const QString marker = QStringLiteral("{id: 'e1'}) SET n.name = ");
    const qsizetype at = script.indexOf(marker);
    ASSERT_GE(at, 0);
    EXPECT_EQ(readLiteral(script, at + marker.size()), trickyName());
    const QString evidence = QStringLiteral("r.evidence = ");
    const qsizetype evidenceAt = script.indexOf(evidence);
    ASSERT_GE(evidenceAt, 0);
    EXPECT_EQ(readLiteral(script, evidenceAt + evidence.size()), sampleGraph().relations[0].evidenceText());
}

TEST(CypherExporter, EveryStatementIsOneLine)
{
    const QStringList lines = exportScript().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        EXPECT_TRUE(line.startsWith(QLatin1String("//")) || line.endsWith(QLatin1Char(';'))) << qPrintable(line);
}
