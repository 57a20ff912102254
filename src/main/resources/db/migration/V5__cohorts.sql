-- Cohorts: a group of staff running one course version with facilitators, its group sessions
-- ("samlinger"), who is enrolled, who attended (each attendance is also an xAPI statement, whose id
-- the row keeps) and the short-lived codes staff check in with. All times are DATETIME(6) in UTC.
-- The progress projection reads cohort, cohort_session and session_attendance: keep their names and
-- the columns it uses (municipality_id, course_code, version_code, activity_id, number, starts_at).

CREATE TABLE cohort (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  municipality_id BIGINT        NOT NULL,
  public_id       CHAR(36)      CHARACTER SET ascii NOT NULL,
  activity_id     VARCHAR(255)  NOT NULL,
  course_code     VARCHAR(40)   NOT NULL,
  version_code    VARCHAR(40)   NOT NULL,
  name            VARCHAR(200)  NOT NULL,
  description     VARCHAR(2000) NULL,
  start_date      DATE          NOT NULL,
  end_date        DATE          NOT NULL,
  contact_name    VARCHAR(200)  NULL,
  contact_email   VARCHAR(320)  NULL,
  contact_phone   VARCHAR(40)   NULL,
  created_by      VARCHAR(100)  NOT NULL,
  created_at      DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_cohort_public_id (public_id),
  UNIQUE KEY uk_cohort_activity (municipality_id, activity_id),
  KEY ix_cohort_course (municipality_id, course_code, version_code),
  CONSTRAINT fk_cohort_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  CONSTRAINT ck_cohort_dates CHECK (end_date >= start_date)
) ENGINE=InnoDB;

-- User accounts of the cohort's municipality (any role) who lead its sessions.
CREATE TABLE cohort_facilitator (
  cohort_id       BIGINT NOT NULL,
  user_account_id BIGINT NOT NULL,
  PRIMARY KEY (cohort_id, user_account_id),
  KEY ix_cohort_facilitator_user (user_account_id),
  CONSTRAINT fk_cohort_facilitator_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
  CONSTRAINT fk_cohort_facilitator_user FOREIGN KEY (user_account_id) REFERENCES user_account (id)
) ENGINE=InnoDB;

-- A gathering of the cohort: number 1..n, JOINT or LOCAL, from starts_at to ends_at (UTC).
CREATE TABLE cohort_session (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  municipality_id BIGINT       NOT NULL,
  cohort_id       BIGINT       NOT NULL,
  public_id       CHAR(36)     CHARACTER SET ascii NOT NULL,
  activity_id     VARCHAR(255) NOT NULL,
  number          INT          NOT NULL,
  kind            VARCHAR(10)  NOT NULL,
  title           VARCHAR(200) NOT NULL,
  starts_at       DATETIME(6)  NOT NULL,
  ends_at         DATETIME(6)  NOT NULL,
  location        VARCHAR(200) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_cohort_session_public_id (public_id),
  UNIQUE KEY uk_cohort_session_activity (municipality_id, activity_id),
  UNIQUE KEY uk_cohort_session_number (cohort_id, number),
  KEY ix_cohort_session_starts (municipality_id, starts_at),
  CONSTRAINT fk_cohort_session_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  CONSTRAINT fk_cohort_session_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
  CONSTRAINT ck_cohort_session_number CHECK (number >= 1),
  CONSTRAINT ck_cohort_session_times CHECK (ends_at > starts_at)
) ENGINE=InnoDB;

-- The course modules (codes of the cohort's course) a session covers.
CREATE TABLE cohort_session_module (
  session_id  BIGINT      NOT NULL,
  module_code VARCHAR(40) NOT NULL,
  PRIMARY KEY (session_id, module_code),
  CONSTRAINT fk_cohort_session_module_session FOREIGN KEY (session_id) REFERENCES cohort_session (id)
) ENGINE=InnoDB;

-- Who is enrolled: a person once per cohort.
CREATE TABLE cohort_member (
  cohort_id       BIGINT       NOT NULL,
  person_id       BIGINT       NOT NULL,
  municipality_id BIGINT       NOT NULL,
  enrolled_by     VARCHAR(100) NOT NULL,
  enrolled_at     DATETIME(6)  NOT NULL,
  PRIMARY KEY (cohort_id, person_id),
  KEY ix_cohort_member_person (person_id),
  CONSTRAINT fk_cohort_member_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
  CONSTRAINT fk_cohort_member_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_cohort_member_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE=InnoDB;

-- Who attended a session, how (FACILITATOR: recorded by a facilitator or coordinator; CHECK_IN: the
-- person checked in with a code) and the id of the "attended" statement written with it. The
-- foreign keys keep attendance to enrolled persons and stop a session with attendance from being
-- deleted, whatever the code does.
CREATE TABLE session_attendance (
  session_id      BIGINT       NOT NULL,
  person_id       BIGINT       NOT NULL,
  cohort_id       BIGINT       NOT NULL,
  municipality_id BIGINT       NOT NULL,
  statement_id    CHAR(36)     CHARACTER SET ascii NOT NULL,
  method          VARCHAR(20)  NOT NULL,
  recorded_by     VARCHAR(100) NOT NULL,
  recorded_at     DATETIME(6)  NOT NULL,
  PRIMARY KEY (session_id, person_id),
  UNIQUE KEY uk_session_attendance_statement (municipality_id, statement_id),
  KEY ix_session_attendance_person (person_id),
  KEY ix_session_attendance_member (cohort_id, person_id),
  CONSTRAINT fk_session_attendance_session FOREIGN KEY (session_id) REFERENCES cohort_session (id),
  CONSTRAINT fk_session_attendance_member FOREIGN KEY (cohort_id, person_id)
    REFERENCES cohort_member (cohort_id, person_id),
  CONSTRAINT fk_session_attendance_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  CONSTRAINT ck_session_attendance_method CHECK (method IN ('FACILITATOR', 'CHECK_IN'))
) ENGINE=InnoDB;

-- Check-in codes shown at a session. One is open per session at a time (opening again closes the
-- previous one); closed and expired codes are kept for a day so that staff who type them are told
-- why they no longer work, then removed. A code is unique within the municipality.
CREATE TABLE check_in_code (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  municipality_id BIGINT       NOT NULL,
  session_id      BIGINT       NOT NULL,
  code            CHAR(6)      CHARACTER SET ascii NOT NULL,
  opened_by       VARCHAR(100) NOT NULL,
  opened_at       DATETIME(6)  NOT NULL,
  expires_at      DATETIME(6)  NOT NULL,
  closed_at       DATETIME(6)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_check_in_code (municipality_id, code),
  KEY ix_check_in_code_session (session_id),
  KEY ix_check_in_code_expires (municipality_id, expires_at),
  CONSTRAINT fk_check_in_code_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  CONSTRAINT fk_check_in_code_session FOREIGN KEY (session_id) REFERENCES cohort_session (id)
) ENGINE=InnoDB;

-- Wrong check-in codes per user, so that guessing is refused across every node (see GuessingLimit).
-- Only the last window's attempts are kept.
CREATE TABLE check_in_attempt (
  id              BIGINT      NOT NULL AUTO_INCREMENT,
  user_account_id BIGINT      NOT NULL,
  attempted_at    DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_check_in_attempt_user (user_account_id, attempted_at),
  CONSTRAINT fk_check_in_attempt_user FOREIGN KEY (user_account_id) REFERENCES user_account (id)
) ENGINE=InnoDB;
