package no.abctracker.progress.entity;

/** Why a course counts as completed; when several apply, the earliest wins. */
public enum Basis {
  /** Every mandatory module is completed. */
  MODULES,
  /** The attendance rule of a group-based course version is met. */
  ATTENDANCE,
  /** A completion statement on the course's own activity (e.g. a manual registration). */
  REGISTERED,
  /**
   * A completion statement on an LMS activity mapped to the course itself (a course completion).
   */
  LMS
}
