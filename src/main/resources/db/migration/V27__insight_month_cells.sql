-- Insight month cells: the wide dashboard views (the administrator's, or a partner's, over years, with no area filter)
-- add up month cells instead of reading a million insight_concern rows. The cells are a roll-up made off the write
-- path by the portal's roll-up job (InsightRollup, every llais.insight.rollup-seconds): no trigger and no statement of
-- a report, an acknowledgement or a referral touches them, so they add no lock to those transactions.
--   insight_volume:   concerns per month (of created_at, UTC, as yyyymm), ward, category and partner (0: none)
--   insight_month_total: the same without the ward (per month, category and partner)
--   insight_duration: per month, category and partner, how many acknowledgement ('ACKNOWLEDGE') or resolution
--                     ('RESOLVE') times fell in each bucket of minutes. A bucket is the resolution the dashboard
--                     shows a duration in (DurationBuckets): one minute under 2 hours, one hour (rounded) under
--                     2 days, one day (rounded) beyond; `minutes` is the smallest value of the bucket. A nearest-rank
--                     percentile of the buckets therefore shows as the same figure as the exact one.
-- A month's cells are used only while the month is clean: no row of it changed after the watermark
-- (insight_rollup.rolled_up_to) and it is not in insight_dirty_month. Dirty months, and the days around the whole
-- months of a period, are read from insight_concern, so every figure is exactly what insight_concern gives.
CREATE TABLE insight_volume (
    month_code     INT          NOT NULL,
    ward_code      VARCHAR(9)   NOT NULL,
    category_code  VARCHAR(40)  NOT NULL,
    partner_key    BIGINT       NOT NULL,
    concerns       INT          NOT NULL,
    PRIMARY KEY (month_code, ward_code, category_code, partner_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX insight_volume_by_partner ON insight_volume (partner_key, month_code, category_code, ward_code, concerns);
CREATE INDEX insight_volume_by_category ON insight_volume (category_code, month_code, partner_key, ward_code, concerns);

-- The same counts without the ward (a few thousand cells for five years), for the views that do not group by ward.
CREATE TABLE insight_month_total (
    month_code     INT          NOT NULL,
    category_code  VARCHAR(40)  NOT NULL,
    partner_key    BIGINT       NOT NULL,
    concerns       INT          NOT NULL,
    PRIMARY KEY (month_code, category_code, partner_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE insight_duration (
    measure        VARCHAR(11)  NOT NULL,
    month_code     INT          NOT NULL,
    category_code  VARCHAR(40)  NOT NULL,
    partner_key    BIGINT       NOT NULL,
    minutes        INT          NOT NULL,
    concerns       INT          NOT NULL,
    PRIMARY KEY (measure, month_code, category_code, partner_key, minutes)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX insight_duration_by_partner ON insight_duration (measure, partner_key, month_code, category_code, minutes, concerns);
CREATE INDEX insight_duration_by_category ON insight_duration (measure, category_code, month_code, partner_key, minutes, concerns);

-- When a row's values last changed, set by MariaDB itself (no trigger): on insert, and on an update that changes a
-- value (V26's triggers rewrite rows with the same values often; those leave it alone). Its index finds the months
-- changed since the watermark by a range scan.
ALTER TABLE insight_concern
    ADD COLUMN changed_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6);
CREATE INDEX insight_changed ON insight_concern (changed_at, created_at);

-- The roll-up's watermark: every change made up to it is in the cells (one row).
CREATE TABLE insight_rollup (
    id            TINYINT      NOT NULL PRIMARY KEY,
    rolled_up_to  DATETIME(6)  NOT NULL,
    CONSTRAINT insight_rollup_one CHECK (id = 1)
) ENGINE=InnoDB;

-- Months that lost a row (a concern deleted: erasure or retention, rare): a deletion leaves no changed_at behind.
CREATE TABLE insight_dirty_month (
    month_code  INT  NOT NULL PRIMARY KEY
) ENGINE=InnoDB;

-- A concern's removal removes its insight row by a statement (a foreign key's cascade fires no trigger), so the
-- trigger on insight_concern marks the month.
CREATE TRIGGER insight_concern_removed BEFORE DELETE ON concern FOR EACH ROW
    DELETE FROM insight_concern WHERE concern_id = OLD.id;

CREATE TRIGGER insight_month_dirtied AFTER DELETE ON insight_concern FOR EACH ROW
    INSERT IGNORE INTO insight_dirty_month (month_code) VALUES (EXTRACT(YEAR_MONTH FROM OLD.created_at));

-- The cells of the rows there are now; every row's changed_at is the ALTER's time, before @filled.
SET @filled = NOW(6);

INSERT INTO insight_volume (month_code, ward_code, category_code, partner_key, concerns)
SELECT EXTRACT(YEAR_MONTH FROM created_at), ward_code, category_code, COALESCE(partner_id, 0), COUNT(*)
FROM insight_concern
GROUP BY EXTRACT(YEAR_MONTH FROM created_at), ward_code, category_code, COALESCE(partner_id, 0);

INSERT INTO insight_month_total (month_code, category_code, partner_key, concerns)
SELECT month_code, category_code, partner_key, SUM(concerns) FROM insight_volume GROUP BY month_code, category_code, partner_key;

INSERT INTO insight_duration (measure, month_code, category_code, partner_key, minutes, concerns)
SELECT 'ACKNOWLEDGE', m, category_code, p, b, COUNT(*)
FROM (SELECT EXTRACT(YEAR_MONTH FROM created_at) AS m, category_code, COALESCE(partner_id, 0) AS p,
             CASE WHEN ack_minutes < 120 THEN ack_minutes
                  WHEN ack_minutes < 2880 THEN GREATEST(120, 60 * ((ack_minutes + 30) DIV 60) - 30)
                  ELSE GREATEST(2880, 1440 * ((ack_minutes + 720) DIV 1440) - 720) END AS b
      FROM insight_concern WHERE ack_minutes IS NOT NULL) x
GROUP BY m, category_code, p, b;

INSERT INTO insight_duration (measure, month_code, category_code, partner_key, minutes, concerns)
SELECT 'RESOLVE', m, category_code, p, b, COUNT(*)
FROM (SELECT EXTRACT(YEAR_MONTH FROM created_at) AS m, category_code, COALESCE(partner_id, 0) AS p,
             CASE WHEN resolve_minutes < 120 THEN resolve_minutes
                  WHEN resolve_minutes < 2880 THEN GREATEST(120, 60 * ((resolve_minutes + 30) DIV 60) - 30)
                  ELSE GREATEST(2880, 1440 * ((resolve_minutes + 720) DIV 1440) - 720) END AS b
      FROM insight_concern WHERE resolve_minutes IS NOT NULL) x
GROUP BY m, category_code, p, b;

INSERT INTO insight_rollup (id, rolled_up_to) VALUES (1, @filled);
