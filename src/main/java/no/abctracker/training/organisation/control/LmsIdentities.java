package no.abctracker.training.organisation.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;
import no.abctracker.configuration.MultiRowInsert;
import no.abctracker.municipalities.control.AccountHomePageChanged;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.Conflict;
import no.abctracker.training.organisation.entity.AccountName;
import no.abctracker.training.organisation.entity.IdentityKind;
import no.abctracker.training.organisation.entity.IdentityLink;
import no.abctracker.training.organisation.entity.IdentityRule;
import no.abctracker.xapi.model.validation.Iris;

/**
 * The identity rules and links of a municipality, and the account identities they give its staff:
 * {@code person_identity} rows with source {@code LMS}, rewritten from the rules, the links and the
 * roster whenever one of them changes (a link wins over a rule for the same account). Each person
 * who gains or loses such an identity is announced with {@link StaffIdentified} in the same
 * transaction, so the projector counts the statements already stored under it, or stops counting
 * them: nothing is extracted again and no statement is read. Writes are serialised with the roster
 * import by the municipality's row lock.
 */
@ApplicationScoped
public class LmsIdentities {

  static final String SOURCE = "LMS";

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject Event<StaffIdentified> identified;

  public List<IdentityRule> rules(Municipality municipality) {
    try (Connection db = dataSource.getConnection()) {
      return rules(db, municipality.id());
    } catch (SQLException e) {
      throw new IllegalStateException("Reading identity rules failed: " + e.getMessage(), e);
    }
  }

  public List<IdentityLink> links(Municipality municipality) {
    try (Connection db = dataSource.getConnection()) {
      return links(db, municipality.id());
    } catch (SQLException e) {
      throw new IllegalStateException("Reading identity links failed: " + e.getMessage(), e);
    }
  }

  /** Replaces the rules (validated by the caller: one per homePage, never the own homePage). */
  @Transactional
  public void replaceRules(Municipality municipality, List<IdentityRule> rules) {
    long m = municipality.id();
    try (Connection db = dataSource.getConnection()) {
      RosterImport.lockMunicipality(db, m);
      delete(db, "identity_rule", m);
      List<Object[]> rows = new ArrayList<>();
      rules.forEach(r -> rows.add(new Object[] {m, r.homePage(), r.accountName().name()}));
      MultiRowInsert.insertAll(
          db, "identity_rule", List.of("municipality_id", "home_page", "account_name"), rows, "");
      rewrite(db, m);
    } catch (SQLException e) {
      throw new IllegalStateException("Writing identity rules failed: " + e.getMessage(), e);
    }
  }

  /**
   * Adds one rule, leaving the others as they are (the workspace page adds one with a click, and a
   * rule another coordinator added meanwhile stays): a rule for the same homePage is a conflict,
   * the municipality's own homePage is refused (its accounts are employee ids).
   */
  @Transactional
  public void addRule(Municipality municipality, IdentityRule rule) {
    long m = municipality.id();
    try (Connection db = dataSource.getConnection()) {
      RosterImport.lockMunicipality(db, m);
      if (rule.homePage().length() > Municipality.MAX_ACCOUNT_HOME_PAGE_LENGTH
          || !Iris.isWebAddress(rule.homePage())) {
        throw new BadRequest(
            "homePage: must be the LMS's absolute http(s) address (Moodle's wwwroot)");
      }
      if (rule.homePage().equals(municipality.accountHomePage())) {
        throw new BadRequest(
            "homePage: is the municipality's own account homePage, whose accounts are employee"
                + " ids already");
      }
      if (rules(db, m).stream().anyMatch(r -> r.homePage().equals(rule.homePage()))) {
        throw new Conflict("homePage: " + rule.homePage() + " has a rule already");
      }
      MultiRowInsert.insertAll(
          db,
          "identity_rule",
          List.of("municipality_id", "home_page", "account_name"),
          List.<Object[]>of(new Object[] {m, rule.homePage(), rule.accountName().name()}),
          "");
      rewrite(db, m);
    } catch (SQLException e) {
      throw new IllegalStateException("Writing an identity rule failed: " + e.getMessage(), e);
    }
  }

  /** Removes the rule of one homePage, if there is one; answers whether there was. */
  @Transactional
  public boolean removeRule(Municipality municipality, String homePage) {
    long m = municipality.id();
    try (Connection db = dataSource.getConnection()) {
      RosterImport.lockMunicipality(db, m);
      int removed;
      try (PreparedStatement delete =
          db.prepareStatement(
              "DELETE FROM identity_rule WHERE municipality_id = ? AND home_page = ?")) {
        delete.setLong(1, m);
        delete.setString(2, homePage);
        removed = delete.executeUpdate();
      }
      if (removed > 0) {
        rewrite(db, m);
      }
      return removed > 0;
    } catch (SQLException e) {
      throw new IllegalStateException("Removing an identity rule failed: " + e.getMessage(), e);
    }
  }

