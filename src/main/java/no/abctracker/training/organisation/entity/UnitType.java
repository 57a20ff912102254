package no.abctracker.training.organisation.entity;

/** What kind of service a unit delivers; the column {@code unit_type} of the units import. */
public enum UnitType {
  HOME_CARE,
  INSTITUTION,
  HOUSING,
  RESPONSE_CENTRE,
  DAY_CENTRE,
  REHABILITATION,
  ADMINISTRATION,
  OTHER
}
