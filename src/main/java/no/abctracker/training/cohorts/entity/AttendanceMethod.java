package no.abctracker.training.cohorts.entity;

/** How an attendance was recorded. */
public enum AttendanceMethod {
  /** By hand, by a facilitator of the cohort or a coordinator. */
  FACILITATOR,
  /** By the staff member, with the session's check-in code. */
  CHECK_IN
}
