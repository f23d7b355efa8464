#include "graphstore.h"

#include "common/namekey.h"
#include "model/graphjson.h"
#include "schemamigrations.h"
#include "searchsyntax.h"
#include "sqlite/sqlitedatabase.h"
#include "sqlite/sqlitestatement.h"
#include "sqlite/sqlitetransaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

#include <algorithm>

namespace Guanxi {

using Internal::SchemaMigrations;
using Internal::SearchSyntax;
using Internal::SqliteDatabase;
using Internal::SqliteStatement;
using Internal::SqliteTransaction;

namespace {

#define GUANXI_TRY(var, expr)                                                                      \
    auto var = (expr);                                                                             \
    if (!var)                                                                                      \
        return tl::unexpected(var.error());

#define GUANXI_TRY_VOID(expr)                                                                      \
    do {                                                                                           \
        auto guanxiResult_ = (expr);                                                               \
        if (!guanxiResult_)                                                                        \
            return tl::unexpected(guanxiResult_.error());                                          \
    } while (false)

const QString kEntityColumns = QStringLiteral("id, type, kind, name, court, status, time, confidence");
const QString kRelationColumns = QStringLiteral(
    "id, type, source_id, target_id, time, role, amount, amount_value, currency, duration, confidence");

QString entityKey(qint64 id) { return QLatin1Char('e') + QString::number(id); }

tl::unexpected<Error> cancelled()
{
    return makeError(Error::Category::Cancelled, QStringLiteral("ingest cancelled; nothing was stored"));
}

Entity entityFromRow(const SqliteStatement &row)
{
    Entity e;
    e.id = EntityId(row.columnInt64(0));
    e.key = entityKey(e.id.value());
    e.type = entityTypeFromString(row.columnText(1)).value_or(EntityType::Organization);
    e.kind = orgKindFromString(row.columnText(2)).value_or(OrgKind::None);
    e.name = row.columnText(3);
    e.court = row.columnText(4);
    e.status = lawsuitStatusFromString(row.columnText(5)).value_or(LawsuitStatus::None);
    e.time = TimePoint::parse(row.columnText(6)).value_or(TimePoint());
    e.confidence = row.columnDouble(7);
    return e;
}

Relation relationFromRow(const SqliteStatement &row)
{
    Relation r;
    r.id = RelationId(row.columnInt64(0));
    r.type = relationTypeFromString(row.columnText(1)).value_or(RelationType::WorksAt);
    r.sourceId = EntityId(row.columnInt64(2));
    r.targetId = EntityId(row.columnInt64(3));
    r.source = entityKey(r.sourceId.value());
    r.target = entityKey(r.targetId.value());
    r.time = TimePoint::parse(row.columnText(4)).value_or(TimePoint());
    r.role = row.columnText(5);
    r.amount = row.columnText(6);
    r.amountValue = row.columnOptionalDouble(7);
    r.currency = row.columnText(8);
    r.duration = row.columnText(9);
    r.confidence = row.columnDouble(10);
    return r;
}

Result<QList<Evidence>> loadEvidence(SqliteDatabase &db, const char *column, qint64 id)
{
    GUANXI_TRY(query, db.prepare(QStringLiteral(
        "SELECT ev.document_id, d.name, ev.sentence, ev.start, ev.\"end\" FROM evidence ev "
        "JOIN documents d ON d.id = ev.document_id WHERE ev.%1 = ?1 ORDER BY ev.id").arg(QLatin1String(column))));
    query->bind(1, id);
    QList<Evidence> out;
    for (;;) {
        GUANXI_TRY(row, query->step());
        if (!*row)
            break;
        Evidence e;
        e.documentId = DocumentId(query->columnInt64(0));
        e.document = query->columnText(1);
        e.sentence = query->columnText(2);
        e.start = query->columnInt64(3);
        e.end = query->columnInt64(4);
        out.append(e);
    }
    return out;
}

Result<std::optional<Entity>> loadEntity(SqliteDatabase &db, qint64 id)
{
    Entity entity;
    {
        GUANXI_TRY(query, db.prepare(QStringLiteral("SELECT %1 FROM entities WHERE id = ?1").arg(kEntityColumns)));
        query->bind(1, id);
        GUANXI_TRY(row, query->step());
        if (!*row)
            return std::optional<Entity>();
        entity = entityFromRow(*query);
    }
    GUANXI_TRY(aliases, db.prepare(QStringLiteral("SELECT alias FROM aliases WHERE entity_id = ?1 ORDER BY id")));
    aliases->bind(1, id);
    for (;;) {
        GUANXI_TRY(row, aliases->step());
        if (!*row)
            break;
        entity.addAlias(aliases->columnText(0));
    }
    GUANXI_TRY(evidence, loadEvidence(db, "entity_id", id));
    entity.evidence = std::move(*evidence);
    return std::optional<Entity>(std::move(entity));
}

Result<Entity> requireEntity(SqliteDatabase &db, qint64 id)
{
    GUANXI_TRY(entity, loadEntity(db, id));
    if (!*entity)
        return makeError(Error::Category::Validation, QStringLiteral("there is no entity e%1 in the database").arg(id));
    return std::move(**entity);
}

// Runs a relation query (selecting kRelationColumns) with one integer parameter.
Result<QList<Relation>> loadRelations(SqliteDatabase &db, const QString &sql, qint64 parameter, bool withEvidence)
{
    QList<Relation> out;
    {
        GUANXI_TRY(query, db.prepare(sql));
        if (parameter != 0)
            query->bind(1, parameter);
        for (;;) {
            GUANXI_TRY(row, query->step());
            if (!*row)
                break;
            out.append(relationFromRow(*query));
        }
    }
    if (withEvidence) {
        for (Relation &r : out) {
            GUANXI_TRY(evidence, loadEvidence(db, "relation_id", r.id.value()));
            r.evidence = std::move(*evidence);
        }
    }
    return out;
}

// The types of every entity, for filtering relations by the types of their ends.
Result<QHash<qint64, std::pair<EntityType, double>>> entityTypes(SqliteDatabase &db)
{
    QHash<qint64, std::pair<EntityType, double>> out;
    GUANXI_TRY(query, db.prepare(QStringLiteral("SELECT id, type, confidence FROM entities")));
    for (;;) {
        GUANXI_TRY(row, query->step());
        if (!*row)
            break;
        out.insert(query->columnInt64(0),
                   {entityTypeFromString(query->columnText(1)).value_or(EntityType::Organization),
                    query->columnDouble(2)});
    }
    return out;
}

bool entityPasses(const GraphFilter &filter, EntityType type, double confidence)
{
    return (filter.entityTypes.isEmpty() || filter.entityTypes.contains(type)) && confidence >= filter.minConfidence;
}

// Undated relations are kept; a dated one must overlap [from, to].
bool timePasses(const GraphFilter &filter, const TimePoint &time)
{
    if (!time.isValid())
        return true;
    if (filter.from.isValid() && time.last() < filter.from)
        return false;
    if (filter.to.isValid() && time.first() > filter.to)
        return false;
    return true;
}

bool relationPasses(const GraphFilter &filter, const Relation &r,
                    const QHash<qint64, std::pair<EntityType, double>> &types)
{
    if (!filter.relationTypes.isEmpty() && !filter.relationTypes.contains(r.type))
        return false;
    if (r.confidence < filter.minConfidence || !timePasses(filter, r.time))
        return false;
    const auto source = types.value(r.sourceId.value(), {EntityType::Person, -1.0});
    const auto target = types.value(r.targetId.value(), {EntityType::Person, -1.0});
    const auto typeOk = [&](EntityType t) { return filter.entityTypes.isEmpty() || filter.entityTypes.contains(t); };
    return typeOk(source.first) && typeOk(target.first);
}

QString hashOf(const GraphDocument &document)
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

// Writes one GraphDocument inside an open transaction.
class Ingester
{
public:
    Ingester(SqliteDatabase &db, const CancelToken *cancel, const ProgressSink &progress)
        : m_db(db), m_cancel(cancel), m_progress(progress)
    {}

