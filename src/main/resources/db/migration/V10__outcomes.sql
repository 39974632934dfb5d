-- "You said, we did": a partner's response and outcome, in Welsh and English, answering one or more concerns.
CREATE TABLE outcome (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partner_id    BIGINT       NOT NULL,
    author_id     BIGINT       NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    response_en   TEXT         NULL,
    response_cy   TEXT         NULL,
    outcome_en    TEXT         NULL,
    outcome_cy    TEXT         NULL,
    reason_en     TEXT         NULL,
    reason_cy     TEXT         NULL,
    done_on       DATE         NULL,
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    published_at  DATETIME(3)  NULL,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT outcome_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT outcome_author FOREIGN KEY (author_id) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX outcome_public ON outcome (status, published_at);
CREATE INDEX outcome_by_partner ON outcome (partner_id, status, updated_at);

-- The concerns an outcome answers. Ward, category and sensitivity are copied when the concern is linked,
-- so the public board filters without reading concerns; a sensitive one is only ever counted in public.
CREATE TABLE outcome_concern (
    outcome_id     BIGINT       NOT NULL,
    concern_id     BIGINT       NOT NULL,
    ward_code      VARCHAR(9)   NOT NULL,
    category_code  VARCHAR(40)  NOT NULL,
    is_sensitive   BOOLEAN      NOT NULL,
    PRIMARY KEY (outcome_id, concern_id),
    CONSTRAINT outcome_concern_outcome FOREIGN KEY (outcome_id) REFERENCES outcome (id) ON DELETE CASCADE,
    CONSTRAINT outcome_concern_concern FOREIGN KEY (concern_id) REFERENCES concern (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX outcome_concern_by_concern ON outcome_concern (concern_id);
CREATE INDEX outcome_concern_by_ward ON outcome_concern (ward_code, is_sensitive, outcome_id);
