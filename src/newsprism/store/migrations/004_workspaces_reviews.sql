-- Stories as workspaces and review verdicts (issue 13).
-- A document added to a story by hand is stored as soon as it is read (state 'pending') and analyzed after;
-- a failed analysis keeps the document and says why. Verdicts on flags are keyed by the flag's stable id and
-- remembered with a fingerprint of its evidence, so a re-comparison that finds the same flag on the same words
-- keeps the verdict, and one whose evidence changed does not inherit it.

ALTER TABLE documents ADD COLUMN state TEXT NOT NULL DEFAULT 'analyzed'
    CHECK (state IN ('pending', 'analyzed', 'failed'));
ALTER TABLE documents ADD COLUMN state_reason TEXT;  -- why an analysis failed
ALTER TABLE documents ADD COLUMN language TEXT;      -- ISO 639-1 code of the detected language, or NULL
CREATE INDEX documents_state ON documents(state);

ALTER TABLE stories ADD COLUMN created_at TEXT;      -- set for stories made by hand (the web app, the API)

CREATE TABLE reviews (
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    flag_id TEXT NOT NULL,               -- Discrepancy.id: a hash of kind, slot and each side's document/start/end
    verdict TEXT NOT NULL CHECK (verdict IN ('confirmed', 'rejected')),
    note TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL,              -- sha256 of the evidence when it was reviewed (each side's document, offsets, text)
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (story_id, flag_id)
);