    Result<IngestReport> run(const GraphDocument &document, const QString &hash)
    {
        IngestReport report;
        GUANXI_TRY(documentId, insertDocument(document, hash));
        report.document = DocumentId(*documentId);
        m_documentId = *documentId;
        GUANXI_TRY(maxRelation, m_db.queryInt(QStringLiteral("SELECT coalesce(max(id), 0) FROM relations")));
        m_firstNewRelation = *maxRelation + 1;

        QHash<QString, qint64> idOfKey;
        const qint64 total = document.entities.size() + document.relations.size();
        qint64 done = 0;
        for (const Entity &entity : document.entities) {
            if (m_progress)
                m_progress(done++, total, entity.name);
            if (isCancelled())
                return cancelled();
            GUANXI_TRY(id, storeEntity(entity, report));
            if (idOfKey.contains(entity.key))
                return makeError(Error::Category::Validation,
                                 QStringLiteral("two entities share the id \"%1\"").arg(entity.key));
            idOfKey.insert(entity.key, *id);
        }
        for (const Relation &relation : document.relations) {
            if (m_progress)
                m_progress(done++, total, toString(relation.type));
            if (isCancelled())
                return cancelled();
            GUANXI_TRY_VOID(storeRelation(relation, idOfKey, document, report));
        }
        if (isCancelled())
            return cancelled();
        if (m_progress)
            m_progress(total, total, document.info.name);
        return report;
    }

private:
    bool isCancelled() const { return m_cancel && m_cancel->isCancelled(); }

