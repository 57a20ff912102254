package no.abctracker.progress.entity;

/** What a queued piece of projector work refers to. */
public enum PendingKind {
  /** Evidence (by seq) that was recorded or voided: recompute its person, if known. */
  EVIDENCE,
  /** A person (by id) whose identities changed: recompute them from all their evidence. */
  PERSON,
  /**
   * A cohort (by id) whose number of sessions changed, and with it the attendance its version
   * requires: recompute its members and anyone else who attended its sessions.
   */
  COHORT,
  /**
   * An activity whose mapping changed (by {@code activity_remap} id): re-extract the evidence of
   * its stored statements, a page per run, and recompute the persons it gave or takes from.
   */
  ACTIVITY
}
