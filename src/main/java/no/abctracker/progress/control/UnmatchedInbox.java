package no.abctracker.progress.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;
import no.abctracker.configuration.SqlTimes;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.courses.entity.CourseModule;
import no.abctracker.training.organisation.entity.IdentityKind;

/**
 * The unmatched inbox: the actors the municipality's statements name that no person has as an
 * identity, and the activities outside the profile that no mapping names, busiest first (most
 * completing statements, then most statements), with the counts {@link StatementTally} keeps, and
 * suggestions: a staff member whose e-mail, username, employee id or name the actor carries, a
 * module or course whose title matches the activity's name. Reads only the tally rows of one page
 * and their matches, whatever the number of statements.
 */
@ApplicationScoped
public class UnmatchedInbox {

  /** Rows per answer. */
  public static final int MAX_LIMIT = 500;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject CourseCatalogue catalogue;

  /** A staff member an unmatched actor may be, and why. */
  public record StaffSuggestion(String employeeId, String fullName, String why) {}

  /** A module (or, {@code module} null, the course) an unmatched activity may be. */
  public record ActivitySuggestion(String course, String module, String title) {}

  public record UnmatchedActor(
      IdentityKind kind,
      String value,
      String name,
      long statements,
      long completing,
      Instant firstStored,
      Instant lastStored,
      List<StaffSuggestion> suggestions) {}

  public record UnmatchedActivity(
      String activityId,
      String name,
      long statements,
      long completing,
      long persons,
      Instant firstStored,
      Instant lastStored,
      List<ActivitySuggestion> suggestions) {}

