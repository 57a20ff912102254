-- Tenants (municipalities), the people who administer them and the LRS clients that send xAPI.
-- All times are DATETIME(6) in UTC.

CREATE TABLE municipality (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  code              CHAR(4)      NOT NULL,
  name              VARCHAR(200) NOT NULL,
  account_home_page VARCHAR(500) NOT NULL,
  created_at        DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_municipality_code (code)
) ENGINE=InnoDB;

CREATE TABLE user_account (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  username        VARCHAR(100) NOT NULL,
  password_hash   VARCHAR(200) NOT NULL,
  role            VARCHAR(40)  NOT NULL,
  municipality_id BIGINT       NULL,
  created_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_user_account_username (username),
  CONSTRAINT fk_user_account_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE=InnoDB;

CREATE TABLE lrs_client (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  municipality_id BIGINT       NOT NULL,
  name            VARCHAR(200) NOT NULL,
  api_key         VARCHAR(100) NOT NULL,
  secret_hash     VARCHAR(200) NOT NULL,
  scopes          VARCHAR(500) NOT NULL,
  enabled         BOOLEAN      NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_lrs_client_key (api_key),
  CONSTRAINT fk_lrs_client_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE=InnoDB;
