-- xAPI statements, stored once as immutable JSON (as received, normalised, with id, authority,
-- stored, timestamp and version assigned), plus what the GET /xapi/statements filters need.
-- Every row carries municipality_id; every index starts with it. See docs/xapi-storage.md.
-- All times are DATETIME(6) in UTC.

CREATE TABLE xapi_statement (
  seq              BIGINT       NOT NULL AUTO_INCREMENT,
  municipality_id  BIGINT       NOT NULL,
  statement_id     CHAR(36)     CHARACTER SET ascii NOT NULL,
  client_id        BIGINT       NOT NULL,
  stored           DATETIME(6)  NOT NULL,
  voided           BOOLEAN      NOT NULL DEFAULT FALSE,
  voids_statement  CHAR(36)     CHARACTER SET ascii NULL,
  payload          LONGTEXT     CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  PRIMARY KEY (seq),
  UNIQUE KEY uk_xapi_statement_id (municipality_id, statement_id),
  KEY ix_xapi_statement_page (municipality_id, seq),
  KEY ix_xapi_statement_voids (municipality_id, voids_statement),
  KEY ix_xapi_statement_client (municipality_id, client_id, seq),
  KEY ix_xapi_statement_stored (municipality_id, stored)
) ENGINE=InnoDB;

-- One row per filter key of a statement: SHA-1 of "kind|value", kinds agent (actor/object, group
-- members), agent* (related agents), activity (object), activity* (related activities), verb and
-- registration. A statement whose object is a StatementRef also gets the keys of its target.
CREATE TABLE xapi_statement_key (
  municipality_id  BIGINT       NOT NULL,
  key_hash         BINARY(20)   NOT NULL,
  seq              BIGINT       NOT NULL,
  PRIMARY KEY (municipality_id, key_hash, seq)
) ENGINE=InnoDB;

-- Attachment content, once per municipality and SHA-2 hash (statements reference it by sha2).
CREATE TABLE xapi_attachment (
  municipality_id  BIGINT       NOT NULL,
  sha2             VARCHAR(128) CHARACTER SET ascii NOT NULL,
  content_type     VARCHAR(255) NOT NULL,
  content          LONGBLOB     NOT NULL,
  PRIMARY KEY (municipality_id, sha2)
) ENGINE=InnoDB;
