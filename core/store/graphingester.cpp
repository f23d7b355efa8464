#include "graphingester.h"

#include "common/namekey.h"
#include "model/graphjson.h"
#include "sqlite/sqlitedatabase.h"
#include "sqlite/sqlitestatement.h"
#include "storetry.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <array>

namespace Guanxi::Internal {

namespace {

tl::unexpected<Error> cancelled()
{
    return makeError(Error::Category::Cancelled, QStringLiteral("ingest cancelled; nothing was stored"));
}

// Evidence rows per INSERT: one statement (and one statement journal) per
// chunk instead of per row. Powers of two, so at most five statements cover
// any remainder and the statement cache holds a handful of texts.
constexpr std::array<int, 5> s_evidenceChunks = {16, 8, 4, 2, 1};

const QString &evidenceInsert(int rows)
{
    static const std::array<QString, s_evidenceChunks.size()> texts = [] {
        std::array<QString, s_evidenceChunks.size()> t;
        for (size_t i = 0; i < s_evidenceChunks.size(); ++i) {
            QString sql = QStringLiteral(
                "INSERT INTO evidence(relation_id, entity_id, document_id, sentence, start, \"end\") VALUES ");
            for (int row = 0; row < s_evidenceChunks[i]; ++row)
                sql += row == 0 ? QStringLiteral("(?,?,?,?,?,?)") : QStringLiteral(",(?,?,?,?,?,?)");
            t[i] = sql;
        }
        return t;
    }();
    for (size_t i = 0; i < s_evidenceChunks.size(); ++i) {
        if (s_evidenceChunks[i] == rows)
            return texts[i];
    }
    Q_ASSERT(false);
    return texts.back();
}

} // namespace

GraphIngester::GraphIngester(SqliteDatabase &db, const CancelToken *cancel)
    : m_db(db), m_cancel(cancel)
{}

GraphIngester::~GraphIngester() = default;

Result<SqliteStatement *> GraphIngester::held(Held which, const QString &sql)
{
    std::optional<SqliteStatement> &slot = m_held[size_t(which)];
    if (!slot) {
        GUANXI_TRY(statement, m_db.prepare(sql));
        slot.emplace(std::move(*statement));
    } else {
        Q_ASSERT(slot->sql() == sql);
        slot->reset();  // a look-up may have stopped at its first row
    }
    return &*slot;
}

QString GraphIngester::contentHash(const GraphDocument &document)
{
    QByteArray bytes;
    if (!document.info.text.isEmpty()) {
        bytes = document.info.text.toUtf8();
    } else {
        GraphJson::WriteOptions options;
        options.indented = false;
        bytes = GraphJson::write(document, options);
    }
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<IngestReport> GraphIngester::ingest(const GraphDocument &document, const ProgressSink &progress)
{
    if (!m_startedEmpty) {
        GUANXI_TRY(any, m_db.queryInt(QStringLiteral("SELECT EXISTS (SELECT 1 FROM entities)")));
        m_startedEmpty = *any == 0;
    }
    const QString hash = contentHash(document);
    {
        GUANXI_TRY(existing, m_db.prepare(QStringLiteral("SELECT id FROM documents WHERE content_hash = ?1")));
        existing->bind(1, hash);
        GUANXI_TRY(row, existing->step());
        if (*row) {
            IngestReport report;
            report.document = DocumentId(existing->columnInt64(0));
            report.alreadyPresent = true;
            return report;
        }
    }
    auto report = run(document, hash, progress);
    if (!report && !report.error().isCancelled())
        return tl::unexpected(report.error().withContext(document.info.name.isEmpty() ? QStringLiteral("document")
                                                                                     : document.info.name));
    return report;
}

Result<IngestReport> GraphIngester::run(const GraphDocument &document, const QString &hash,
                                        const ProgressSink &progress)
{
    IngestReport report;
    GUANXI_TRY(documentId, insertDocument(document, hash));
    report.document = DocumentId(*documentId);
    m_documentId = *documentId;
    GUANXI_TRY(maxRelation, m_db.queryInt(QStringLiteral("SELECT coalesce(max(id), 0) FROM relations")));
    m_firstNewRelation = *maxRelation + 1;
    m_relationsSeen.clear();
    m_evidence.clear();

    QHash<QString, qint64> idOfKey;
    idOfKey.reserve(document.entities.size());
    const qint64 total = document.entities.size() + document.relations.size();
    qint64 done = 0;
    for (const Entity &entity : document.entities) {
        if (progress)
            progress(done++, total, entity.name);
        if (isCancelled())
            return cancelled();
        if (idOfKey.contains(entity.key))
            return makeError(Error::Category::Validation,
                             QStringLiteral("two entities share the id \"%1\"").arg(entity.key));
        GUANXI_TRY(id, storeEntity(entity, report));
        idOfKey.insert(entity.key, *id);
    }
    for (const Relation &relation : document.relations) {
        if (progress)
            progress(done++, total, toString(relation.type));
        if (isCancelled())
            return cancelled();
        GUANXI_TRY_VOID(storeRelation(relation, idOfKey, document, report));
    }
    GUANXI_TRY_VOID(flushEvidence());
    if (isCancelled())
        return cancelled();
    if (progress)
        progress(total, total, document.info.name);
    return report;
}

bool GraphIngester::isCancelled() const { return m_cancel && m_cancel->isCancelled(); }

Result<qint64> GraphIngester::insertDocument(const GraphDocument &document, const QString &hash)
{
    const DocumentInfo &info = document.info;
    GUANXI_TRY(insert, m_db.prepare(QStringLiteral(
        "INSERT INTO documents(name, title, source_url, source, published, language, content_hash, text, ingested_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")));
    insert->bind(1, info.name).bind(2, info.title).bind(3, info.sourceUrl).bind(4, info.source)
        .bind(5, info.published.isValid() ? info.published.toString(Qt::ISODate) : QString())
        .bind(6, info.language).bind(7, hash).bind(8, info.text)
        .bind(9, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    GUANXI_TRY_VOID(insert->exec());
    return m_db.lastInsertRowId();
}

Result<QList<qint64>> GraphIngester::candidatesFor(EntityType type, const QString &key)
{
    const std::pair<int, QString> cacheKey(int(type), key);
    if (const auto it = m_candidates.constFind(cacheKey); it != m_candidates.cend())
        return it.value();
    if (*m_startedEmpty) {
        m_candidates.insert(cacheKey, {});
        return QList<qint64>();
    }
    // A join, not "id IN (SELECT ...)": the IN list made SQLite build and
    // free a temporary index for every look-up (a quarter of ingest time).
    GUANXI_TRY(query, held(Held::Candidates, QStringLiteral(
        "SELECT e.id, e.name FROM aliases a JOIN entities e ON e.id = a.entity_id "
        "WHERE a.key = ?2 AND e.type = ?1")));
    (*query)->bind(1, toString(type)).bind(2, key);
    QList<qint64> ids;
    for (;;) {
        GUANXI_TRY(row, (*query)->step());
        if (!*row)
            break;
        if (type == EntityType::Lawsuit && nameKey((*query)->columnText(1)) != key)
            continue;
        const qint64 id = (*query)->columnInt64(0);
        if (!ids.contains(id))
            ids.append(id);
    }
    m_candidates.insert(cacheKey, ids);
    return ids;
}

// The stored entity this incoming one is the same as, or 0.
Result<qint64> GraphIngester::findMatch(const Entity &entity)
{
    QStringList keys;
    if (entity.type == EntityType::Lawsuit) {
        keys.append(nameKey(entity.name));  // lawsuits merge on their own name only
    } else {
        for (const QString &name : entity.allNames())
            keys.append(nameKey(name));
    }
    keys.removeAll(QString());
    keys.removeDuplicates();
    // Candidates first; most keys name one entity or none, and only a tie
    // needs the relation counts (a correlated count per row costs more than
    // the look-up itself).
    QList<qint64> candidates;
    for (const QString &key : std::as_const(keys)) {
        GUANXI_TRY(ids, candidatesFor(entity.type, key));
        for (const qint64 id : std::as_const(*ids)) {
            if (!candidates.contains(id))
                candidates.append(id);
        }
    }
    if (candidates.size() <= 1)
        return candidates.isEmpty() ? 0 : candidates.first();
    GUANXI_TRY(count, m_db.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM relations WHERE source_id = ?1) + "
        "(SELECT count(*) FROM relations WHERE target_id = ?1 AND source_id <> ?1)")));
    qint64 best = 0;
    qint64 bestCount = -1;
    for (const qint64 id : std::as_const(candidates)) {
        count->reset();
        count->bind(1, id);
        GUANXI_TRY(row, count->step());
        const qint64 n = *row ? count->columnInt64(0) : 0;
        if (n > bestCount || (n == bestCount && id < best)) {
            best = id;
            bestCount = n;
        }
    }
    return best;
}

