-- Participatory budgeting: rounds, projects, voting codes and ballots.
-- A round covers one ward or one local authority; its phases start on the given dates (Europe/London days).
CREATE TABLE pb_round (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    area_kind       VARCHAR(10)  NOT NULL,
    area_code       VARCHAR(9)   NOT NULL,
    title_en        VARCHAR(200) NOT NULL,
    title_cy        VARCHAR(200) NOT NULL,
    description_en  TEXT         NOT NULL,
    description_cy  TEXT         NOT NULL,
    budget          BIGINT       NOT NULL,
    ballot_type     VARCHAR(12)  NOT NULL,
    max_projects    INT          NULL,
    points          INT          NULL,
    counting_rule   VARCHAR(16)  NOT NULL,
    ideas_from      DATE         NOT NULL,
    review_from     DATE         NOT NULL,
    voting_from     DATE         NOT NULL,
    results_from    DATE         NOT NULL,
    delivery_from   DATE         NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    version         INT          NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX pb_round_by_area ON pb_round (area_kind, area_code);

-- A project: proposed by a resident (in their language) or added by staff; staff decide feasibility and cost,
-- with a public reason in both languages when it is not feasible. Only feasible projects are on the ballot.
CREATE TABLE pb_project (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id        BIGINT       NOT NULL,
    title_en        VARCHAR(200) NULL,
    title_cy        VARCHAR(200) NULL,
    description_en  TEXT         NULL,
    description_cy  TEXT         NULL,
    cost            BIGINT       NOT NULL,
    place           VARCHAR(200) NULL,
    status          VARCHAR(14)  NOT NULL,
    reason_en       TEXT         NULL,
    reason_cy       TEXT         NULL,
    proposer_id     BIGINT       NULL,
    selected        BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at      DATETIME(3)  NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT pb_project_round FOREIGN KEY (round_id) REFERENCES pb_round (id),
    CONSTRAINT pb_project_proposer FOREIGN KEY (proposer_id) REFERENCES resident_account (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX pb_project_by_round ON pb_project (round_id, status);

-- Single-use voting codes for households: only the SHA-256 of the round and the code is kept.
CREATE TABLE pb_voting_code (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id    BIGINT       NOT NULL,
    code_hash   CHAR(64)     NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    used_at     DATETIME(3)  NULL,
    CONSTRAINT pb_voting_code_hash UNIQUE (code_hash),
    CONSTRAINT pb_voting_code_round FOREIGN KEY (round_id) REFERENCES pb_round (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One ballot per voter and round, held by the database: voter_key is "code:<hash>" (or "account:<id>"),
-- so two simultaneous ballots with one code cannot both be stored.
CREATE TABLE pb_ballot (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id    BIGINT       NOT NULL,
    voter_key   VARCHAR(80)  NOT NULL,
    receipt     VARCHAR(20)  NOT NULL,
    cast_at     DATETIME(3)  NOT NULL,
    CONSTRAINT pb_ballot_once UNIQUE (round_id, voter_key),
    CONSTRAINT pb_ballot_receipt UNIQUE (receipt),
    CONSTRAINT pb_ballot_round FOREIGN KEY (round_id) REFERENCES pb_round (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pb_ballot_choice (
    ballot_id   BIGINT       NOT NULL,
    project_id  BIGINT       NOT NULL,
    points      INT          NOT NULL,
    PRIMARY KEY (ballot_id, project_id),
    CONSTRAINT pb_choice_ballot FOREIGN KEY (ballot_id) REFERENCES pb_ballot (id) ON DELETE CASCADE,
    CONSTRAINT pb_choice_project FOREIGN KEY (project_id) REFERENCES pb_project (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX pb_choice_by_project ON pb_ballot_choice (project_id);
