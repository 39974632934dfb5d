-- Outcome and merge e-mails. A status change made by publishing an outcome is told by the outcome's e-mail, not by one of
-- its own; superseded_by names the outcome that took its place (it is marked dispatched and left out of digests).
ALTER TABLE concern_news ADD COLUMN superseded_by BIGINT NULL;

-- The followers a concern had when it was merged into another: the news of the merge goes to them, but by the time
-- it is dispatched they follow the kept concern. Only resident ids (an erased account takes its rows with it), and
-- the rows go once the news is dispatched.
CREATE TABLE concern_news_follower (
    news_id      BIGINT  NOT NULL,
    resident_id  BIGINT  NOT NULL,
    PRIMARY KEY (news_id, resident_id),
    CONSTRAINT concern_news_follower_news FOREIGN KEY (news_id) REFERENCES concern_news (id) ON DELETE CASCADE,
    CONSTRAINT concern_news_follower_resident FOREIGN KEY (resident_id) REFERENCES resident_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
