-- Super-users (superbrukere): a person appointed for a unit and a welfare technology from a date,
-- optionally to a date (both inclusive), and the coverage rules that say how many qualified
-- super-users each shift of a unit needs for a technology. Appointments are ended (to_date set,
-- with who, when and why), never deleted; each one is also a statement in the municipality's LRS.

CREATE TABLE super_user_appointment (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  municipality_id BIGINT       NOT NULL,
  person_id       BIGINT       NOT NULL,
  unit_id         BIGINT       NOT NULL,
  technology      VARCHAR(40)  NOT NULL,
  from_date       DATE         NOT NULL,
  to_date         DATE         NULL,
  appointed_by    VARCHAR(100) NOT NULL,
  appointed_at    DATETIME(6)  NOT NULL,
  statement_id    CHAR(36)     CHARACTER SET ascii NOT NULL,
  ended_by        VARCHAR(100) NULL,
  ended_at        DATETIME(6)  NULL,
  end_reason      VARCHAR(500) NULL,
  PRIMARY KEY (id),
  KEY ix_super_user_active (municipality_id, from_date, to_date),
  KEY ix_super_user_person (person_id, unit_id, technology),
  KEY ix_super_user_unit (unit_id, technology),
  CONSTRAINT fk_super_user_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  CONSTRAINT fk_super_user_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_super_user_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
  CONSTRAINT ck_super_user_period CHECK (to_date IS NULL OR to_date >= from_date)
) ENGINE=InnoDB;

-- Which technologies a unit uses and how many qualified super-users each shift it runs needs
-- (0 = listed, no requirement). A technology a unit has active appointments for but no row for
-- needs 1 (see docs/api.md, "Super-users").
CREATE TABLE super_user_rule (
  id                BIGINT      NOT NULL AUTO_INCREMENT,
  municipality_id   BIGINT      NOT NULL,
  unit_id           BIGINT      NOT NULL,
  technology        VARCHAR(40) NOT NULL,
  minimum_per_shift INT         NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_super_user_rule (unit_id, technology),
  KEY ix_super_user_rule_municipality (municipality_id),
  CONSTRAINT fk_super_user_rule_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  CONSTRAINT fk_super_user_rule_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
  CONSTRAINT ck_super_user_rule_minimum CHECK (minimum_per_shift BETWEEN 0 AND 20)
) ENGINE=InnoDB;
