package no.abctracker.progress.entity;

/** What a piece of evidence can complete. */
public enum EvidenceKind {
  /** A completion verb on a module's activity. */
  MODULE,
  /** A completion verb on a course's own activity: a registered completion of the whole course. */
  COURSE
}
