-- Connecting a real LMS (docs/lms.md): which accounts under an LMS's homePage name which staff.
-- Both tables are the coordinator's input; the identities they give are person_identity rows with
-- source LMS, rewritten from them (training.organisation.control.LmsIdentities).

-- An account under home_page names the person whose employee id, e-mail or username (account_name:
-- EMPLOYEE_ID, EMAIL, USERNAME) equals its name. The municipality's own homePage is not stored here.
CREATE TABLE identity_rule (
  municipality_id BIGINT       NOT NULL,
  home_page       VARCHAR(500) NOT NULL,
  account_name    VARCHAR(20)  NOT NULL,
  PRIMARY KEY (municipality_id, home_page),
  CONSTRAINT fk_identity_rule_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE=InnoDB;

-- The account (home_page, account_name) is the person with employee_id: for accounts that match no
-- roster field (Moodle's numeric user ids). A link wins over a rule for the same account.
CREATE TABLE identity_link (
  municipality_id BIGINT       NOT NULL,
  home_page       VARCHAR(500) NOT NULL,
  account_name    VARCHAR(190) NOT NULL,
  employee_id     VARCHAR(50)  NOT NULL,
  PRIMARY KEY (municipality_id, home_page, account_name),
  CONSTRAINT fk_identity_link_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE=InnoDB;
