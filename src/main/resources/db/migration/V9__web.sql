-- Personal sign-in links for staff: a coordinator sends one to a staff member, who follows it on a
-- phone and is signed in to the staff pages. Only a SHA-256 of the random 256-bit token is stored;
-- a link expires, works once and can be revoked. All times are DATETIME(6) in UTC.

CREATE TABLE sign_in_link (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  municipality_id BIGINT       NOT NULL,
  user_account_id BIGINT       NOT NULL,
  token_hash      CHAR(64)     CHARACTER SET ascii NOT NULL,
  created_by      VARCHAR(100) NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  expires_at      DATETIME(6)  NOT NULL,
  used_at         DATETIME(6)  NULL,
  revoked_at      DATETIME(6)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_sign_in_link_token (token_hash),
  KEY ix_sign_in_link_account (user_account_id, created_at),
  CONSTRAINT fk_sign_in_link_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  CONSTRAINT fk_sign_in_link_account FOREIGN KEY (user_account_id) REFERENCES user_account (id)
) ENGINE=InnoDB;
