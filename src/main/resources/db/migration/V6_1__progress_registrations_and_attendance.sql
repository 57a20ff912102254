-- Progress, milestone 2: manual registrations with their audit trail, and attendance evidence.
-- See docs/progress.md. Times are UTC.

-- Attendance evidence names the cohort session it attended (cohort_session.activity_id is 255
-- wide; a longer activity is never a session and is not kept), and a cohort whose schedule changed
-- finds the persons who attended its sessions through this index.
ALTER TABLE progress_evidence
  MODIFY activity_id VARCHAR(255) NULL,
  ADD KEY ix_progress_evidence_activity (municipality_id, activity_id);

-- A completion a coordinator registered by hand (completed on paper, before the system existed),
-- with why; its statement (id = statement_id, authority = the coordinator) is what counts. Withdrawn
-- by voiding that statement: the row is kept, with who withdrew it, when, why and the voiding
-- statement, so the table is the audit trail.
CREATE TABLE manual_registration (
  statement_id         CHAR(36)      CHARACTER SET ascii NOT NULL,
  municipality_id      BIGINT        NOT NULL,
  person_id            BIGINT        NOT NULL,
  course_code          VARCHAR(40)   NOT NULL,
  module_code          VARCHAR(40)   NULL,
  completed_on         DATE          NOT NULL,
  reason               VARCHAR(1000) NOT NULL,
  registered_by        VARCHAR(100)  NOT NULL,
  registered_at        DATETIME(6)   NOT NULL,
  withdrawn_by         VARCHAR(100)  NULL,
  withdrawn_at         DATETIME(6)   NULL,
  withdrawal_reason    VARCHAR(1000) NULL,
  voiding_statement_id CHAR(36)      CHARACTER SET ascii NULL,
  PRIMARY KEY (statement_id),
  KEY ix_manual_registration_person (municipality_id, person_id, registered_at),
  CONSTRAINT fk_manual_registration_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  CONSTRAINT fk_manual_registration_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT ck_manual_registration_withdrawal CHECK (
    (withdrawn_at IS NULL AND withdrawn_by IS NULL AND withdrawal_reason IS NULL AND voiding_statement_id IS NULL)
    OR (withdrawn_at IS NOT NULL AND withdrawn_by IS NOT NULL AND withdrawal_reason IS NOT NULL AND voiding_statement_id IS NOT NULL))
) ENGINE=InnoDB;
