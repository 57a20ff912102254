-- xAPI documents (State, Activity Profile, Agent Profile) and canonical activity definitions.
-- All times are DATETIME(6) in UTC.

-- One row per stored document version; a write deletes the current row and inserts a new one.
-- scope_hash = SHA-1 of kind, activity IRI and agent key (too long to index as they are);
-- registration is '' for none, because a unique key treats NULLs as all different.
CREATE TABLE xapi_document (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  municipality_id BIGINT        NOT NULL,
  kind            VARCHAR(20)   NOT NULL,
  scope_hash      CHAR(40)      NOT NULL,
  registration    CHAR(36)      NOT NULL,
  document_hash   CHAR(40)      NOT NULL,
  activity_id     VARCHAR(2048) NULL,
  agent_key       VARCHAR(2048) NULL,
  document_id     VARCHAR(2048) NOT NULL,
  content_type    VARCHAR(255)  NOT NULL,
  content         LONGBLOB      NOT NULL,
  etag            CHAR(40)      NOT NULL,
  updated_at      DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_xapi_document_address (municipality_id, kind, scope_hash, registration, document_hash),
  KEY ix_xapi_document_scope_updated (municipality_id, kind, scope_hash, updated_at),
  CONSTRAINT fk_xapi_document_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE=InnoDB;

-- The canonical definition of each activity a municipality's statements (or profile writes)
-- have described, merged from all of them; activity_hash = SHA-1 of the activity IRI.
CREATE TABLE xapi_activity_definition (
  municipality_id BIGINT        NOT NULL,
  activity_hash   CHAR(40)      NOT NULL,
  activity_id     VARCHAR(2048) NOT NULL,
  definition      LONGTEXT      NOT NULL,
  updated_at      DATETIME(6)   NOT NULL,
  PRIMARY KEY (municipality_id, activity_hash),
  CONSTRAINT fk_xapi_activity_definition_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE=InnoDB;
