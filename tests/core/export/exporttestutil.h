#pragma once

#include "export/exporter.h"
#include "model/graphdocument.h"

#include <QFile>
#include <QTemporaryDir>

namespace Guanxi::Testing {

// A name with every character the formats must escape, and CJK.
inline QString trickyName()
{
    return QStringLiteral("Greg \"G\" <Brockman> & co's, \u5927\u5B66\nsecond line");
}

// A small graph: a person with a tricky name, CJK names, a multi-edge
// (two works_at between the same ends), dated and undated relations.
inline GraphDocument sampleGraph()
{
    GraphDocument graph;
    graph.info.name = QStringLiteral("sample.txt");
    auto entity = [](const char *key, EntityType type, const QString &name) {
        Entity e;
        e.key = QString::fromLatin1(key);
        e.type = type;
        e.name = name;
        e.aliases = {name};
        return e;
    };
    graph.entities = {entity("e1", EntityType::Person, trickyName()),
                      entity("e2", EntityType::Organization, QStringLiteral("OpenAI")),
                      entity("e3", EntityType::Person, QStringLiteral("\u5965\u7279\u66FC")),
                      entity("e4", EntityType::Lawsuit, QStringLiteral("\u9A6C\u65AF\u514B\u8BC9\u5965\u7279\u66FC")),
                      entity("e5", EntityType::Organization, QStringLiteral("\u5FAE\u8F6F"))};
    graph.entities[1].kind = OrgKind::Nonprofit;
    graph.entities[4].kind = OrgKind::Company;
    graph.entities[2].aliases.append(QStringLiteral("Sam Altman"));
    auto relation = [](RelationType type, const char *source, const char *target) {
        Relation r;
        r.type = type;
        r.source = QString::fromLatin1(source);
        r.target = QString::fromLatin1(target);
        return r;
    };
    graph.relations = {relation(RelationType::Founded, "e1", "e2"),
                       relation(RelationType::WorksAt, "e3", "e2"),
                       relation(RelationType::WorksAt, "e3", "e2"),
                       relation(RelationType::InvestedIn, "e5", "e2"),
                       relation(RelationType::PlaintiffIn, "e1", "e4")};
    graph.relations[0].time = TimePoint::year(2015);
    Evidence evidence;
    evidence.document = QStringLiteral("sample.txt");
    evidence.sentence = QStringLiteral("He said \"<&>\",\n\u8FD9\u662F9\u5E74\u524D\u5171\u540C\u521B\u5EFAOpenAI\u3002");
    graph.relations[0].evidence = {evidence};
    graph.relations[1].role = QStringLiteral("CEO");
    graph.relations[1].time = TimePoint::isoWeek(2024, 31);
    graph.relations[2].role = QStringLiteral("\u8463\u4E8B");
    graph.relations[3].amount = QStringLiteral("10\u4EBF\u7F8E\u5143");
    graph.relations[3].amountValue = 1.0e9;
    graph.relations[3].currency = QStringLiteral("USD");
    return graph;
}

// Positions for every entity of sampleGraph().
inline LayoutResult sampleLayout()
{
    LayoutResult layout;
    layout.engine = QStringLiteral("dot");
    for (int i = 1; i <= 5; ++i)
        layout.nodes.append(NodeGeometry{QStringLiteral("e%1").arg(i), QPointF(10.5 * i, 20.25 * i), QSizeF(60, 30)});
    return layout;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace Guanxi::Testing