Result<qint64> GraphIngester::storeEntity(const Entity &entity, IngestReport &report)
{
    if (entity.name.trimmed().isEmpty())
        return makeError(Error::Category::Validation,
                         QStringLiteral("entity \"%1\" has no name").arg(entity.key));
    GUANXI_TRY(match, findMatch(entity));
    qint64 id = *match;
    const QString time = entity.time.isValid() ? entity.time.toString() : QString();
    if (id == 0) {
        GUANXI_TRY(insert, held(Held::InsertEntity, QStringLiteral(
            "INSERT INTO entities(type, kind, name, court, status, time, confidence) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")));
        (*insert)->bind(1, toString(entity.type)).bind(2, toString(entity.kind)).bind(3, entity.name)
            .bind(4, entity.court).bind(5, toString(entity.status)).bind(6, time).bind(7, entity.confidence);
        GUANXI_TRY_VOID((*insert)->exec());
        id = m_db.lastInsertRowId();
        m_newEntities.insert(id);
        ++report.entitiesAdded;
    } else {
        // Fill what the stored entity lacks; never overwrite what it knows.
        GUANXI_TRY(update, held(Held::UpdateEntity, QStringLiteral(
            "UPDATE entities SET "
            "kind = CASE WHEN kind = '' THEN ?2 ELSE kind END, "
            "court = CASE WHEN court = '' THEN ?3 ELSE court END, "
            "status = CASE WHEN ?4 <> '' THEN ?4 ELSE status END, "
            "time = CASE WHEN time = '' THEN ?5 ELSE time END, "
            "confidence = max(confidence, ?6) WHERE id = ?1")));
        (*update)->bind(1, id).bind(2, toString(entity.kind)).bind(3, entity.court)
            .bind(4, toString(entity.status)).bind(5, time).bind(6, entity.confidence);
        GUANXI_TRY_VOID((*update)->exec());
        ++report.entitiesMerged;
    }
    GUANXI_TRY(alias, held(Held::InsertAlias, QStringLiteral(
        "INSERT OR IGNORE INTO aliases(entity_id, alias, key) VALUES (?1, ?2, ?3)")));
    // A lawsuit is a candidate only under its own name's key (candidatesFor);
    // a merged one matched on exactly that key, so its stored name has it too.
    const QString lawsuitKey = entity.type == EntityType::Lawsuit ? nameKey(entity.name) : QString();
    for (const QString &name : entity.allNames()) {
        if (name.trimmed().isEmpty())
            continue;
        const QString key = nameKey(name);
        (*alias)->reset();
        (*alias)->bind(1, id).bind(2, name).bind(3, key);
        GUANXI_TRY_VOID((*alias)->exec());
        // Keep the look-up cache what the query would now return.
        if (entity.type == EntityType::Lawsuit && key != lawsuitKey)
            continue;
        if (const auto it = m_candidates.find(std::pair<int, QString>(int(entity.type), key));
            it != m_candidates.end() && !it->contains(id))
            it->append(id);
    }
    addEvidence(false, id, entity.evidence);
    return id;
}

