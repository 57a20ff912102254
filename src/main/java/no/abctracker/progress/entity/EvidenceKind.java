package no.abctracker.progress.entity;

/** What a piece of evidence can complete. */
public enum EvidenceKind {
  /** A completion verb on a module's activity. */
  MODULE,
  /** A completion verb on a course's own activity: a registered completion of the whole course. */
  COURSE,
  /**
   * A completion verb on an LMS's activity that the municipality (or the profile, nationally)
   * mapped to a course itself: the LMS says the whole course is completed.
   */
  LMS_COURSE,
  /**
   * An attended statement on a cohort session's activity: counts towards the attendance rule of the
   * cohort's course version, for as long as the session is scheduled.
   */
  ATTENDANCE
}
