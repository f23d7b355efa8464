#include "graphjson.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

namespace Guanxi {

namespace {

tl::unexpected<Error> invalid(const QString &message)
{
    return makeError(Error::Category::Validation, message);
}

// Confidences come from sums of weights (0.7 + 0.1 = 0.7999999999999999): three
// decimals say all they mean.
double roundedConfidence(double confidence)
{
    return std::round(confidence * 1000) / 1000;
}

QJsonArray spansToJson(const QList<Evidence> &evidence)
{
    QJsonArray spans;
    for (const Evidence &e : evidence) {
        QJsonObject span{{QStringLiteral("sentence"), e.sentence}};
        if (!e.document.isEmpty())
            span.insert(QStringLiteral("document"), e.document);
        if (e.hasSpan()) {
            span.insert(QStringLiteral("start"), e.start);
            span.insert(QStringLiteral("end"), e.end);
        }
        spans.append(span);
    }
    return spans;
}

Result<QList<Evidence>> spansFromJson(const QJsonValue &value, const QString &where)
{
    QList<Evidence> out;
    if (value.isUndefined() || value.isNull())
        return out;
    if (!value.isArray())
        return invalid(QStringLiteral("%1: evidence spans must be an array").arg(where));
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        Evidence e;
        e.sentence = o.value(QStringLiteral("sentence")).toString();
        e.document = o.value(QStringLiteral("document")).toString();
        e.start = o.value(QStringLiteral("start")).toInteger(-1);
        e.end = o.value(QStringLiteral("end")).toInteger(-1);
        if (e.sentence.isEmpty())
            return invalid(QStringLiteral("%1: an evidence span has no sentence").arg(where));
        if (e.hasSpan() != (e.start >= 0 || e.end >= 0))
            return invalid(QStringLiteral("%1: evidence offsets %2..%3 are not a span").arg(where).arg(e.start).arg(e.end));
        out.append(e);
    }
    return out;
}

Result<TimePoint> timeFromJson(const QJsonObject &o, const QString &where)
{
    const QJsonValue v = o.value(QStringLiteral("time"));
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return TimePoint();
    const auto t = TimePoint::parse(v.toString());
    if (!v.isString() || !t)
        return invalid(QStringLiteral("%1: time \"%2\" is not an ISO 8601 year, month, week or day")
                           .arg(where, v.toVariant().toString()));
    return *t;
}

Result<Entity> entityFromJson(const QJsonObject &o, qsizetype index)
{
    Entity e;
    e.key = o.value(QStringLiteral("id")).toString();
    const QString where = e.key.isEmpty() ? QStringLiteral("entity #%1").arg(index + 1)
                                          : QStringLiteral("entity \"%1\"").arg(e.key);
    if (e.key.isEmpty())
        return invalid(QStringLiteral("%1 has no id").arg(where));
    const QString typeText = o.value(QStringLiteral("type")).toString();
    const auto type = entityTypeFromString(typeText);
    if (!type)
        return invalid(QStringLiteral("%1: unknown type \"%2\"").arg(where, typeText));
    e.type = *type;
    if (e.type == EntityType::Organization) {
        const QString kindText = o.value(QStringLiteral("kind")).toString(QStringLiteral("other"));
        const auto kind = orgKindFromString(kindText);
        if (!kind)
            return invalid(QStringLiteral("%1: unknown organization kind \"%2\"").arg(where, kindText));
        e.kind = *kind;
    }
    e.name = o.value(QStringLiteral("name")).toString().trimmed();
    for (const QJsonValue &a : o.value(QStringLiteral("aliases")).toArray())
        e.addAlias(a.toString().trimmed());
    if (e.name.isEmpty() && !e.aliases.isEmpty())
        e.name = e.aliases.first();
    if (e.name.isEmpty())
        return invalid(QStringLiteral("%1 has no name").arg(where));
    if (e.type == EntityType::Lawsuit) {
        e.court = o.value(QStringLiteral("court")).toString();
        const QString statusText = o.value(QStringLiteral("status")).toString();
        if (!statusText.isEmpty()) {
            const auto status = lawsuitStatusFromString(statusText);
            if (!status)
                return invalid(QStringLiteral("%1: unknown lawsuit status \"%2\"").arg(where, statusText));
            e.status = *status;
        }
        auto time = timeFromJson(o, where);
        if (!time)
            return tl::unexpected(time.error());
        e.time = *time;
    }
    e.confidence = o.value(QStringLiteral("confidence")).toDouble(1.0);
    e.isOptional = o.value(QStringLiteral("optional")).toBool(false);
    auto mentions = spansFromJson(o.value(QStringLiteral("mentions")), where);
    if (!mentions)
        return tl::unexpected(mentions.error());
    e.evidence = *mentions;
    return e;
}

Result<Relation> relationFromJson(const QJsonObject &o, qsizetype index, const GraphDocument &doc)
{
    Relation r;
    const QString typeText = o.value(QStringLiteral("type")).toString();
    r.source = o.value(QStringLiteral("source")).toString();
    r.target = o.value(QStringLiteral("target")).toString();
    const QString where = QStringLiteral("relation #%1 (%2 %3 → %4)").arg(index + 1).arg(typeText, r.source, r.target);
    const auto type = relationTypeFromString(typeText);
    if (!type)
        return invalid(QStringLiteral("%1: unknown relation type \"%2\"").arg(where, typeText));
    r.type = *type;
    const Entity *source = doc.entity(r.source);
    const Entity *target = doc.entity(r.target);
    if (!source)
        return invalid(QStringLiteral("%1: source \"%2\" is not an entity of the document").arg(where, r.source));
    if (!target)
        return invalid(QStringLiteral("%1: target \"%2\" is not an entity of the document").arg(where, r.target));
    if (!isAllowed(r.type, source->type, target->type))
        return invalid(QStringLiteral("%1: %2 does not go from a %3 to a %4")
                           .arg(where, typeText, toString(source->type), toString(target->type)));
    auto time = timeFromJson(o, where);
    if (!time)
        return tl::unexpected(time.error());
    r.time = *time;
    r.role = o.value(QStringLiteral("role")).toString();
    r.amount = o.value(QStringLiteral("amount")).toString();
    const QJsonValue value = o.value(QStringLiteral("amount_value"));
    if (value.isDouble())
        r.amountValue = value.toDouble();
    r.currency = o.value(QStringLiteral("currency")).toString();
    r.duration = o.value(QStringLiteral("duration")).toString();
    r.confidence = o.value(QStringLiteral("confidence")).toDouble(1.0);
    r.isOptional = o.value(QStringLiteral("optional")).toBool(false);
    auto spans = spansFromJson(o.value(QStringLiteral("evidence_spans")), where);
    if (!spans)
        return tl::unexpected(spans.error());
    r.evidence = *spans;
    const QString sentence = o.value(QStringLiteral("evidence")).toString();
    if (r.evidence.isEmpty() && !sentence.isEmpty())
        r.evidence.append(Evidence{.document = doc.info.name, .sentence = sentence});
    return r;
}

} // namespace

