-- newsprism store, schema version 3: the newsprism.analysis/2 contract.
-- US spelling for the analyzed flag.
ALTER TABLE documents RENAME COLUMN analysed TO analyzed;
