package no.abctracker.testsupport;

import java.util.List;

/**
 * A municipality of its own for the page tests: units and a roster imported, and one user of each
 * workspace role with the same password — a coordinator, a leader of unit HJT-N and the staff
 * member 1001.
 */
public record PageUsers(String code, String coordinator, String leader, String staffUser) {

  public static PageUsers create(Http api, String units, String roster, String password) {
    String code = Tenants.newMunicipality(api);
    Tenants.importCsv(api, code, "units", units);
    Tenants.importCsv(api, code, "staff", roster);
    return new PageUsers(
        code,
        Tenants.newUser(api, code, "koord-" + code, password, "COORDINATOR", null, null),
        Tenants.newUser(
            api, code, "leder-" + code, password, "UNIT_LEADER", List.of("HJT-N"), null),
        Tenants.newUser(api, code, "ola-" + code, password, "STAFF", null, "1001"));
  }
}