  /** The {@code limit} query parameter: 1 to {@link #MAX_LIMIT}, 100 when not given. */
  public static int limit(String parameter) {
    if (parameter == null || parameter.isBlank()) {
      return 100;
    }
    try {
      int limit = Integer.parseInt(parameter.strip());
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    throw new BadRequest("limit: must be a whole number from 1 to " + MAX_LIMIT);
  }

  /** The largest {@code offset}: further than any municipality's inbox reaches. */
  public static final int MAX_OFFSET = 1_000_000;

  /**
   * The {@code offset} query parameter (rows to skip): 0 to {@link #MAX_OFFSET}, 0 when not given.
   */
  public static int offset(String parameter) {
    if (parameter == null || parameter.isBlank()) {
      return 0;
    }
    try {
      int offset = Integer.parseInt(parameter.strip());
      if (offset >= 0 && offset <= MAX_OFFSET) {
        return offset;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    throw new BadRequest("offset: must be a whole number from 0 to " + MAX_OFFSET);
  }

  /**
   * One page of the unmatched actors: {@code limit} rows after the first {@code offset}, busiest
   * first (read backwards along {@code ix_statement_actor_busiest}, stopping at the page's end).
   */
  public List<UnmatchedActor> actors(Municipality municipality, int limit, int offset) {
    long m = municipality.id();
    List<UnmatchedActor> found = new ArrayList<>();
    try (Connection db = dataSource.getConnection()) {
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT a.actor_kind, a.actor_value, a.name, a.statements, a.completing,"
                  + " a.first_stored, a.last_stored FROM statement_actor a"
                  + " WHERE a.municipality_id = ? AND NOT EXISTS (SELECT 1 FROM person_identity i"
                  + " WHERE i.municipality_id = a.municipality_id AND i.kind = a.actor_kind"
                  + " AND i.value = a.actor_value)"
                  + " ORDER BY a.completing DESC, a.statements DESC LIMIT ? OFFSET ?")) {
        select.setLong(1, m);
        select.setInt(2, limit);
        select.setInt(3, offset);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            found.add(
                new UnmatchedActor(
                    IdentityKind.valueOf(rs.getString(1)),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getLong(5),
                    Sql.instant(SqlTimes.dateTime(rs, 6)),
                    Sql.instant(SqlTimes.dateTime(rs, 7)),
                    List.of()));
          }
        }
      }
      return withStaffSuggestions(db, m, found);
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the unmatched actors failed: " + e.getMessage(), e);
    }
  }

  /** One page of the unmatched activities, as {@link #actors} pages the actors. */
  public List<UnmatchedActivity> activities(Municipality municipality, int limit, int offset) {
    List<UnmatchedActivity> found = new ArrayList<>();
    try (Connection db = dataSource.getConnection();
        PreparedStatement select =
            db.prepareStatement(
                "SELECT a.activity_id, a.name, a.statements, a.completing, a.persons,"
                    + " a.first_stored, a.last_stored FROM statement_activity a"
                    + " WHERE a.municipality_id = ? AND NOT EXISTS (SELECT 1 FROM activity_mapping"
                    + " p WHERE p.municipality_id = a.municipality_id"
                    + " AND p.activity_id = a.activity_id)"
                    + " ORDER BY a.completing DESC, a.statements DESC LIMIT ? OFFSET ?")) {
      select.setLong(1, municipality.id());
      select.setInt(2, limit);
      select.setInt(3, offset);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          String name = rs.getString(2);
          found.add(
              new UnmatchedActivity(
                  rs.getString(1),
                  name,
                  rs.getLong(3),
                  rs.getLong(4),
                  rs.getLong(5),
                  Sql.instant(SqlTimes.dateTime(rs, 6)),
                  Sql.instant(SqlTimes.dateTime(rs, 7)),
                  activitySuggestions(name)));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Reading the unmatched activities failed: " + e.getMessage(), e);
    }
  }

  /** Modules and courses whose title (any language) contains the name or is contained in it. */
  List<ActivitySuggestion> activitySuggestions(String name) {
    if (name == null) {
      return List.of();
    }
    String wanted = normalised(name);
    if (wanted.length() < 3) {
      return List.of();
    }
    List<ActivitySuggestion> suggestions = new ArrayList<>();
    for (Course course : catalogue.courses()) {
      if (matches(course.title(), wanted)) {
        suggestions.add(new ActivitySuggestion(course.code(), null, first(course.title())));
      }
      for (CourseModule module : course.modules()) {
        if (matches(module.title(), wanted)) {
          suggestions.add(
              new ActivitySuggestion(course.code(), module.code(), first(module.title())));
        }
      }
    }
    return suggestions;
  }

  private static boolean matches(Map<String, String> titles, String wanted) {
    for (String title : titles.values()) {
      String t = normalised(title);
      if (t.length() >= 3 && (wanted.contains(t) || t.contains(wanted))) {
        return true;
      }
    }
    return false;
  }

  private static String first(Map<String, String> titles) {
    return titles.getOrDefault("nb-NO", titles.values().stream().findFirst().orElse(""));
  }

  /**
   * Lower case letters and digits only, single spaces: "Modul A: Lov og etikk" → "modul a lov og
   * etikk".
   */
  static String normalised(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }

  /** Adds to each actor the staff whose e-mail, username, employee id or full name it carries. */
  private static List<UnmatchedActor> withStaffSuggestions(
      Connection db, long m, List<UnmatchedActor> actors) throws SQLException {
    Set<String> values = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    for (UnmatchedActor actor : actors) {
      values.add(accountName(actor));
      if (actor.name() != null) {
        names.add(actor.name());
      }
    }
    values.remove(null);
    if (values.isEmpty() && names.isEmpty()) {
      return actors;
    }
    Map<String, List<StaffSuggestion>> byValue = new HashMap<>();
    List<String> all = new ArrayList<>(values);
    all.addAll(names);
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT employee_id, full_name, email, username FROM person WHERE municipality_id = ?"
                + " AND (LOWER(email) IN ("
                + Sql.placeholders(all.size())
                + ") OR LOWER(username) IN ("
                + Sql.placeholders(all.size())
                + ") OR LOWER(employee_id) IN ("
                + Sql.placeholders(all.size())
                + ") OR LOWER(full_name) IN ("
                + Sql.placeholders(all.size())
                + ")) LIMIT 1000")) {
      select.setLong(1, m);
      List<String> lowered = all.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
      int p = 2;
      for (int i = 0; i < 4; i++) {
        p = Sql.bind(select, p, lowered);
      }
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          String employeeId = rs.getString(1);
          String fullName = rs.getString(2);
          put(byValue, rs.getString(3), new StaffSuggestion(employeeId, fullName, "EMAIL"));
          put(byValue, rs.getString(4), new StaffSuggestion(employeeId, fullName, "USERNAME"));
          put(byValue, employeeId, new StaffSuggestion(employeeId, fullName, "EMPLOYEE_ID"));
          put(byValue, fullName, new StaffSuggestion(employeeId, fullName, "NAME"));
        }
      }
    }
    List<UnmatchedActor> suggested = new ArrayList<>();
    for (UnmatchedActor actor : actors) {
      Set<StaffSuggestion> suggestions = new LinkedHashSet<>();
      String value = accountName(actor);
      if (value != null) {
        suggestions.addAll(byValue.getOrDefault(value.toLowerCase(Locale.ROOT), List.of()));
      }
      if (actor.name() != null) {
        suggestions.addAll(byValue.getOrDefault(actor.name().toLowerCase(Locale.ROOT), List.of()));
      }
      suggested.add(
          new UnmatchedActor(
              actor.kind(),
              actor.value(),
              actor.name(),
              actor.statements(),
              actor.completing(),
              actor.firstStored(),
              actor.lastStored(),
              List.copyOf(suggestions)));
    }
    return suggested;
  }

  private static void put(Map<String, List<StaffSuggestion>> map, String key, StaffSuggestion s) {
    if (key != null) {
      map.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(s);
    }
  }

  /** What may name a person in the actor: the account's name, or the address of an mbox. */
  private static String accountName(UnmatchedActor actor) {
    return switch (actor.kind()) {
      case ACCOUNT -> actor.value().substring(actor.value().indexOf(' ') + 1);
      case MBOX -> actor.value().startsWith("mailto:") ? actor.value().substring(7) : null;
      default -> null;
    };
  }
}
