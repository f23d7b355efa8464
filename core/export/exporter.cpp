#include "exporter.h"

#include "csvexporter.h"
#include "cypherexporter.h"
#include "dotexporter.h"
#include "gexfexporter.h"
#include "graphmlexporter.h"
#include "jsonexporter.h"

#include <QSaveFile>

namespace Guanxi {

std::unique_ptr<Exporter> Exporter::create(const QString &format)
{
    const QString name = format.toLower();
    if (name == QLatin1String("json"))
        return std::make_unique<JsonExporter>();
    if (name == QLatin1String("graphml"))
        return std::make_unique<GraphmlExporter>();
    if (name == QLatin1String("gexf"))
        return std::make_unique<GexfExporter>();
    if (name == QLatin1String("dot"))
        return std::make_unique<DotExporter>();
    if (name == QLatin1String("csv"))
        return std::make_unique<CsvExporter>();
    if (name == QLatin1String("cypher"))
        return std::make_unique<CypherExporter>();
    return nullptr;
}

QStringList Exporter::formats()
{
    return {QStringLiteral("json"), QStringLiteral("graphml"), QStringLiteral("gexf"),
            QStringLiteral("dot"),  QStringLiteral("csv"),     QStringLiteral("cypher")};
}

Result<void> Exporter::saveFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Category::Io, QStringLiteral("Cannot write %1").arg(path), file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return makeError(Error::Category::Io, QStringLiteral("Cannot write %1").arg(path), reason);
    }
    if (!file.commit())
        return makeError(Error::Category::Io, QStringLiteral("Cannot save %1").arg(path), file.errorString());
    return {};
}

QHash<QString, QPointF> Exporter::positions(const LayoutResult *layout)
{
    QHash<QString, QPointF> result;
    if (!layout)
        return result;
    result.reserve(layout->nodes.size());
    for (const NodeGeometry &node : layout->nodes)
        result.insert(node.id, node.center);
    return result;
}

QString Exporter::xmlSafe(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            result.append(c);
            result.append(text[++i]);
            continue;
        }
        const char16_t u = c.unicode();
        const bool allowed = u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u <= 0xD7FF)
            || (u >= 0xE000 && u <= 0xFFFD);
        if (allowed)
            result.append(c);
    }
    return result;
}

QString Exporter::neo4jLabel(EntityType type)
{
    QString name = toString(type);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString Exporter::number(double value)
{
    return QString::number(value, 'g', 15);
}

} // namespace Guanxi
