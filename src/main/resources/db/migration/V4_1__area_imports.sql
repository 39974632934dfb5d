-- The areas' version: every import that changes an authority or a ward increases it, in the same
-- transaction; each running portal compares it with the version of the areas it has loaded. Its one
-- row is also the import lock (SELECT ... FOR UPDATE), so two imports never interleave.
CREATE TABLE area_version (
    id          TINYINT      NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    changed_at  DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO area_version (id, version, changed_at) VALUES (1, 0, CURRENT_TIMESTAMP(3));

-- Every import that was written: when, how (page, command, demo), by whom, from which files, what it changed.
CREATE TABLE area_import (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    imported_at          DATETIME(3)   NOT NULL,
    via                  VARCHAR(10)   NOT NULL,
    imported_by          VARCHAR(254)  NULL,
    files                VARCHAR(2000) NOT NULL,
    authorities_added    INT           NOT NULL,
    authorities_updated  INT           NOT NULL,
    wards_added          INT           NOT NULL,
    wards_updated        INT           NOT NULL,
    read_ms              BIGINT        NOT NULL,
    write_ms             BIGINT        NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
