-- X-Experience-API-Consistent-Through for the whole cluster (docs/xapi-storage.md): each node
-- publishes, several times a second, a time before the stored time of every store it still has in
-- flight (through), with the database's time of publishing (heartbeat_at). A node answers the
-- lowest through of the rows published lately; a row not refreshed for 10 s is a node that is gone
-- (its uncommitted stores died with its connections) or that refuses to commit stores meanwhile.
CREATE TABLE xapi_store_watermark (
  node_id      CHAR(36)    CHARACTER SET ascii NOT NULL,
  through      DATETIME(6) NOT NULL,
  heartbeat_at DATETIME(6) NOT NULL,
  PRIMARY KEY (node_id)
) ENGINE=InnoDB;
