-- What a unit leader or a staff member may see: unit leaders their units (and the subtrees below),
-- staff their own employee id. Kept as codes, so access needs nothing from the organisation tables.
ALTER TABLE user_account ADD COLUMN employee_id VARCHAR(50) NULL;

CREATE TABLE user_account_unit (
  user_account_id BIGINT      NOT NULL,
  unit_code       VARCHAR(50) NOT NULL,
  PRIMARY KEY (user_account_id, unit_code),
  CONSTRAINT fk_user_account_unit_account FOREIGN KEY (user_account_id) REFERENCES user_account (id)
) ENGINE=InnoDB;
