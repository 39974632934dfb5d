-- Open data: for each file served (period and name, e.g. 2026-10 and concerns.csv), the SHA-256 of its content and
-- when that content was first served, which is its Last-Modified; a new digest means the content changed.
CREATE TABLE open_data_file (
    period  CHAR(7)      NOT NULL,
    name    VARCHAR(40)  NOT NULL,
    digest  CHAR(64)     NOT NULL,
    since   DATETIME(3)  NOT NULL,
    PRIMARY KEY (period, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