    Result<qint64> insertDocument(const GraphDocument &document, const QString &hash)
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

    // The stored entity this incoming one is the same as, or 0.
    Result<qint64> findMatch(const Entity &entity)
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
        GUANXI_TRY(query, m_db.prepare(QStringLiteral(
            "SELECT e.id, e.name, (SELECT count(*) FROM relations r WHERE r.source_id = e.id OR r.target_id = e.id) "
            "FROM entities e WHERE e.type = ?1 AND e.id IN (SELECT entity_id FROM aliases WHERE key = ?2)")));
        qint64 best = 0;
        qint64 bestCount = -1;
        for (const QString &key : std::as_const(keys)) {
            query->reset();
            query->bind(1, toString(entity.type)).bind(2, key);
            for (;;) {
                GUANXI_TRY(row, query->step());
                if (!*row)
                    break;
                if (entity.type == EntityType::Lawsuit && nameKey(query->columnText(1)) != key)
                    continue;
                const qint64 id = query->columnInt64(0);
                const qint64 count = query->columnInt64(2);
                if (count > bestCount || (count == bestCount && id < best)) {
                    best = id;
                    bestCount = count;
                }
            }
        }
        return best;
    }

    Result<qint64> storeEntity(const Entity &entity, IngestReport &report)
    {
        if (entity.name.trimmed().isEmpty())
            return makeError(Error::Category::Validation,
                             QStringLiteral("entity \"%1\" has no name").arg(entity.key));
        GUANXI_TRY(match, findMatch(entity));
        qint64 id = *match;
        const QString time = entity.time.isValid() ? entity.time.toString() : QString();
        if (id == 0) {
            GUANXI_TRY(insert, m_db.prepare(QStringLiteral(
                "INSERT INTO entities(type, kind, name, court, status, time, confidence) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")));
            insert->bind(1, toString(entity.type)).bind(2, toString(entity.kind)).bind(3, entity.name)
                .bind(4, entity.court).bind(5, toString(entity.status)).bind(6, time).bind(7, entity.confidence);
            GUANXI_TRY_VOID(insert->exec());
            id = m_db.lastInsertRowId();
            ++report.entitiesAdded;
        } else {
            // Fill what the stored entity lacks; never overwrite what it knows.
            GUANXI_TRY(update, m_db.prepare(QStringLiteral(
                "UPDATE entities SET "
                "kind = CASE WHEN kind = '' THEN ?2 ELSE kind END, "
                "court = CASE WHEN court = '' THEN ?3 ELSE court END, "
                "status = CASE WHEN ?4 <> '' THEN ?4 ELSE status END, "
                "time = CASE WHEN time = '' THEN ?5 ELSE time END, "
                "confidence = max(confidence, ?6) WHERE id = ?1")));
            update->bind(1, id).bind(2, toString(entity.kind)).bind(3, entity.court)
                .bind(4, toString(entity.status)).bind(5, time).bind(6, entity.confidence);
            GUANXI_TRY_VOID(update->exec());
            ++report.entitiesMerged;
        }
        GUANXI_TRY(alias, m_db.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO aliases(entity_id, alias, key) VALUES (?1, ?2, ?3)")));
        for (const QString &name : entity.allNames()) {
            if (name.trimmed().isEmpty())
                continue;
            alias->reset();
            alias->bind(1, id).bind(2, name).bind(3, nameKey(name));
            GUANXI_TRY_VOID(alias->exec());
        }
        GUANXI_TRY_VOID(storeEvidence("entity_id", id, entity.evidence));
        return id;
    }

    Result<void> storeRelation(const Relation &relation, const QHash<QString, qint64> &idOfKey,
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

        const QString time = relation.time.isValid() ? relation.time.toString() : QString();
        GUANXI_TRY(insert, m_db.prepare(QStringLiteral(
            "INSERT INTO relations(type, source_id, target_id, time, role, amount, amount_value, currency, duration, confidence) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
            "ON CONFLICT(type, source_id, target_id, time) DO UPDATE SET "
            "role = CASE WHEN role = '' THEN excluded.role ELSE role END, "
            "amount = CASE WHEN amount = '' THEN excluded.amount ELSE amount END, "
            "amount_value = coalesce(amount_value, excluded.amount_value), "
            "currency = CASE WHEN currency = '' THEN excluded.currency ELSE currency END, "
            "duration = CASE WHEN duration = '' THEN excluded.duration ELSE duration END, "
            "confidence = max(confidence, excluded.confidence) "
            "RETURNING id")));
        insert->bind(1, toString(relation.type)).bind(2, sourceId).bind(3, targetId).bind(4, time)
            .bind(5, relation.role).bind(6, relation.amount).bind(7, relation.amountValue)
            .bind(8, relation.currency).bind(9, relation.duration).bind(10, relation.confidence);
        qint64 id = 0;
        {
            GUANXI_TRY(row, insert->step());
            if (!*row)
                return makeError(Error::Category::Internal, QStringLiteral("storing a relation returned no row"));
            id = insert->columnInt64(0);
            GUANXI_TRY_VOID(insert->exec());
        }
        // Ids at or past m_firstNewRelation were created by this ingest.
        if (id < m_firstNewRelation || m_relationsSeen.contains(id))
            ++report.relationsMerged;
        else
            ++report.relationsAdded;
        m_relationsSeen.insert(id);
        return storeEvidence("relation_id", id, relation.evidence);
    }

    Result<void> storeEvidence(const char *column, qint64 id, const QList<Evidence> &evidence)
    {
        GUANXI_TRY(insert, m_db.prepare(QStringLiteral(
            "INSERT INTO evidence(%1, document_id, sentence, start, \"end\") VALUES (?1, ?2, ?3, ?4, ?5)")
            .arg(QLatin1String(column))));
        for (const Evidence &e : evidence) {
            if (e.sentence.isEmpty())
                continue;
            insert->reset();
            insert->bind(1, id).bind(2, m_documentId).bind(3, e.sentence)
                .bind(4, qint64(e.hasSpan() ? e.start : -1)).bind(5, qint64(e.hasSpan() ? e.end : -1));
            GUANXI_TRY_VOID(insert->exec());
        }
        return {};
    }

    SqliteDatabase &m_db;
    const CancelToken *m_cancel;
    const ProgressSink &m_progress;
    qint64 m_documentId = 0;
    QSet<qint64> m_relationsSeen;
    qint64 m_firstNewRelation = 0;
};

Error refuse(const QString &path, const QString &why, const QString &detail = {}, int code = 0)
{
    return Error(Error::Category::Storage, QStringLiteral("%1: %2").arg(path, why), detail, code);
}

bool hasWalFiles(const QString &path)
{
    return QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-shm"));
}

// Immutable when no writer can be at work (no -wal/-shm next to the file):
// then reading creates no files and needs no write access to the folder.
SqliteDatabase::Mode readOnlyModeFor(const QString &path)
{
    return hasWalFiles(path) ? SqliteDatabase::Mode::ReadOnly : SqliteDatabase::Mode::ReadOnlyImmutable;
}

Error unreadable(const QString &path, const Error &error)
{
    const int primary = error.code() & 0xff;
    if (primary == 26 /* SQLITE_NOTADB */)
        return refuse(path, QStringLiteral("is not a Guanxi database (not an SQLite file)"), error.detail(), error.code());
    if (primary == 11 /* SQLITE_CORRUPT */)
        return refuse(path, QStringLiteral("is damaged; restore it from a backup"), error.detail(), error.code());
    return refuse(path, QStringLiteral("cannot be read"), error.detail(), error.code());
}

// Looks at an existing file without writing to it: is it SQLite, intact, and
// a schema this program knows? Opened read-only so a refused file is untouched.
Result<qint64> inspect(const QString &path)
{
    auto db = SqliteDatabase::open(path, readOnlyModeFor(path));
    if (!db)
        return tl::unexpected(unreadable(path, db.error()));
    auto tables = (*db)->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables)
        return tl::unexpected(unreadable(path, tables.error()));
    {
        GUANXI_TRY(check, (*db)->prepare(QStringLiteral("PRAGMA quick_check(1)")));
        auto row = check->step();
        if (!row)
            return tl::unexpected(unreadable(path, row.error()));
        if (!*row || check->columnText(0) != QLatin1String("ok"))
            return tl::unexpected(refuse(path, QStringLiteral("is damaged; restore it from a backup"),
                                         *row ? check->columnText(0) : QString()));
    }
    GUANXI_TRY(version, (*db)->queryInt(QStringLiteral("PRAGMA user_version")));
    if (*version > SchemaMigrations::latestVersion())
        return tl::unexpected(refuse(path, QStringLiteral("was written by a newer Guanxi (schema version %1; this "
                                                          "program knows up to %2); upgrade Guanxi to open it")
                                               .arg(*version).arg(SchemaMigrations::latestVersion())));
    if (*version == 0 && *tables > 0)
        return tl::unexpected(refuse(path, QStringLiteral("is an SQLite database but not a Guanxi one")));
    return *version;
}

} // namespace

