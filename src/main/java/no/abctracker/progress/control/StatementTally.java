package no.abctracker.progress.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;
import no.abctracker.configuration.MultiRowInsert;
import no.abctracker.progress.entity.ActorKey;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.xapi.statements.control.StatementsStored;

/**
 * Counts, in the transaction that stores a batch, what its statements name: per actor (keyed as
 * evidence keys it) and per activity outside the profile, the statements, the completing ones, the
 * distinct actors of an activity, a name from the statements, first and last stored. The unmatched
 * inbox ({@link UnmatchedInbox}) reads these rows. One upsert per table per batch, rows in key
 * order so that concurrent batches lock them in the same order.
 */
@ApplicationScoped
public class StatementTally {

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject CourseCatalogue catalogue;

  private static final class Count {
    long statements;
    long completing;
    long persons;
    String name;
  }

  void onStored(@Observes StatementsStored stored) {
    Map<String, Count> actors = new TreeMap<>();
    Map<String, ActorKey> actorKeys = new HashMap<>();
    Map<String, Count> activities = new TreeMap<>();
    Map<String, Set<String>> actorsOf = new HashMap<>();
    for (JsonObject statement : stored.statements()) {
      boolean completing =
          statement.get("verb") instanceof JsonObject verb
              && catalogue.completionVerbs().contains(verb.getString("id", ""));
      JsonObject actor =
          statement.get("actor") instanceof JsonObject a ? a : JsonValue.EMPTY_JSON_OBJECT;
      ActorKey key = ActorKeys.of(actor).orElse(null);
      String actorId = key == null ? null : key.kind().name() + ' ' + key.value();
      if (key != null) {
        actorKeys.put(actorId, key);
        count(actors.computeIfAbsent(actorId, k -> new Count()), completing, name(actor));
      }
      if (statement.get("object") instanceof JsonObject object
          && "Activity".equals(object.getString("objectType", "Activity"))
          && object.get("id") instanceof JsonString id
          && id.getString().length() <= ActivityMappings.MAX_ACTIVITY_ID_LENGTH
          && catalogue.moduleByActivityId(id.getString()).isEmpty()
          && catalogue.courseByActivityId(id.getString()).isEmpty()
          && catalogue.nationalMapping(id.getString()).isEmpty()) {
        count(
            activities.computeIfAbsent(id.getString(), k -> new Count()),
            completing,
            activityName(object));
        if (actorId != null) {
          actorsOf.computeIfAbsent(id.getString(), k -> new HashSet<>()).add(actorId);
        }
      }
    }
    if (actors.isEmpty() && activities.isEmpty()) {
      return;
    }
    long m = stored.municipalityId();
    LocalDateTime at = Sql.utc(stored.stored());
    try (Connection db = dataSource.getConnection()) {
      newPersons(db, m, actorsOf, activities);
      List<Object[]> actorRows = new ArrayList<>();
      actors.forEach(
          (id, c) -> {
            ActorKey key = actorKeys.get(id);
            actorRows.add(
                new Object[] {
                  m, key.kind().name(), key.value(), c.name, c.statements, c.completing, at, at
                });
          });
      MultiRowInsert.insertAll(
          db,
          "statement_actor",
          List.of(
              "municipality_id",
              "actor_kind",
              "actor_value",
              "name",
              "statements",
              "completing",
              "first_stored",
              "last_stored"),
          actorRows,
          UPDATE_COUNTS);
      List<Object[]> activityRows = new ArrayList<>();
      activities.forEach(
          (id, c) ->
              activityRows.add(
                  new Object[] {m, id, c.name, c.statements, c.completing, c.persons, at, at}));
      MultiRowInsert.insertAll(
          db,
          "statement_activity",
          List.of(
              "municipality_id",
              "activity_id",
              "name",
              "statements",
              "completing",
              "persons",
              "first_stored",
              "last_stored"),
          activityRows,
          UPDATE_COUNTS + ", persons = persons + VALUES(persons)");
    } catch (SQLException e) {
      throw new IllegalStateException("Counting the statements failed: " + e.getMessage(), e);
    }
  }

  private static final String UPDATE_COUNTS =
      " ON DUPLICATE KEY UPDATE statements = statements + VALUES(statements),"
          + " completing = completing + VALUES(completing),"
          + " name = COALESCE(VALUES(name), name),"
          + " last_stored = GREATEST(last_stored, VALUES(last_stored))";