  /** Replaces the links with those of a links file; answers how many there are. */
  @Transactional
  public int replaceLinks(Municipality municipality, byte[] csv) {
    long m = municipality.id();
    try (Connection db = dataSource.getConnection()) {
      RosterImport.lockMunicipality(db, m);
      Set<String> employeeIds = new HashSet<>(personsByEmployeeId(db, m).keySet());
      List<IdentityLink> links =
          IdentityLinksFile.parse(csv, employeeIds, municipality.accountHomePage());
      delete(db, "identity_link", m);
      List<Object[]> rows = new ArrayList<>();
      links.forEach(l -> rows.add(new Object[] {m, l.homePage(), l.accountName(), l.employeeId()}));
      MultiRowInsert.insertAll(
          db,
          "identity_link",
          List.of("municipality_id", "home_page", "account_name", "employee_id"),
          rows,
          "");
      rewrite(db, m);
      return links.size();
    } catch (SQLException e) {
      throw new IllegalStateException("Writing identity links failed: " + e.getMessage(), e);
    }
  }

  /**
   * Adds one link to those there are (the workspace page links an inbox's account with a click);
   * the same checks as a line of the links file, and an account linked already is a conflict rather
   * than silently moved to someone else.
   */
  @Transactional
  public void addLink(Municipality municipality, IdentityLink link) {
    long m = municipality.id();
    try (Connection db = dataSource.getConnection()) {
      RosterImport.lockMunicipality(db, m);
      if (!personsByEmployeeId(db, m).containsKey(link.employeeId())) {
        throw new BadRequest(
            "employeeId: unknown employee id " + link.employeeId() + "; import the roster first");
      }
      if (link.homePage().length() > 500 || !Iris.isWebAddress(link.homePage())) {
        throw new BadRequest(
            "homePage: must be the LMS's absolute http(s) address (Moodle's wwwroot)");
      }
      if (link.homePage().equals(municipality.accountHomePage())) {
        throw new BadRequest(
            "homePage: is the municipality's own account homePage, whose accounts are employee"
                + " ids already");
      }
      if (link.accountName().isBlank() || link.accountName().length() > 190) {
        throw new BadRequest("accountName: must be 1 to 190 characters");
      }
      for (IdentityLink existing : links(db, m)) {
        if (existing.homePage().equals(link.homePage())
            && existing.accountName().equalsIgnoreCase(link.accountName())) {
          throw new Conflict(
              "account "
                  + link.accountName()
                  + " under "
                  + link.homePage()
                  + " is linked to "
                  + existing.employeeId()
                  + " already");
        }
      }
      MultiRowInsert.insertAll(
          db,
          "identity_link",
          List.of("municipality_id", "home_page", "account_name", "employee_id"),
          List.<Object[]>of(
              new Object[] {m, link.homePage(), link.accountName(), link.employeeId()}),
          "");
      rewrite(db, m);
    } catch (SQLException e) {
      throw new IllegalStateException("Writing an identity link failed: " + e.getMessage(), e);
    }
  }

  /** A new roster may give persons new e-mails or usernames: their LMS identities follow. */
  void rosterImported(Connection db, long municipalityId) throws SQLException {
    rewrite(db, municipalityId);
  }

