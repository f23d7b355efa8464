#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "model/graphdocument.h"
#include "store/graphstore.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace Guanxi::Internal {

class SqliteDatabase;

// Writes one GraphDocument into the store inside the caller's open
// transaction: the document row, entities merged by name key, relations merged
// on (type, source, target, time), and all evidence. Any error (or a cancel)
// leaves the caller to roll back. One instance per document.
class GraphIngester
{
public:
    GraphIngester(SqliteDatabase &db, const CancelToken *cancel, const ProgressSink &progress);

    // SHA-256 (hex) of the text, or of the canonical JSON when there is no text.
    static QString contentHash(const GraphDocument &document);

    Result<IngestReport> run(const GraphDocument &document, const QString &hash);

    // Stores `document` inside the caller's open transaction unless its content
    // hash is already stored (then report.alreadyPresent and nothing is
    // written). Errors carry the document's name; the caller rolls back.
    static Result<IngestReport> ingestInTransaction(SqliteDatabase &db, const GraphDocument &document,
                                                    const CancelToken *cancel, const ProgressSink &progress);

private:
    bool isCancelled() const;
    Result<qint64> insertDocument(const GraphDocument &document, const QString &hash);
    // The stored entity this incoming one is the same as, or 0.
    Result<qint64> findMatch(const Entity &entity);
    Result<qint64> storeEntity(const Entity &entity, IngestReport &report);
    Result<void> storeRelation(const Relation &relation, const QHash<QString, qint64> &idOfKey,
                               const GraphDocument &document, IngestReport &report);
    Result<void> storeEvidence(const char *column, qint64 id, const QList<Evidence> &evidence);

    SqliteDatabase &m_db;
    const CancelToken *m_cancel;
    const ProgressSink &m_progress;  // owned by the caller of run(), alive through it
    qint64 m_documentId = 0;
    QSet<qint64> m_relationsSeen;    // relations touched by this document
    qint64 m_firstNewRelation = 0;   // ids from here on were created by this document
};

} // namespace Guanxi::Internal
