#include "schemamigrations.h"

#include "shortsubstringindex.h"
#include "sqlite/sqlitedatabase.h"
#include "sqlite/sqlitetransaction.h"

#include <QStringList>

namespace Guanxi::Internal {

namespace {

// Never edit a shipped migration: databases in the wild were built by it.
// Add a new one at the end instead.
const QStringList &migrations()
{
    static const QStringList list{
        // v1: the base tables.
        QStringLiteral(R"(
CREATE TABLE documents(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  source_url TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  published TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT '',
  content_hash TEXT NOT NULL UNIQUE,
  text TEXT NOT NULL DEFAULT '',
  ingested_at TEXT NOT NULL DEFAULT '');
CREATE TABLE entities(
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL,
  court TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT '',
  time TEXT NOT NULL DEFAULT '',
  confidence REAL NOT NULL DEFAULT 1.0);
CREATE TABLE aliases(
  id INTEGER PRIMARY KEY,
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  key TEXT NOT NULL,
  UNIQUE(entity_id, alias));
CREATE INDEX aliases_key ON aliases(key);
CREATE TABLE relations(
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  source_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  target_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  time TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL DEFAULT '',
  amount TEXT NOT NULL DEFAULT '',
  amount_value REAL,
  currency TEXT NOT NULL DEFAULT '',
  duration TEXT NOT NULL DEFAULT '',
  confidence REAL NOT NULL DEFAULT 1.0,
  UNIQUE(type, source_id, target_id, time));
CREATE INDEX relations_source ON relations(source_id);
CREATE INDEX relations_target ON relations(target_id);
CREATE TABLE evidence(
  id INTEGER PRIMARY KEY,
  relation_id INTEGER REFERENCES relations(id) ON DELETE CASCADE,
  entity_id INTEGER REFERENCES entities(id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence TEXT NOT NULL DEFAULT '',
  start INTEGER NOT NULL DEFAULT -1,
  "end" INTEGER NOT NULL DEFAULT -1,
  CHECK((relation_id IS NULL) <> (entity_id IS NULL)));
CREATE INDEX evidence_relation ON evidence(relation_id);
CREATE INDEX evidence_entity ON evidence(entity_id);
CREATE INDEX evidence_document ON evidence(document_id);
)"),
        // v2: trigram full-text indexes, so a Chinese or English substring of
        // any alias (or of an article) is found without a table scan.
        QStringLiteral(R"(
CREATE VIRTUAL TABLE aliases_fts USING fts5(alias, content='aliases', content_rowid='id', tokenize='trigram');
INSERT INTO aliases_fts(aliases_fts) VALUES('rebuild');
CREATE TRIGGER aliases_fts_insert AFTER INSERT ON aliases BEGIN
  INSERT INTO aliases_fts(rowid, alias) VALUES (new.id, new.alias);
END;
CREATE TRIGGER aliases_fts_delete AFTER DELETE ON aliases BEGIN
  INSERT INTO aliases_fts(aliases_fts, rowid, alias) VALUES ('delete', old.id, old.alias);
END;
CREATE TRIGGER aliases_fts_update AFTER UPDATE ON aliases BEGIN
  INSERT INTO aliases_fts(aliases_fts, rowid, alias) VALUES ('delete', old.id, old.alias);
  INSERT INTO aliases_fts(rowid, alias) VALUES (new.id, new.alias);
END;
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id', tokenize='trigram');
INSERT INTO documents_fts(documents_fts) VALUES('rebuild');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE INDEX relations_type ON relations(type);
)"),
        // v3: curation. edit_log keeps every user edit (its meaning against
        // stable names, for re-applying on later ingests, and the rows it
        // changed, for exact undo/redo). Evidence may now come from the user
        // instead of a document: document_id becomes optional and by_user
        // marks such rows (SQLite cannot drop NOT NULL, so the table is rebuilt).
        QStringLiteral(R"(
CREATE TABLE edit_log(
  id INTEGER PRIMARY KEY,
  time TEXT NOT NULL,
  op TEXT NOT NULL,
  payload TEXT NOT NULL,
  changes TEXT NOT NULL,
  undone INTEGER NOT NULL DEFAULT 0);
CREATE TABLE evidence_v3(
  id INTEGER PRIMARY KEY,
  relation_id INTEGER REFERENCES relations(id) ON DELETE CASCADE,
  entity_id INTEGER REFERENCES entities(id) ON DELETE CASCADE,
  document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
  sentence TEXT NOT NULL DEFAULT '',
  start INTEGER NOT NULL DEFAULT -1,
  "end" INTEGER NOT NULL DEFAULT -1,
  by_user INTEGER NOT NULL DEFAULT 0,
  CHECK((relation_id IS NULL) <> (entity_id IS NULL)),
  CHECK(document_id IS NOT NULL OR by_user = 1));
INSERT INTO evidence_v3(id, relation_id, entity_id, document_id, sentence, start, "end")
  SELECT id, relation_id, entity_id, document_id, sentence, start, "end" FROM evidence;
DROP TABLE evidence;
ALTER TABLE evidence_v3 RENAME TO evidence;
CREATE INDEX evidence_relation ON evidence(relation_id);
CREATE INDEX evidence_entity ON evidence(entity_id);
CREATE INDEX evidence_document ON evidence(document_id);
)"),
        // v4: one- and two-character substrings of alias keys (ShortSubstringIndex),
        // which the trigram index cannot find: a search for a surname or a
        // given name scanned every alias before. Contentless: the pairs are
        // derived from aliases.key by guanxi_alias_pairs().
        QStringLiteral(R"(
CREATE VIRTUAL TABLE alias_pairs USING fts5(pairs, content='', tokenize='ascii', detail='none', columnsize=0);
INSERT INTO alias_pairs(rowid, pairs) SELECT id, guanxi_alias_pairs(key) FROM aliases;
CREATE TRIGGER alias_pairs_insert AFTER INSERT ON aliases BEGIN
  INSERT INTO alias_pairs(rowid, pairs) VALUES (new.id, guanxi_alias_pairs(new.key));
END;
CREATE TRIGGER alias_pairs_delete AFTER DELETE ON aliases BEGIN
  INSERT INTO alias_pairs(alias_pairs, rowid, pairs) VALUES ('delete', old.id, guanxi_alias_pairs(old.key));
END;
CREATE TRIGGER alias_pairs_update AFTER UPDATE ON aliases BEGIN
  INSERT INTO alias_pairs(alias_pairs, rowid, pairs) VALUES ('delete', old.id, guanxi_alias_pairs(old.key));
  INSERT INTO alias_pairs(rowid, pairs) VALUES (new.id, guanxi_alias_pairs(new.key));
END;
)"),
        // v5: no trigram index of article titles and text. No query reads it
        // (search looks at aliases only), and tokenising every article was a
        // third of ingest time. A document search, when one exists, can build
        // its index on demand from documents.text.
        QStringLiteral(R"(
DROP TRIGGER IF EXISTS documents_fts_insert;
DROP TRIGGER IF EXISTS documents_fts_delete;
DROP TRIGGER IF EXISTS documents_fts_update;
DROP TABLE IF EXISTS documents_fts;
)"),
    };
    return list;
}

} // namespace

int SchemaMigrations::latestVersion()
{
    return int(migrations().size());
}

QString SchemaMigrations::ddl(int version)
{
    if (version < 1 || version > latestVersion())
        return {};
    return migrations().at(version - 1);
}

Result<void> SchemaMigrations::migrate(SqliteDatabase &db)
{
    // Migrations and triggers from v4 on call it.
    if (auto ok = ShortSubstringIndex::registerFunction(db); !ok)
        return ok;
    auto current = db.queryInt(QStringLiteral("PRAGMA user_version"));
    if (!current)
        return tl::unexpected(current.error());
    for (int version = int(*current) + 1; version <= latestVersion(); ++version) {
        SqliteTransaction transaction(db);
        if (auto ok = transaction.begin(); !ok)
            return ok;
        auto ok = db.exec(ddl(version));
        if (ok)
            ok = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (ok)
            ok = transaction.commit();
        if (!ok) {
            Error e = ok.error();
            return makeError(Error::Category::Storage,
                             QStringLiteral("cannot upgrade the database %1 to schema version %2")
                                 .arg(db.path()).arg(version),
                             e.detail(), e.code());
        }
    }
    return {};
}

} // namespace Guanxi::Internal
