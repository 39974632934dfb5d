-- Outcome e-mails: a status change made by publishing an outcome is told by the outcome's e-mail, not by one of
-- its own; superseded_by names the outcome that took its place (it is marked dispatched and left out of digests).
ALTER TABLE concern_news ADD COLUMN superseded_by BIGINT NULL;
