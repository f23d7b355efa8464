#include "dotexporter.h"

#include "typepalette.h"

namespace Guanxi {

namespace {

// A DOT double-quoted string. Backslashes are doubled so Graphviz's label
// escapes (\n, \N, \l) cannot be triggered by the data; line breaks become
// \n, which Graphviz shows as a line break.
QString quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out.append(QLatin1Char('"'));
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"': out.append(QLatin1String("\\\"")); break;
        case '\\': out.append(QLatin1String("\\\\")); break;
        case '\n': out.append(QLatin1String("\\n")); break;
        case '\r': break;
        default:
            if (c.unicode() >= 0x20 || c == QLatin1Char('\t'))
                out.append(c);
        }
    }
    out.append(QLatin1Char('"'));
    return out;
}

QString shape(EntityType type)
{
    switch (type) {
    case EntityType::Person: return QStringLiteral("ellipse");
    case EntityType::Organization: return QStringLiteral("box");
    case EntityType::Lawsuit: return QStringLiteral("hexagon");
    case EntityType::Product: return QStringLiteral("component");
    }
    return QStringLiteral("box");
}

QString attr(const char *name, const QString &value)
{
    return QLatin1String(name) + QLatin1Char('=') + quoted(value);
}

} // namespace

Result<void> DotExporter::write(const GraphDocument &graph, const LayoutResult *layout, const QString &path) const
{
    const QHash<QString, QPointF> placed = positions(layout);
    QString out;
    out += QStringLiteral("digraph guanxi {\n");
    out += QStringLiteral("  graph [charset=\"UTF-8\", overlap=prism, splines=true];\n");
    out += QStringLiteral("  node [style=filled, fillcolor=white, fontname=\"Noto Sans CJK SC\"];\n");
    out += QStringLiteral("  edge [fontname=\"Noto Sans CJK SC\", fontsize=9];\n");

    for (const Entity &entity : graph.entities) {
        QStringList attributes{attr("label", entity.name), attr("shape", shape(entity.type)),
                               attr("color", TypePalette::entityColor(entity.type).name()),
                               attr("type", toString(entity.type))};
        if (entity.kind != OrgKind::None)
            attributes.append(attr("kind", toString(entity.kind)));
        if (!entity.aliases.isEmpty())
            attributes.append(attr("aliases", entity.aliases.join(QStringLiteral("; "))));
        if (const auto it = placed.constFind(entity.key); it != placed.constEnd()) {
            // Points with y up, as Graphviz writes pos itself.
            attributes.append(attr("pos", QString::number(it->x(), 'f', 2) + QLatin1Char(',')
                                              + QString::number(-it->y(), 'f', 2)));
        }
        out += QStringLiteral("  ") + quoted(entity.key) + QStringLiteral(" [")
            + attributes.join(QStringLiteral(", ")) + QStringLiteral("];\n");
    }

    for (const Relation &relation : graph.relations) {
        QString label = toString(relation.type);
        if (!relation.role.isEmpty())
            label += QLatin1Char('\n') + relation.role;
        QStringList attributes{attr("label", label), attr("color", TypePalette::relationColor(relation.type).name()),
                               attr("type", toString(relation.type))};
        if (isSymmetric(relation.type))
            attributes.append(QStringLiteral("dir=none"));
        if (relation.time.isValid())
            attributes.append(attr("time", relation.time.toString()));
        if (!relation.amount.isEmpty())
            attributes.append(attr("amount", relation.amount));
        out += QStringLiteral("  ") + quoted(relation.source) + QStringLiteral(" -> ") + quoted(relation.target)
            + QStringLiteral(" [") + attributes.join(QStringLiteral(", ")) + QStringLiteral("];\n");
    }
    out += QStringLiteral("}\n");
    return saveFile(path, out.toUtf8());
}

} // namespace Guanxi
