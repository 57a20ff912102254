-- One row per statement a stored voiding statement targets: the row both sides of a voiding race
-- meet at (docs/xapi-storage.md, "Voiding"). A voiding statement inserts it before it marks its
-- target; a store reads the rows of its new ids with a locking read, which waits for a voiding
-- statement still in flight and gap-locks the ids until it commits, so a voiding statement that
-- arrives meanwhile waits for the target and then finds it. Written only by voiding statements
-- (a plain store writes nothing here). The first voiding statement of a target keeps the row.
CREATE TABLE xapi_voiding (
  municipality_id BIGINT   NOT NULL,
  target_id       CHAR(36) CHARACTER SET ascii NOT NULL,
  voiding_id      CHAR(36) CHARACTER SET ascii NOT NULL,
  PRIMARY KEY (municipality_id, target_id)
) ENGINE=InnoDB;

INSERT IGNORE INTO xapi_voiding (municipality_id, target_id, voiding_id)
  SELECT municipality_id, voids_statement, statement_id FROM xapi_statement
  WHERE voids_statement IS NOT NULL ORDER BY seq;

-- Repair what the race lost before: a statement whose voiding statement is stored is voided (a
-- voiding statement itself never is), and so is its evidence, queued for its person's recompute.
UPDATE xapi_statement t
  JOIN xapi_voiding v ON v.municipality_id = t.municipality_id AND v.target_id = t.statement_id
  SET t.voided = TRUE
  WHERE NOT t.voided AND t.voids_statement IS NULL;

INSERT INTO progress_pending (municipality_id, kind, ref, enqueued_at)
  SELECT e.municipality_id, 'EVIDENCE', e.seq, UTC_TIMESTAMP(6) FROM progress_evidence e
  JOIN xapi_statement s ON s.seq = e.seq
  WHERE s.voided AND NOT e.voided ORDER BY e.seq;

UPDATE progress_evidence e JOIN xapi_statement s ON s.seq = e.seq
  SET e.voided = TRUE
  WHERE s.voided AND NOT e.voided;
