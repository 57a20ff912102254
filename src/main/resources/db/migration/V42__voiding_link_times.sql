-- When each voiding link was written, so that the repair of voids lost between database nodes
-- (xapi.statements.control.VoidingRepair: on a Galera cluster a locking read holds on its own node
-- only) looks at recent links, not at every link ever written. Old nodes insert without the column
-- and get the default: both versions run side by side during an upgrade.
ALTER TABLE xapi_voiding
  ADD COLUMN linked_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  ADD INDEX xapi_voiding_linked_at (linked_at);
