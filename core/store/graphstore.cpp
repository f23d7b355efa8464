#include "graphstore.h"

#include "historyorder.h"

#include "common/namekey.h"
#include "deferredftsindex.h"
#include "editreplay.h"
#include "graphingester.h"
#include "schemamigrations.h"
#include "searchsyntax.h"
#include "shortsubstringindex.h"
#include "sqlite/sqlitedatabase.h"
#include "sqlite/sqlitestatement.h"
#include "sqlite/sqlitetransaction.h"
#include "storereader.h"
#include "storetry.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

#include <algorithm>
#include <limits>

namespace Guanxi {

using namespace Internal;

namespace {

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

// SQLite writes its -wal and -shm beside the database: a read-write open
// needs the folder writable, unless both files are there for it to use.
bool canWriteBeside(const QFileInfo &database)
{
    if (QFileInfo(database.absolutePath()).isWritable())
        return true;
    const QFileInfo wal(database.absoluteFilePath() + QStringLiteral("-wal"));
    const QFileInfo shm(database.absoluteFilePath() + QStringLiteral("-shm"));
    return wal.isWritable() && shm.isWritable();
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

// PRAGMA quick_check reads every page: about 3 ms per MB, a third of a second
// for a 100,000-entity database, on every open. Above this size it is left out
// and damage shows as an error (SQLITE_CORRUPT, "is damaged") when a query
// reaches the bad page instead of at open.
constexpr qint64 s_quickCheckMaxBytes = 16 * 1024 * 1024;

// Looks at an existing file without writing to it: is it SQLite, intact (see
// s_quickCheckMaxBytes), and a schema this program knows? Opened read-only so
// a refused file is untouched.
Result<qint64> inspect(const QString &path)
{
    auto db = SqliteDatabase::open(path, readOnlyModeFor(path));
    if (!db)
        return tl::unexpected(unreadable(path, db.error()));
    auto tables = (*db)->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables)
        return tl::unexpected(unreadable(path, tables.error()));
    if (QFileInfo(path).size() <= s_quickCheckMaxBytes) {
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

QStringList GraphStore::sideFiles(const QString &path)
{
    return {path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal")};
}

QString GraphStore::defaultPath()
{
    // Not AppDataLocation: that depends on the names each program sets, and the
    // viewer and the CLI must find the same file.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/guanxi/guanxi.db");
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
            // Checked here, not left to SQLite: its "attempt to write a readonly
            // database" does not say that the folder is the cause.
            if (!readOnly && !canWriteBeside(info))
                return tl::unexpected(refuse(path, QStringLiteral("the folder %1 is not writable (SQLite keeps a -wal "
                                                                  "file beside the database); open it read-only, or "
                                                                  "move it to a folder you can write")
                                                       .arg(info.absolutePath())));
            GUANXI_TRY(version, inspect(path));
            if (readOnly && *version == 0)
                return tl::unexpected(refuse(path, QStringLiteral("is empty; nothing to read")));
            if (readOnly && *version < SchemaMigrations::latestVersion())
                return tl::unexpected(refuse(path, QStringLiteral("has an older schema (version %1); open it once "
                                                                  "read-write to upgrade it").arg(*version)));
        } else if (readOnly) {
            return tl::unexpected(refuse(path, QStringLiteral("does not exist")));
        } else if (!QDir().mkpath(info.absolutePath())) {
            return tl::unexpected(refuse(path, QStringLiteral("cannot create the folder %1; choose a database in a "
                                                              "folder you can write").arg(info.absolutePath())));
        } else if (!QFileInfo(info.absolutePath()).isWritable()) {
            return tl::unexpected(refuse(path, QStringLiteral("cannot be created: the folder %1 is not writable; "
                                                              "choose a folder you can write").arg(info.absolutePath())));
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
        // A batch ingest touches index pages all over the file; with SQLite's
        // 2 MB default they are spilled and read back many times per batch.
        GUANXI_TRY_VOID(d.exec(QStringLiteral("PRAGMA cache_size = -65536")));
        // Statement journals in memory: once one passed 64 KB SQLite moved them
        // to a file in /var/tmp for the rest of the transaction, and a batch
        // ingest wrote 125 MB there (60,000 writes for 1,568 articles).
        GUANXI_TRY_VOID(d.exec(QStringLiteral("PRAGMA temp_store = MEMORY")));
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

Result<qint64> GraphStore::dataVersion() const
{
    return m_db->queryInt(QStringLiteral("PRAGMA data_version"));
}

Result<IngestReport> GraphStore::ingest(const GraphDocument &document, const CancelToken *cancel,
                                        const ProgressSink &progress)
{
    if (m_db->isReadOnly())
        return makeError(Error::Category::Storage,
                         QStringLiteral("%1 is open read-only; nothing can be added").arg(m_db->path()));
    if (cancel && cancel->isCancelled())
        return makeError(Error::Category::Cancelled, QStringLiteral("ingest cancelled; nothing was stored"));
    SqliteTransaction transaction(*m_db);
    GUANXI_TRY_VOID(transaction.begin());
    GraphIngester ingester(*m_db, cancel);
    GUANXI_TRY(report, ingester.ingest(document, progress));
    if (!report->alreadyPresent) {
        // The user's corrections win over what the article says (curation.h).
        GUANXI_TRY_VOID(EditReplay::apply(*m_db));
        GUANXI_TRY_VOID(transaction.commit());
    }
    return report;
}

Result<QList<IngestReport>> GraphStore::ingestAll(const QList<GraphDocument> &documents, const CancelToken *cancel,
                                                  const ProgressSink &progress)
{
    // A copy of a GraphDocument shares its Qt containers: no deep copy.
    return ingestEach(documents.size(), [&](qsizetype i) -> Result<GraphDocument> { return documents.at(i); },
                      cancel, progress);
}

Result<QList<IngestReport>> GraphStore::ingestEach(qsizetype count, const DocumentSource &documentAt,
                                                   const CancelToken *cancel, const ProgressSink &progress)
{
    if (m_db->isReadOnly())
        return makeError(Error::Category::Storage,
                         QStringLiteral("%1 is open read-only; nothing can be added").arg(m_db->path()));
    SqliteTransaction transaction(*m_db);
    GUANXI_TRY_VOID(transaction.begin());
    GUANXI_TRY(fts, DeferredFtsIndex::suspend(*m_db));
    // One ingester for the batch: what it looked up for one document serves the next.
    GraphIngester ingester(*m_db, cancel);
    QList<IngestReport> reports;
    reports.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        if (cancel && cancel->isCancelled())
            return makeError(Error::Category::Cancelled, QStringLiteral("ingest cancelled; nothing was stored"));
        GUANXI_TRY(document, documentAt(i));
        if (progress)
            progress(i, count, document->info.name);
        GUANXI_TRY(report, ingester.ingest(*document));
        reports.append(*report);
    }
    GUANXI_TRY_VOID(fts->finish());
    // After the full-text index is whole again: replayed edits may delete aliases.
    GUANXI_TRY_VOID(EditReplay::apply(*m_db));
    GUANXI_TRY_VOID(transaction.commit());
    if (progress)
        progress(count, count, QString());
    return reports;
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

    // Best score first, then first found; the entities loaded for the top `limit`.
    const auto rankedHits = [&]() -> Result<QList<SearchHit>> {
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
    // Substrings rank below every exact and prefix hit, so when those already
    // fill the list the substring tier could not change it (a common surname).
    if (candidates.size() >= limit)
        return rankedHits();
    if (SearchSyntax::isLongEnoughForTrigrams(query)) {
        GUANXI_TRY_VOID(collect(QStringLiteral("SELECT a.entity_id, a.alias FROM aliases_fts "
                                               "JOIN aliases a ON a.id = aliases_fts.rowid "
                                               "WHERE aliases_fts MATCH ?1 ORDER BY aliases_fts.rank LIMIT 500"),
                                [&](SqliteStatement &s) { s.bind(1, SearchSyntax::ftsPhrase(query)); },
                                [](int position) { return 1.0 + 0.5 / (1 + position); }));
    } else if (const QString pairs = ShortSubstringIndex::matchExpression(key); !pairs.isEmpty()) {
        GUANXI_TRY_VOID(collect(QStringLiteral("SELECT a.entity_id, a.alias FROM alias_pairs "
                                               "JOIN aliases a ON a.id = alias_pairs.rowid WHERE alias_pairs MATCH ?1 "
                                               "ORDER BY length(a.alias), a.id LIMIT 500"),
                                [&](SqliteStatement &s) { s.bind(1, pairs); },
                                [](int position) { return 1.0 + 0.5 / (1 + position); }));
    } else {
        // A short text whose key is longer (NFKC expands a few ligatures): scan.
        GUANXI_TRY_VOID(collect(QStringLiteral("SELECT entity_id, alias FROM aliases WHERE alias LIKE ?1 ESCAPE '\\' "
                                               "ORDER BY length(alias), id LIMIT 500"),
                                [&](SqliteStatement &s) { s.bind(1, SearchSyntax::likeContains(query)); },
                                [](int position) { return 1.0 + 0.5 / (1 + position); }));
    }

    return rankedHits();
}

Result<GraphDocument> GraphStore::graph(const GraphFilter &filter) const
{
    GUANXI_TRY(types, entityTypes(*m_db));
    GUANXI_TRY(relations, loadRelations(*m_db, QStringLiteral("SELECT %1 FROM relations ORDER BY id").arg(relationColumns()),
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
    // Types of the entities met so far, read as the walk reaches them: reading
    // every entity's type made a depth-2 query cost O(graph) instead of O(answer).
    QHash<qint64, std::pair<EntityType, double>> types;
    const QString sql = QStringLiteral("SELECT %1 FROM relations WHERE source_id = ?1 UNION "
                                       "SELECT %1 FROM relations WHERE target_id = ?1 ORDER BY 1").arg(relationColumns());
    QHash<qint64, QList<Relation>> relationsOf;
    const auto relationsAround = [&](qint64 id) -> Result<QList<Relation>> {
        if (auto it = relationsOf.constFind(id); it != relationsOf.cend())
            return *it;
        GUANXI_TRY(all, loadRelations(*m_db, sql, id, false));
        QList<Relation> kept;
        for (Relation &r : *all) {
            GUANXI_TRY_VOID(addEntityTypes(*m_db, {r.sourceId.value(), r.targetId.value()}, types));
            if (relationPasses(filter, r, types))
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
                const auto type = types.value(other);
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

Result<QList<EntityId>> GraphStore::neighbours(const QList<EntityId> &ids) const
{
    const QSet<qint64> given = [&] {
        QSet<qint64> out;
        for (EntityId id : ids)
            out.insert(id.value());
        return out;
    }();
    GUANXI_TRY(query, m_db->prepare(QStringLiteral("SELECT target_id FROM relations WHERE source_id = ?1 UNION "
                                                   "SELECT source_id FROM relations WHERE target_id = ?1")));
    QSet<qint64> found;
    for (qint64 id : given) {
        query->reset();
        query->bind(1, id);
        for (;;) {
            GUANXI_TRY(row, query->step());
            if (!*row)
                break;
            if (const qint64 other = query->columnInt64(0); !given.contains(other))
                found.insert(other);
        }
    }
    QList<qint64> sorted(found.cbegin(), found.cend());
    std::sort(sorted.begin(), sorted.end());
    QList<EntityId> out;
    out.reserve(sorted.size());
    for (qint64 id : std::as_const(sorted))
        out.append(EntityId(id));
    return out;
}

Result<GraphDocument> GraphStore::subgraph(const QList<EntityId> &ids) const
{
    QSet<qint64> wanted;
    for (EntityId id : ids)
        wanted.insert(id.value());
    QList<qint64> sorted(wanted.cbegin(), wanted.cend());
    std::sort(sorted.begin(), sorted.end());
    const QString sql = QStringLiteral("SELECT %1 FROM relations WHERE source_id = ?1 UNION "
                                       "SELECT %1 FROM relations WHERE target_id = ?1 ORDER BY 1").arg(relationColumns());
    GraphDocument out;
    QSet<qint64> present;
    for (qint64 id : std::as_const(sorted)) {
        GUANXI_TRY(entity, loadEntity(*m_db, id));
        if (!*entity)
            continue;
        present.insert(id);
        out.entities.append(std::move(**entity));
    }
    QSet<qint64> seenRelations;
    for (qint64 id : std::as_const(sorted)) {
        if (!present.contains(id))
            continue;
        GUANXI_TRY(around, loadRelations(*m_db, sql, id, false));
        for (Relation &r : *around) {
            if (seenRelations.contains(r.id.value()) || !present.contains(r.sourceId.value())
                || !present.contains(r.targetId.value()))
                continue;
            seenRelations.insert(r.id.value());
            GUANXI_TRY(evidence, loadEvidence(*m_db, "relation_id", r.id.value()));
            r.evidence = std::move(*evidence);
            out.relations.append(std::move(r));
        }
    }
    std::sort(out.relations.begin(), out.relations.end(),
              [](const Relation &a, const Relation &b) { return a.id < b.id; });
    return out;
}

Result<std::optional<EntityId>> GraphStore::mostConnectedEntity() const
{
    // Once when a large database opens. Counted per end from the source and
    // target indexes, each read in id order, and merged here: a third of the
    // time of grouping the union of both columns (which sorts 300,000 ids at
    // 150,000 relations).
    GUANXI_TRY(sources, m_db->prepare(QStringLiteral(
        "SELECT source_id, count(*) FROM relations INDEXED BY relations_source GROUP BY source_id ORDER BY source_id")));
    GUANXI_TRY(targets, m_db->prepare(QStringLiteral(
        "SELECT target_id, count(*) FROM relations INDEXED BY relations_target GROUP BY target_id ORDER BY target_id")));
    GUANXI_TRY(hasSource, sources->step());
    GUANXI_TRY(hasTarget, targets->step());
    bool moreSources = *hasSource, moreTargets = *hasTarget;
    std::optional<EntityId> best;
    qint64 bestCount = 0;
    while (moreSources || moreTargets) {
        const qint64 sourceId = moreSources ? sources->columnInt64(0) : std::numeric_limits<qint64>::max();
        const qint64 targetId = moreTargets ? targets->columnInt64(0) : std::numeric_limits<qint64>::max();
        const qint64 id = std::min(sourceId, targetId);
        qint64 count = 0;
        if (sourceId == id) {
            count += sources->columnInt64(1);
            GUANXI_TRY(row, sources->step());
            moreSources = *row;
        }
        if (targetId == id) {
            count += targets->columnInt64(1);
            GUANXI_TRY(row, targets->step());
            moreTargets = *row;
        }
        if (count > bestCount) {  // ids rise: a tie keeps the lower one
            bestCount = count;
            best = EntityId(id);
        }
    }
    return best;
}

Result<QList<HistoryEntry>> GraphStore::history(EntityId person) const
{
    GUANXI_TRY(who, requireEntity(*m_db, person.value()));
    Q_UNUSED(who);
    GUANXI_TRY(relations, loadRelations(*m_db, QStringLiteral(
        "SELECT %1 FROM relations WHERE source_id = ?1 AND type IN ('founded', 'joined', 'works_at', 'left', 'on_leave') "
        "ORDER BY id").arg(relationColumns()), person.value(), true));
    QList<HistoryEntry> out;
    for (Relation &r : *relations) {
        if (!isCareerRelation(r.type))
            continue;
        GUANXI_TRY(organization, requireEntity(*m_db, r.targetId.value()));
        out.append(HistoryEntry{std::move(r), std::move(*organization)});
    }
    orderHistory(out);
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

Result<QList<DocumentInfo>> GraphStore::documents() const
{
    GUANXI_TRY(query, m_db->prepare(QStringLiteral("SELECT %1 FROM documents ORDER BY id DESC").arg(documentColumns())));
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
    GUANXI_TRY(query, m_db->prepare(QStringLiteral("SELECT %1, text FROM documents WHERE id = ?1").arg(documentColumns())));
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