  /** The municipality's own homePage cannot also be an LMS's: its accounts would name two ways. */
  void onHomePageChanged(@Observes AccountHomePageChanged changed) {
    try (Connection db = dataSource.getConnection()) {
      for (IdentityRule rule : rules(db, changed.municipalityId())) {
        if (rule.homePage().equals(changed.accountHomePage())) {
          throw new Conflict(
              "accountHomePage: "
                  + rule.homePage()
                  + " is an LMS's homePage in the identity rules; remove that rule first");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading identity rules failed: " + e.getMessage(), e);
    }
  }

  /** Makes the LMS identities equal to what the rules, links and roster give now. */
  private void rewrite(Connection db, long m) throws SQLException {
    List<IdentityRule> rules = rules(db, m);
    List<IdentityLink> links = links(db, m);
    Map<String, StoredIdentity> stored = new HashMap<>();
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT id, person_id, value FROM person_identity WHERE municipality_id = ?"
                + " AND kind = ? AND source = ?")) {
      select.setLong(1, m);
      select.setString(2, IdentityKind.ACCOUNT.name());
      select.setString(3, SOURCE);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          stored.put(rs.getString(3), new StoredIdentity(rs.getLong(1), rs.getLong(2)));
        }
      }
    }
    if (rules.isEmpty() && links.isEmpty() && stored.isEmpty()) {
      return;
    }
    Map<String, Long> wanted = wanted(db, m, rules, links);
    Set<Long> changed = new HashSet<>();
    List<Long> gone = new ArrayList<>();
    List<Object[]> added = new ArrayList<>();
    try (PreparedStatement move =
        db.prepareStatement("UPDATE person_identity SET person_id = ? WHERE id = ?")) {
      for (Map.Entry<String, Long> identity : wanted.entrySet()) {
        StoredIdentity now = stored.remove(identity.getKey());
        if (now == null) {
          added.add(
              new Object[] {
                m, identity.getValue(), IdentityKind.ACCOUNT.name(), identity.getKey()
              });
          changed.add(identity.getValue());
        } else if (now.personId() != identity.getValue()) {
          move.setLong(1, identity.getValue());
          move.setLong(2, now.id());
          move.executeUpdate();
          changed.add(identity.getValue());
          changed.add(now.personId());
        }
      }
    }
    stored.values().forEach(s -> gone.add(s.id()));
    stored.values().forEach(s -> changed.add(s.personId()));
    for (List<Long> chunk : chunks(gone)) {
      try (PreparedStatement delete =
          db.prepareStatement(
              "DELETE FROM person_identity WHERE id IN ("
                  + String.join(",", java.util.Collections.nCopies(chunk.size(), "?"))
                  + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          delete.setLong(i + 1, chunk.get(i));
        }
        delete.executeUpdate();
      }
    }
    // An account the roster's own homePage already gives to someone stays theirs.
    MultiRowInsert.insertAll(
        db,
        "person_identity",
        List.of("municipality_id", "person_id", "kind", "value", "source"),
        added.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], SOURCE}).toList(),
        " ON DUPLICATE KEY UPDATE person_id = person_id");
    if (!changed.isEmpty()) {
      identified.fire(new StaffIdentified(m, Set.copyOf(changed)));
    }
  }

  private record StoredIdentity(long id, long personId) {}

  private record Person(long id, String email, String username) {}

  private static Map<String, Long> wanted(
      Connection db, long m, List<IdentityRule> rules, List<IdentityLink> links)
      throws SQLException {
    Map<String, Person> persons = personsByEmployeeId(db, m);
    Map<String, Long> wanted = new HashMap<>();
    for (IdentityRule rule : rules) {
      persons.forEach(
          (employeeId, person) -> {
            String name =
                switch (rule.accountName()) {
                  case EMPLOYEE_ID -> employeeId;
                  case EMAIL -> person.email();
                  case USERNAME -> person.username();
                };
            if (name != null && !name.isBlank()) {
              String value = ActorIdentities.account(rule.homePage(), name);
              if (value.length() <= MAX_VALUE) {
                wanted.put(value, person.id());
              }
            }
          });
    }
    for (IdentityLink link : links) {
      Person person = persons.get(link.employeeId());
      if (person != null) {
        wanted.put(ActorIdentities.account(link.homePage(), link.accountName()), person.id());
      }
    }
    return wanted;
  }

  /** The width of {@code person_identity.value}. */
  private static final int MAX_VALUE = 700;

  private static Map<String, Person> personsByEmployeeId(Connection db, long m)
      throws SQLException {
    Map<String, Person> persons = new HashMap<>();
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT id, employee_id, email, username FROM person WHERE municipality_id = ?")) {
      select.setLong(1, m);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          persons.put(rs.getString(2), new Person(rs.getLong(1), rs.getString(3), rs.getString(4)));
        }
      }
    }
    return persons;
  }

  private static List<IdentityRule> rules(Connection db, long m) throws SQLException {
    List<IdentityRule> rules = new ArrayList<>();
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT home_page, account_name FROM identity_rule WHERE municipality_id = ?"
                + " ORDER BY home_page")) {
      select.setLong(1, m);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          rules.add(new IdentityRule(rs.getString(1), AccountName.valueOf(rs.getString(2))));
        }
      }
    }
    return rules;
  }

  private static List<IdentityLink> links(Connection db, long m) throws SQLException {
    List<IdentityLink> links = new ArrayList<>();
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT employee_id, home_page, account_name FROM identity_link"
                + " WHERE municipality_id = ? ORDER BY home_page, account_name")) {
      select.setLong(1, m);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          links.add(new IdentityLink(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
      }
    }
    return links;
  }

  private static void delete(Connection db, String table, long m) throws SQLException {
    try (PreparedStatement delete =
        db.prepareStatement("DELETE FROM " + table + " WHERE municipality_id = ?")) {
      delete.setLong(1, m);
      delete.executeUpdate();
    }
  }

  private static List<List<Long>> chunks(List<Long> ids) {
    List<List<Long>> chunks = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += 1000) {
      chunks.add(ids.subList(i, Math.min(ids.size(), i + 1000)));
    }
    return chunks;
  }

  /**
   * Erases the LMS accounts linked to the person {@code employeeId} (GDPR art. 17) in the caller's
   * transaction; how many went.
   */
  public int eraseLinks(Municipality municipality, String employeeId) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement delete =
            db.prepareStatement(
                "DELETE FROM identity_link WHERE municipality_id = ? AND employee_id = ?")) {
      delete.setLong(1, municipality.id());
      delete.setString(2, employeeId);
      return delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Erasing identity links failed: " + e.getMessage(), e);
    }
  }
}