GraphStore::GraphStore(std::unique_ptr<Internal::SqliteDatabase> db) : m_db(std::move(db)) {}

GraphStore::~GraphStore() = default;

QString GraphStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/guanxi.db");
}

int GraphStore::latestSchemaVersion()
{
    return SchemaMigrations::latestVersion();
}

Result<std::unique_ptr<GraphStore>> GraphStore::open(const QString &path, OpenMode mode)
{
    if (path.isEmpty())
        return makeError(Error::Category::Storage, QStringLiteral("no database path given"));
    const bool inMemory = path == QLatin1String(":memory:");
    const bool readOnly = mode == OpenMode::ReadOnly;
    if (!inMemory) {
        const QFileInfo info(path);
        if (info.exists()) {
            if (info.isDir())
                return tl::unexpected(refuse(path, QStringLiteral("is a directory, not a database file")));
            if (!readOnly && !info.isWritable())
                return tl::unexpected(refuse(path, QStringLiteral("is not writable; open it read-only")));
            GUANXI_TRY(version, inspect(path));
            if (readOnly && *version < SchemaMigrations::latestVersion())
                return tl::unexpected(refuse(path, QStringLiteral("has an older schema (version %1); open it once "
                                                                  "read-write to upgrade it").arg(*version)));
        } else if (readOnly) {
            return tl::unexpected(refuse(path, QStringLiteral("does not exist")));
        } else if (!QDir().mkpath(info.absolutePath())) {
            return tl::unexpected(refuse(path, QStringLiteral("cannot create the folder %1").arg(info.absolutePath())));
        }
    }

    GUANXI_TRY(db, SqliteDatabase::open(path, readOnly ? (inMemory ? SqliteDatabase::Mode::ReadOnly
                                                                    : readOnlyModeFor(path))
                                                        : SqliteDatabase::Mode::ReadWriteCreate));
    SqliteDatabase &d = **db;
    GUANXI_TRY_VOID(d.exec(QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;")));
    if (!readOnly) {
        if (!inMemory)
            GUANXI_TRY_VOID(d.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        GUANXI_TRY_VOID(d.exec(QStringLiteral("PRAGMA synchronous = NORMAL")));
        GUANXI_TRY_VOID(SchemaMigrations::migrate(d));
    }
    return std::unique_ptr<GraphStore>(new GraphStore(std::move(*db)));
}

QString GraphStore::path() const
{
    return m_db->path();
}

int GraphStore::schemaVersion() const
{
    auto version = m_db->queryInt(QStringLiteral("PRAGMA user_version"));
    return version ? int(*version) : 0;
}

Result<IngestReport> GraphStore::ingest(const GraphDocument &document, const CancelToken *cancel,
                                        const ProgressSink &progress)
{
    if (m_db->isReadOnly())
        return makeError(Error::Category::Storage,
                         QStringLiteral("%1 is open read-only; nothing can be added").arg(m_db->path()));
    if (cancel && cancel->isCancelled())
        return cancelled();
    const QString hash = hashOf(document);

    SqliteTransaction transaction(*m_db);
    GUANXI_TRY_VOID(transaction.begin());
    {
        GUANXI_TRY(existing, m_db->prepare(QStringLiteral("SELECT id FROM documents WHERE content_hash = ?1")));
        existing->bind(1, hash);
        GUANXI_TRY(row, existing->step());
        if (*row) {
            IngestReport report;
            report.document = DocumentId(existing->columnInt64(0));
            report.alreadyPresent = true;
            return report; // the transaction rolls back: nothing was written
        }
    }
    Ingester ingester(*m_db, cancel, progress);
    auto report = ingester.run(document, hash);
    if (!report) {
        const Error &e = report.error();
        if (e.isCancelled())
            return report;
        return tl::unexpected(e.withContext(document.info.name.isEmpty() ? QStringLiteral("document")
                                                                        : document.info.name));
    }
    GUANXI_TRY_VOID(transaction.commit());
    return report;
}

Result<Entity> GraphStore::entity(EntityId id) const
{
    return requireEntity(*m_db, id.value());
}

Result<std::optional<Entity>> GraphStore::findEntity(const QString &name) const
{
    const QString key = nameKey(name);
    if (key.isEmpty())
        return std::optional<Entity>();
    qint64 id = 0;
    {
        GUANXI_TRY(query, m_db->prepare(QStringLiteral(
            "SELECT e.id FROM entities e WHERE e.id IN (SELECT entity_id FROM aliases WHERE key = ?1) "
            "ORDER BY (SELECT count(*) FROM relations r WHERE r.source_id = e.id OR r.target_id = e.id) DESC, e.id")));
        query->bind(1, key);
        GUANXI_TRY(row, query->step());
        if (!*row)
            return std::optional<Entity>();
        id = query->columnInt64(0);
    }
    return loadEntity(*m_db, id);
}

Result<QList<SearchHit>> GraphStore::search(const QString &text, int limit) const
{
    const QString query = text.trimmed();
    const QString key = nameKey(query);
    if (query.isEmpty() || key.isEmpty() || limit <= 0)
        return QList<SearchHit>();

    struct Candidate
    {
        double score = 0;
        QString matched;
        qint64 order = 0;  // first found first, within a score
    };
    QHash<qint64, Candidate> candidates;
    qint64 found = 0;
    const auto offer = [&](qint64 id, const QString &alias, double score) {
        auto it = candidates.find(id);
        if (it == candidates.end())
            candidates.insert(id, Candidate{score, alias, found++});
        else if (score > it->score)
            *it = Candidate{score, alias, it->order};
    };
    const auto collect = [&](const QString &sql, const auto &binder, auto scoreOf) -> Result<void> {
        GUANXI_TRY(statement, m_db->prepare(sql));
        binder(*statement);
        for (int position = 0;; ++position) {
            GUANXI_TRY(row, statement->step());
            if (!*row)
                break;
            offer(statement->columnInt64(0), statement->columnText(1), scoreOf(position));
        }
        return {};
    };

    // Tier 3: a name with exactly this key. Tier 2: a name whose key starts
    // with it. Tier 1: a substring, ranked by FTS5 (bm25) when it can be used.
    GUANXI_TRY_VOID(collect(QStringLiteral("SELECT entity_id, alias FROM aliases WHERE key = ?1 ORDER BY id"),
                            [&](SqliteStatement &s) { s.bind(1, key); }, [](int) { return 3.0; }));
    // U+10FFFF sorts after every character, so [key, key + U+10FFFF) is the prefix range.
    const QString upper = key + QString::fromUcs4(U"\U0010FFFF");
    GUANXI_TRY_VOID(collect(QStringLiteral("SELECT entity_id, alias FROM aliases WHERE key >= ?1 AND key < ?2 "
                                           "ORDER BY length(key), id LIMIT 500"),
                            [&](SqliteStatement &s) { s.bind(1, key).bind(2, upper); },
                            [](int position) { return 2.0 + 0.5 / (1 + position); }));
    if (SearchSyntax::isLongEnoughForTrigrams(query)) {
        GUANXI_TRY_VOID(collect(QStringLiteral("SELECT a.entity_id, a.alias FROM aliases_fts "
                                               "JOIN aliases a ON a.id = aliases_fts.rowid "
                                               "WHERE aliases_fts MATCH ?1 ORDER BY aliases_fts.rank LIMIT 500"),
                                [&](SqliteStatement &s) { s.bind(1, SearchSyntax::ftsPhrase(query)); },
                                [](int position) { return 1.0 + 0.5 / (1 + position); }));
    } else {
        GUANXI_TRY_VOID(collect(QStringLiteral("SELECT entity_id, alias FROM aliases WHERE alias LIKE ?1 ESCAPE '\\' "
                                               "ORDER BY length(alias), id LIMIT 500"),
                                [&](SqliteStatement &s) { s.bind(1, SearchSyntax::likeContains(query)); },
                                [](int position) { return 1.0 + 0.5 / (1 + position); }));
    }

    QList<std::pair<qint64, Candidate>> ordered;
    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it)
        ordered.append({it.key(), it.value()});
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        if (a.second.score != b.second.score)
            return a.second.score > b.second.score;
        return a.second.order < b.second.order;
    });
    QList<SearchHit> hits;
    for (const auto &[id, candidate] : std::as_const(ordered)) {
        if (hits.size() >= limit)
            break;
        GUANXI_TRY(entity, requireEntity(*m_db, id));
        hits.append(SearchHit{std::move(*entity), candidate.matched, candidate.score});
    }
    return hits;
}

