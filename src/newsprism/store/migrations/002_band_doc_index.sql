-- Index the LSH bands by document, so re-saving or deleting a document does not scan every band row.
CREATE INDEX IF NOT EXISTS minhash_bands_doc ON minhash_bands(doc_id);
