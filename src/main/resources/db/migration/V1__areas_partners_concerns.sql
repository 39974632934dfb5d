-- Areas: local authorities and their electoral wards; boundaries as GeoJSON geometries (CRS84).
CREATE TABLE local_authority (
    code        VARCHAR(9)   NOT NULL PRIMARY KEY,
    name_en     VARCHAR(150) NOT NULL,
    name_cy     VARCHAR(150) NOT NULL,
    boundary    LONGTEXT     NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ward (
    code                  VARCHAR(9)   NOT NULL PRIMARY KEY,
    name_en               VARCHAR(150) NOT NULL,
    name_cy               VARCHAR(150) NOT NULL,
    local_authority_code  VARCHAR(9)   NOT NULL,
    boundary              LONGTEXT     NOT NULL,
    CONSTRAINT ward_local_authority FOREIGN KEY (local_authority_code) REFERENCES local_authority (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ward_by_local_authority ON ward (local_authority_code, name_en);

-- The partner organisations of the community safety partnership.
CREATE TABLE partner (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code      VARCHAR(40)  NOT NULL,
    kind      VARCHAR(30)  NOT NULL,
    name_en   VARCHAR(200) NOT NULL,
    name_cy   VARCHAR(200) NOT NULL,
    CONSTRAINT partner_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Categories of concern; a sensitive category is never public.
CREATE TABLE category (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_en     VARCHAR(150) NOT NULL,
    name_cy     VARCHAR(150) NOT NULL,
    is_sensitive BOOLEAN     NOT NULL DEFAULT FALSE,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order  INT          NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE SEQUENCE concern_reference_seq START WITH 1 INCREMENT BY 1 NOCACHE;

CREATE TABLE concern (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference         VARCHAR(20)   NOT NULL,
    category_code     VARCHAR(40)   NOT NULL,
    ward_code         VARCHAR(9)    NOT NULL,
    latitude          DECIMAL(9,6)  NULL,
    longitude         DECIMAL(9,6)  NULL,
    location_text     VARCHAR(200)  NULL,
    description       TEXT          NOT NULL,
    language          CHAR(2)       NOT NULL,
    reporter_email    VARCHAR(254)  NULL,
    status            VARCHAR(20)   NOT NULL,
    is_sensitive      BOOLEAN       NOT NULL,
    submission_token  VARCHAR(100)  NULL,
    created_at        DATETIME(3)   NOT NULL,
    updated_at        DATETIME(3)   NOT NULL,
    version           INT           NOT NULL DEFAULT 0,
    CONSTRAINT concern_reference UNIQUE (reference),
    CONSTRAINT concern_submission UNIQUE (submission_token),
    CONSTRAINT concern_category FOREIGN KEY (category_code) REFERENCES category (code),
    CONSTRAINT concern_ward FOREIGN KEY (ward_code) REFERENCES ward (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX concern_public_list ON concern (ward_code, is_sensitive, created_at);
CREATE INDEX concern_by_created ON concern (is_sensitive, created_at);

CREATE TABLE concern_status_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    concern_id  BIGINT       NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    changed_at  DATETIME(3)  NOT NULL,
    CONSTRAINT status_change_concern FOREIGN KEY (concern_id) REFERENCES concern (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX status_change_by_concern ON concern_status_change (concern_id, changed_at);

-- Photos are stored re-encoded, without any of the uploaded file's metadata.
CREATE TABLE concern_photo (
    concern_id    BIGINT       NOT NULL PRIMARY KEY,
    content_type  VARCHAR(20)  NOT NULL,
    width         INT          NOT NULL,
    height        INT          NOT NULL,
    data          LONGBLOB     NOT NULL,
    CONSTRAINT photo_concern FOREIGN KEY (concern_id) REFERENCES concern (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
