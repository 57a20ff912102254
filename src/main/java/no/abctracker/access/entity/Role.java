package no.abctracker.access.entity;

/**
 * What a user account may do; coordinators, unit leaders, staff and privacy officers belong to a
 * municipality.
 */
public enum Role {
  SYSTEM_ADMIN,
  COORDINATOR,
  UNIT_LEADER,
  STAFF,
  /** Sees and exports the municipality's access log, and nothing else. */
  PRIVACY_OFFICER
}
