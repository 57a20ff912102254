package no.abctracker.web.signin.control;

import static no.abctracker.access.entity.Role.COORDINATOR;
import static no.abctracker.access.entity.Role.PRIVACY_OFFICER;
import static no.abctracker.access.entity.Role.STAFF;
import static no.abctracker.access.entity.Role.SYSTEM_ADMIN;
import static no.abctracker.access.entity.Role.UNIT_LEADER;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.abctracker.access.entity.Role;

/**
 * Every signed-in page, who may open it and its place in the navigation. A path that is not listed
 * here is refused (deny by default); the pages' actions check roles again through their controls.
 */
public enum Page {
  OVERVIEW("/app/index.xhtml", "nav.overview", SYSTEM_ADMIN, COORDINATOR, UNIT_LEADER),
  UNITS("/app/units.xhtml", "nav.units", SYSTEM_ADMIN, COORDINATOR, UNIT_LEADER),
  STAFF_LIST("/app/staff.xhtml", "nav.staff", SYSTEM_ADMIN, COORDINATOR, UNIT_LEADER),
  PERSON("/app/person.xhtml", null, SYSTEM_ADMIN, COORDINATOR, UNIT_LEADER),
  PERSON_CERTIFICATE("/app/certificate.pdf", null, SYSTEM_ADMIN, COORDINATOR, UNIT_LEADER),
  COHORTS("/app/cohorts.xhtml", "nav.cohorts", SYSTEM_ADMIN, COORDINATOR, UNIT_LEADER),
  COHORT("/app/cohort.xhtml", null, SYSTEM_ADMIN, COORDINATOR, UNIT_LEADER),
  SUPER_USERS("/app/super-users.xhtml", "nav.superUsers", SYSTEM_ADMIN, COORDINATOR, UNIT_LEADER),
  REPORTS("/app/reports.xhtml", "nav.reports", SYSTEM_ADMIN, COORDINATOR, UNIT_LEADER),
  PEOPLE("/app/people.xhtml", null, SYSTEM_ADMIN, COORDINATOR, UNIT_LEADER),
  ROSTER("/app/roster.xhtml", "nav.roster", SYSTEM_ADMIN, COORDINATOR),
  USERS("/app/users.xhtml", "nav.users", SYSTEM_ADMIN, COORDINATOR),
  LRS_CLIENTS("/app/lrs-clients.xhtml", "nav.lrsClients", SYSTEM_ADMIN, COORDINATOR),
  LMS("/app/lms.xhtml", "nav.lms", SYSTEM_ADMIN, COORDINATOR),
  RECORD_VIEWS(
      "/app/record-views.xhtml", "nav.recordViews", SYSTEM_ADMIN, COORDINATOR, PRIVACY_OFFICER),
  RECORD_VIEWS_CSV("/app/record-views.csv", null, SYSTEM_ADMIN, COORDINATOR, PRIVACY_OFFICER),
  MUNICIPALITY("/app/municipality.xhtml", "nav.municipality", SYSTEM_ADMIN),
  MINE("/min/index.xhtml", null, STAFF),
  CHECK_IN("/min/checkin.xhtml", null, STAFF),
  MY_CERTIFICATE("/min/certificate.pdf", null, STAFF),
  MY_DATA_JSON("/min/my-data.json", null, STAFF),
  MY_DATA_PDF("/min/my-data.pdf", null, STAFF);

  private final String path;
  private final String navKey;
  private final Set<Role> roles;

  Page(String path, String navKey, Role... roles) {
    this.path = path;
    this.navKey = navKey;
    this.roles = EnumSet.copyOf(Arrays.asList(roles));
  }

  public String path() {
    return path;
  }

  /** The bundle key of its navigation label; null for pages reached from other pages only. */
  public String navKey() {
    return navKey;
  }

  public boolean allows(Role role) {
    return roles.contains(role);
  }

  /** The page at a path inside the application ({@code /app/} is its index page). */
  public static Optional<Page> of(String path) {
    String normalised = path.endsWith("/") ? path + "index.xhtml" : path;
    return Arrays.stream(values()).filter(p -> p.path.equals(normalised)).findFirst();
  }

  /**
   * Where {@code role} starts: staff on their own page, a privacy officer on the access log (the
   * one page they have), everyone else on the overview.
   */
  public static Page startOf(Role role) {
    return switch (role) {
      case STAFF -> MINE;
      case PRIVACY_OFFICER -> RECORD_VIEWS;
      default -> OVERVIEW;
    };
  }

  /** The navigation of {@code role}, in order. */
  public static List<Page> navigationOf(Role role) {
    return Arrays.stream(values()).filter(p -> p.navKey != null && p.allows(role)).toList();
  }
}
