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

  /** Replaces the mappings (validated by the caller); answers how many activities changed. */
  @Transactional
  public int replace(Municipality municipality, List<ActivityMapping> mappings) {
    long m = municipality.id();
    try (Connection db = dataSource.getConnection()) {
      try (PreparedStatement lock =
          db.prepareStatement("SELECT id FROM municipality WHERE id = ? FOR UPDATE")) {
        lock.setLong(1, m);
        lock.executeQuery().close();
      }
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
        ProgressQueue.add(db, m, PendingKind.ACTIVITY, remaps(db, m, changed), clock.instant());
        queued.fire(new ProgressQueued(m));
      }
      return changed.size();
    } catch (SQLException e) {
      throw new IllegalStateException("Writing activity mappings failed: " + e.getMessage(), e);
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
    return unknown.isEmpty() ? Map.of() : of(db, m, unknown);
  }

  /** The width of {@code activity_mapping.activity_id}: a longer activity cannot be mapped. */
  public static final int MAX_ACTIVITY_ID_LENGTH = 700;

  /** What the municipality's mappings say of these activity ids (those not mapped are left out). */
  static Map<String, MappedActivity> of(Connection db, long m, Collection<String> activityIds)
      throws SQLException {
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
