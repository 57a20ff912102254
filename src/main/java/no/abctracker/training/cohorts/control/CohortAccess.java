package no.abctracker.training.cohorts.control;

import java.util.Set;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.entity.Role;
import no.abctracker.problems.Forbidden;
import no.abctracker.problems.MessageKey;

/**
 * What a user may do with one cohort of their municipality: coordinators and system administrators
 * manage it; its facilitators (user accounts of any role) read all of it, record attendance and
 * open check-in; a unit leader reads it, limited to the members who have worked in their units;
 * anyone else nothing.
 */
public record CohortAccess(Level level, Set<Long> unitIds) {

  /** From least to most. */
  public enum Level {
    NONE,
    MEMBERS_OF_UNITS,
    FACILITATE,
    MANAGE
  }

  public CohortAccess {
    unitIds = Set.copyOf(unitIds);
  }

  /**
   * @param facilitator whether the user facilitates this cohort
   * @param leaderUnitIds a unit leader's units with every unit below them (else ignored)
   */
  public static CohortAccess of(ApiUser user, boolean facilitator, Set<Long> leaderUnitIds) {
    if (user.role() == Role.SYSTEM_ADMIN || user.role() == Role.COORDINATOR) {
      return new CohortAccess(Level.MANAGE, Set.of());
    }
    if (facilitator) {
      return new CohortAccess(Level.FACILITATE, Set.of());
    }
    if (user.role() == Role.UNIT_LEADER) {
      return new CohortAccess(Level.MEMBERS_OF_UNITS, leaderUnitIds);
    }
    return new CohortAccess(Level.NONE, Set.of());
  }

  public boolean mayManage() {
    return level == Level.MANAGE;
  }

  public boolean mayFacilitate() {
    return level.compareTo(Level.FACILITATE) >= 0;
  }

  /** Whether every member is visible; else only those who have worked in {@link #unitIds}. */
  public boolean seesAllMembers() {
    return mayFacilitate();
  }

  public void requireManage(String cohortName) {
    if (!mayManage()) {
      throw new Forbidden(MessageKey.COHORT_COORDINATOR_ONLY, cohortName);
    }
  }

  public void requireFacilitate(String cohortName) {
    if (!mayFacilitate()) {
      throw new Forbidden(MessageKey.COHORT_FACILITATOR_ONLY, cohortName);
    }
  }

  public void requireRead(String cohortName) {
    if (level == Level.NONE) {
      throw new Forbidden(MessageKey.COHORT_NO_ACCESS, cohortName);
    }
  }
}
