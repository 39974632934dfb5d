-- Residents rate a published outcome: resolved, partly resolved or not resolved, with an optional comment that
-- only the partner's staff read. One rating per account and outcome (rating again changes it). A rating is
-- counted in public unless its resident reported a sensitive concern the outcome answers. Erasing the account
-- erases its ratings.
CREATE TABLE outcome_rating (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    outcome_id       BIGINT        NOT NULL,
    account_id       BIGINT        NOT NULL,
    rating           VARCHAR(20)   NOT NULL,
    comment          VARCHAR(1000) NULL,
    is_reporter      BOOLEAN       NOT NULL,
    counts_publicly  BOOLEAN       NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    updated_at       DATETIME(3)   NOT NULL,
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT outcome_rating_once UNIQUE (outcome_id, account_id),
    CONSTRAINT outcome_rating_outcome FOREIGN KEY (outcome_id) REFERENCES outcome (id) ON DELETE CASCADE,
    CONSTRAINT outcome_rating_account FOREIGN KEY (account_id) REFERENCES resident_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
