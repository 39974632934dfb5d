-- Service levels per partner: acknowledge within N working days (weekends and bank holidays in Wales skipped).
ALTER TABLE partner ADD COLUMN acknowledge_days INT NOT NULL DEFAULT 2;

-- Teams of a partner; a team receives concerns, in its own language.
CREATE TABLE team (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    partner_id  BIGINT       NOT NULL,
    code        VARCHAR(60)  NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    name_cy     VARCHAR(200) NOT NULL,
    email       VARCHAR(254) NOT NULL,
    language    CHAR(2)      NOT NULL,
    lead_id     BIGINT       NULL,
    CONSTRAINT team_code UNIQUE (code),
    CONSTRAINT team_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Staff: partnership administrators and partner staff. Passwords as PBKDF2 hashes.
CREATE TABLE staff_account (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email            VARCHAR(254) NOT NULL,
    display_name     VARCHAR(120) NOT NULL,
    password_hash    VARCHAR(300) NOT NULL,
    role             VARCHAR(20)  NOT NULL,
    partner_id       BIGINT       NOT NULL,
    language         CHAR(2)      NOT NULL,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at       DATETIME(3)  NOT NULL,
    CONSTRAINT staff_email UNIQUE (email),
    CONSTRAINT staff_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE team ADD CONSTRAINT team_lead FOREIGN KEY (lead_id) REFERENCES staff_account (id);

CREATE TABLE staff_team (
    staff_id  BIGINT NOT NULL,
    team_id   BIGINT NOT NULL,
    PRIMARY KEY (staff_id, team_id),
    CONSTRAINT staff_team_staff FOREIGN KEY (staff_id) REFERENCES staff_account (id) ON DELETE CASCADE,
    CONSTRAINT staff_team_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed sign-ins per e-mail address (known or not, so a lock-out reveals nothing).
CREATE TABLE sign_in_attempt (
    email_hash    CHAR(64)    NOT NULL PRIMARY KEY,
    failures      INT         NOT NULL,
    locked_until  DATETIME(3) NULL,
    updated_at    DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Routing rules: (category or any, ward or local authority) -> team. The most specific wins;
-- a rule with no category on a local authority is that authority's default team.
CREATE TABLE routing_rule (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    category_code  VARCHAR(40) NULL,
    area_type      VARCHAR(10) NOT NULL,
    area_code      VARCHAR(9)  NOT NULL,
    team_id        BIGINT      NOT NULL,
    category_key   VARCHAR(40) AS (COALESCE(category_code, '*')) PERSISTENT,
    CONSTRAINT routing_rule_unique UNIQUE (category_key, area_type, area_code),
    CONSTRAINT routing_rule_category FOREIGN KEY (category_code) REFERENCES category (code),
    CONSTRAINT routing_rule_team FOREIGN KEY (team_id) REFERENCES team (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which team has a concern now, and its service level.
CREATE TABLE concern_assignment (
    concern_id       BIGINT      NOT NULL PRIMARY KEY,
    team_id          BIGINT      NOT NULL,
    assigned_at      DATETIME(3) NOT NULL,
    acknowledge_by   DATETIME(3) NOT NULL,
    acknowledged_at  DATETIME(3) NULL,
    escalated_at     DATETIME(3) NULL,
    version          INT         NOT NULL DEFAULT 0,
    CONSTRAINT assignment_concern FOREIGN KEY (concern_id) REFERENCES concern (id) ON DELETE CASCADE,
    CONSTRAINT assignment_team FOREIGN KEY (team_id) REFERENCES team (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX assignment_by_team ON concern_assignment (team_id, acknowledged_at, acknowledge_by);

-- Internal notes on a concern: for partner staff only, never public.
CREATE TABLE concern_note (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    concern_id  BIGINT      NOT NULL,
    author_id   BIGINT      NOT NULL,
    written_at  DATETIME(3) NOT NULL,
    text        TEXT        NOT NULL,
    CONSTRAINT note_concern FOREIGN KEY (concern_id) REFERENCES concern (id) ON DELETE CASCADE,
    CONSTRAINT note_author FOREIGN KEY (author_id) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The audit trail: every hand-over and status change, who, when, from what to what.
CREATE TABLE audit_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    concern_id  BIGINT       NULL,
    happened_at DATETIME(3)  NOT NULL,
    actor_id    BIGINT       NULL,
    action      VARCHAR(40)  NOT NULL,
    from_value  VARCHAR(120) NULL,
    to_value    VARCHAR(120) NULL,
    detail      TEXT         NULL,
    CONSTRAINT audit_concern FOREIGN KEY (concern_id) REFERENCES concern (id) ON DELETE SET NULL,
    CONSTRAINT audit_actor FOREIGN KEY (actor_id) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX audit_by_concern ON audit_event (concern_id, happened_at);

-- Client applications of the Open311 API; keys are stored hashed.
CREATE TABLE api_client (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(120) NOT NULL,
    key_hash      CHAR(64)     NOT NULL,
    key_prefix    VARCHAR(12)  NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(3)  NOT NULL,
    last_used_at  DATETIME(3)  NULL,
    CONSTRAINT api_client_key UNIQUE (key_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
