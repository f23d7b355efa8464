#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "model/graphdocument.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Guanxi {

namespace Internal { class SqliteDatabase; }

// Filters shared by whole-graph and neighbourhood queries. Empty sets mean
// "all"; an invalid date leaves that side of the range open.
struct GraphFilter
{
    QSet<EntityType> entityTypes;
    QSet<RelationType> relationTypes;
    QDate from;               // relations whose time ends before this are dropped
    QDate to;                 // relations whose time starts after this are dropped
    double minConfidence = 0.0;
};

// One entry of a person's departure history: a career relation, the entity at
// its other end, and (in relation.evidence) every sentence that supports it.
struct HistoryEntry
{
    Relation relation;
    Entity organization;
};

struct SearchHit
{
    Entity entity;
    QString matched;          // the alias that matched
    double score = 0.0;       // higher is better: 3 exact name, 2..2.5 prefix, 1..1.5 substring
};

struct GraphStats
{
    qint64 documents = 0;
    qint64 entities = 0;
    qint64 relations = 0;
    qint64 evidence = 0;
    QMap<EntityType, qint64> entitiesByType;
    QMap<RelationType, qint64> relationsByType;
};

struct IngestReport
{
    DocumentId document;
    bool alreadyPresent = false;  // same content hash: nothing changed
    int entitiesAdded = 0;
    int entitiesMerged = 0;
    int relationsAdded = 0;
    int relationsMerged = 0;
};

// The SQLite file that holds the graph: documents, entities and their aliases,
// relations and their evidence. One connection: use an instance from one
// thread at a time; open another instance for another thread.
class GraphStore
{
public:
    // ReadOnly on a file no one is writing (no -wal/-shm beside it) opens it
    // immutable: no files are created, so read-only folders and media work,
    // but later writes by others are not seen. Open ReadWrite to follow them.
    enum class OpenMode { ReadWrite, ReadOnly };

    // Opens or creates the database at `path` (":memory:" for a private one),
    // migrating an older schema. A newer schema, a file that is not a database,
    // or a corrupt one is an error and the file is left untouched. Files over
    // 16 MB are not read whole at open: damage there is an error from the query
    // that meets it.
    static Result<std::unique_ptr<GraphStore>> open(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    // GenericDataLocation/guanxi/guanxi.db (~/.local/share/guanxi/guanxi.db), shared by every program
    static QString defaultPath();
    static int latestSchemaVersion();
    // The files SQLite keeps beside the database at `path` (-wal, -shm,
    // -journal): what goes with it when it is removed, and what must not be
    // left for a new database of the same name.
    static QStringList sideFiles(const QString &path);

    ~GraphStore();
    GraphStore(const GraphStore &) = delete;
    GraphStore &operator=(const GraphStore &) = delete;

    QString path() const;
    int schemaVersion() const;

    // Stores one extracted document in one transaction: it lands whole or not at
    // all. Entities merge with stored ones of the same type sharing a name key
    // (common/namekey.h); relations merge on (type, source, target, time).
    // A document whose content hash is already stored changes nothing
    // (report.alreadyPresent). `progress` counts entities then relations;
    // cancelling rolls everything back and returns Error::Category::Cancelled.
    Result<IngestReport> ingest(const GraphDocument &document, const CancelToken *cancel = nullptr,
                                const ProgressSink &progress = {});
    // Stores many documents, in order, in one transaction: all land or none
    // (the first error rolls back every one and names its document). Much
    // faster than ingest() per document: index pages are written once per
    // batch, not once per document. `progress(i, n, name)` is called before
    // document i is stored, and once more with i = n at the end.
    Result<QList<IngestReport>> ingestAll(const QList<GraphDocument> &documents, const CancelToken *cancel = nullptr,
                                          const ProgressSink &progress = {});
    // ingestAll() over `count` documents taken from `documentAt(i)` only when
    // document i is stored, so the caller can still be producing later ones
    // (guanxi-cli extracts while it stores). An error from `documentAt` rolls
    // the batch back and is returned as it is. `progress` as for ingestAll.
    using DocumentSource = std::function<Result<GraphDocument>(qsizetype index)>;
    Result<QList<IngestReport>> ingestEach(qsizetype count, const DocumentSource &documentAt,
                                           const CancelToken *cancel = nullptr, const ProgressSink &progress = {});

    Result<Entity> entity(EntityId id) const;
    // The best entity any of whose names has this name key; nullopt when none.
    Result<std::optional<Entity>> findEntity(const QString &name) const;
    // Entities whose names contain `text` (Chinese or English, substring or
    // prefix), best first. `text` is always treated as text, never as syntax.
    Result<QList<SearchHit>> search(const QString &text, int limit = 20) const;

    // The whole graph, filtered. Entity keys are "e<id>".
    Result<GraphDocument> graph(const GraphFilter &filter = {}) const;
    // The entities within `depth` hops of `center` and the relations among them.
    Result<GraphDocument> neighbourhood(EntityId center, int depth, const GraphFilter &filter = {}) const;
    // The entities one hop from any of `ids`, `ids` themselves left out, by
    // id. Reads only the relations of `ids`: the cost grows with the answer,
    // not with the graph (expanding a node in a large database).
    Result<QList<EntityId>> neighbours(const QList<EntityId> &ids) const;
    // The entities `ids` (missing ones skipped) and the relations among them,
    // with evidence; entities and relations in id order, as graph() gives them.
    Result<GraphDocument> subgraph(const QList<EntityId> &ids) const;
    // The entity with the most relations (ties: the lowest id), nullopt when
    // there is no relation: where a view of a large graph starts.
    Result<std::optional<EntityId>> mostConnectedEntity() const;
    // founded / joined / works_at / left / on_leave of a person, in time order,
    // each undated entry beside the dated one its evidence follows in the
    // article (orderHistory), each with all its evidence.
    Result<QList<HistoryEntry>> history(EntityId person) const;

    Result<GraphStats> stats() const;
    // Every document without its text, most recently ingested first.
    Result<QList<DocumentInfo>> documents() const;
    // One document with its text.
    Result<DocumentInfo> document(DocumentId id) const;

    // A number that changes whenever another connection (a guanxi-cli ingest,
    // another window) commits to this database; this connection's own writes
    // leave it alone. Keep the last value and compare to know when to reload:
    // cheap enough to poll from a timer (PRAGMA data_version reads no page).
    // A store opened immutable (see OpenMode) never sees a change.
    Result<qint64> dataVersion() const;

private:
    friend class Curation;  // user edits write through this connection, in their own transactions
    explicit GraphStore(std::unique_ptr<Internal::SqliteDatabase> db);
    std::unique_ptr<Internal::SqliteDatabase> m_db;
};

} // namespace Guanxi
