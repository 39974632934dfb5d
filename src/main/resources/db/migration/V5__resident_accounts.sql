-- Residents' accounts. A resident's personal data lives in these tables and in concern.reporter_email
-- (and the concerns they wrote), nowhere else: "my data" exports and erases from here.
CREATE TABLE resident_account (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email          VARCHAR(254) NOT NULL,
    password_hash  VARCHAR(300) NOT NULL,
    language       CHAR(2)      NOT NULL,
    display_name   VARCHAR(120) NULL,
    verified_at    DATETIME(3)  NULL,
    created_at     DATETIME(3)  NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT resident_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Single-use links e-mailed to a resident (verify the address, reset the password), stored as SHA-256
-- of the token, never the token itself.
CREATE TABLE resident_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    resident_id  BIGINT       NOT NULL,
    purpose      VARCHAR(10)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    expires_at   DATETIME(3)  NOT NULL,
    used_at      DATETIME(3)  NULL,
    CONSTRAINT resident_token_hash UNIQUE (token_hash),
    CONSTRAINT resident_token_resident FOREIGN KEY (resident_id) REFERENCES resident_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX resident_token_by_resident ON resident_token (resident_id, purpose);

-- The concerns a resident follows.
CREATE TABLE concern_follower (
    concern_id   BIGINT      NOT NULL,
    resident_id  BIGINT      NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    PRIMARY KEY (concern_id, resident_id),
    CONSTRAINT follower_concern FOREIGN KEY (concern_id) REFERENCES concern (id) ON DELETE CASCADE,
    CONSTRAINT follower_resident FOREIGN KEY (resident_id) REFERENCES resident_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX follower_by_resident ON concern_follower (resident_id, created_at);

-- The account a concern was reported from, or that claimed it when its reporter's address was verified.
ALTER TABLE concern ADD COLUMN reporter_account_id BIGINT NULL;
ALTER TABLE concern ADD CONSTRAINT concern_reporter_account FOREIGN KEY (reporter_account_id)
    REFERENCES resident_account (id) ON DELETE SET NULL;
CREATE INDEX concern_by_reporter_account ON concern (reporter_account_id, created_at);
CREATE INDEX concern_by_reporter_email ON concern (reporter_email);
