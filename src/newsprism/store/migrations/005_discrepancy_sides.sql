-- Discrepancy sides in their own table (newsprism.analysis/2), so Datasette can facet and join them: one row
-- per flag (with its stable id, slot, statement and confidence) and one row per side (document, outlet,
-- offsets, text, value). Sides of stories saved before this migration are moved out of their JSON column.

CREATE TABLE discrepancies_v2 (
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    id TEXT,                             -- Discrepancy.id (stable); NULL for rows of stories not saved since
    kind TEXT,                           -- consensus | conflict | precision | status | unique
    slot TEXT,                           -- what is compared: count, quantity, date, role, status, named, event, fact, ...
    topic TEXT,
    statement TEXT,                      -- one plain-English sentence naming the sources
    explanation TEXT,
    confidence REAL,                     -- calibrated probability that the flag is right
    PRIMARY KEY (story_id, idx)
);
INSERT INTO discrepancies_v2 (story_id, idx, id, kind, slot, topic, statement, explanation, confidence)
    SELECT story_id, idx, id, kind, slot, topic, statement, explanation, confidence FROM discrepancies;

CREATE TABLE discrepancy_sides (
    story_id TEXT NOT NULL,
    idx INTEGER NOT NULL,                -- the discrepancy (discrepancies.idx)
    side INTEGER NOT NULL,               -- its position among the flag's sides
    doc_id TEXT REFERENCES documents(id) ON DELETE CASCADE,
    outlet TEXT,
    start INTEGER, "end" INTEGER,        -- offsets into documents.json's text
    text TEXT,                           -- the evidence words
    value TEXT,                          -- the normalized value compared (e.g. "40", "2026-03-03", "planned")
    status TEXT,
    attributed_to TEXT,
    quantity TEXT,                       -- JSON of the typed quantity, or NULL
    PRIMARY KEY (story_id, idx, side),
    FOREIGN KEY (story_id, idx) REFERENCES discrepancies_v2(story_id, idx) ON DELETE CASCADE
);
CREATE INDEX discrepancy_sides_doc ON discrepancy_sides(doc_id);

INSERT INTO discrepancy_sides (story_id, idx, side, doc_id, outlet, start, "end", text, value, status,
                               attributed_to, quantity)
    SELECT x.story_id, x.idx, CAST(j.key AS INTEGER),
           CASE WHEN EXISTS (SELECT 1 FROM documents d WHERE d.id = json_extract(j.value, '$.document'))
                THEN json_extract(j.value, '$.document') END,
           json_extract(j.value, '$.outlet'), json_extract(j.value, '$.start'), json_extract(j.value, '$.end'),
           json_extract(j.value, '$.text'), CAST(json_extract(j.value, '$.value') AS TEXT),
           json_extract(j.value, '$.status'), json_extract(j.value, '$.attributed_to'),
           json_extract(j.value, '$.quantity')
    FROM discrepancies x, json_each(x.sides) j
    WHERE json_valid(x.sides) AND json_type(x.sides) = 'array' AND json_type(j.value) = 'object';

DROP INDEX IF EXISTS discrepancies_id;
DROP TABLE discrepancies;
ALTER TABLE discrepancies_v2 RENAME TO discrepancies;
CREATE INDEX discrepancies_id ON discrepancies(id);
CREATE INDEX discrepancies_kind ON discrepancies(kind);
