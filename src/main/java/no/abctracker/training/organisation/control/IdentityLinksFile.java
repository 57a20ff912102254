package no.abctracker.training.organisation.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.abctracker.problems.InvalidLines;
import no.abctracker.problems.InvalidLines.LineError;
import no.abctracker.training.organisation.entity.IdentityLink;
import no.abctracker.xapi.model.validation.Iris;

/**
 * The identity links file, {@code employee_id,home_page,account_name}: which LMS account is which
 * staff member, for accounts that match no roster field. Read like the roster (the same encoding,
 * separators and header rules); every bad line is reported and nothing is kept when one is bad.
 */
public final class IdentityLinksFile {

  public static final List<String> COLUMNS = List.of("employee_id", "home_page", "account_name");

  private IdentityLinksFile() {}

  /**
   * The links, or {@link InvalidLines} listing every bad line.
   *
   * @param employeeIds the employee ids of the municipality's roster
   * @param ownHomePage the municipality's own account homePage, whose accounts are employee ids
   */
  public static List<IdentityLink> parse(byte[] csv, Set<String> employeeIds, String ownHomePage) {
    List<LineError> errors = new ArrayList<>();
    CsvFile file = CsvFile.read(csv, COLUMNS, errors);
    List<IdentityLink> links = new ArrayList<>();
    Map<String, CsvFile.Row> accounts = new HashMap<>();
    for (CsvFile.Row row : file.rows()) {
      CsvValues values = new CsvValues(row, errors);
      String employeeId = values.required("employee_id", 50);
      String homePage = values.required("home_page", 500);
      String accountName = values.required("account_name", 190);
      if (!employeeId.isEmpty() && !employeeIds.contains(employeeId)) {
        values.fail(
            "employee_id", "Unknown employee_id " + employeeId + "; import the roster first");
      }
      if (!homePage.isEmpty() && !Iris.isWebAddress(homePage)) {
        values.fail(
            "home_page",
            "home_page '" + homePage + "' is not an absolute http(s) address (Moodle's wwwroot)");
      } else if (homePage.equals(ownHomePage)) {
        values.fail(
            "home_page",
            "home_page is the municipality's own account homePage, whose accounts are employee"
                + " ids already");
      }
      if (!values.valid()) {
        continue;
      }
      CsvFile.Row same =
          accounts.putIfAbsent(homePage + ' ' + accountName.toLowerCase(Locale.ROOT), row);
      if (same != null) {
        values.fail(
            "account_name",
            "account "
                + accountName
                + " under "
                + homePage
                + " is linked on line "
                + same.line()
                + " already");
        continue;
      }
      links.add(new IdentityLink(employeeId, homePage, accountName));
    }
    if (!errors.isEmpty()) {
      throw new InvalidLines("The identity links", errors);
    }
    return links;
  }
}
