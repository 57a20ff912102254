-- The organisation of a municipality: units in a hierarchy, staff (persons) with their employments
-- and the xAPI actor identities that map statements to a person. Nothing here is ever deleted by an
-- import: units are closed and employments end-dated, so that reports as of an earlier date and
-- trends stay true.

CREATE TABLE org_unit (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  municipality_id BIGINT       NOT NULL,
  code            VARCHAR(50)  NOT NULL,
  name            VARCHAR(200) NOT NULL,
  unit_type       VARCHAR(40)  NOT NULL,
  parent_id       BIGINT       NULL,
  closed_on       DATE         NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_org_unit_code (municipality_id, code),
  KEY ix_org_unit_parent (parent_id),
  CONSTRAINT fk_org_unit_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
) ENGINE=InnoDB;

CREATE TABLE person (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  municipality_id BIGINT       NOT NULL,
  employee_id     VARCHAR(50)  NOT NULL,
  full_name       VARCHAR(200) NOT NULL,
  email           VARCHAR(320) NULL,
  created_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_person_employee (municipality_id, employee_id),
  CONSTRAINT fk_person_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE=InnoDB;

-- One row per employment; the business key within a municipality is
-- (person, unit, position_code, start_date). end_date NULL = open-ended.
CREATE TABLE employment (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  municipality_id    BIGINT       NOT NULL,
  person_id          BIGINT       NOT NULL,
  unit_id            BIGINT       NOT NULL,
  position_code      CHAR(4)      NOT NULL,
  position_title     VARCHAR(200) NOT NULL,
  employment_percent DECIMAL(5,2) NOT NULL,
  shift_pattern      VARCHAR(20)  NOT NULL,
  employment_kind    VARCHAR(20)  NOT NULL,
  start_date         DATE         NOT NULL,
  end_date           DATE         NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_employment_key (person_id, unit_id, position_code, start_date),
  KEY ix_employment_active (municipality_id, start_date, end_date),
  KEY ix_employment_unit (unit_id, start_date, end_date),
  CONSTRAINT fk_employment_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  CONSTRAINT fk_employment_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_employment_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
  CONSTRAINT ck_employment_percent CHECK (employment_percent BETWEEN 0 AND 100)
) ENGINE=InnoDB;

-- "Which person is actor X in municipality M?": kind MBOX (mailto:, lower-cased), MBOX_SHA1SUM (hex
-- SHA-1 of that mbox) or ACCOUNT (the account name = employee id; a look-up checks that the
-- actor's homePage is the municipality's account homePage).
CREATE TABLE person_identity (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  municipality_id BIGINT       NOT NULL,
  person_id       BIGINT       NOT NULL,
  kind            VARCHAR(20)  NOT NULL,
  value           VARCHAR(700) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_person_identity (municipality_id, kind, value),
  KEY ix_person_identity_person (person_id),
  CONSTRAINT fk_person_identity_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  CONSTRAINT fk_person_identity_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB;
