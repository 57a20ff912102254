package no.abctracker.xapi.activities.control;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;
import no.abctracker.xapi.documents.entity.DocumentScope;

/**
 * The canonical Activity object of each activity a municipality's statements describe. The
 * statement store calls {@link #mergeFromAll} for the statements it stores (or {@link #merge} for
 * each Activity), inside its own transaction.
 */
@ApplicationScoped
public class ActivityDefinitions {

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject Clock clock;

  /**
   * Merges the {@code definition} of {@code activity} (an xAPI Activity object, already validated)
   * into the municipality's canonical definition ({@link DefinitionMerge}); an Activity without a
   * definition changes nothing.
   */
  @Transactional
  public void merge(long municipalityId, JsonObject activity) {
    JsonValue definition = activity.get("definition");
    if (definition == null || definition.getValueType() != JsonValue.ValueType.OBJECT) {
      return;
    }
    mergeDefinitions(municipalityId, Map.of(activity.getString("id"), definition.asJsonObject()));
  }

  /**
   * Merges the definitions of every Activity the statements of one batch mention: first in memory
   * per activity id (in statement order), then once per distinct activity. The stored definitions
   * of all of them are read with one unlocked query, so a batch (or a single statement) repeating
   * known module activities costs one round trip and neither writes nor takes row locks that would
   * serialise concurrent batches. Rows that change are locked in activity-id order, so two batches
   * naming the same activities in a different order cannot deadlock.
   */
  @Transactional
  public void mergeFromAll(long municipalityId, List<JsonObject> statements) {
    Map<String, JsonObject> combined = new TreeMap<>();
    for (JsonObject statement : statements) {
      for (JsonObject activity : StatementActivities.of(statement)) {
        JsonValue definition = activity.get("definition");
        if (definition != null && definition.getValueType() == JsonValue.ValueType.OBJECT) {
          combined.merge(
              activity.getString("id"), definition.asJsonObject(), DefinitionMerge::merge);
        }
      }
    }
    mergeDefinitions(municipalityId, combined);
  }

  /** Merges each definition (by activity id, in locking order) that adds to the stored one. */
  private void mergeDefinitions(long municipalityId, Map<String, JsonObject> combined) {
    if (combined.isEmpty()) {
      return;
    }
    Map<String, JsonObject> known = definitions(municipalityId, combined.keySet());
    combined.forEach(
        (id, definition) -> {
          JsonObject stored = known.get(id);
          if (stored == null || !DefinitionMerge.merge(stored, definition).equals(stored)) {
            mergeDefinition(municipalityId, id, definition);
          }
        });
  }

  /** The stored definitions of {@code activityIds} (those known), by activity id, in one query. */
  private Map<String, JsonObject> definitions(long municipalityId, Collection<String> activityIds) {
    Map<String, String> idsByHash = new HashMap<>();
    activityIds.forEach(id -> idsByHash.put(DocumentScope.sha1(id), id));
    Map<String, JsonObject> found = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT activity_hash, definition FROM xapi_activity_definition"
                    + " WHERE municipality_id = ? AND activity_hash IN ("
                    + "?,".repeat(idsByHash.size() - 1)
                    + "?)")) {
      s.setLong(1, municipalityId);
      int p = 2;
      for (String hash : idsByHash.keySet()) {
        s.setString(p++, hash);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String id = idsByHash.get(rs.getString(1));
          if (id != null) {
            found.put(id, parse(rs.getString(2)));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the definitions of " + activityIds + " failed", e);
    }
    return found;
  }

  /** Merges {@code definition} into the stored one under an exclusive row lock. */
  private void mergeDefinition(long municipalityId, String activityId, JsonObject definition) {
    String hash = DocumentScope.sha1(activityId);
    LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    try (Connection c = dataSource.getConnection()) {
      // Create the row if missing and lock it exclusively at once: INSERT IGNORE would take only a
      // shared lock on an existing row, and two merges upgrading shared locks deadlock.
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO xapi_activity_definition (municipality_id, activity_hash,"
                  + " activity_id, definition, updated_at) VALUES (?, ?, ?, '{}', ?)"
                  + " ON DUPLICATE KEY UPDATE activity_id = activity_id")) {
        s.setLong(1, municipalityId);
        s.setString(2, hash);
        s.setString(3, activityId);
        s.setObject(4, now);
        s.executeUpdate();
      }
      JsonObject stored;
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT definition FROM xapi_activity_definition"
                  + " WHERE municipality_id = ? AND activity_hash = ? FOR UPDATE")) {
        s.setLong(1, municipalityId);
        s.setString(2, hash);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          stored = parse(rs.getString(1));
        }
      }
      JsonObject merged = DefinitionMerge.merge(stored, definition);
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE xapi_activity_definition SET definition = ?, updated_at = ?"
                  + " WHERE municipality_id = ? AND activity_hash = ?")) {
        s.setString(1, merged.toString());
        s.setObject(2, now);
        s.setLong(3, municipalityId);
        s.setString(4, hash);
        s.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Merging the definition of " + activityId + " failed", e);
    }
  }

  /** The stored definition of an activity, if any statement described it. */
  public Optional<JsonObject> definition(long municipalityId, String activityId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT definition FROM xapi_activity_definition"
                    + " WHERE municipality_id = ? AND activity_hash = ?")) {
      s.setLong(1, municipalityId);
      s.setString(2, DocumentScope.sha1(activityId));
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(parse(rs.getString(1))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the definition of " + activityId + " failed", e);
    }
  }

  /**
   * The Activity object the Activities Resource returns: always at least {@code objectType} and
   * {@code id}, with the canonical definition when one is known.
   */
  public JsonObject activity(long municipalityId, String activityId) {
    JsonObjectBuilder activity =
        JSON.createObjectBuilder().add("objectType", "Activity").add("id", activityId);
    definition(municipalityId, activityId)
        .filter(d -> !d.isEmpty())
        .ifPresent(d -> activity.add("definition", d));
    return activity.build();
  }

  private static JsonObject parse(String json) {
    try (var reader = JSON.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
