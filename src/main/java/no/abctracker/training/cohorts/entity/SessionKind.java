package no.abctracker.training.cohorts.entity;

/** Whether a session gathers several units or cohorts together, or is held locally in a unit. */
public enum SessionKind {
  JOINT,
  LOCAL
}
