-- One row per document address ever written: unconditional writes of the same document (merging
-- POSTs, PUTs without If-Match) lock it first and so run one after the other instead of failing
-- each other's delete-and-insert. The row is not removed with the document (a later writer of the
-- same address needs it again); it holds no data.
CREATE TABLE xapi_document_lock (
  municipality_id BIGINT      NOT NULL,
  kind            VARCHAR(20) NOT NULL,
  scope_hash      CHAR(40)    NOT NULL,
  registration    CHAR(36)    NOT NULL,
  document_hash   CHAR(40)    NOT NULL,
  locked_at       DATETIME(6) NOT NULL,
  PRIMARY KEY (municipality_id, kind, scope_hash, registration, document_hash),
  CONSTRAINT fk_xapi_document_lock_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE=InnoDB;
