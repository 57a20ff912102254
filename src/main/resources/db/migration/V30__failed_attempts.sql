-- Failed sign-in attempts, shared by every node: the login form and HTTP Basic on /api/v1 and /xapi
-- count failures per user name (or LRS key) and per client address here, so that two nodes behind a
-- balancer slow guessing down as one. A row is keyed by the SHA-256 of "kind:value", so what someone
-- typed as a user name is not stored. Times are DATETIME(3) in UTC.
CREATE TABLE failed_attempt (
  key_hash        BINARY(32)   NOT NULL,
  failures        INT          NOT NULL,
  last_failure_at DATETIME(3)  NOT NULL,
  locked_until    DATETIME(3)  NOT NULL,
  PRIMARY KEY (key_hash),
  KEY failed_attempt_last (last_failure_at)
) ENGINE=InnoDB;
