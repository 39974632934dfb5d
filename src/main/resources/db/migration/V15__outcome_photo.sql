-- An outcome's optional photo, re-encoded without the upload's metadata, with its description in both languages.
CREATE TABLE outcome_photo (
    outcome_id    BIGINT        NOT NULL PRIMARY KEY,
    content_type  VARCHAR(20)   NOT NULL,
    width         INT           NOT NULL,
    height        INT           NOT NULL,
    data          LONGBLOB      NOT NULL,
    alt_en        VARCHAR(300)  NOT NULL,
    alt_cy        VARCHAR(300)  NOT NULL,
    CONSTRAINT outcome_photo_outcome FOREIGN KEY (outcome_id) REFERENCES outcome (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
