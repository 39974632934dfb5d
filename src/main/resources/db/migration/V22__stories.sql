-- Stories: collections of residents' own stories, each signified by its teller (triads, dyads, context answers).
-- A collection covers one ward or one local authority and is open from opens_on to closes_on (Europe/London days).
CREATE TABLE story_collection (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    area_kind   VARCHAR(10)  NOT NULL,
    area_code   VARCHAR(9)   NOT NULL,
    prompt_en   TEXT         NOT NULL,
    prompt_cy   TEXT         NOT NULL,
    consent_en  TEXT         NOT NULL,
    consent_cy  TEXT         NOT NULL,
    opens_on    DATE         NOT NULL,
    closes_on   DATE         NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    version     INT          NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A signifier: a TRIAD (question, three corners a b c), a DYAD (question, poles a and b) or a CONTEXT question
-- (its options in story_option). position orders them within the collection.
CREATE TABLE story_signifier (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    collection_id  BIGINT       NOT NULL,
    kind           VARCHAR(8)   NOT NULL,
    position       INT          NOT NULL,
    question_en    VARCHAR(500) NOT NULL,
    question_cy    VARCHAR(500) NOT NULL,
    label_a_en     VARCHAR(200) NULL,
    label_a_cy     VARCHAR(200) NULL,
    label_b_en     VARCHAR(200) NULL,
    label_b_cy     VARCHAR(200) NULL,
    label_c_en     VARCHAR(200) NULL,
    label_c_cy     VARCHAR(200) NULL,
    CONSTRAINT story_signifier_collection FOREIGN KEY (collection_id) REFERENCES story_collection (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX story_signifier_by_collection ON story_signifier (collection_id, position);

CREATE TABLE story_option (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    signifier_id  BIGINT       NOT NULL,
    position      INT          NOT NULL,
    label_en      VARCHAR(200) NOT NULL,
    label_cy      VARCHAR(200) NOT NULL,
    CONSTRAINT story_option_signifier FOREIGN KEY (signifier_id) REFERENCES story_signifier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A story in the language it was written in; account_id only when a signed-in resident told it (anonymous
-- allowed). Every story awaits moderation; held_reasons records what the free-text check found.
CREATE TABLE story (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    collection_id  BIGINT        NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    body           TEXT          NOT NULL,
    lang           VARCHAR(2)    NOT NULL,
    account_id     BIGINT        NULL,
    status         VARCHAR(20)   NOT NULL,
    held_reasons   VARCHAR(1000) NULL,
    hide_reason    TEXT          NULL,
    moderated_by   BIGINT        NULL,
    moderated_at   DATETIME(3)   NULL,
    created_at     DATETIME(3)   NOT NULL,
    version        INT           NOT NULL DEFAULT 0,
    CONSTRAINT story_collection_fk FOREIGN KEY (collection_id) REFERENCES story_collection (id),
    CONSTRAINT story_account FOREIGN KEY (account_id) REFERENCES resident_account (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX story_by_collection ON story (collection_id, status, created_at);

-- A story's value for one signifier: a triad's shares in basis points (summing to 10000), a dyad's 0..100,
-- or a context question's chosen option.
CREATE TABLE story_value (
    story_id      BIGINT  NOT NULL,
    signifier_id  BIGINT  NOT NULL,
    share_a       INT     NULL,
    share_b       INT     NULL,
    share_c       INT     NULL,
    dyad          INT     NULL,
    option_id     BIGINT  NULL,
    PRIMARY KEY (story_id, signifier_id),
    CONSTRAINT story_value_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE,
    CONSTRAINT story_value_signifier FOREIGN KEY (signifier_id) REFERENCES story_signifier (id),
    CONSTRAINT story_value_option FOREIGN KEY (option_id) REFERENCES story_option (id),
    CONSTRAINT story_value_triad CHECK (share_a IS NULL OR (share_a >= 0 AND share_b >= 0 AND share_c >= 0
        AND share_a + share_b + share_c = 10000)),
    CONSTRAINT story_value_dyad CHECK (dyad IS NULL OR (dyad >= 0 AND dyad <= 100))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
