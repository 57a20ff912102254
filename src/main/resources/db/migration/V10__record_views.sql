-- Who viewed whose records (Normen, GDPR): one row per successful read of a person's record
-- through the API or the workspace pages, and per people list. Append-only; never updated.
-- employee_id is NULL for a list of persons (the request says which). Times are UTC.
CREATE TABLE record_view (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  municipality_id BIGINT        NOT NULL,
  employee_id     VARCHAR(50)   NULL,
  viewed_by       VARCHAR(100)  NOT NULL,
  viewed_at       DATETIME(6)   NOT NULL,
  request         VARCHAR(1000) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_record_view_person (municipality_id, employee_id, viewed_at),
  KEY ix_record_view_viewer (municipality_id, viewed_by, viewed_at),
  CONSTRAINT fk_record_view_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE=InnoDB;
