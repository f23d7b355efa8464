#include "graphmlexporter.h"

#include <QXmlStreamWriter>

namespace Guanxi {

namespace {

struct Key
{
    const char *id;
    const char *domain; // node or edge
    const char *name;
    const char *type;   // string, double
};

// Every attribute an exported node or edge may carry, declared up front as
// GraphML requires.
constexpr Key keys[] = {
    {"n_name", "node", "name", "string"},          {"n_type", "node", "type", "string"},
    {"n_kind", "node", "kind", "string"},          {"n_aliases", "node", "aliases", "string"},
    {"n_court", "node", "court", "string"},        {"n_status", "node", "status", "string"},
    {"n_time", "node", "time", "string"},          {"n_confidence", "node", "confidence", "double"},
    {"n_evidence", "node", "evidence", "string"},  {"n_x", "node", "x", "double"},
    {"n_y", "node", "y", "double"},                {"e_type", "edge", "type", "string"},
    {"e_time", "edge", "time", "string"},          {"e_role", "edge", "role", "string"},
    {"e_amount", "edge", "amount", "string"},      {"e_amount_value", "edge", "amount_value", "double"},
    {"e_currency", "edge", "currency", "string"},  {"e_duration", "edge", "duration", "string"},
    {"e_confidence", "edge", "confidence", "double"}, {"e_evidence", "edge", "evidence", "string"},
};

class Writer
{
public:
    explicit Writer(QByteArray *bytes) : m_xml(bytes) { m_xml.setAutoFormatting(true); }

    QXmlStreamWriter &xml() { return m_xml; }

    void data(const char *key, const QString &value, const std::function<QString(const QString &)> &safe)
    {
        if (value.isEmpty())
            return;
        m_xml.writeStartElement(QStringLiteral("data"));
        m_xml.writeAttribute(QStringLiteral("key"), QLatin1String(key));
        m_xml.writeCharacters(safe(value));
        m_xml.writeEndElement();
    }

private:
    QXmlStreamWriter m_xml;
};

} // namespace

Result<void> GraphmlExporter::write(const GraphDocument &graph, const LayoutResult *layout,
                                    const QString &path) const
{
    QByteArray bytes;
    Writer writer(&bytes);
    QXmlStreamWriter &xml = writer.xml();
    const auto safe = [](const QString &text) { return xmlSafe(text); };
    const QHash<QString, QPointF> placed = positions(layout);

    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
                       QStringLiteral("http://graphml.graphdrawing.org/xmlns "
                                      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
    for (const Key &key : keys) {
        xml.writeStartElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), QLatin1String(key.id));
        xml.writeAttribute(QStringLiteral("for"), QLatin1String(key.domain));
        xml.writeAttribute(QStringLiteral("attr.name"), QLatin1String(key.name));
        xml.writeAttribute(QStringLiteral("attr.type"), QLatin1String(key.type));
        xml.writeEndElement();
    }

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), graph.info.name.isEmpty() ? QStringLiteral("guanxi") : safe(graph.info.name));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));

    for (const Entity &entity : graph.entities) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), safe(entity.key));
        writer.data("n_name", entity.name, safe);
        writer.data("n_type", toString(entity.type), safe);
        writer.data("n_kind", toString(entity.kind), safe);
        writer.data("n_aliases", entity.aliases.join(QStringLiteral("; ")), safe);
        writer.data("n_court", entity.court, safe);
        writer.data("n_status", toString(entity.status), safe);
        writer.data("n_time", entity.time.isValid() ? entity.time.toString() : QString(), safe);
        writer.data("n_confidence", QString::number(entity.confidence), safe);
        writer.data("n_evidence", entity.evidence.isEmpty() ? QString() : entity.evidence.first().sentence, safe);
        if (const auto it = placed.constFind(entity.key); it != placed.constEnd()) {
            writer.data("n_x", QString::number(it->x()), safe);
            writer.data("n_y", QString::number(it->y()), safe);
        }
        xml.writeEndElement();
    }

    for (qsizetype i = 0; i < graph.relations.size(); ++i) {
        const Relation &relation = graph.relations[i];
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("r%1").arg(i));
        xml.writeAttribute(QStringLiteral("source"), safe(relation.source));
        xml.writeAttribute(QStringLiteral("target"), safe(relation.target));
        writer.data("e_type", toString(relation.type), safe);
        writer.data("e_time", relation.time.isValid() ? relation.time.toString() : QString(), safe);
        writer.data("e_role", relation.role, safe);
        writer.data("e_amount", relation.amount, safe);
        writer.data("e_amount_value", relation.amountValue ? QString::number(*relation.amountValue, 'g', 15) : QString(), safe);
        writer.data("e_currency", relation.currency, safe);
        writer.data("e_duration", relation.duration, safe);
        writer.data("e_confidence", QString::number(relation.confidence), safe);
        writer.data("e_evidence", relation.evidenceText(), safe);
        xml.writeEndElement();
    }

    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return saveFile(path, bytes);
}

} // namespace Guanxi
