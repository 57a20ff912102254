-- "Husk meg på denne telefonen": a staff member who signed in by personal link stays signed in on
-- that phone for ABC_REMEMBER_ME_DAYS. The phone keeps a random 256-bit token in an httpOnly
-- cookie; only its SHA-256 is stored. Each use replaces the token (the old row is marked used), so
-- a copied cookie works at most once; signing out or a coordinator's revocation ends it. The rows go
-- with the account (ON DELETE CASCADE), so removing or erasing an account needs nothing more.

CREATE TABLE remembered_phone (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  municipality_id BIGINT       NOT NULL,
  user_account_id BIGINT       NOT NULL,
  token_hash      CHAR(64)     CHARACTER SET ascii NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  expires_at      DATETIME(6)  NOT NULL,
  ended_at        DATETIME(6)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_remembered_phone_token (token_hash),
  KEY ix_remembered_phone_account (user_account_id, ended_at),
  CONSTRAINT fk_remembered_phone_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  CONSTRAINT fk_remembered_phone_account FOREIGN KEY (user_account_id) REFERENCES user_account (id)
    ON DELETE CASCADE
) ENGINE=InnoDB;
