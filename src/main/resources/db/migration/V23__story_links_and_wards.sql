-- Stories: the ward a story is about (a ward collection's own ward; in a local authority's collection the ward
-- its teller chose, or none), for the staff patterns' ward filter.
ALTER TABLE story ADD COLUMN ward_code VARCHAR(9) NULL;

UPDATE story s JOIN story_collection c ON c.id = s.collection_id SET s.ward_code = c.area_code WHERE c.area_kind = 'WARD';

CREATE INDEX story_by_ward ON story (collection_id, ward_code);

-- A story linked by staff to a concern or an outcome (kind CONCERN or OUTCOME, target_id the concern's or the
-- outcome's id). Only published outcomes are ever shown beside a published story; concerns never publicly.
CREATE TABLE story_link (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    story_id    BIGINT      NOT NULL,
    kind        VARCHAR(8)  NOT NULL,
    target_id   BIGINT      NOT NULL,
    created_by  BIGINT      NULL,
    created_at  DATETIME(3) NOT NULL,
    CONSTRAINT story_link_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE,
    CONSTRAINT story_link_once UNIQUE (story_id, kind, target_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX story_link_by_target ON story_link (kind, target_id);
