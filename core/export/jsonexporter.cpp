#include "jsonexporter.h"

#include "model/graphjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Guanxi {

Result<void> JsonExporter::write(const GraphDocument &graph, const LayoutResult *layout, const QString &path) const
{
    QJsonObject root = GraphJson::toJson(graph, GraphJson::WriteOptions());
    const QHash<QString, QPointF> placed = positions(layout);
    if (!placed.isEmpty()) {
        QJsonArray entities = root.value(QLatin1String("entities")).toArray();
        for (qsizetype i = 0; i < entities.size(); ++i) {
            QJsonObject entity = entities[i].toObject();
            const auto it = placed.constFind(entity.value(QLatin1String("id")).toString());
            if (it == placed.constEnd())
                continue;
            entity.insert(QStringLiteral("x"), it->x());
            entity.insert(QStringLiteral("y"), it->y());
            entities[i] = entity;
        }
        root.insert(QStringLiteral("entities"), entities);
    }
    return saveFile(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace Guanxi
