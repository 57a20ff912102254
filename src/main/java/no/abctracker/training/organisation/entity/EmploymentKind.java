package no.abctracker.training.organisation.entity;

/** The contract's {@code employment_kind} values. */
public enum EmploymentKind {
  PERMANENT,
  TEMPORARY,
  ON_CALL,
  AGENCY,
  APPRENTICE
}
