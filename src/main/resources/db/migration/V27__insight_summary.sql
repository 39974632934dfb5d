-- Insight summary: the wide dashboard views (the administrator's, or a partner's, over years, with no area filter) add
-- up a few hundred thousand month cells instead of reading a million insight_concern rows. Both tables are kept from
-- insight_concern (V26) by triggers on it, so whatever changes a concern's ward, category, partner, status or times
-- (a reroute, a referral, a merge, a closing, an area import) moves the concern from its old cell to its new one.
--   insight_volume:   concerns per month (of created_at, UTC, as yyyymm), ward, category and partner (0: none)
--   insight_duration: per month, category and partner, how many acknowledgement ('ACKNOWLEDGE') or resolution
--                     ('RESOLVE') times fell in each bucket of minutes. A bucket is the resolution the dashboard
--                     shows a duration in (DurationBuckets): one minute under 2 hours, one hour (rounded) under
--                     2 days, one day (rounded) beyond; `minutes` is the smallest value of the bucket. A nearest-rank
--                     percentile of the buckets therefore shows as the same figure as the exact one.
-- A cell whose count falls to 0 is removed. An update that changes none of a row's cells (V26 rewrites the row on
-- every update of its concern) touches no cell: the conditions on OLD and NEW alone are false before any row is read.
-- Days before the first whole month and after the last one of a period are still read from insight_concern, so every
-- period gives exactly the figures insight_concern gives.
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

INSERT INTO insight_volume (month_code, ward_code, category_code, partner_key, concerns)
SELECT EXTRACT(YEAR_MONTH FROM created_at), ward_code, category_code, COALESCE(partner_id, 0), COUNT(*)
FROM insight_concern
GROUP BY EXTRACT(YEAR_MONTH FROM created_at), ward_code, category_code, COALESCE(partner_id, 0);

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

-- A concern's removal removes its insight row by a statement (a foreign key's cascade fires no trigger), so the
-- triggers below take it out of its cells.
CREATE TRIGGER insight_concern_removed BEFORE DELETE ON concern FOR EACH ROW
    DELETE FROM insight_concern WHERE concern_id = OLD.id;

CREATE TRIGGER insight_volume_added AFTER INSERT ON insight_concern FOR EACH ROW
    INSERT INTO insight_volume (month_code, ward_code, category_code, partner_key, concerns)
    VALUES (EXTRACT(YEAR_MONTH FROM NEW.created_at), NEW.ward_code, NEW.category_code, COALESCE(NEW.partner_id, 0), 1)
    ON DUPLICATE KEY UPDATE concerns = concerns + 1;

CREATE TRIGGER insight_duration_added AFTER INSERT ON insight_concern FOR EACH ROW
    INSERT INTO insight_duration (measure, month_code, category_code, partner_key, minutes, concerns)
    SELECT x.measure, EXTRACT(YEAR_MONTH FROM NEW.created_at), NEW.category_code, COALESCE(NEW.partner_id, 0),
           CASE WHEN x.v < 120 THEN x.v
                WHEN x.v < 2880 THEN GREATEST(120, 60 * ((x.v + 30) DIV 60) - 30)
                ELSE GREATEST(2880, 1440 * ((x.v + 720) DIV 1440) - 720) END, 1
    FROM (SELECT 'ACKNOWLEDGE' AS measure, NEW.ack_minutes AS v UNION ALL SELECT 'RESOLVE', NEW.resolve_minutes) x
    WHERE x.v IS NOT NULL
    ON DUPLICATE KEY UPDATE concerns = concerns + 1;

CREATE TRIGGER insight_volume_changed AFTER UPDATE ON insight_concern FOR EACH ROW
    INSERT INTO insight_volume (month_code, ward_code, category_code, partner_key, concerns)
    SELECT x.m, x.w, x.c, x.p, x.n
    FROM (SELECT EXTRACT(YEAR_MONTH FROM OLD.created_at) AS m, OLD.ward_code AS w, OLD.category_code AS c,
                 COALESCE(OLD.partner_id, 0) AS p, -1 AS n
          UNION ALL
          SELECT EXTRACT(YEAR_MONTH FROM NEW.created_at), NEW.ward_code, NEW.category_code, COALESCE(NEW.partner_id, 0), 1) x
    WHERE NOT (OLD.created_at <=> NEW.created_at AND OLD.ward_code <=> NEW.ward_code
               AND OLD.category_code <=> NEW.category_code AND OLD.partner_id <=> NEW.partner_id)
    ON DUPLICATE KEY UPDATE concerns = concerns + VALUES(concerns);

CREATE TRIGGER insight_volume_emptied AFTER UPDATE ON insight_concern FOR EACH ROW
    DELETE FROM insight_volume
    WHERE NOT (OLD.created_at <=> NEW.created_at AND OLD.ward_code <=> NEW.ward_code
               AND OLD.category_code <=> NEW.category_code AND OLD.partner_id <=> NEW.partner_id)
      AND month_code = EXTRACT(YEAR_MONTH FROM OLD.created_at) AND ward_code = OLD.ward_code
      AND category_code = OLD.category_code AND partner_key = COALESCE(OLD.partner_id, 0) AND concerns = 0;

