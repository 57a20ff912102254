package no.abctracker.training.organisation.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;
import no.abctracker.configuration.MultiRowInsert;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.training.organisation.control.RosterFile.EmploymentKey;
import no.abctracker.training.organisation.control.RosterFile.RosterLine;

/**
 * Replaces a municipality's staff with a full roster, all or nothing: the file is validated
 * completely, then written in one transaction. Employments are matched on (employee, unit, position
 * code, start date): a match takes the file's attributes (and end date, so an employment ended
 * earlier reopens), a new key is a new row, and an open employment missing from the roster ends the
 * day before the import date (Europe/Oslo), so that as of the import date it no longer counts.
 * Nothing is deleted. Importing the same file again changes nothing.
 *
 * <p>Written with JDBC batches rather than JPA: a 20,000-line roster then compares and writes in
 * about a second (docs/performance.md, "Roster import").
 */
@ApplicationScoped
public class RosterImport {

  private static final Logger LOG = Logger.getLogger(RosterImport.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject Clock clock;
  @Inject Event<StaffIdentified> identified;
  @Inject LmsIdentities lmsIdentities;

  /** What an import did, for the coordinator and the log. */
  public record Outcome(
      LocalDate importDate,
      int lines,
      int persons,
      int personsCreated,
      int personsUpdated,
      int employmentsCreated,
      int employmentsUpdated,
      int employmentsEnded,
      int employmentsUnchanged)
      implements java.io.Serializable {}

  @Transactional
  public Outcome replace(Municipality municipality, byte[] csv) {
    return importRoster(municipality, csv, false);
  }

  /**
   * What {@link #replace} would do with {@code csv}, changing nothing: the same validation (every
   * bad line as {@link no.abctracker.problems.InvalidLines}) and the same writes, in a transaction
   * that is always rolled back, so the counts are exactly those an import now would give.
   */
  @Transactional
  public Outcome preview(Municipality municipality, byte[] csv) {
    Outcome outcome = importRoster(municipality, csv, true);
    // Only now: a transaction marked for rollback no longer enlists connections.
    transactions.setRollbackOnly();
    return outcome;
  }

  private Outcome importRoster(Municipality municipality, byte[] csv, boolean preview) {
    long started = System.nanoTime();
    LocalDate today = LocalDate.now(clock.withZone(Organisation.ZONE));
    try (Connection db = dataSource.getConnection()) {
      lockMunicipality(db, municipality.id());
      Map<String, Long> openUnits = new HashMap<>();
      Set<String> closedUnits = new HashSet<>();
      loadUnits(db, municipality.id(), openUnits, closedUnits);
      List<RosterLine> lines = RosterFile.parse(csv, openUnits.keySet(), closedUnits);
      long parsed = System.nanoTime();
      Outcome outcome = write(db, municipality, lines, openUnits, today, preview);
      long written = System.nanoTime();
      LOG.info(
          () ->
              "Roster of "
                  + municipality.code()
                  + (preview ? " previewed (rolled back) in " : " imported in ")
                  + (written - started) / 1_000_000
                  + " ms (validated in "
                  + (parsed - started) / 1_000_000
                  + " ms): "
                  + outcome);
      return outcome;
    } catch (SQLException e) {
      throw new IllegalStateException("Roster import of " + municipality.code() + " failed", e);
    }
  }

  private Outcome write(
      Connection db,
      Municipality municipality,
      List<RosterLine> lines,
      Map<String, Long> unitIds,
      LocalDate today,
      boolean preview)
      throws SQLException {
    long m = municipality.id();
    Map<String, RosterLine> rosterPersons = new LinkedHashMap<>();
    lines.forEach(line -> rosterPersons.putIfAbsent(line.employeeId(), line));

    Map<String, StoredPerson> persons = loadPersons(db, m);
    List<RosterLine> newPersons = new ArrayList<>();
    List<RosterLine> changedPersons = new ArrayList<>();
    for (RosterLine person : rosterPersons.values()) {
      StoredPerson stored = persons.get(person.employeeId());
      if (stored == null) {
        newPersons.add(person);
      } else if (!stored.fullName.equals(person.fullName())
          || !Objects.equals(stored.email, person.email())
          || !Objects.equals(stored.username, person.username())) {
        changedPersons.add(person);
      }
    }
    long t0 = System.nanoTime();
    insertPersons(db, m, newPersons);
    updatePersons(db, m, changedPersons);
    if (!newPersons.isEmpty()) {
      persons = loadPersons(db, m);
    }
    long t1 = System.nanoTime();
    Set<Long> newlyIdentified = writeIdentities(db, municipality, rosterPersons.values(), persons);
    if (!preview) {
      lmsIdentities.rosterImported(db, m);
    }
    long t2 = System.nanoTime();

    Map<EmploymentKey, StoredEmployment> employments = loadEmployments(db, m);
    List<RosterLine> inserts = new ArrayList<>();
    List<Object[]> updates = new ArrayList<>();
    int unchanged = 0;
    Set<EmploymentKey> inRoster = new HashSet<>();
    for (RosterLine line : lines) {
      inRoster.add(line.key());
      StoredEmployment stored = employments.get(line.key());
      if (stored == null) {
        inserts.add(line);
      } else if (stored.differsFrom(line)) {
        updates.add(
            new Object[] {
              line.positionTitle(),
              line.percent(),
              line.shiftPattern().name(),
              line.kind().name(),
              line.end(),
              stored.id
            });
      } else {
        unchanged++;
      }
    }
    LocalDate dayBefore = today.minusDays(1);
    List<Long> ended = new ArrayList<>();
    employments.forEach(
        (key, stored) -> {
          if (!inRoster.contains(key) && (stored.end == null || !stored.end.isBefore(today))) {
            ended.add(stored.id);
          }
        });
    insertEmployments(db, m, inserts, persons, unitIds);
    updateEmployments(db, updates);
    endEmployments(db, ended, dayBefore);
    long t3 = System.nanoTime();
    LOG.info(
        () ->
            "persons "
                + (t1 - t0) / 1_000_000
                + " ms, identities "
                + (t2 - t1) / 1_000_000
                + " ms, employments "
                + (t3 - t2) / 1_000_000
                + " ms");
    if (!newlyIdentified.isEmpty() && !preview) {
      identified.fire(new StaffIdentified(m, Set.copyOf(newlyIdentified)));
    }
    return new Outcome(
        today,
        lines.size(),
        rosterPersons.size(),
        newPersons.size(),
        changedPersons.size(),
        inserts.size(),
        updates.size(),
        ended.size(),
        unchanged);
  }

  /** Serialises imports of one municipality (units and staff), so two rosters never interleave. */
  static void lockMunicipality(Connection db, long municipalityId) throws SQLException {
    try (PreparedStatement lock =
        db.prepareStatement("SELECT id FROM municipality WHERE id = ? FOR UPDATE")) {
      lock.setLong(1, municipalityId);
      lock.executeQuery().close();
    }
  }

  private static void loadUnits(Connection db, long m, Map<String, Long> open, Set<String> closed)
      throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement("SELECT id, code, closed_on FROM org_unit WHERE municipality_id = ?")) {
      query.setLong(1, m);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          if (rows.getDate(3) == null) {
            open.put(rows.getString(2), rows.getLong(1));
          } else {
            closed.add(rows.getString(2));
          }
        }
      }
    }
  }

  private record StoredPerson(long id, String fullName, String email, String username) {}

  private static Map<String, StoredPerson> loadPersons(Connection db, long m) throws SQLException {
    Map<String, StoredPerson> persons = new HashMap<>();
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT id, employee_id, full_name, email, username FROM person"
                + " WHERE municipality_id = ?")) {
      query.setLong(1, m);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          persons.put(
              rows.getString(2),
              new StoredPerson(
                  rows.getLong(1), rows.getString(3), rows.getString(4), rows.getString(5)));
        }
      }
    }
    return persons;
  }

  private void insertPersons(Connection db, long m, List<RosterLine> persons) throws SQLException {
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    try (MultiRowInsert insert =
        new MultiRowInsert(
            db,
            "person",
            "municipality_id",
            "employee_id",
            "full_name",
            "email",
            "username",
            "created_at")) {
      for (RosterLine person : persons) {
        insert.add(
            m, person.employeeId(), person.fullName(), person.email(), person.username(), now);
      }
    }
  }

  private static void updatePersons(Connection db, long m, List<RosterLine> persons)
      throws SQLException {
    try (PreparedStatement update =
        db.prepareStatement(
            "UPDATE person SET full_name = ?, email = ?, username = ? WHERE municipality_id = ?"
                + " AND employee_id = ?")) {
      for (RosterLine person : persons) {
        update.setString(1, person.fullName());
        update.setString(2, person.email());
        update.setString(3, person.username());
        update.setLong(4, m);
        update.setString(5, person.employeeId());
        update.addBatch();
      }
      executeBatch(update, persons.size());
    }
  }

  /**
   * Adds the identities each person of the roster should have. Earlier identities stay (statements
   * sent under an old e-mail address are still theirs); an e-mail address now given to another
   * employee moves to that employee, as the latest roster is the truth.
   */
  private static Set<Long> writeIdentities(
      Connection db,
      Municipality municipality,
      Iterable<RosterLine> rosterPersons,
      Map<String, StoredPerson> persons)
      throws SQLException {
    long m = municipality.id();
    Map<String, long[]> stored = new HashMap<>();
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT id, person_id, kind, value FROM person_identity WHERE municipality_id = ?")) {
      query.setLong(1, m);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          stored.put(
              rows.getString(3) + ' ' + rows.getString(4),
              new long[] {rows.getLong(1), rows.getLong(2)});
        }
      }
    }
    Set<Long> identified = new HashSet<>();
    int moved = 0;
    try (MultiRowInsert insert =
            new MultiRowInsert(
                db, "person_identity", "municipality_id", "person_id", "kind", "value");
        PreparedStatement move =
            db.prepareStatement("UPDATE person_identity SET person_id = ? WHERE id = ?")) {
      for (RosterLine person : rosterPersons) {
        long personId = persons.get(person.employeeId()).id;
        for (ActorIdentities.Identity identity :
            ActorIdentities.of(
                person.employeeId(), person.email(), municipality.accountHomePage())) {
          long[] existing = stored.get(identity.kind().name() + ' ' + identity.value());
          if (existing == null) {
            insert.add(m, personId, identity.kind().name(), identity.value());
            identified.add(personId);
          } else if (existing[1] != personId) {
            move.setLong(1, personId);
            move.setLong(2, existing[0]);
            move.addBatch();
            moved++;
            identified.add(personId);
            // The person it moved away from loses what the identity's statements gave them.
            identified.add(existing[1]);
          }
        }
      }
      executeBatch(move, moved);
    }
    return identified;
  }

  private record StoredEmployment(
      long id, String title, BigDecimal percent, String shiftPattern, String kind, LocalDate end) {

    boolean differsFrom(RosterLine line) {
      return !title.equals(line.positionTitle())
          || percent.compareTo(line.percent()) != 0
          || !shiftPattern.equals(line.shiftPattern().name())
          || !kind.equals(line.kind().name())
          || !Objects.equals(end, line.end());
    }
  }

  private static Map<EmploymentKey, StoredEmployment> loadEmployments(Connection db, long m)
      throws SQLException {
    Map<EmploymentKey, StoredEmployment> employments = new HashMap<>();
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT e.id, p.employee_id, u.code, e.position_code, e.start_date, e.position_title,"
                + " e.employment_percent, e.shift_pattern, e.employment_kind, e.end_date"
                + " FROM employment e JOIN person p ON p.id = e.person_id"
                + " JOIN org_unit u ON u.id = e.unit_id WHERE e.municipality_id = ?")) {
      query.setLong(1, m);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          Date end = rows.getDate(10);
          employments.put(
              new EmploymentKey(
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getDate(5).toLocalDate()),
              new StoredEmployment(
                  rows.getLong(1),
                  rows.getString(6),
                  rows.getBigDecimal(7),
                  rows.getString(8),
                  rows.getString(9),
                  end == null ? null : end.toLocalDate()));
        }
      }
    }
    return employments;
  }

  private static void insertEmployments(
      Connection db,
      long m,
      List<RosterLine> lines,
      Map<String, StoredPerson> persons,
      Map<String, Long> unitIds)
      throws SQLException {
    try (MultiRowInsert insert =
        new MultiRowInsert(
            db,
            "employment",
            "municipality_id",
            "person_id",
            "unit_id",
            "position_code",
            "position_title",
            "employment_percent",
            "shift_pattern",
            "employment_kind",
            "start_date",
            "end_date")) {
      for (RosterLine line : lines) {
        insert.add(
            m,
            persons.get(line.employeeId()).id,
            unitIds.get(line.unitCode()),
            line.positionCode(),
            line.positionTitle(),
            line.percent(),
            line.shiftPattern().name(),
            line.kind().name(),
            Date.valueOf(line.start()),
            line.end() == null ? null : Date.valueOf(line.end()));
      }
    }
  }

  private static void updateEmployments(Connection db, List<Object[]> updates) throws SQLException {
    try (PreparedStatement update =
        db.prepareStatement(
            "UPDATE employment SET position_title = ?, employment_percent = ?,"
                + " shift_pattern = ?, employment_kind = ?, end_date = ? WHERE id = ?")) {
      for (Object[] values : updates) {
        update.setString(1, (String) values[0]);
        update.setBigDecimal(2, (BigDecimal) values[1]);
        update.setString(3, (String) values[2]);
        update.setString(4, (String) values[3]);
        setDate(update, 5, (LocalDate) values[4]);
        update.setLong(6, (Long) values[5]);
        update.addBatch();
      }
      executeBatch(update, updates.size());
    }
  }

  private static void endEmployments(Connection db, List<Long> ids, LocalDate end)
      throws SQLException {
    try (PreparedStatement update =
        db.prepareStatement("UPDATE employment SET end_date = ? WHERE id = ?")) {
      for (Long id : ids) {
        update.setDate(1, Date.valueOf(end));
        update.setLong(2, id);
        update.addBatch();
      }
      executeBatch(update, ids.size());
    }
  }

  private static void setDate(PreparedStatement statement, int index, LocalDate date)
      throws SQLException {
    if (date == null) {
      statement.setNull(index, Types.DATE);
    } else {
      statement.setDate(index, Date.valueOf(date));
    }
  }

  private static void executeBatch(PreparedStatement statement, int size) throws SQLException {
    if (size > 0) {
      statement.executeBatch();
    }
  }
}