Result<qint64> GraphIngester::findRelation(const RelationKey &key)
{
    if (const auto it = m_relationIds.constFind(key); it != m_relationIds.cend())
        return it.value();
    // An entity created in this transaction has no relation but those stored
    // in it, and every one of those is in m_relationIds.
    if (m_newEntities.contains(key.source) || m_newEntities.contains(key.target))
        return 0;
    GUANXI_TRY(find, held(Held::FindRelation, QStringLiteral(
        "SELECT id FROM relations WHERE type = ?1 AND source_id = ?2 AND target_id = ?3 AND time = ?4")));
    (*find)->bind(1, toString(key.type)).bind(2, key.source).bind(3, key.target).bind(4, key.time);
    GUANXI_TRY(row, (*find)->step());
    const qint64 id = *row ? (*find)->columnInt64(0) : 0;
    (*find)->reset();  // not left open on its row while the statement is kept
    return id;
}

Result<void> GraphIngester::storeRelation(const Relation &relation, const QHash<QString, qint64> &idOfKey,
                           const GraphDocument &document, IngestReport &report)
{
    const auto end = [&](const QString &key) -> Result<qint64> {
        const qint64 id = idOfKey.value(key);
        if (id == 0)
            return makeError(Error::Category::Validation,
                             QStringLiteral("a %1 relation refers to an unknown entity \"%2\"")
                                 .arg(toString(relation.type), key));
        return id;
    };
    GUANXI_TRY(source, end(relation.source));
    GUANXI_TRY(target, end(relation.target));
    const Entity *sourceEntity = document.entity(relation.source);
    const Entity *targetEntity = document.entity(relation.target);
    if (!isAllowed(relation.type, sourceEntity->type, targetEntity->type))
        return makeError(Error::Category::Validation,
                         QStringLiteral("a %1 relation cannot go from a %2 to a %3 (\"%4\" -> \"%5\")")
                             .arg(toString(relation.type), toString(sourceEntity->type),
                                  toString(targetEntity->type), relation.source, relation.target));
    qint64 sourceId = *source;
    qint64 targetId = *target;
    if (sourceId == targetId)
        return {}; // two names of one entity merged: a relation with itself says nothing
    if (isSymmetric(relation.type) && sourceId > targetId)
        std::swap(sourceId, targetId); // one stored order, so both directions merge

    const RelationKey key{relation.type, sourceId, targetId,
                          relation.time.isValid() ? relation.time.toString() : QString()};
    // Look up, then update or insert: an upsert (ON CONFLICT DO UPDATE) makes
    // SQLite open a statement journal per row, whose savepoint bookkeeping
    // grows with the file and was a third of ingest time at 10k entities.
    GUANXI_TRY(found, findRelation(key));
    qint64 id = *found;
    if (id != 0) {
        // Fill what the stored relation lacks; never overwrite what it knows.
        GUANXI_TRY(update, held(Held::UpdateRelation, QStringLiteral(
            "UPDATE relations SET "
            "role = CASE WHEN role = '' THEN ?2 ELSE role END, "
            "amount = CASE WHEN amount = '' THEN ?3 ELSE amount END, "
            "amount_value = coalesce(amount_value, ?4), "
            "currency = CASE WHEN currency = '' THEN ?5 ELSE currency END, "
            "duration = CASE WHEN duration = '' THEN ?6 ELSE duration END, "
            "confidence = max(confidence, ?7) WHERE id = ?1")));
        (*update)->bind(1, id).bind(2, relation.role).bind(3, relation.amount).bind(4, relation.amountValue)
            .bind(5, relation.currency).bind(6, relation.duration).bind(7, relation.confidence);
        GUANXI_TRY_VOID((*update)->exec());
    } else {
        GUANXI_TRY(insert, held(Held::InsertRelation, QStringLiteral(
            "INSERT INTO relations(type, source_id, target_id, time, role, amount, amount_value, currency, duration, confidence) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")));
        (*insert)->bind(1, toString(relation.type)).bind(2, sourceId).bind(3, targetId).bind(4, key.time)
            .bind(5, relation.role).bind(6, relation.amount).bind(7, relation.amountValue)
            .bind(8, relation.currency).bind(9, relation.duration).bind(10, relation.confidence);
        GUANXI_TRY_VOID((*insert)->exec());
        id = m_db.lastInsertRowId();
    }
    m_relationIds.insert(key, id);
    // Ids at or past m_firstNewRelation were created by this ingest.
    if (id < m_firstNewRelation || m_relationsSeen.contains(id))
        ++report.relationsMerged;
    else
        ++report.relationsAdded;
    m_relationsSeen.insert(id);
    addEvidence(true, id, relation.evidence);
    return {};
}