Result<GraphDocument> GraphStore::graph(const GraphFilter &filter) const
{
    GUANXI_TRY(types, entityTypes(*m_db));
    GUANXI_TRY(relations, loadRelations(*m_db, QStringLiteral("SELECT %1 FROM relations ORDER BY id").arg(kRelationColumns),
                                        0, false));
    GraphDocument out;
    QSet<qint64> ids;
    for (auto it = types->cbegin(); it != types->cend(); ++it) {
        if (entityPasses(filter, it.value().first, it.value().second))
            ids.insert(it.key());
    }
    for (Relation &r : *relations) {
        if (!relationPasses(filter, r, *types))
            continue;
        GUANXI_TRY(evidence, loadEvidence(*m_db, "relation_id", r.id.value()));
        r.evidence = std::move(*evidence);
        ids.insert(r.sourceId.value());
        ids.insert(r.targetId.value());
        out.relations.append(std::move(r));
    }
    QList<qint64> sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end());
    for (qint64 id : std::as_const(sorted)) {
        GUANXI_TRY(entity, requireEntity(*m_db, id));
        out.entities.append(std::move(*entity));
    }
    return out;
}

Result<GraphDocument> GraphStore::neighbourhood(EntityId center, int depth, const GraphFilter &filter) const
{
    GUANXI_TRY(centerEntity, requireEntity(*m_db, center.value()));
    GUANXI_TRY(types, entityTypes(*m_db));
    const QString sql = QStringLiteral("SELECT %1 FROM relations WHERE source_id = ?1 UNION "
                                       "SELECT %1 FROM relations WHERE target_id = ?1 ORDER BY 1").arg(kRelationColumns);
    QHash<qint64, QList<Relation>> relationsOf;
    const auto relationsAround = [&](qint64 id) -> Result<QList<Relation>> {
        if (auto it = relationsOf.constFind(id); it != relationsOf.cend())
            return *it;
        GUANXI_TRY(all, loadRelations(*m_db, sql, id, false));
        QList<Relation> kept;
        for (Relation &r : *all) {
            if (relationPasses(filter, r, *types))
                kept.append(std::move(r));
        }
        relationsOf.insert(id, kept);
        return kept;
    };

    QSet<qint64> visited{center.value()};
    QList<qint64> frontier{center.value()};
    for (int hop = 0; hop < depth && !frontier.isEmpty(); ++hop) {
        QList<qint64> next;
        for (qint64 id : std::as_const(frontier)) {
            GUANXI_TRY(around, relationsAround(id));
            for (const Relation &r : std::as_const(*around)) {
                const qint64 other = r.sourceId.value() == id ? r.targetId.value() : r.sourceId.value();
                const auto type = types->value(other);
                if (visited.contains(other) || !entityPasses(filter, type.first, type.second))
                    continue;
                visited.insert(other);
                next.append(other);
            }
        }
        frontier = std::move(next);
    }

    GraphDocument out;
    QList<qint64> sorted(visited.cbegin(), visited.cend());
    std::sort(sorted.begin(), sorted.end());
    QSet<qint64> seenRelations;
    for (qint64 id : std::as_const(sorted)) {
        GUANXI_TRY(around, relationsAround(id));
        for (const Relation &r : std::as_const(*around)) {
            if (seenRelations.contains(r.id.value()) || !visited.contains(r.sourceId.value())
                || !visited.contains(r.targetId.value()))
                continue;
            seenRelations.insert(r.id.value());
            Relation copy = r;
            GUANXI_TRY(evidence, loadEvidence(*m_db, "relation_id", r.id.value()));
            copy.evidence = std::move(*evidence);
            out.relations.append(std::move(copy));
        }
        if (id == center.value()) {
            out.entities.append(*centerEntity);
        } else {
            GUANXI_TRY(entity, requireEntity(*m_db, id));
            out.entities.append(std::move(*entity));
        }
    }
    std::sort(out.relations.begin(), out.relations.end(),
              [](const Relation &a, const Relation &b) { return a.id < b.id; });
    return out;
}

