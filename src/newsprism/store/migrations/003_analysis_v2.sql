-- newsprism store, schema version 3: the newsprism.analysis/2 contract.
-- US spelling for the analyzed flag.
ALTER TABLE documents RENAME COLUMN analysed TO analyzed;
-- The contract version each stored JSON follows. Rows written before this migration hold /1 JSON, which the store
-- upgrades when it reads them (newsprism.model.upgrade); new rows hold /2.
ALTER TABLE documents ADD COLUMN schema TEXT NOT NULL DEFAULT 'newsprism.analysis/1';
ALTER TABLE stories ADD COLUMN schema TEXT NOT NULL DEFAULT 'newsprism.analysis/1';
-- Discrepancy rows carry the /2 fields: a stable id, the compared slot, a quotable statement and the confidence
-- (the /1 score, kept in the renamed column).
ALTER TABLE discrepancies RENAME COLUMN score TO confidence;
ALTER TABLE discrepancies ADD COLUMN id TEXT;
ALTER TABLE discrepancies ADD COLUMN slot TEXT;
ALTER TABLE discrepancies ADD COLUMN statement TEXT;
CREATE INDEX discrepancies_id ON discrepancies(id);
