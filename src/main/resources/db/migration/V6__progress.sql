-- The progress projection: statements that count towards completions (evidence, extracted in the
-- statement's own transaction), a durable work queue drained by the projector, one lock row per
-- municipality (a single projector writes a municipality at a time, whatever the number of nodes)
-- and the person-level completions that reports read. See docs/progress.md. Times are UTC.

-- One row per stored statement that can complete a module or a course, keyed by the statement's
-- seq. The actor is kept as person_identity keys it (kind, value), so evidence joins identities by
-- equality and counts as soon as the roster knows the person. Immutable except voided.
CREATE TABLE progress_evidence (
  seq             BIGINT        NOT NULL,
  municipality_id BIGINT        NOT NULL,
  statement_id    CHAR(36)      CHARACTER SET ascii NOT NULL,
  kind            VARCHAR(12)   NOT NULL,
  actor_kind      VARCHAR(20)   NOT NULL,
  actor_value     VARCHAR(700)  NOT NULL,
  course_code     VARCHAR(40)   NULL,
  module_code     VARCHAR(40)   NULL,
  activity_id     VARCHAR(1000) NULL,
  occurred_at     DATETIME(6)   NOT NULL,
  voided          BOOLEAN       NOT NULL DEFAULT FALSE,
  PRIMARY KEY (seq),
  KEY ix_progress_evidence_actor (municipality_id, actor_kind, actor_value),
  KEY ix_progress_evidence_statement (municipality_id, statement_id)
) ENGINE=InnoDB;

-- Work for the projector, written in the transaction that caused it: EVIDENCE (ref = evidence seq,
-- new or voided) or PERSON (ref = person id whose identities changed). A row is deleted only by the
-- projector transaction that applied it.
CREATE TABLE progress_pending (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  municipality_id BIGINT       NOT NULL,
  kind            VARCHAR(12)  NOT NULL,
  ref             BIGINT       NOT NULL,
  enqueued_at     DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_progress_pending_municipality (municipality_id, id)
) ENGINE=InnoDB;

-- The lock row a projector holds (SELECT … FOR UPDATE SKIP LOCKED) while it writes a municipality's
-- completions, and when it last did.
CREATE TABLE progress_projector (
  municipality_id   BIGINT      NOT NULL,
  last_projected_at DATETIME(6) NULL,
  PRIMARY KEY (municipality_id)
) ENGINE=InnoDB;

CREATE TABLE module_completion (
  municipality_id BIGINT       NOT NULL,
  person_id       BIGINT       NOT NULL,
  course_code     VARCHAR(40)  NOT NULL,
  module_code     VARCHAR(40)  NOT NULL,
  completed_at    DATETIME(6)  NOT NULL,
  statement_id    CHAR(36)     CHARACTER SET ascii NOT NULL,
  PRIMARY KEY (person_id, course_code, module_code),
  KEY ix_module_completion_course (municipality_id, course_code, module_code, completed_at)
) ENGINE=InnoDB;

-- basis: MODULES (every mandatory module), ATTENDANCE (a group version's attendance rule) or
-- REGISTERED (a completion statement on the course activity itself); the earliest basis wins.
CREATE TABLE course_completion (
  municipality_id BIGINT       NOT NULL,
  person_id       BIGINT       NOT NULL,
  course_code     VARCHAR(40)  NOT NULL,
  completed_at    DATETIME(6)  NOT NULL,
  basis           VARCHAR(20)  NOT NULL,
  version_code    VARCHAR(40)  NULL,
  statement_id    CHAR(36)     CHARACTER SET ascii NOT NULL,
  PRIMARY KEY (person_id, course_code),
  KEY ix_course_completion_course (municipality_id, course_code, completed_at)
) ENGINE=InnoDB;
