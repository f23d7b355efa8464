#include "csvexporter.h"

#include <QDir>
#include <QFileInfo>

namespace Guanxi {

namespace {

// RFC 4180: quote a field holding a comma, a quote or a line break, doubling
// the quotes inside.
QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString row(const QStringList &fields)
{
    QStringList quotedFields;
    quotedFields.reserve(fields.size());
    for (const QString &f : fields)
        quotedFields.append(field(f));
    return quotedFields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace

Result<void> CsvExporter::write(const GraphDocument &graph, const LayoutResult *layout, const QString &path) const
{
    if (QFileInfo(path).exists() && !QFileInfo(path).isDir())
        return makeError(Error::Category::Io,
                         QStringLiteral("%1 is a file; CSV export writes a directory of nodes.csv and "
                                        "relationships.csv").arg(path));
    if (!QDir().mkpath(path))
        return makeError(Error::Category::Io, QStringLiteral("Cannot create directory %1").arg(path));
    const QHash<QString, QPointF> placed = positions(layout);

    QString nodes = row({QStringLiteral("id:ID"), QStringLiteral("name"), QStringLiteral(":LABEL"),
                         QStringLiteral("kind"), QStringLiteral("aliases:string[]"), QStringLiteral("court"),
                         QStringLiteral("status"), QStringLiteral("time"), QStringLiteral("confidence:double"),
                         QStringLiteral("x:double"), QStringLiteral("y:double")});
    for (const Entity &entity : graph.entities) {
        // ';' separates array elements in neo4j-admin; an alias never needs one.
        QStringList aliases = entity.aliases;
        for (QString &alias : aliases)
            alias.replace(QLatin1Char(';'), QLatin1Char(','));
        const auto it = placed.constFind(entity.key);
        const bool hasPosition = it != placed.constEnd();
        nodes += row({entity.key, entity.name, neo4jLabel(entity.type), toString(entity.kind),
                      aliases.join(QLatin1Char(';')), entity.court, toString(entity.status),
                      entity.time.isValid() ? entity.time.toString() : QString(), number(entity.confidence),
                      hasPosition ? number(it->x()) : QString(), hasPosition ? number(it->y()) : QString()});
    }

    QString relationships = row({QStringLiteral(":START_ID"), QStringLiteral(":END_ID"), QStringLiteral(":TYPE"),
                                 QStringLiteral("time"), QStringLiteral("role"), QStringLiteral("amount"),
                                 QStringLiteral("amount_value:double"), QStringLiteral("currency"),
                                 QStringLiteral("duration"), QStringLiteral("confidence:double"),
                                 QStringLiteral("evidence")});
    for (const Relation &relation : graph.relations) {
        relationships += row({relation.source, relation.target, toString(relation.type).toUpper(),
                              relation.time.isValid() ? relation.time.toString() : QString(), relation.role,
                              relation.amount, relation.amountValue ? number(*relation.amountValue) : QString(),
                              relation.currency, relation.duration, number(relation.confidence),
                              relation.evidenceText()});
    }

    const QDir dir(path);
    if (auto saved = saveFile(dir.filePath(QStringLiteral("nodes.csv")), nodes.toUtf8()); !saved)
        return saved;
    return saveFile(dir.filePath(QStringLiteral("relationships.csv")), relationships.toUtf8());
}

} // namespace Guanxi
