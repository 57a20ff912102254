-- Connecting a real LMS (docs/lms.md), identities: the roster's optional username, and account
-- identities keyed by homePage as well as name, so that accounts under an LMS's homePage can name
-- staff by the municipality's identity rules and links. Times are UTC.

ALTER TABLE person ADD COLUMN username VARCHAR(100) NULL AFTER email;

-- Who wrote an identity: ROSTER (the roster import: mbox, its hashes, the account under the
-- municipality's own homePage; never removed) or LMS (derived from the identity rules and links;
-- rewritten whenever they or the roster change).
ALTER TABLE person_identity ADD COLUMN source VARCHAR(12) NOT NULL DEFAULT 'ROSTER';

-- An account identity was the bare employee id under the municipality's homePage; it is now
-- "homePage name" with the name lower-cased (training.organisation.control.ActorIdentities.account),
-- and so is the actor of evidence given by such an account. IGNORE: two employee ids that differ
-- only in case keep the first; the other keeps its old, no longer matching, value.
UPDATE IGNORE person_identity i JOIN municipality m ON m.id = i.municipality_id
  SET i.value = CONCAT(m.account_home_page, ' ', LOWER(i.value))
  WHERE i.kind = 'ACCOUNT';

UPDATE progress_evidence e JOIN municipality m ON m.id = e.municipality_id
  SET e.actor_value = CONCAT(m.account_home_page, ' ', LOWER(e.actor_value))
  WHERE e.actor_kind = 'ACCOUNT';
