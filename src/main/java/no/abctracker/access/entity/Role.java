package no.abctracker.access.entity;

/** What a user account may do; coordinators, unit leaders and staff belong to a municipality. */
public enum Role {
  SYSTEM_ADMIN,
  COORDINATOR,
  UNIT_LEADER,
  STAFF
}