  /** Sets each activity's {@code persons} to the number of its actors not seen with it before. */
  private static void newPersons(
      Connection db, long m, Map<String, Set<String>> actorsOf, Map<String, Count> activities)
      throws SQLException {
    Map<String, String> activityOfPair = new TreeMap<>();
    actorsOf.forEach(
        (activity, actors) ->
            actors.forEach(actor -> activityOfPair.put(pairHash(activity, actor), activity)));
    if (activityOfPair.isEmpty()) {
      return;
    }
    Set<String> known = new HashSet<>();
    HexFormat hex = HexFormat.of();
    for (List<String> chunk : Sql.chunks(List.copyOf(activityOfPair.keySet()), 500)) {
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT pair_hash FROM statement_activity_actor WHERE municipality_id = ?"
                  + " AND pair_hash IN ("
                  + Sql.placeholders(chunk.size())
                  + ")")) {
        select.setLong(1, m);
        for (int i = 0; i < chunk.size(); i++) {
          select.setBytes(i + 2, hex.parseHex(chunk.get(i)));
        }
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            known.add(hex.formatHex(rs.getBytes(1)));
          }
        }
      }
    }
    List<Object[]> rows = new ArrayList<>();
    activityOfPair.forEach(
        (pair, activity) -> {
          if (!known.contains(pair)) {
            activities.get(activity).persons++;
            rows.add(new Object[] {m, hex.parseHex(pair)});
          }
        });
    MultiRowInsert.insertAll(
        db,
        "statement_activity_actor",
        List.of("municipality_id", "pair_hash"),
        rows,
        " ON DUPLICATE KEY UPDATE pair_hash = pair_hash");
  }

  private static void count(Count count, boolean completing, String name) {
    count.statements++;
    if (completing) {
      count.completing++;
    }
    if (name != null) {
      count.name = name;
    }
  }

  private static String name(JsonObject actor) {
    return actor.get("name") instanceof JsonString name ? clip(name.getString()) : null;
  }

  /** The activity's name in Norwegian if it has one, else English, else any. */
  private static String activityName(JsonObject activity) {
    if (!(activity.get("definition") instanceof JsonObject definition)
        || !(definition.get("name") instanceof JsonObject names)
        || names.isEmpty()) {
      return null;
    }
    for (String language : List.of("nb-NO", "nb", "no", "nn-NO", "nn", "en", "en-US", "en-GB")) {
      if (names.get(language) instanceof JsonString name) {
        return clip(name.getString());
      }
    }
    return names.values().stream()
        .filter(JsonString.class::isInstance)
        .map(v -> clip(((JsonString) v).getString()))
        .findFirst()
        .orElse(null);
  }

  private static String clip(String value) {
    return value.length() <= 200 ? value : value.substring(0, 200);
  }

  /**
   * Forgets the tally of a person's actor keys (GDPR art. 17) in the caller's transaction: their
   * rows of the unmatched actors and their activity pairs (an activity's count of persons drops by
   * one for each). Returns how many actor rows went.
   */
  public int erase(long municipalityId, Set<ActorKey> keys) {
    if (keys.isEmpty()) {
      return 0;
    }
    int actors = 0;
    try (Connection db = dataSource.getConnection()) {
      for (ActorKey key : keys) {
        try (PreparedStatement delete =
            db.prepareStatement(
                "DELETE FROM statement_actor WHERE municipality_id = ? AND actor_kind = ?"
                    + " AND actor_value = ?")) {
          delete.setLong(1, municipalityId);
          delete.setString(2, key.kind().name());
          delete.setString(3, key.value());
          actors += delete.executeUpdate();
        }
      }
      List<String> activities = new ArrayList<>();
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT activity_id FROM statement_activity WHERE municipality_id = ?")) {
        select.setLong(1, municipalityId);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            activities.add(rs.getString(1));
          }
        }
      }
      HexFormat hex = HexFormat.of();
      for (String activity : activities) {
        int pairs = 0;
        for (ActorKey key : keys) {
          try (PreparedStatement delete =
              db.prepareStatement(
                  "DELETE FROM statement_activity_actor WHERE municipality_id = ? AND pair_hash = ?")) {
            delete.setLong(1, municipalityId);
            delete.setBytes(
                2, hex.parseHex(pairHash(activity, key.kind().name() + ' ' + key.value())));
            pairs += delete.executeUpdate();
          }
        }
        if (pairs > 0) {
          try (PreparedStatement update =
              db.prepareStatement(
                  "UPDATE statement_activity SET persons = GREATEST(persons - ?, 0)"
                      + " WHERE municipality_id = ? AND activity_id = ?")) {
            update.setInt(1, pairs);
            update.setLong(2, municipalityId);
            update.setString(3, activity);
            update.executeUpdate();
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Erasing the statement tally failed: " + e.getMessage(), e);
    }
    return actors;
  }

  private static String pairHash(String activityId, String actorId) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-1")
                  .digest((activityId + '\n' + actorId).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every JDK", e);
    }
  }
}
