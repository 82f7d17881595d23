-- newsprism store, schema version 1. See SCHEMA.md beside the package for a tour.
-- Every analysis layer gets a flat table for SQL/Datasette use; documents.json keeps the whole
-- Document so that Store.get_document round-trips exactly.

CREATE TABLE documents (
    pk INTEGER PRIMARY KEY,              -- stable rowid for the FTS index
    id TEXT NOT NULL UNIQUE,             -- Document.id
    content_hash TEXT NOT NULL UNIQUE,   -- sha256 of Document.text: the resume / idempotency key
    source TEXT,
    outlet TEXT,
    url TEXT,
    title TEXT,
    author TEXT,
    published TEXT,
    place TEXT,
    genre TEXT,
    words INTEGER,
    body TEXT,                           -- the article part (Document.body), indexed by FTS
    analysed INTEGER NOT NULL DEFAULT 1, -- 0 for near-duplicates stored as links
    duplicate_of TEXT REFERENCES documents(id),
    json TEXT NOT NULL,                  -- the whole Document (model_dump_json)
    embedding BLOB,                      -- float32[384], title + lead, L2-normalised
    saved_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_duplicate_of ON documents(duplicate_of);

CREATE TABLE comments (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    author TEXT, text TEXT, start INTEGER, "end" INTEGER, posted TEXT,
    stance TEXT, stance_score REAL, sentiment REAL, toxicity REAL, toxic INTEGER,
    language TEXT, duplicate_of INTEGER, cluster INTEGER,
    PRIMARY KEY (doc_id, idx)
);

CREATE TABLE entities (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT, label TEXT, canonical TEXT, start INTEGER, "end" INTEGER, role TEXT,
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX entities_canonical ON entities(canonical);

CREATE TABLE events (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    type TEXT, cameo_root TEXT, trigger TEXT, actor TEXT, target TEXT, date TEXT, place TEXT,
    status TEXT, attributed_to TEXT, start INTEGER, "end" INTEGER, evidence TEXT,
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX events_type ON events(type);

CREATE TABLE claims (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT, start INTEGER, "end" INTEGER, kind TEXT, subject TEXT, predicate TEXT, object TEXT,
    time TEXT, place TEXT, hedged INTEGER, quantity TEXT,  -- quantity: JSON or NULL
    PRIMARY KEY (doc_id, idx)
);

CREATE TABLE techniques (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    technique TEXT, start INTEGER, "end" INTEGER, text TEXT, score REAL, voice TEXT, explanation TEXT,
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX techniques_technique ON techniques(technique);

CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    title TEXT,                          -- title of the first document, for listings
    n_documents INTEGER NOT NULL DEFAULT 0,
    json TEXT,                           -- the Story (model_dump_json) once compared; NULL before
    centroid BLOB,                       -- float32[384] mean of member embeddings (incremental clustering)
    stale INTEGER NOT NULL DEFAULT 1,    -- 1: members changed since json was computed
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE story_documents (
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    similarity REAL,                     -- cosine to the centroid when it joined (NULL: given by the caller)
    PRIMARY KEY (story_id, doc_id)
);
CREATE INDEX story_documents_doc ON story_documents(doc_id);

CREATE TABLE discrepancies (
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    kind TEXT, topic TEXT, explanation TEXT, score REAL, sides TEXT,  -- sides: JSON list
    PRIMARY KEY (story_id, idx)
);

-- Near-duplicate detection: MinHash signatures cut into LSH bands; equal band keys mean candidates.
CREATE TABLE minhash_bands (
    band INTEGER NOT NULL,
    key BLOB NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE
);
CREATE INDEX minhash_bands_key ON minhash_bands(band, key);
CREATE TABLE minhashes (
    doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    signature BLOB NOT NULL              -- uint64[num_perm] hash values
);

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, body, content='documents', content_rowid='pk', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, body) VALUES (new.pk, new.title, new.body);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, body) VALUES ('delete', old.pk, old.title, old.body);
END;
CREATE TRIGGER documents_au AFTER UPDATE OF title, body ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, body) VALUES ('delete', old.pk, old.title, old.body);
    INSERT INTO documents_fts(rowid, title, body) VALUES (new.pk, new.title, new.body);
END;
