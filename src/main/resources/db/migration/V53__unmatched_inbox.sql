-- Connecting a real LMS (docs/lms.md), the unmatched inbox: every actor and every activity outside
-- the profile that a municipality's statements name, with counts kept up to date when statements
-- are stored (progress.control.StatementTally), so that the inbox is read from these rows and never
-- computed from the statements. What is "unmatched" is decided when it is read (no person has the
-- actor's identity; no mapping names the activity), so a rule, link or mapping removed later puts
-- its actors and activities back in the inbox with their whole history.

CREATE TABLE statement_actor (
  municipality_id BIGINT       NOT NULL,
  actor_kind      VARCHAR(20)  NOT NULL,
  actor_value     VARCHAR(700) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  name            VARCHAR(200) NULL,
  statements      BIGINT       NOT NULL,
  completing      BIGINT       NOT NULL,
  first_stored    DATETIME(6)  NOT NULL,
  last_stored     DATETIME(6)  NOT NULL,
  PRIMARY KEY (municipality_id, actor_kind, actor_value),
  KEY ix_statement_actor_busiest (municipality_id, completing, statements)
) ENGINE=InnoDB;

CREATE TABLE statement_activity (
  municipality_id BIGINT       NOT NULL,
  activity_id     VARCHAR(700) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  name            VARCHAR(200) NULL,
  statements      BIGINT       NOT NULL,
  completing      BIGINT       NOT NULL,
  persons         BIGINT       NOT NULL,
  first_stored    DATETIME(6)  NOT NULL,
  last_stored     DATETIME(6)  NOT NULL,
  PRIMARY KEY (municipality_id, activity_id),
  KEY ix_statement_activity_busiest (municipality_id, completing, statements)
) ENGINE=InnoDB;

-- Which actors an activity has had (SHA-1 of activity id, newline, actor kind, space, value), so its
-- persons are counted once each.
CREATE TABLE statement_activity_actor (
  municipality_id BIGINT     NOT NULL,
  pair_hash       BINARY(20) NOT NULL,
  PRIMARY KEY (municipality_id, pair_hash)
) ENGINE=InnoDB;
