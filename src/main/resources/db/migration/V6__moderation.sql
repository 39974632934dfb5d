-- Moderation: councillors and their wards, publication states of concerns, the free-text check's
-- word list, residents' flags, councillor notes and escalations to the partnership administrator.

-- A councillor's wards (staff accounts with the role COUNCILLOR).
CREATE TABLE staff_ward (
    staff_id   BIGINT     NOT NULL,
    ward_code  VARCHAR(9) NOT NULL,
    PRIMARY KEY (staff_id, ward_code),
    CONSTRAINT staff_ward_staff FOREIGN KEY (staff_id) REFERENCES staff_account (id) ON DELETE CASCADE,
    CONSTRAINT staff_ward_ward FOREIGN KEY (ward_code) REFERENCES ward (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX staff_ward_by_ward ON staff_ward (ward_code);

-- Pre-moderation per ward: every new concern waits for a councillor. A ward without a row is post-moderated.
CREATE TABLE ward_moderation (
    ward_code       VARCHAR(9)  NOT NULL PRIMARY KEY,
    pre_moderation  BOOLEAN     NOT NULL,
    changed_by      BIGINT      NULL,
    changed_at      DATETIME(3) NOT NULL,
    CONSTRAINT ward_moderation_ward FOREIGN KEY (ward_code) REFERENCES ward (code),
    CONSTRAINT ward_moderation_by FOREIGN KEY (changed_by) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A concern's publication: PUBLISHED, AWAITING_MODERATION, HIDDEN (with a public reason in both
-- languages) or MERGED (into another concern). Only PUBLISHED ones are public.
ALTER TABLE concern
    ADD COLUMN publication             VARCHAR(20)  NOT NULL DEFAULT 'PUBLISHED',
    ADD COLUMN held_for                VARCHAR(500) NULL,
    ADD COLUMN hidden_reason_en        TEXT         NULL,
    ADD COLUMN hidden_reason_cy        TEXT         NULL,
    ADD COLUMN original_description    TEXT         NULL,
    ADD COLUMN original_location_text  VARCHAR(200) NULL,
    ADD COLUMN merged_into_id          BIGINT       NULL,
    ADD CONSTRAINT concern_merged_into FOREIGN KEY (merged_into_id) REFERENCES concern (id);

CREATE INDEX concern_by_publication ON concern (publication, ward_code, created_at);

-- Reporters who came to a concern when their own report was merged into it ("reporters move to the kept item").
-- reporter_account_id is for residents' accounts: filled in by the merge when concern.reporter_account_id exists.
CREATE TABLE concern_reporter (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    concern_id           BIGINT       NOT NULL,
    merged_from_id       BIGINT       NOT NULL,
    reporter_email       VARCHAR(254) NULL,
    reporter_account_id  BIGINT       NULL,
    CONSTRAINT concern_reporter_concern FOREIGN KEY (concern_id) REFERENCES concern (id) ON DELETE CASCADE,
    CONSTRAINT concern_reporter_from FOREIGN KEY (merged_from_id) REFERENCES concern (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX concern_reporter_by_concern ON concern_reporter (concern_id);

-- Words that hold a concern for moderation, in Welsh (matched with their mutated forms) or English.
CREATE TABLE moderation_word (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    word        VARCHAR(60)  NOT NULL,
    language    CHAR(2)      NOT NULL,
    added_by    BIGINT       NULL,
    added_at    DATETIME(3)  NOT NULL,
    CONSTRAINT moderation_word_unique UNIQUE (word, language),
    CONSTRAINT moderation_word_by FOREIGN KEY (added_by) REFERENCES staff_account (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Residents' flags: one per person and concern, enforced here. flagger_key is SHA-256 of "account:<id>"
-- for a signed-in resident (flagger_account_id then holds the id) or of "browser:<random>" kept in the session.
CREATE TABLE concern_flag (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    concern_id          BIGINT       NOT NULL,
    flagger_key         CHAR(64)     NOT NULL,
    flagger_account_id  BIGINT       NULL,
    reason              VARCHAR(20)  NOT NULL,
    comment             VARCHAR(500) NULL,
    flagged_at          DATETIME(3)  NOT NULL,
    resolved_at         DATETIME(3)  NULL,
    resolved_by         BIGINT       NULL,
    CONSTRAINT concern_flag_once UNIQUE (concern_id, flagger_key),
    CONSTRAINT concern_flag_concern FOREIGN KEY (concern_id) REFERENCES concern (id) ON DELETE CASCADE,
    CONSTRAINT concern_flag_resolved_by FOREIGN KEY (resolved_by) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX concern_flag_open ON concern_flag (resolved_at, concern_id);

-- Public notes of councillors on a concern, always in both languages.
CREATE TABLE councillor_note (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    concern_id  BIGINT      NOT NULL,
    author_id   BIGINT      NOT NULL,
    written_at  DATETIME(3) NOT NULL,
    text_en     TEXT        NOT NULL,
    text_cy     TEXT        NOT NULL,
    CONSTRAINT councillor_note_concern FOREIGN KEY (concern_id) REFERENCES concern (id) ON DELETE CASCADE,
    CONSTRAINT councillor_note_author FOREIGN KEY (author_id) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX councillor_note_by_concern ON councillor_note (concern_id, written_at);

-- A councillor's escalation of a concern to the partnership administrator.
CREATE TABLE moderation_escalation (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    concern_id     BIGINT      NOT NULL,
    councillor_id  BIGINT      NOT NULL,
    reason         TEXT        NOT NULL,
    escalated_at   DATETIME(3) NOT NULL,
    handled_at     DATETIME(3) NULL,
    handled_by     BIGINT      NULL,
    CONSTRAINT escalation_concern FOREIGN KEY (concern_id) REFERENCES concern (id) ON DELETE CASCADE,
    CONSTRAINT escalation_councillor FOREIGN KEY (councillor_id) REFERENCES staff_account (id),
    CONSTRAINT escalation_handled_by FOREIGN KEY (handled_by) REFERENCES staff_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX escalation_open ON moderation_escalation (handled_at, escalated_at);
