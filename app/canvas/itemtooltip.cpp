#include "itemtooltip.h"

#include "graphstyle.h"

namespace Guanxi {

namespace {

QString nameOf(const GraphDocument &graph, const QString &key)
{
    const Entity *entity = graph.entity(key);
    return entity ? entity->name : key;
}

} // namespace

QString ItemToolTip::forEntity(const Entity &entity, int relationCount, bool isInvestor)
{
    QString kind = GraphStyle::entityTypeLabel(entity.type);
    if (entity.type == EntityType::Organization && entity.kind != OrgKind::None)
        kind = GraphStyle::orgKindLabel(entity.kind);
    if (isInvestor)
        kind = tr("%1, investor").arg(kind);

    // Each name unbroken, and a separator no name holds (伊隆·马斯克 has a middle dot).
    QStringList others;
    const QStringList names = entity.allNames();
    for (const QString &name : names) {
        if (name == entity.name || others.size() == maxAliases)
            continue;
        others.append(QStringLiteral("<nobr>%1</nobr>").arg(name.toHtmlEscaped()));
    }
    QString text = QStringLiteral("<b>%1</b>").arg(entity.name.toHtmlEscaped());
    if (!others.isEmpty())
        text += QStringLiteral("<br>") + others.join(QStringLiteral(" / "));
    const QString relations = relationCount == 1 ? tr("one relation") : tr("%n relations", nullptr, relationCount);
    text += QStringLiteral("<br><i>%1</i> — %2").arg(kind.toHtmlEscaped(), relations);
    return text;
}

QString ItemToolTip::forRelation(const Relation &relation, const GraphDocument &graph)
{
    QString text = QStringLiteral("<b>%1</b> %2 <b>%3</b>")
                       .arg(nameOf(graph, relation.source).toHtmlEscaped(),
                            GraphStyle::relationLabel(relation.type).toHtmlEscaped(),
                            nameOf(graph, relation.target).toHtmlEscaped());
    QStringList details;
    if (!relation.role.isEmpty())
        details.append(relation.role.toHtmlEscaped());
    if (!relation.amount.isEmpty())
        details.append(relation.amount.toHtmlEscaped());
    if (relation.time.isValid())
        details.append(relation.time.toString().toHtmlEscaped());
    if (!details.isEmpty())
        text += QStringLiteral("<br>") + details.join(QStringLiteral(" · "));
    return text;
}

} // namespace Guanxi
