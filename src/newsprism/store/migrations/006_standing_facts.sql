-- Standing facts in their own table (round 21): the jobs, offices, roles and origins a document says someone holds
-- or held (Document.standing_facts, a layer of the events component), one row per fact, so that sqlite3 and
-- Datasette can query and facet them. Facts of documents saved before this migration are copied out of their JSON
-- (documents saved before round 21 have none until they are analysed again).

CREATE TABLE standing_facts (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    holder TEXT,                         -- canonical person name, else the subject as written; NULL for a pronoun
    kind TEXT,                           -- role | employment | office | show | part | origin
    role TEXT,                           -- the role or part as written ("a nurse", "mayor of Kell"), role / part kinds
    organisation TEXT,                   -- the employer, body, programme or place as written, other kinds
    named INTEGER,                       -- 1 when the organisation is a name
    time TEXT,                           -- a time the clause gives, as written
    status TEXT,                         -- current | former | to_date (a career to date)
    verb TEXT,                           -- the verb as written
    verb_start INTEGER, verb_end INTEGER,
    start INTEGER, "end" INTEGER,        -- the clause: offsets into documents.json's text
    evidence TEXT,                       -- the clause's words
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX standing_facts_kind ON standing_facts(kind);
CREATE INDEX standing_facts_holder ON standing_facts(holder);

INSERT INTO standing_facts (doc_id, idx, holder, kind, role, organisation, named, time, status, verb, verb_start,
                            verb_end, start, "end", evidence)
    SELECT d.id, CAST(j.key AS INTEGER), json_extract(j.value, '$.holder'), json_extract(j.value, '$.kind'),
           json_extract(j.value, '$.role'), json_extract(j.value, '$.organisation'),
           json_extract(j.value, '$.named'), json_extract(j.value, '$.time'), json_extract(j.value, '$.status'),
           json_extract(j.value, '$.verb.text'), json_extract(j.value, '$.verb.start'),
           json_extract(j.value, '$.verb.end'), json_extract(j.value, '$.evidence.start'),
           json_extract(j.value, '$.evidence.end'), json_extract(j.value, '$.evidence.text')
    FROM documents d, json_each(d.json, '$.standing_facts') j
    WHERE json_valid(d.json) AND json_type(d.json, '$.standing_facts') = 'array' AND json_type(j.value) = 'object';
