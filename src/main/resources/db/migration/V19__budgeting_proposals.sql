-- Residents' proposals in a round's ideas phase. A proposal is a pb_project with its proposer (proposer_id, V16)
-- and the language it was written in; it starts with status HELD (awaiting a councillor) and is public once
-- approved (status PROPOSED, then FEASIBLE or NOT_FEASIBLE), or HIDDEN with a public reason in both languages.
-- held_for records what the free-text check found (EMAIL, PHONE, WORD:word), for the councillor.
ALTER TABLE pb_project
    ADD COLUMN language          CHAR(2)      NULL,
    ADD COLUMN held_for          VARCHAR(500) NULL,
    ADD COLUMN hidden_reason_en  TEXT         NULL,
    ADD COLUMN hidden_reason_cy  TEXT         NULL;

CREATE INDEX pb_project_by_proposer ON pb_project (proposer_id, round_id);

-- A proposal's optional photo, re-encoded without the upload's metadata, described in the proposer's language.
CREATE TABLE pb_project_photo (
    project_id    BIGINT        NOT NULL PRIMARY KEY,
    content_type  VARCHAR(20)   NOT NULL,
    width         INT           NOT NULL,
    height        INT           NOT NULL,
    data          LONGBLOB      NOT NULL,
    alt           VARCHAR(300)  NOT NULL,
    CONSTRAINT pb_project_photo_project FOREIGN KEY (project_id) REFERENCES pb_project (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