CREATE TRIGGER insight_duration_changed AFTER UPDATE ON insight_concern FOR EACH ROW
    INSERT INTO insight_duration (measure, month_code, category_code, partner_key, minutes, concerns)
    SELECT x.measure, x.m, x.c, x.p,
           CASE WHEN x.v < 120 THEN x.v
                WHEN x.v < 2880 THEN GREATEST(120, 60 * ((x.v + 30) DIV 60) - 30)
                ELSE GREATEST(2880, 1440 * ((x.v + 720) DIV 1440) - 720) END, x.n
    FROM (SELECT 'ACKNOWLEDGE' AS measure, EXTRACT(YEAR_MONTH FROM OLD.created_at) AS m, OLD.category_code AS c,
                 COALESCE(OLD.partner_id, 0) AS p, OLD.ack_minutes AS v, -1 AS n,
                 OLD.ack_minutes <=> NEW.ack_minutes AS same
          UNION ALL
          SELECT 'ACKNOWLEDGE', EXTRACT(YEAR_MONTH FROM NEW.created_at), NEW.category_code, COALESCE(NEW.partner_id, 0),
                 NEW.ack_minutes, 1, OLD.ack_minutes <=> NEW.ack_minutes
          UNION ALL
          SELECT 'RESOLVE', EXTRACT(YEAR_MONTH FROM OLD.created_at), OLD.category_code, COALESCE(OLD.partner_id, 0),
                 OLD.resolve_minutes, -1, OLD.resolve_minutes <=> NEW.resolve_minutes
          UNION ALL
          SELECT 'RESOLVE', EXTRACT(YEAR_MONTH FROM NEW.created_at), NEW.category_code, COALESCE(NEW.partner_id, 0),
                 NEW.resolve_minutes, 1, OLD.resolve_minutes <=> NEW.resolve_minutes) x
    WHERE x.v IS NOT NULL
      AND NOT (x.same AND OLD.created_at <=> NEW.created_at AND OLD.category_code <=> NEW.category_code
               AND OLD.partner_id <=> NEW.partner_id)
    ON DUPLICATE KEY UPDATE concerns = concerns + VALUES(concerns);

CREATE TRIGGER insight_duration_emptied AFTER UPDATE ON insight_concern FOR EACH ROW
    DELETE FROM insight_duration
    WHERE NOT (OLD.created_at <=> NEW.created_at AND OLD.category_code <=> NEW.category_code
               AND OLD.partner_id <=> NEW.partner_id AND OLD.ack_minutes <=> NEW.ack_minutes
               AND OLD.resolve_minutes <=> NEW.resolve_minutes)
      AND measure IN ('ACKNOWLEDGE', 'RESOLVE') AND month_code = EXTRACT(YEAR_MONTH FROM OLD.created_at)
      AND category_code = OLD.category_code AND partner_key = COALESCE(OLD.partner_id, 0) AND concerns = 0;

CREATE TRIGGER insight_volume_removed AFTER DELETE ON insight_concern FOR EACH ROW
    INSERT INTO insight_volume (month_code, ward_code, category_code, partner_key, concerns)
    VALUES (EXTRACT(YEAR_MONTH FROM OLD.created_at), OLD.ward_code, OLD.category_code, COALESCE(OLD.partner_id, 0), -1)
    ON DUPLICATE KEY UPDATE concerns = concerns - 1;

CREATE TRIGGER insight_volume_removed_emptied AFTER DELETE ON insight_concern FOR EACH ROW
    DELETE FROM insight_volume
    WHERE month_code = EXTRACT(YEAR_MONTH FROM OLD.created_at) AND ward_code = OLD.ward_code
      AND category_code = OLD.category_code AND partner_key = COALESCE(OLD.partner_id, 0) AND concerns = 0;

CREATE TRIGGER insight_duration_removed AFTER DELETE ON insight_concern FOR EACH ROW
    INSERT INTO insight_duration (measure, month_code, category_code, partner_key, minutes, concerns)
    SELECT x.measure, EXTRACT(YEAR_MONTH FROM OLD.created_at), OLD.category_code, COALESCE(OLD.partner_id, 0),
           CASE WHEN x.v < 120 THEN x.v
                WHEN x.v < 2880 THEN GREATEST(120, 60 * ((x.v + 30) DIV 60) - 30)
                ELSE GREATEST(2880, 1440 * ((x.v + 720) DIV 1440) - 720) END, -1
    FROM (SELECT 'ACKNOWLEDGE' AS measure, OLD.ack_minutes AS v UNION ALL SELECT 'RESOLVE', OLD.resolve_minutes) x
    WHERE x.v IS NOT NULL
    ON DUPLICATE KEY UPDATE concerns = concerns - 1;

CREATE TRIGGER insight_duration_removed_emptied AFTER DELETE ON insight_concern FOR EACH ROW
    DELETE FROM insight_duration
    WHERE measure IN ('ACKNOWLEDGE', 'RESOLVE') AND month_code = EXTRACT(YEAR_MONTH FROM OLD.created_at)
      AND category_code = OLD.category_code AND partner_key = COALESCE(OLD.partner_id, 0) AND concerns = 0;
