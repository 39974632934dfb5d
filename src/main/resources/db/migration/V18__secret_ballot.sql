-- A secret ballot. That a voter (a voting code's hash; later an account) has voted is kept apart from the ballot,
-- with nothing that joins the two: no column, no time (a code records that it was used, not when), no order
-- (pb_voter is stored in key order, not the order of voting). One ballot per voter is still held by the database:
-- pb_voter's primary key, written in the same transaction as the ballot.
CREATE TABLE pb_voter (
    round_id   BIGINT       NOT NULL,
    voter_key  VARCHAR(80)  NOT NULL,
    PRIMARY KEY (round_id, voter_key),
    CONSTRAINT pb_voter_round FOREIGN KEY (round_id) REFERENCES pb_round (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO pb_voter (round_id, voter_key) SELECT round_id, voter_key FROM pb_ballot;

CREATE INDEX pb_ballot_by_round ON pb_ballot (round_id);
ALTER TABLE pb_ballot DROP INDEX pb_ballot_once;
ALTER TABLE pb_ballot DROP COLUMN voter_key;

ALTER TABLE pb_voting_code ADD COLUMN used BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE pb_voting_code SET used = TRUE WHERE used_at IS NOT NULL;
ALTER TABLE pb_voting_code DROP COLUMN used_at;
