-- Voting by account in participatory budgeting.
-- A resident's home address, verified by post: personal data, shown only to the resident and on the administrator's
-- letter export, never public; it goes with the account (erasure) and is in "my data". No map point is kept: only
-- the ward it lies in. The letter's single-use code is kept only as SHA-256 of the account and the code.
CREATE TABLE resident_address (
    resident_id      BIGINT       NOT NULL PRIMARY KEY,
    line1            VARCHAR(100) NOT NULL,
    line2            VARCHAR(100) NULL,
    town             VARCHAR(60)  NOT NULL,
    postcode         VARCHAR(8)   NOT NULL,
    ward_code        VARCHAR(9)   NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    code_hash        CHAR(64)     NULL,
    letter_at        DATETIME(3)  NULL,
    code_expires_at  DATETIME(3)  NULL,
    wrong_codes      INT          NOT NULL DEFAULT 0,
    given_at         DATETIME(3)  NOT NULL,
    verified_at      DATETIME(3)  NULL,
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT resident_address_account FOREIGN KEY (resident_id) REFERENCES resident_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX resident_address_by_status ON resident_address (status, given_at);

-- Who may vote in a round: households with codes, residents with a verified address in the area, or both.
ALTER TABLE pb_round ADD COLUMN voting_methods VARCHAR(8) NOT NULL DEFAULT 'BOTH';

-- The key that turns an account into its voter key in pb_voter (an HMAC of the round and the account), made at
-- first use unless configured (llais.budgeting.voter-key-secret).
CREATE TABLE pb_secret (
    name        VARCHAR(40)  NOT NULL PRIMARY KEY,
    secret      VARCHAR(100) NOT NULL,
    created_at  DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
