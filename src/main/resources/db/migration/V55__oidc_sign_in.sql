-- Sign-in with a municipality's own OpenID Connect provider (e.g. Microsoft Entra ID): one row per
-- municipality that has it. The client secret is kept because the token request needs it; the API
-- never shows it back. The claim named in subject_claim is matched to the roster's employee id or
-- e-mail, or to a user name of the application (match_field). Roles come from the groups claim
-- through oidc_group_role when group_claim is set, else from the accounts made in the application.

CREATE TABLE oidc_settings (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  municipality_id BIGINT        NOT NULL,
  enabled         BOOLEAN       NOT NULL,
  issuer          VARCHAR(500)  NOT NULL,
  client_id       VARCHAR(200)  NOT NULL,
  client_secret   VARCHAR(500)  NOT NULL,
  subject_claim   VARCHAR(100)  NOT NULL,
  match_field     VARCHAR(20)   NOT NULL,
  group_claim     VARCHAR(100)  NULL,
  display_name    VARCHAR(100)  NOT NULL,
  updated_by      VARCHAR(100)  NOT NULL,
  updated_at      DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_oidc_settings_municipality (municipality_id),
  CONSTRAINT fk_oidc_settings_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE=InnoDB;

CREATE TABLE oidc_group_role (
  oidc_settings_id BIGINT       NOT NULL,
  group_name       VARCHAR(200) NOT NULL,
  role             VARCHAR(20)  NOT NULL,
  PRIMARY KEY (oidc_settings_id, group_name),
  CONSTRAINT fk_oidc_group_role_settings FOREIGN KEY (oidc_settings_id) REFERENCES oidc_settings (id)
) ENGINE=InnoDB;