void GraphIngester::addEvidence(bool isRelation, qint64 owner, const QList<Evidence> &evidence)
{
    for (const Evidence &e : evidence) {
        if (!e.sentence.isEmpty())
            m_evidence.append(PendingEvidence{isRelation, owner, &e});
    }
}

// Writes the document's evidence in the order it was added (the row ids are
// those one INSERT per row would give).
Result<void> GraphIngester::flushEvidence()
{
    qsizetype next = 0;
    for (const int rows : s_evidenceChunks) {
        while (m_evidence.size() - next >= rows) {
            GUANXI_TRY(insert, m_db.prepare(evidenceInsert(rows)));
            int column = 1;
            for (int row = 0; row < rows; ++row) {
                const PendingEvidence &p = m_evidence.at(next++);
                const Evidence &e = *p.evidence;
                if (p.isRelation)
                    insert->bind(column, p.owner).bindNull(column + 1);
                else
                    insert->bindNull(column).bind(column + 1, p.owner);
                insert->bind(column + 2, m_documentId).bind(column + 3, e.sentence)
                    .bind(column + 4, qint64(e.hasSpan() ? e.start : -1))
                    .bind(column + 5, qint64(e.hasSpan() ? e.end : -1));
                column += 6;
            }
            GUANXI_TRY_VOID(insert->exec());
        }
    }
    m_evidence.clear();
    return {};
}

} // namespace Guanxi::Internal
