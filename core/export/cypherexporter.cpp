#include "cypherexporter.h"

namespace Guanxi {

namespace {

// A Cypher single-quoted string literal.
QString literal(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out.append(QLatin1Char('\''));
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\': out.append(QLatin1String("\\\\")); break;
        case '\'': out.append(QLatin1String("\\'")); break;
        case '\n': out.append(QLatin1String("\\n")); break;
        case '\r': out.append(QLatin1String("\\r")); break;
        case '\t': out.append(QLatin1String("\\t")); break;
        default:
            if (c.unicode() >= 0x20)
                out.append(c);
        }
    }
    out.append(QLatin1Char('\''));
    return out;
}

} // namespace

Result<void> CypherExporter::write(const GraphDocument &graph, const LayoutResult *layout, const QString &path) const
{
    const QHash<QString, QPointF> placed = positions(layout);
    QHash<QString, EntityType> types;
    QString out = QStringLiteral("// Guanxi graph export: MERGE statements, safe to run more than once.\n");
    for (const EntityType type : allEntityTypes) {
        out += QStringLiteral("CREATE CONSTRAINT IF NOT EXISTS FOR (n:%1) REQUIRE n.id IS UNIQUE;\n").arg(neo4jLabel(type));
    }
    for (const Entity &entity : graph.entities) {
        types.insert(entity.key, entity.type);
        QStringList sets{QStringLiteral("n.name = ") + literal(entity.name),
                         QStringLiteral("n.confidence = ") + number(entity.confidence)};
        QStringList aliases;
        for (const QString &alias : entity.aliases)
            aliases.append(literal(alias));
        sets.append(QStringLiteral("n.aliases = [") + aliases.join(QStringLiteral(", ")) + QLatin1Char(']'));
        if (entity.kind != OrgKind::None)
            sets.append(QStringLiteral("n.kind = ") + literal(toString(entity.kind)));
        if (!entity.court.isEmpty())
            sets.append(QStringLiteral("n.court = ") + literal(entity.court));
        if (entity.status != LawsuitStatus::None)
            sets.append(QStringLiteral("n.status = ") + literal(toString(entity.status)));
        if (entity.time.isValid())
            sets.append(QStringLiteral("n.time = ") + literal(entity.time.toString()));
        if (const auto it = placed.constFind(entity.key); it != placed.constEnd()) {
            sets.append(QStringLiteral("n.x = ") + number(it->x()));
            sets.append(QStringLiteral("n.y = ") + number(it->y()));
        }
        out += QStringLiteral("MERGE (n:%1 {id: %2}) SET %3;\n")
                   .arg(neo4jLabel(entity.type), literal(entity.key), sets.join(QStringLiteral(", ")));
    }
    for (const Relation &relation : graph.relations) {
        if (!types.contains(relation.source) || !types.contains(relation.target))
            continue; // a dangling end would MATCH nothing; GraphJson never produces one
        // Two relations of a type between the same ends differ by time or role.
        QStringList keys;
        if (relation.time.isValid())
            keys.append(QStringLiteral("time: ") + literal(relation.time.toString()));
        if (!relation.role.isEmpty())
            keys.append(QStringLiteral("role: ") + literal(relation.role));
        QStringList sets{QStringLiteral("r.confidence = ") + number(relation.confidence)};
        if (!relation.amount.isEmpty())
            sets.append(QStringLiteral("r.amount = ") + literal(relation.amount));
        if (relation.amountValue)
            sets.append(QStringLiteral("r.amount_value = ") + number(*relation.amountValue));
        if (!relation.currency.isEmpty())
            sets.append(QStringLiteral("r.currency = ") + literal(relation.currency));
        if (!relation.duration.isEmpty())
            sets.append(QStringLiteral("r.duration = ") + literal(relation.duration));
        if (!relation.evidenceText().isEmpty())
            sets.append(QStringLiteral("r.evidence = ") + literal(relation.evidenceText()));
        out += QStringLiteral("MATCH (a:%1 {id: %2}), (b:%3 {id: %4}) MERGE (a)-[r:%5%6]->(b) SET %7;\n")
                   .arg(neo4jLabel(types.value(relation.source)), literal(relation.source),
                        neo4jLabel(types.value(relation.target)), literal(relation.target),
                        toString(relation.type).toUpper(),
                        keys.isEmpty() ? QString() : QStringLiteral(" {") + keys.join(QStringLiteral(", ")) + QLatin1Char('}'),
                        sets.join(QStringLiteral(", ")));
    }
    return saveFile(path, out.toUtf8());
}

} // namespace Guanxi
