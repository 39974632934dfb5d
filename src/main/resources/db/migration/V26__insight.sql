-- Insight: one narrow row per concern with everything the dashboards group and filter by (day, ward, local
-- authority, category, the partner and team that hold it, status) and its two durations in minutes, so that every
-- figure is one GROUP BY over an index, without joining concern, concern_assignment, team and ward at 1 million rows.
-- The row is kept by triggers on the tables it copies (whatever writes them: the portal, the area import, a bulk
-- load), and removed with its concern.
--   ack_minutes:     from the hand-over to the team that holds the concern now, to that team's acknowledgement
--   resolve_minutes: from the report to its latest move to "closed" (NULL while it is open)
-- Every concern counts, merged duplicates too, as in the inbox the figures link to.
CREATE TABLE insight_concern (
    concern_id       BIGINT       NOT NULL PRIMARY KEY,
    created_at       DATETIME(3)  NOT NULL,
    ward_code        VARCHAR(9)   NOT NULL,
    authority_code   VARCHAR(9)   NOT NULL,
    category_code    VARCHAR(40)  NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    partner_id       BIGINT       NULL,
    team_id          BIGINT       NULL,
    assigned_at      DATETIME(3)  NULL,
    acknowledge_by   DATETIME(3)  NULL,
    acknowledged_at  DATETIME(3)  NULL,
    ack_minutes      INT          NULL,
    closed_at        DATETIME(3)  NULL,
    resolve_minutes  INT          NULL,
    CONSTRAINT insight_concern_concern FOREIGN KEY (concern_id) REFERENCES concern (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Covering indexes: each dashboard query reads one of these and never the table. The period leads (the
-- administrator's view), or the partner (a member of staff's), or the ward or authority (an area filter).
CREATE INDEX insight_by_period ON insight_concern (created_at, category_code, authority_code, ward_code,
    partner_id, status, ack_minutes, resolve_minutes);
CREATE INDEX insight_by_partner ON insight_concern (partner_id, created_at, category_code, authority_code,
    ward_code, status, ack_minutes, resolve_minutes);
CREATE INDEX insight_by_ward ON insight_concern (ward_code, created_at, category_code, partner_id, status,
    ack_minutes, resolve_minutes);
CREATE INDEX insight_by_authority ON insight_concern (authority_code, created_at, category_code, ward_code,
    partner_id, status, ack_minutes, resolve_minutes);
CREATE INDEX insight_overdue ON insight_concern (acknowledged_at, acknowledge_by, status, partner_id, created_at,
    category_code, authority_code, ward_code);

INSERT INTO insight_concern (concern_id, created_at, ward_code, authority_code, category_code, status,
                             partner_id, team_id, assigned_at, acknowledge_by, acknowledged_at, ack_minutes,
                             closed_at, resolve_minutes)
SELECT c.id, c.created_at, c.ward_code, w.local_authority_code, c.category_code,
       c.status, t.partner_id, a.team_id, a.assigned_at, a.acknowledge_by, a.acknowledged_at,
       TIMESTAMPDIFF(MINUTE, a.assigned_at, a.acknowledged_at),
       IF(c.status = 'CLOSED', (SELECT MAX(s.changed_at) FROM concern_status_change s
                                WHERE s.concern_id = c.id AND s.status = 'CLOSED'), NULL),
       NULL
FROM concern c
JOIN ward w ON w.code = c.ward_code
LEFT JOIN concern_assignment a ON a.concern_id = c.id
LEFT JOIN team t ON t.id = a.team_id;

UPDATE insight_concern SET resolve_minutes = TIMESTAMPDIFF(MINUTE, created_at, closed_at) WHERE closed_at IS NOT NULL;

CREATE TRIGGER insight_concern_added AFTER INSERT ON concern FOR EACH ROW
    INSERT INTO insight_concern (concern_id, created_at, ward_code, authority_code, category_code, status)
    VALUES (NEW.id, NEW.created_at, NEW.ward_code,
            (SELECT w.local_authority_code FROM ward w WHERE w.code = NEW.ward_code), NEW.category_code, NEW.status);

CREATE TRIGGER insight_concern_changed AFTER UPDATE ON concern FOR EACH ROW
    UPDATE insight_concern
    SET ward_code = NEW.ward_code,
        authority_code = (SELECT w.local_authority_code FROM ward w WHERE w.code = NEW.ward_code),
        category_code = NEW.category_code,
        status = NEW.status
    WHERE concern_id = NEW.id;

CREATE TRIGGER insight_status_changed AFTER INSERT ON concern_status_change FOR EACH ROW
    UPDATE insight_concern
    SET closed_at = IF(NEW.status = 'CLOSED', NEW.changed_at, NULL),
        resolve_minutes = IF(NEW.status = 'CLOSED', TIMESTAMPDIFF(MINUTE, created_at, NEW.changed_at), NULL)
    WHERE concern_id = NEW.concern_id;

CREATE TRIGGER insight_assigned AFTER INSERT ON concern_assignment FOR EACH ROW
    UPDATE insight_concern
    SET team_id = NEW.team_id,
        partner_id = (SELECT t.partner_id FROM team t WHERE t.id = NEW.team_id),
        assigned_at = NEW.assigned_at,
        acknowledge_by = NEW.acknowledge_by,
        acknowledged_at = NEW.acknowledged_at,
        ack_minutes = TIMESTAMPDIFF(MINUTE, NEW.assigned_at, NEW.acknowledged_at)
    WHERE concern_id = NEW.concern_id;

CREATE TRIGGER insight_reassigned AFTER UPDATE ON concern_assignment FOR EACH ROW
    UPDATE insight_concern
    SET team_id = NEW.team_id,
        partner_id = (SELECT t.partner_id FROM team t WHERE t.id = NEW.team_id),
        assigned_at = NEW.assigned_at,
        acknowledge_by = NEW.acknowledge_by,
        acknowledged_at = NEW.acknowledged_at,
        ack_minutes = TIMESTAMPDIFF(MINUTE, NEW.assigned_at, NEW.acknowledged_at)
    WHERE concern_id = NEW.concern_id;

-- Ratings by outcome and used codes by round are counted from these indexes alone.
CREATE INDEX outcome_rating_by_outcome ON outcome_rating (outcome_id, rating);
CREATE INDEX pb_voting_code_by_round ON pb_voting_code (round_id, used);
