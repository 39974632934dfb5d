-- Erasures of personal data: a resident's own (from "My data") and those an administrator carries out
-- for someone without an account, confirmed by a single-use link e-mailed to the address (stored as the
-- SHA-256 of its token). The address is kept only while a request waits for its confirmation; a done or
-- expired request keeps no personal data, only what was done, when, and at whose request.
CREATE TABLE erasure (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    requested_by      BIGINT       NULL,
    email             VARCHAR(254) NULL,
    language          CHAR(2)      NOT NULL,
    mode              VARCHAR(10)  NOT NULL,
    token_hash        CHAR(64)     NULL,
    requested_at      DATETIME(3)  NOT NULL,
    expires_at        DATETIME(3)  NULL,
    done_at           DATETIME(3)  NULL,
    concerns          INT          NULL,
    account_erased    BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT erasure_token UNIQUE (token_hash),
    CONSTRAINT erasure_requested_by FOREIGN KEY (requested_by) REFERENCES staff_account (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX erasure_recent ON erasure (requested_at);
