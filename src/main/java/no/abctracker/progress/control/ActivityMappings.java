package no.abctracker.progress.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;
import no.abctracker.configuration.MultiRowInsert;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.progress.entity.ActivityMapping;
import no.abctracker.progress.entity.MappedActivity;
import no.abctracker.progress.entity.PendingKind;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.xapi.statements.control.StatementKeys;

/**
 * A municipality's activity mappings ({@code activity_mapping}): what an LMS's activity id is in
 * the catalogue. Replacing them writes, in the same transaction, an {@code activity_remap} row and
 * an {@code ACTIVITY} queue row for each activity whose mapping was added, changed or removed; the
 * projector re-extracts that activity's stored statements ({@link ActivityRemaps}), so the call
 * returns at once and a mapping counts for what was stored before it, and removing one withdraws
 * what it gave. At ingest only the activities of completing statements that the catalogue does not
 * know are looked up (one indexed query per batch that has any), so every node sees a mapping as
 * soon as it is committed.
 */
@ApplicationScoped
public class ActivityMappings {

  private static final int IDS_PER_QUERY = 500;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject Clock clock;
  @Inject Event<ProgressQueued> queued;

  public List<ActivityMapping> all(Municipality municipality) {
    try (Connection db = dataSource.getConnection()) {
      return new ArrayList<>(all(db, municipality.id()).values());
    } catch (SQLException e) {
      throw new IllegalStateException("Reading activity mappings failed: " + e.getMessage(), e);
    }
  }

  /** A mapping change being applied to the stored statements: how many there are, how many left. */
  public record Applying(String activityId, long statements, long left) {}

  /** The remaps shown at most; more are rare (a whole list replaced at once) and follow. */
  public static final int MAX_APPLYING = 20;

  /**
   * The mapping changes the projector is still applying (at most {@link #MAX_APPLYING}, oldest
   * first), each with its activity's stored statements and those not yet re-extracted, counted on
   * the statement key index (two index range counts per change, never the statements).
   */
  public List<Applying> applying(Municipality municipality) {
    long m = municipality.id();
    List<Applying> applying = new ArrayList<>();
    try (Connection db = dataSource.getConnection();
        PreparedStatement remaps =
            db.prepareStatement(
                "SELECT activity_id, after_seq FROM activity_remap WHERE municipality_id = ?"
                    + " ORDER BY id LIMIT "
                    + MAX_APPLYING);
        PreparedStatement count =
            db.prepareStatement(
                "SELECT COUNT(*), COALESCE(SUM(seq > ?), 0) FROM xapi_statement_key"
                    + " WHERE municipality_id = ? AND key_hash = ?")) {
      remaps.setLong(1, m);
      try (ResultSet rs = remaps.executeQuery()) {
        while (rs.next()) {
          String activityId = rs.getString(1);
          count.setLong(1, rs.getLong(2));
          count.setLong(2, m);
          count.setBytes(3, StatementKeys.hash(StatementKeys.activity(activityId)));
          try (ResultSet counted = count.executeQuery()) {
            counted.next();
            applying.add(new Applying(activityId, counted.getLong(1), counted.getLong(2)));
          }
        }
      }
      return applying;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Reading the mappings being applied failed: " + e.getMessage(), e);
    }
  }

