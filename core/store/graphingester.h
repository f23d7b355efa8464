#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "model/graphdocument.h"
#include "store/graphstore.h"
#include "store/sqlite/sqlitestatement.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace Guanxi::Internal {

class SqliteDatabase;

// Writes GraphDocuments into the store inside the caller's open transaction:
// the document row, entities merged by name key, relations merged on (type,
// source, target, time), and all evidence. Any error (or a cancel) leaves the
// caller to roll back. One instance per transaction: it remembers what it
// looked up and wrote (name keys, relations), which stays true only while
// nothing else writes entities, aliases or relations in that transaction.
class GraphIngester
{
public:
    GraphIngester(SqliteDatabase &db, const CancelToken *cancel);
    ~GraphIngester();

    // SHA-256 (hex) of the text, or of the canonical JSON when there is no text.
    static QString contentHash(const GraphDocument &document);

    // Stores `document` unless its content hash is already stored (then
    // report.alreadyPresent and nothing is written). Errors carry the
    // document's name; the caller rolls back.
    Result<IngestReport> ingest(const GraphDocument &document, const ProgressSink &progress = {});

private:
    // A relation's identity in the store (symmetric types in stored order).
    struct RelationKey
    {
        RelationType type;
        qint64 source;
        qint64 target;
        QString time;
        friend bool operator==(const RelationKey &, const RelationKey &) = default;
        friend size_t qHash(const RelationKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, int(key.type), key.source, key.target, key.time);
        }
    };
    struct PendingEvidence
    {
        bool isRelation;
        qint64 owner;
        const Evidence *evidence;
    };

    // The statements run once per entity or relation, prepared on first use
    // and kept for the transaction: borrowing each from the connection's
    // cache and handing it back (reset, clear, re-hash its SQL) cost about a
    // twentieth of ingest time.
    enum class Held { Candidates, InsertEntity, UpdateEntity, InsertAlias, FindRelation, InsertRelation,
                      UpdateRelation, Count };
    Result<SqliteStatement *> held(Held which, const QString &sql);

    Result<IngestReport> run(const GraphDocument &document, const QString &hash, const ProgressSink &progress);
    bool isCancelled() const;
    Result<qint64> insertDocument(const GraphDocument &document, const QString &hash);
    // The stored entity this incoming one is the same as, or 0.
    Result<qint64> findMatch(const Entity &entity);
    // Stored entities of `type` with a name of this key (lawsuits: whose own name has it).
    Result<QList<qint64>> candidatesFor(EntityType type, const QString &key);
    Result<qint64> storeEntity(const Entity &entity, IngestReport &report);
    Result<qint64> findRelation(const RelationKey &key);
    Result<void> storeRelation(const Relation &relation, const QHash<QString, qint64> &idOfKey,
                               const GraphDocument &document, IngestReport &report);
    void addEvidence(bool isRelation, qint64 owner, const QList<Evidence> &evidence);
    Result<void> flushEvidence();

    SqliteDatabase &m_db;
    const CancelToken *m_cancel;
    std::array<std::optional<SqliteStatement>, size_t(Held::Count)> m_held;

    // Per transaction.
    QHash<std::pair<int, QString>, QList<qint64>> m_candidates;  // (type, name key) -> entity ids
    QHash<RelationKey, qint64> m_relationIds;  // relations found or stored in this transaction
    QSet<qint64> m_newEntities;                // entities created in this transaction
    // No entity was stored when this ingester began (a first load): every
    // stored entity is then one this ingester wrote, and m_candidates already
    // holds each of its name keys, so a miss there needs no query.
    std::optional<bool> m_startedEmpty;

    // Per document.
    qint64 m_documentId = 0;
    QSet<qint64> m_relationsSeen;    // relations touched by this document
    qint64 m_firstNewRelation = 0;   // ids from here on were created by this document
    QList<PendingEvidence> m_evidence;  // written together at the end of the document
};

} // namespace Guanxi::Internal
