-- Participatory budgeting: the winners of a round go into delivery, and their progress updates are published as
-- outcomes on the "you said, we did" board.

-- A winning project's delivery: its status (PLANNED, IN_PROGRESS, DONE; null while it is not in delivery) and the
-- partner the administrator made responsible for it, whose staff post its updates.
ALTER TABLE pb_project ADD COLUMN delivery_status VARCHAR(12) NULL;
ALTER TABLE pb_project ADD COLUMN delivery_partner_id BIGINT NULL;
ALTER TABLE pb_project ADD CONSTRAINT pb_project_delivery_partner FOREIGN KEY (delivery_partner_id) REFERENCES partner (id);

-- That a round's winners, counted by its rule once its results phase began, were recorded (selected, in delivery):
-- once per round, the primary key holding it against two requests at once.
CREATE TABLE pb_round_delivery (
    round_id     BIGINT       NOT NULL PRIMARY KEY,
    recorded_at  DATETIME(3)  NOT NULL,
    CONSTRAINT pb_round_delivery_round FOREIGN KEY (round_id) REFERENCES pb_round (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An outcome that is a budgeting project's progress update answers no concern: it names the project (its round and
-- their titles in both languages, copied when published; a project is fixed once voting has begun) ...
ALTER TABLE outcome ADD COLUMN pb_round_id BIGINT NULL;
ALTER TABLE outcome ADD COLUMN pb_project_id BIGINT NULL;
ALTER TABLE outcome ADD COLUMN pb_title_en VARCHAR(200) NULL;
ALTER TABLE outcome ADD COLUMN pb_title_cy VARCHAR(200) NULL;
ALTER TABLE outcome ADD COLUMN pb_round_title_en VARCHAR(200) NULL;
ALTER TABLE outcome ADD COLUMN pb_round_title_cy VARCHAR(200) NULL;
ALTER TABLE outcome ADD CONSTRAINT outcome_pb_project FOREIGN KEY (pb_project_id) REFERENCES pb_project (id);
CREATE INDEX outcome_by_pb_project ON outcome (pb_project_id, status, published_at);

-- ... and the wards of the round's area, so that the board's ward filter, the ward feed and the quarterly summary
-- find it as they find an outcome through its concerns' wards.
CREATE TABLE outcome_ward (
    outcome_id  BIGINT      NOT NULL,
    ward_code   VARCHAR(9)  NOT NULL,
    PRIMARY KEY (outcome_id, ward_code),
    CONSTRAINT outcome_ward_outcome FOREIGN KEY (outcome_id) REFERENCES outcome (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX outcome_ward_by_ward ON outcome_ward (ward_code, outcome_id);