Result<GraphDocument> GraphJson::read(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(Error::Category::Parse, QStringLiteral("not valid JSON"),
                         QStringLiteral("%1 at byte %2").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return invalid(QStringLiteral("the JSON document is not an object with \"entities\" and \"relations\""));
    return fromJson(doc.object());
}

Result<GraphDocument> GraphJson::fromJson(const QJsonObject &object)
{
    GraphDocument doc;
    if (!object.value(QStringLiteral("entities")).isArray())
        return invalid(QStringLiteral("the JSON document has no \"entities\" array"));
    doc.info.name = object.value(QStringLiteral("document")).toString();
    doc.info.title = object.value(QStringLiteral("title")).toString();
    doc.info.sourceUrl = object.value(QStringLiteral("url")).toString();
    doc.info.source = object.value(QStringLiteral("source")).toString();
    doc.info.language = object.value(QStringLiteral("language")).toString();
    doc.notes = object.value(QStringLiteral("notes")).toString();
    const QString published = object.value(QStringLiteral("published")).toString();
    if (!published.isEmpty()) {
        doc.info.published = QDate::fromString(published, Qt::ISODate);
        if (!doc.info.published.isValid())
            return invalid(QStringLiteral("published date \"%1\" is not YYYY-MM-DD").arg(published));
    }

    QSet<QString> keys;
    const QJsonArray entities = object.value(QStringLiteral("entities")).toArray();
    for (qsizetype i = 0; i < entities.size(); ++i) {
        auto entity = entityFromJson(entities[i].toObject(), i);
        if (!entity)
            return tl::unexpected(entity.error());
        if (keys.contains(entity->key))
            return invalid(QStringLiteral("entity id \"%1\" is used twice").arg(entity->key));
        keys.insert(entity->key);
        doc.entities.append(std::move(*entity));
    }
    const QJsonArray relations = object.value(QStringLiteral("relations")).toArray();
    for (qsizetype i = 0; i < relations.size(); ++i) {
        auto relation = relationFromJson(relations[i].toObject(), i, doc);
        if (!relation)
            return tl::unexpected(relation.error());
        doc.relations.append(std::move(*relation));
    }
    return doc;
}

namespace {

QJsonObject entityToJson(const Entity &e, const GraphJson::WriteOptions &options)
{
    QJsonObject o{{QStringLiteral("id"), e.key},
                  {QStringLiteral("type"), toString(e.type)},
                  {QStringLiteral("name"), e.name},
                  {QStringLiteral("aliases"), QJsonArray::fromStringList(e.allNames())}};
    if (e.type == EntityType::Organization)
        o.insert(QStringLiteral("kind"), toString(e.kind == OrgKind::None ? OrgKind::Other : e.kind));
    if (e.type == EntityType::Lawsuit) {
        if (!e.court.isEmpty())
            o.insert(QStringLiteral("court"), e.court);
        if (e.status != LawsuitStatus::None)
            o.insert(QStringLiteral("status"), toString(e.status));
        if (e.time.isValid())
            o.insert(QStringLiteral("time"), e.time.toString());
    }
    if (options.withConfidence)
        o.insert(QStringLiteral("confidence"), roundedConfidence(e.confidence));
    if (e.isOptional)
        o.insert(QStringLiteral("optional"), true);
    if (options.withSpans && !e.evidence.isEmpty())
        o.insert(QStringLiteral("mentions"), spansToJson(e.evidence));
    return o;
}

QJsonObject relationToJson(const Relation &r, const GraphJson::WriteOptions &options)
{
    QJsonObject o{{QStringLiteral("type"), toString(r.type)},
                  {QStringLiteral("source"), r.source},
                  {QStringLiteral("target"), r.target}};
    if (r.time.isValid())
        o.insert(QStringLiteral("time"), r.time.toString());
    if (!r.role.isEmpty())
        o.insert(QStringLiteral("role"), r.role);
    if (!r.amount.isEmpty())
        o.insert(QStringLiteral("amount"), r.amount);
    if (r.amountValue)
        o.insert(QStringLiteral("amount_value"), *r.amountValue);
    if (!r.currency.isEmpty())
        o.insert(QStringLiteral("currency"), r.currency);
    if (!r.duration.isEmpty())
        o.insert(QStringLiteral("duration"), r.duration);
    if (options.withConfidence)
        o.insert(QStringLiteral("confidence"), roundedConfidence(r.confidence));
    if (r.isOptional)
        o.insert(QStringLiteral("optional"), true);
    if (!r.evidence.isEmpty())
        o.insert(QStringLiteral("evidence"), r.evidenceText());
    if (options.withSpans && !r.evidence.isEmpty())
        o.insert(QStringLiteral("evidence_spans"), spansToJson(r.evidence));
    return o;
}

// The document's own fields, without its two lists.
QJsonObject headerToJson(const GraphDocument &document)
{
    QJsonObject root;
    root.insert(QStringLiteral("document"), document.info.name);
    if (document.info.published.isValid())
        root.insert(QStringLiteral("published"), document.info.published.toString(Qt::ISODate));
    if (!document.info.title.isEmpty())
        root.insert(QStringLiteral("title"), document.info.title);
    if (!document.info.source.isEmpty())
        root.insert(QStringLiteral("source"), document.info.source);
    if (!document.info.sourceUrl.isEmpty())
        root.insert(QStringLiteral("url"), document.info.sourceUrl);
    if (!document.info.language.isEmpty())
        root.insert(QStringLiteral("language"), document.info.language);
    if (!document.notes.isEmpty())
        root.insert(QStringLiteral("notes"), document.notes);
    return root;
}

// Writes the text QJsonDocument would write for the whole document, one element at a
// time: an extraction of a long text holds its graph once, not also as a tree of
// JSON values and as their text (three times the memory of the graph, measured).
// QJsonDocument's layout is kept byte for byte: keys in sorted order, four spaces
// a level.
class StreamWriter
{
public:
    StreamWriter(QIODevice &device, bool indented) : m_device(device), m_indented(indented) {}

    bool ok() const { return m_ok; }

    void open() { put(m_indented ? "{\n" : "{"); }
    void close() { put(m_indented ? "\n}\n" : "}"); }

    // `"key": value` for a value that is no array of elements.
    void field(const QString &key, const QJsonValue &value)
    {
        separate();
        QByteArray element = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        element = element.sliced(1, element.size() - 2); // [value] -> value
        put(keyText(key) + element);
    }

    // `"key": [ ... ]` with one element written per call of `each`.
    template <typename List, typename ToJson>
    void list(const QString &key, const List &items, ToJson toJson)
    {
        separate();
        put(keyText(key) + (m_indented ? "[\n" : "["));
        bool first = true;
        for (const auto &item : items) {
            if (!first)
                put(m_indented ? ",\n" : ",");
            first = false;
            put(element(toJson(item)));
        }
        put(m_indented ? (items.isEmpty() ? "    ]" : "\n    ]") : "]");
    }

private:
    void separate()
    {
        if (m_fields++ > 0)
            put(m_indented ? ",\n" : ",");
    }

    QByteArray keyText(const QString &key) const
    {
        return (m_indented ? "    \"" : "\"") + key.toUtf8() + (m_indented ? "\": " : "\":");
    }

    // An object two levels deep (in the root's list).
    QByteArray element(const QJsonObject &object) const
    {
        QByteArray text = QJsonDocument(object).toJson(m_indented ? QJsonDocument::Indented : QJsonDocument::Compact);
        if (!m_indented)
            return text;
        text.chop(1); // its final line break: the list writes separators
        QByteArray out;
        out.reserve(text.size() + 8 * (text.count('\n') + 1));
        for (qsizetype from = 0; from <= text.size();) {
            qsizetype to = text.indexOf('\n', from);
            if (to < 0)
                to = text.size();
            if (from > 0)
                out += '\n';
            out += "        ";
            out += QByteArrayView(text).sliced(from, to - from);
            from = to + 1;
        }
        return out;
    }

    void put(const QByteArray &bytes)
    {
        if (m_ok && m_device.write(bytes) != bytes.size())
            m_ok = false;
    }

    QIODevice &m_device;
    bool m_indented;
    bool m_ok = true;
    int m_fields = 0;
};

} // namespace

QJsonObject GraphJson::toJson(const GraphDocument &document, const WriteOptions &options)
{
    QJsonObject root = headerToJson(document);
    QJsonArray entities;
    for (const Entity &e : document.entities)
        entities.append(entityToJson(e, options));
    root.insert(QStringLiteral("entities"), entities);
    QJsonArray relations;
    for (const Relation &r : document.relations)
        relations.append(relationToJson(r, options));
    root.insert(QStringLiteral("relations"), relations);
    return root;
}

Result<void> GraphJson::write(const GraphDocument &document, QIODevice &device, const WriteOptions &options)
{
    StreamWriter writer(device, options.indented);
    writer.open();
    // The header's keys and the two lists, in QJsonObject's (sorted) order.
    const QJsonObject header = headerToJson(document);
    const auto writeUpTo = [&](QLatin1StringView before, auto &it) {
        for (; it != header.constEnd() && it.key() < before; ++it)
            writer.field(it.key(), it.value());
    };
    auto it = header.constBegin();
    writeUpTo(QLatin1StringView("entities"), it);
    writer.list(QStringLiteral("entities"), document.entities,
                [&](const Entity &e) { return entityToJson(e, options); });
    writeUpTo(QLatin1StringView("relations"), it);
    writer.list(QStringLiteral("relations"), document.relations,
                [&](const Relation &r) { return relationToJson(r, options); });
    for (; it != header.constEnd(); ++it)
        writer.field(it.key(), it.value());
    writer.close();
    if (!writer.ok())
        return makeError(Error::Category::Io, QStringLiteral("Could not write the JSON document: %1").arg(device.errorString()));
    return {};
}

QByteArray GraphJson::write(const GraphDocument &document, const WriteOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    (void)write(document, buffer, options); // a buffer in memory does not fail
    return bytes;
}

} // namespace Guanxi
