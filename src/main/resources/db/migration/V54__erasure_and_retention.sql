-- GDPR art. 17: who erased a person and when, without the erased data (the person is named only by
-- a random erasure id, which also names the stand-in Agent in others' statements), and the
-- retention periods per municipality (NULL: the global ABC_RETENTION_YEARS and
-- ABC_UNKNOWN_ACTOR_RETENTION_DAYS).
ALTER TABLE municipality
  ADD COLUMN retention_years INT NULL,
  ADD COLUMN unknown_actor_retention_days INT NULL;

CREATE TABLE erasure_record (
  erasure_id      CHAR(36)      CHARACTER SET ascii NOT NULL,
  municipality_id BIGINT        NOT NULL,
  erased_by       VARCHAR(100)  NOT NULL,
  erased_at       DATETIME(6)   NOT NULL,
  reason          VARCHAR(20)   NOT NULL,
  counts          VARCHAR(2000) NOT NULL,
  PRIMARY KEY (erasure_id),
  KEY ix_erasure_record_municipality (municipality_id, erased_at),
  CONSTRAINT fk_erasure_record_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE=InnoDB;

-- The retention job's lock and last run: one row, locked by the node that runs it.
CREATE TABLE retention_run (
  job         VARCHAR(40) NOT NULL,
  last_run_at DATETIME(6) NULL,
  PRIMARY KEY (job)
) ENGINE=InnoDB;

INSERT INTO retention_run (job, last_run_at) VALUES ('retention', NULL);
