-- Retention: when a closed concern's personal data was removed.
ALTER TABLE concern ADD COLUMN anonymised_at DATETIME(3) NULL;
CREATE INDEX concern_retention ON concern (status, updated_at, anonymised_at);
