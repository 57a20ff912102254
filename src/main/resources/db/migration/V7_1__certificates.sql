-- Course certificates (kursbevis): one row per person and course, made when the certificate is
-- first issued. The verification code is random (12 characters from a 32-letter alphabet without
-- look-alikes, 60 bits) and never changes; the name, title and completion the certificate last
-- showed are kept so that GET /verify/{code} can answer without login and without reading anything
-- else about the person.

CREATE TABLE certificate (
  id                      BIGINT       NOT NULL AUTO_INCREMENT,
  municipality_id         BIGINT       NOT NULL,
  person_id               BIGINT       NOT NULL,
  course_code             VARCHAR(40)  NOT NULL,
  verification_code       CHAR(12)     CHARACTER SET ascii NOT NULL,
  full_name               VARCHAR(200) NOT NULL,
  course_title            VARCHAR(300) NOT NULL,
  completed_at            DATETIME(6)  NOT NULL,
  completion_statement_id CHAR(36)     CHARACTER SET ascii NOT NULL,
  first_issued_at         DATETIME(6)  NOT NULL,
  last_issued_at          DATETIME(6)  NOT NULL,
  last_issued_by          VARCHAR(100) NOT NULL,
  times_issued            INT          NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_certificate_code (verification_code),
  UNIQUE KEY uk_certificate_person_course (person_id, course_code),
  KEY ix_certificate_municipality (municipality_id),
  CONSTRAINT fk_certificate_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  CONSTRAINT fk_certificate_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB;