  /** Replaces the mappings (validated by the caller); answers how many activities changed. */
  @Transactional
  public int replace(Municipality municipality, List<ActivityMapping> mappings) {
    long m = municipality.id();
    try (Connection db = dataSource.getConnection()) {
      lock(db, m);
      Map<String, ActivityMapping> before = all(db, m);
      Set<String> changed = new LinkedHashSet<>();
      Map<String, ActivityMapping> after = new LinkedHashMap<>();
      mappings.forEach(mapping -> after.put(mapping.activityId(), mapping));
      after.forEach(
          (id, mapping) -> {
            ActivityMapping was = before.get(id);
            if (was == null || !Objects.equals(was.target(), mapping.target())) {
              changed.add(id);
            }
          });
      before.keySet().stream().filter(id -> !after.containsKey(id)).forEach(changed::add);
      try (PreparedStatement delete =
          db.prepareStatement("DELETE FROM activity_mapping WHERE municipality_id = ?")) {
        delete.setLong(1, m);
        delete.executeUpdate();
      }
      List<Object[]> rows = new ArrayList<>();
      after
          .values()
          .forEach(
              a ->
                  rows.add(
                      new Object[] {
                        m, a.activityId(), a.courseCode(), a.moduleCode(), a.launchUrl()
                      }));
      MultiRowInsert.insertAll(
          db,
          "activity_mapping",
          List.of("municipality_id", "activity_id", "course_code", "module_code", "launch_url"),
          rows,
          "");
      if (!changed.isEmpty()) {
        queueRemaps(db, m, changed);
      }
      return changed.size();
    } catch (SQLException e) {
      throw new IllegalStateException("Writing activity mappings failed: " + e.getMessage(), e);
    }
  }

  /**
   * Adds one mapping or changes the one of its activity (validated by the caller), leaving the
   * others as they are, so that two coordinators mapping different activities at once both keep
   * theirs; answers whether anything changed (the remap is queued only then).
   */
  @Transactional
  public boolean put(Municipality municipality, ActivityMapping mapping) {
    long m = municipality.id();
    try (Connection db = dataSource.getConnection()) {
      lock(db, m);
      ActivityMapping was = of(db, m, mapping.activityId());
      try (PreparedStatement upsert =
          db.prepareStatement(
              "INSERT INTO activity_mapping (municipality_id, activity_id, course_code,"
                  + " module_code, launch_url) VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                  + " course_code = VALUES(course_code), module_code = VALUES(module_code),"
                  + " launch_url = VALUES(launch_url)")) {
        upsert.setLong(1, m);
        upsert.setString(2, mapping.activityId());
        upsert.setString(3, mapping.courseCode());
        upsert.setString(4, mapping.moduleCode());
        upsert.setString(5, mapping.launchUrl());
        upsert.executeUpdate();
      }
      boolean changed = was == null || !Objects.equals(was.target(), mapping.target());
      if (changed) {
        queueRemaps(db, m, List.of(mapping.activityId()));
      }
      return changed || !Objects.equals(was.launchUrl(), mapping.launchUrl());
    } catch (SQLException e) {
      throw new IllegalStateException("Writing an activity mapping failed: " + e.getMessage(), e);
    }
  }

  /** Removes the mapping of one activity, if there is one; answers whether there was. */
  @Transactional
  public boolean remove(Municipality municipality, String activityId) {
    long m = municipality.id();
    try (Connection db = dataSource.getConnection()) {
      lock(db, m);
      int removed;
      try (PreparedStatement delete =
          db.prepareStatement(
              "DELETE FROM activity_mapping WHERE municipality_id = ? AND activity_id = ?")) {
        delete.setLong(1, m);
        delete.setString(2, activityId);
        removed = delete.executeUpdate();
      }
      if (removed > 0) {
        queueRemaps(db, m, List.of(activityId));
      }
      return removed > 0;
    } catch (SQLException e) {
      throw new IllegalStateException("Removing an activity mapping failed: " + e.getMessage(), e);
    }
  }

  /** Changes to a municipality's mappings one at a time (and its remaps in order). */
  private static void lock(Connection db, long m) throws SQLException {
    try (PreparedStatement lock =
        db.prepareStatement("SELECT id FROM municipality WHERE id = ? FOR UPDATE")) {
      lock.setLong(1, m);
      lock.executeQuery().close();
    }
  }

  private void queueRemaps(Connection db, long m, Collection<String> activityIds)
      throws SQLException {
    ProgressQueue.add(db, m, PendingKind.ACTIVITY, remaps(db, m, activityIds), clock.instant());
    queued.fire(new ProgressQueued(m));
  }