Result<QList<HistoryEntry>> GraphStore::history(EntityId person) const
{
    GUANXI_TRY(who, requireEntity(*m_db, person.value()));
    Q_UNUSED(who);
    GUANXI_TRY(relations, loadRelations(*m_db, QStringLiteral(
        "SELECT %1 FROM relations WHERE source_id = ?1 AND type IN ('founded', 'joined', 'works_at', 'left', 'on_leave') "
        "ORDER BY id").arg(kRelationColumns), person.value(), true));
    QList<HistoryEntry> out;
    for (Relation &r : *relations) {
        if (!isCareerRelation(r.type))
            continue;
        GUANXI_TRY(organization, requireEntity(*m_db, r.targetId.value()));
        out.append(HistoryEntry{std::move(r), std::move(*organization)});
    }
    // Time order, undated last; stable so equal times keep the order they were stored in.
    std::stable_sort(out.begin(), out.end(), [](const HistoryEntry &a, const HistoryEntry &b) {
        const bool aDated = a.relation.time.isValid();
        const bool bDated = b.relation.time.isValid();
        if (aDated != bDated)
            return aDated;
        return aDated && a.relation.time < b.relation.time;
    });
    return out;
}

Result<GraphStats> GraphStore::stats() const
{
    GraphStats stats;
    GUANXI_TRY(documents, m_db->queryInt(QStringLiteral("SELECT count(*) FROM documents")));
    GUANXI_TRY(entities, m_db->queryInt(QStringLiteral("SELECT count(*) FROM entities")));
    GUANXI_TRY(relations, m_db->queryInt(QStringLiteral("SELECT count(*) FROM relations")));
    GUANXI_TRY(evidence, m_db->queryInt(QStringLiteral("SELECT count(*) FROM evidence")));
    stats.documents = *documents;
    stats.entities = *entities;
    stats.relations = *relations;
    stats.evidence = *evidence;
    {
        GUANXI_TRY(query, m_db->prepare(QStringLiteral("SELECT type, count(*) FROM entities GROUP BY type")));
        for (;;) {
            GUANXI_TRY(row, query->step());
            if (!*row)
                break;
            if (auto type = entityTypeFromString(query->columnText(0)))
                stats.entitiesByType.insert(*type, query->columnInt64(1));
        }
    }
    GUANXI_TRY(query, m_db->prepare(QStringLiteral("SELECT type, count(*) FROM relations GROUP BY type")));
    for (;;) {
        GUANXI_TRY(row, query->step());
        if (!*row)
            break;
        if (auto type = relationTypeFromString(query->columnText(0)))
            stats.relationsByType.insert(*type, query->columnInt64(1));
    }
    return stats;
}

