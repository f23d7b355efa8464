#include "gexfexporter.h"

#include "typepalette.h"

#include <QXmlStreamWriter>

namespace Guanxi {

namespace {

const QString vizNs = QStringLiteral("http://gexf.net/1.3/viz");

void attribute(QXmlStreamWriter &xml, const char *id, const char *type)
{
    xml.writeStartElement(QStringLiteral("attribute"));
    xml.writeAttribute(QStringLiteral("id"), QLatin1String(id));
    xml.writeAttribute(QStringLiteral("title"), QLatin1String(id));
    xml.writeAttribute(QStringLiteral("type"), QLatin1String(type));
    xml.writeEndElement();
}

void value(QXmlStreamWriter &xml, const char *id, const QString &text)
{
    if (text.isEmpty())
        return;
    xml.writeStartElement(QStringLiteral("attvalue"));
    xml.writeAttribute(QStringLiteral("for"), QLatin1String(id));
    xml.writeAttribute(QStringLiteral("value"), text);
    xml.writeEndElement();
}

void color(QXmlStreamWriter &xml, const TypePalette::Rgb &rgb)
{
    xml.writeStartElement(vizNs, QStringLiteral("color"));
    xml.writeAttribute(QStringLiteral("r"), QString::number(rgb.r));
    xml.writeAttribute(QStringLiteral("g"), QString::number(rgb.g));
    xml.writeAttribute(QStringLiteral("b"), QString::number(rgb.b));
    xml.writeEndElement();
}

} // namespace

Result<void> GexfExporter::write(const GraphDocument &graph, const LayoutResult *layout, const QString &path) const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    const QHash<QString, QPointF> placed = positions(layout);

    xml.writeStartDocument();
    xml.writeNamespace(vizNs, QStringLiteral("viz"));
    xml.writeStartElement(QStringLiteral("gexf"));
    xml.writeDefaultNamespace(QStringLiteral("http://gexf.net/1.3"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("Guanxi"));
    if (!graph.info.name.isEmpty())
        xml.writeTextElement(QStringLiteral("description"), xmlSafe(graph.info.name));
    xml.writeEndElement();

    // Dynamic with dates: an edge exists from its relation's first day on.
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("directed"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("dynamic"));
    xml.writeAttribute(QStringLiteral("timeformat"), QStringLiteral("date"));

    xml.writeStartElement(QStringLiteral("attributes"));
    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("node"));
    for (const char *id : {"type", "kind", "aliases", "court", "status", "time"})
        attribute(xml, id, "string");
    attribute(xml, "confidence", "double");
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("attributes"));
    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("edge"));
    for (const char *id : {"type", "time", "role", "amount", "currency", "duration", "evidence"})
        attribute(xml, id, "string");
    attribute(xml, "confidence", "double");
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("nodes"));
    for (const Entity &entity : graph.entities) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), xmlSafe(entity.key));
        xml.writeAttribute(QStringLiteral("label"), xmlSafe(entity.name));
        xml.writeStartElement(QStringLiteral("attvalues"));
        value(xml, "type", toString(entity.type));
        value(xml, "kind", toString(entity.kind));
        value(xml, "aliases", xmlSafe(entity.aliases.join(QStringLiteral("; "))));
        value(xml, "court", xmlSafe(entity.court));
        value(xml, "status", toString(entity.status));
        value(xml, "time", entity.time.isValid() ? entity.time.toString() : QString());
        value(xml, "confidence", QString::number(entity.confidence));
        xml.writeEndElement();
        color(xml, TypePalette::entityColor(entity.type));
        if (const auto it = placed.constFind(entity.key); it != placed.constEnd()) {
            // Gephi's y axis points up.
            xml.writeStartElement(vizNs, QStringLiteral("position"));
            xml.writeAttribute(QStringLiteral("x"), QString::number(it->x()));
            xml.writeAttribute(QStringLiteral("y"), QString::number(-it->y()));
            xml.writeAttribute(QStringLiteral("z"), QStringLiteral("0"));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("edges"));
    for (qsizetype i = 0; i < graph.relations.size(); ++i) {
        const Relation &relation = graph.relations[i];
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("r%1").arg(i));
        xml.writeAttribute(QStringLiteral("source"), xmlSafe(relation.source));
        xml.writeAttribute(QStringLiteral("target"), xmlSafe(relation.target));
        xml.writeAttribute(QStringLiteral("label"), toString(relation.type));
        if (relation.time.isValid())
            xml.writeAttribute(QStringLiteral("start"), relation.time.first().toString(Qt::ISODate));
        xml.writeStartElement(QStringLiteral("attvalues"));
        value(xml, "type", toString(relation.type));
        value(xml, "time", relation.time.isValid() ? relation.time.toString() : QString());
        value(xml, "role", xmlSafe(relation.role));
        value(xml, "amount", xmlSafe(relation.amount));
        value(xml, "currency", xmlSafe(relation.currency));
        value(xml, "duration", xmlSafe(relation.duration));
        value(xml, "evidence", xmlSafe(relation.evidenceText()));
        value(xml, "confidence", QString::number(relation.confidence));
        xml.writeEndElement();
        color(xml, TypePalette::relationColor(relation.type));
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeEndElement(); // graph
    xml.writeEndElement(); // gexf
    xml.writeEndDocument();
    return saveFile(path, bytes);
}

} // namespace Guanxi