  /** The mapping of one activity, or null. */
  private static ActivityMapping of(Connection db, long m, String activityId) throws SQLException {
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT activity_id, course_code, module_code, launch_url FROM activity_mapping"
                + " WHERE municipality_id = ? AND activity_id = ?")) {
      select.setLong(1, m);
      select.setString(2, activityId);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next()
            ? new ActivityMapping(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))
            : null;
      }
    }
  }

  /** The remap rows of these activities, one per activity; answers their ids. */
  private static List<Long> remaps(Connection db, long m, Collection<String> activityIds)
      throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO activity_remap (municipality_id, activity_id) VALUES (?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      for (String activityId : activityIds) {
        insert.setLong(1, m);
        insert.setString(2, activityId);
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          ids.add(keys.getLong(1));
        }
      }
    }
    return ids;
  }

  /**
   * What the municipality's mappings say of the objects of those statements that could be evidence
   * only through a mapping: a completing verb on an activity the catalogue does not know. No query
   * when there are none.
   */
  static Map<String, MappedActivity> forStatements(
      Connection db, long m, List<JsonObject> statements, CourseCatalogue catalogue)
      throws SQLException {
    Set<String> unknown = new LinkedHashSet<>();
    for (JsonObject statement : statements) {
      if (!(statement.get("verb") instanceof JsonObject verb)
          || !catalogue.completionVerbs().contains(verb.getString("id", ""))
          || !(statement.get("object") instanceof JsonObject object)
          || !"Activity".equals(object.getString("objectType", "Activity"))
          || !(object.get("id") instanceof JsonString id)) {
        continue;
      }
      String activityId = id.getString();
      if (activityId.length() <= MAX_ACTIVITY_ID_LENGTH
          && catalogue.moduleByActivityId(activityId).isEmpty()
          && catalogue.courseByActivityId(activityId).isEmpty()) {
        unknown.add(activityId);
      }
    }
    return unknown.isEmpty() ? Map.of() : of(db, m, unknown, catalogue);
  }

  /** The width of {@code activity_mapping.activity_id}: a longer activity cannot be mapped. */
  public static final int MAX_ACTIVITY_ID_LENGTH = 700;

  /**
   * What the municipality's mappings say of these activity ids, else the profile's national
   * mappings ({@code also-known-as}); those mapped by neither are left out.
   */
  static Map<String, MappedActivity> of(
      Connection db, long m, Collection<String> activityIds, CourseCatalogue catalogue)
      throws SQLException {
    Map<String, MappedActivity> mapped = municipalityMappings(db, m, activityIds);
    for (String activityId : activityIds) {
      if (!mapped.containsKey(activityId)) {
        catalogue
            .nationalMapping(activityId)
            .ifPresent(
                n -> mapped.put(activityId, new MappedActivity(n.courseCode(), n.moduleCode())));
      }
    }
    return mapped;
  }

  /** What the municipality's own mappings say of these activity ids. */
  private static Map<String, MappedActivity> municipalityMappings(
      Connection db, long m, Collection<String> activityIds) throws SQLException {
    Map<String, MappedActivity> mapped = new HashMap<>();
    for (List<String> chunk : Sql.chunks(List.copyOf(activityIds), IDS_PER_QUERY)) {
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT activity_id, course_code, module_code FROM activity_mapping"
                  + " WHERE municipality_id = ? AND activity_id IN ("
                  + Sql.placeholders(chunk.size())
                  + ")")) {
        select.setLong(1, m);
        Sql.bind(select, 2, chunk);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            mapped.put(rs.getString(1), new MappedActivity(rs.getString(2), rs.getString(3)));
          }
        }
      }
    }
    return mapped;
  }

  private static Map<String, ActivityMapping> all(Connection db, long m) throws SQLException {
    Map<String, ActivityMapping> all = new LinkedHashMap<>();
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT activity_id, course_code, module_code, launch_url FROM activity_mapping"
                + " WHERE municipality_id = ? ORDER BY course_code, module_code, activity_id")) {
      select.setLong(1, m);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          all.put(
              rs.getString(1),
              new ActivityMapping(
                  rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        }
      }
    }
    return all;
  }
}
