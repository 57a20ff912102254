package no.abctracker.training.organisation.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.abctracker.problems.InvalidLines;
import no.abctracker.problems.InvalidLines.LineError;
import no.abctracker.problems.MessageKey;
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
        values.fail("employee_id", MessageKey.LINKS_EMPLOYEE_UNKNOWN, employeeId);
      }
      if (!homePage.isEmpty() && !Iris.isWebAddress(homePage)) {
        values.fail("home_page", MessageKey.LINKS_HOME_PAGE_INVALID, homePage);
      } else if (homePage.equals(ownHomePage)) {
        values.fail("home_page", MessageKey.LINKS_HOME_PAGE_OWN);
      }
      if (!values.valid()) {
        continue;
      }
      CsvFile.Row same =
          accounts.putIfAbsent(homePage + ' ' + accountName.toLowerCase(Locale.ROOT), row);
      if (same != null) {
        values.fail(
            "account_name", MessageKey.LINKS_ACCOUNT_TWICE, accountName, homePage, same.line());
        continue;
      }
      links.add(new IdentityLink(employeeId, homePage, accountName));
    }
    if (!errors.isEmpty()) {
      throw new InvalidLines(MessageKey.FILE_IDENTITY_LINKS, errors);
    }
    return links;
  }
}