namespace {

DocumentInfo documentFromRow(const SqliteStatement &row)
{
    DocumentInfo info;
    info.id = DocumentId(row.columnInt64(0));
    info.name = row.columnText(1);
    info.title = row.columnText(2);
    info.sourceUrl = row.columnText(3);
    info.source = row.columnText(4);
    info.published = QDate::fromString(row.columnText(5), Qt::ISODate);
    info.language = row.columnText(6);
    info.contentHash = row.columnText(7);
    return info;
}

const QString kDocumentColumns =
    QStringLiteral("id, name, title, source_url, source, published, language, content_hash");

} // namespace

Result<QList<DocumentInfo>> GraphStore::documents() const
{
    GUANXI_TRY(query, m_db->prepare(QStringLiteral("SELECT %1 FROM documents ORDER BY id DESC").arg(kDocumentColumns)));
    QList<DocumentInfo> out;
    for (;;) {
        GUANXI_TRY(row, query->step());
        if (!*row)
            break;
        out.append(documentFromRow(*query));
    }
    return out;
}

Result<DocumentInfo> GraphStore::document(DocumentId id) const
{
    GUANXI_TRY(query, m_db->prepare(QStringLiteral("SELECT %1, text FROM documents WHERE id = ?1").arg(kDocumentColumns)));
    query->bind(1, id.value());
    GUANXI_TRY(row, query->step());
    if (!*row)
        return makeError(Error::Category::Validation,
                         QStringLiteral("there is no document %1 in the database").arg(id.value()));
    DocumentInfo info = documentFromRow(*query);
    info.text = query->columnText(8);
    return info;
}

} // namespace Guanxi
