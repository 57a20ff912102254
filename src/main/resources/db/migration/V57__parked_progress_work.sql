-- The projector's dead letters: a queued row that fails when applied alone is retried, and after
-- Projector.ATTEMPTS_BEFORE_PARKING failures in a row it is parked with its last error, so the rest
-- of the municipality's work flows. A parked row stays until an administrator retries it
-- (POST …/progress/parked/retry); the queue's other readers skip it.
ALTER TABLE progress_pending
  ADD COLUMN attempts   INT           NOT NULL DEFAULT 0,
  ADD COLUMN last_error VARCHAR(1000) NULL,
  ADD COLUMN parked_at  DATETIME(6)   NULL;
