package no.abctracker.xapi.statements.control;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;
import no.abctracker.xapi.model.Actors;

/**
 * Erases a person from the statement store (GDPR art. 17), in the caller's transaction. A statement
 * whose actor or Agent object (or its SubStatement's) is the person is deleted, with every
 * statement that refers to a deleted one (a voiding statement, a StatementRef), their key index
 * rows and voiding links. A statement that names the person anywhere else (instructor, team,
 * authority, a Group's member) belongs to someone else: the person's Agent there is replaced by a
 * stand-in that names nobody, and the key index rows of the person's identifiers are removed
 * everywhere, so that no query by their agent finds anything.
 *
 * <p>Candidates are found by a scan of the municipality's payloads for lower-cased fragments of the
 * person's identifiers (an mbox in any letter case, a hashed mbox, an account name) and then
 * decided on the parsed statement, so that a fragment that occurs by chance changes nothing.
 */
@ApplicationScoped
public class StatementErasure {

  /** The homePage of the stand-in Agent that replaces an erased person in others' statements. */
  public static final String ERASED_HOME_PAGE = "https://abc-tracker.no/slettet";

  private static final int IDS_PER_QUERY = 200;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** What went: the deleted statements (by seq) and how many others were rewritten. */
  public record Erased(Set<Long> deletedSeqs, int rewritten) {}

  /**
   * Erases the person that {@code names} recognises (an Agent's JSON) from {@code municipality}'s
   * statements; {@code fragments} are lower-cased texts one of which every payload naming them
   * contains; {@code erasureId} names the stand-in Agent.
   */
  public Erased erase(
      long municipality, Predicate<JsonObject> names, Set<String> fragments, String erasureId) {
    JsonObject standIn =
        JSON.createObjectBuilder()
            .add("objectType", "Agent")
            .add(
                "account",
                JSON.createObjectBuilder().add("homePage", ERASED_HOME_PAGE).add("name", erasureId))
            .build();
    Map<Long, String> delete = new LinkedHashMap<>();
    Map<Long, String> rewrite = new LinkedHashMap<>();
    Set<String> personKeys = new LinkedHashSet<>();
    try (Connection db = dataSource.getConnection()) {
      for (Candidate c : candidates(db, municipality, fragments)) {
        JsonObject statement = StatementStore.parse(c.payload);
        if (isAbout(statement, names)) {
          delete.put(c.seq, c.statementId);
          collectKeys(statement, names, personKeys);
        } else {
          Replaced replaced = replace(statement, names, standIn, personKeys);
          if (replaced.changed) {
            rewrite.put(c.seq, replaced.value.asJsonObject().toString());
          }
        }
      }
      referring(db, municipality, delete);
      deleteStatements(db, municipality, delete);
      for (Map.Entry<Long, String> r : rewrite.entrySet()) {
        try (PreparedStatement ps =
            db.prepareStatement("UPDATE xapi_statement SET payload = ? WHERE seq = ?")) {
          ps.setString(1, r.getValue());
          ps.setLong(2, r.getKey());
          ps.executeUpdate();
        }
      }
      forgetKeys(db, municipality, personKeys, rewrite.keySet(), Actors.identifierKey(standIn));
    } catch (SQLException e) {
      throw new IllegalStateException("Erasing statements failed: " + e.getMessage(), e);
    }
    return new Erased(delete.keySet(), rewrite.size());
  }

  /**
   * The statements of {@code municipality} stored before {@code before} whose actor {@code unknown}
   * recognises (at most {@code limit} of them, oldest first), with what refers to them, by seq;
   * deleted too when {@code delete}, else only counted.
   */
  public Set<Long> storedBefore(
      long municipality, Instant before, Predicate<JsonObject> unknown, int limit, boolean delete) {
    Map<Long, String> gone = new LinkedHashMap<>();
    try (Connection db = dataSource.getConnection()) {
      // Page through the old statements by seq until enough unknown actors' ones are found: the
      // oldest statements may all be of known staff, and a run that only looked at the first
      // page would never reach the unknown ones behind them.
      long after = 0;
      boolean more = true;
      while (more && gone.size() < limit) {
        int rows = 0;
        try (PreparedStatement ps =
            db.prepareStatement(
                "SELECT seq, statement_id, payload FROM xapi_statement WHERE municipality_id = ?"
                    + " AND stored < ? AND voids_statement IS NULL AND seq > ? ORDER BY seq"
                    + " LIMIT ?")) {
          ps.setLong(1, municipality);
          ps.setObject(2, before.atOffset(ZoneOffset.UTC).toLocalDateTime());
          ps.setLong(3, after);
          ps.setInt(4, limit);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next() && gone.size() < limit) {
              rows++;
              after = rs.getLong(1);
              JsonObject statement = StatementStore.parse(rs.getString(3));
              if (statement.get("actor") instanceof JsonObject actor && unknown.test(actor)) {
                gone.put(after, rs.getString(2));
              }
            }
          }
        }
        more = rows == limit;
      }
      referring(db, municipality, gone);
      if (delete) {
        deleteStatements(db, municipality, gone);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Deleting old statements failed: " + e.getMessage(), e);
    }
    return gone.keySet();
  }

  private record Candidate(long seq, String statementId, String payload) {}

  private static List<Candidate> candidates(Connection db, long municipality, Set<String> fragments)
      throws SQLException {
    List<Candidate> found = new ArrayList<>();
    if (fragments.isEmpty()) {
      return found;
    }
    StringBuilder sql =
        new StringBuilder(
            "SELECT seq, statement_id, payload FROM xapi_statement WHERE municipality_id = ? AND (");
    for (int i = 0; i < fragments.size(); i++) {
      sql.append(i == 0 ? "" : " OR ").append("LOWER(payload) LIKE ?");
    }
    sql.append(") ORDER BY seq");
    try (PreparedStatement ps = db.prepareStatement(sql.toString())) {
      ps.setLong(1, municipality);
      int i = 2;
      for (String fragment : fragments) {
        ps.setString(i++, "%" + likeEscaped(fragment) + "%");
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3)));
        }
      }
    }
    return found;
  }

  /** {@code text} for a LIKE pattern: its {@code %}, {@code _} and backslashes match literally. */
  public static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** Whether the statement's actor or Agent object (or its SubStatement's) is the person. */
  static boolean isAbout(JsonObject statement, Predicate<JsonObject> names) {
    if (statement.get("actor") instanceof JsonObject actor && names.test(actor)) {
      return true;
    }
    if (statement.get("object") instanceof JsonObject object) {
      if (names.test(object)) {
        return true;
      }
      if ("SubStatement".equals(object.getString("objectType", ""))) {
        return isAbout(object, names);
      }
    }
    return false;
  }

  private record Replaced(JsonValue value, boolean changed) {}

  /** The value with every Agent the person is replaced by the stand-in. */
  private static Replaced replace(
      JsonValue value, Predicate<JsonObject> names, JsonObject standIn, Set<String> keys) {
    if (value instanceof JsonObject object) {
      if (names.test(object)) {
        keys.add(Actors.identifierKey(object));
        return new Replaced(standIn, true);
      }
      boolean changed = false;
      JsonObjectBuilder copy = JSON.createObjectBuilder();
      for (Map.Entry<String, JsonValue> e : object.entrySet()) {
        Replaced r = replace(e.getValue(), names, standIn, keys);
        changed |= r.changed;
        copy.add(e.getKey(), r.value);
      }
      return changed ? new Replaced(copy.build(), true) : new Replaced(object, false);
    }
    if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
      boolean changed = false;
      JsonArrayBuilder copy = JSON.createArrayBuilder();
      for (JsonValue v : value.asJsonArray()) {
        Replaced r = replace(v, names, standIn, keys);
        changed |= r.changed;
        copy.add(r.value);
      }
      return changed ? new Replaced(copy.build(), true) : new Replaced(value, false);
    }
    return new Replaced(value, false);
  }

  private static void collectKeys(JsonValue value, Predicate<JsonObject> names, Set<String> keys) {
    if (value instanceof JsonObject object) {
      if (names.test(object)) {
        keys.add(Actors.identifierKey(object));
      }
      object.values().forEach(v -> collectKeys(v, names, keys));
    } else if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
      value.asJsonArray().forEach(v -> collectKeys(v, names, keys));
    }
  }

  /** Adds to {@code delete} every statement that refers to one in it, until none is left. */
  private static void referring(Connection db, long municipality, Map<Long, String> delete)
      throws SQLException {
    List<String> frontier = new ArrayList<>(delete.values());
    while (!frontier.isEmpty()) {
      List<String> next = new ArrayList<>();
      for (int from = 0; from < frontier.size(); from += IDS_PER_QUERY) {
        List<String> ids = frontier.subList(from, Math.min(frontier.size(), from + IDS_PER_QUERY));
        StringBuilder sql =
            new StringBuilder(
                "SELECT seq, statement_id, payload FROM xapi_statement WHERE municipality_id = ?"
                    + " AND (voids_statement IN (");
        sql.append(StatementStore.placeholders(ids.size())).append(")");
        for (int i = 0; i < ids.size(); i++) {
          sql.append(" OR LOWER(payload) LIKE ?");
        }
        sql.append(")");
        try (PreparedStatement ps = db.prepareStatement(sql.toString())) {
          int p = 1;
          ps.setLong(p++, municipality);
          for (String id : ids) {
            ps.setString(p++, id);
          }
          for (String id : ids) {
            ps.setString(p++, "%" + likeEscaped(id) + "%");
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              long seq = rs.getLong(1);
              if (delete.containsKey(seq)) {
                continue;
              }
              var target = VoidingRule.refersTo(StatementStore.parse(rs.getString(3)));
              if (target.isPresent() && ids.contains(target.get())) {
                delete.put(seq, rs.getString(2));
                next.add(rs.getString(2));
              }
            }
          }
        }
      }
      frontier = next;
    }
  }

  private static void deleteStatements(Connection db, long municipality, Map<Long, String> delete)
      throws SQLException {
    List<Long> seqs = new ArrayList<>(delete.keySet());
    List<String> ids = new ArrayList<>(delete.values());
    Set<String> attachments = attachmentsOf(db, municipality, seqs);
    for (int from = 0; from < seqs.size(); from += IDS_PER_QUERY) {
      int to = Math.min(seqs.size(), from + IDS_PER_QUERY);
      String in = StatementStore.placeholders(to - from);
      for (String sql :
          List.of(
              "DELETE FROM xapi_statement_key WHERE municipality_id = ? AND seq IN (" + in + ")",
              "DELETE FROM xapi_statement WHERE municipality_id = ? AND seq IN (" + in + ")")) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
          ps.setLong(1, municipality);
          for (int i = from; i < to; i++) {
            ps.setLong(2 + i - from, seqs.get(i));
          }
          ps.executeUpdate();
        }
      }
      try (PreparedStatement ps =
          db.prepareStatement(
              "DELETE FROM xapi_voiding WHERE municipality_id = ? AND (target_id IN ("
                  + in
                  + ") OR voiding_id IN ("
                  + in
                  + "))")) {
        ps.setLong(1, municipality);
        int p = 2;
        for (int round = 0; round < 2; round++) {
          for (int i = from; i < to; i++) {
            ps.setString(p++, ids.get(i));
          }
        }
        ps.executeUpdate();
      }
    }
    forgetUnreferenced(db, municipality, attachments);
  }

  /** The SHA-2 hashes of the attachments the statements {@code seqs} carry. */
  private static Set<String> attachmentsOf(Connection db, long municipality, List<Long> seqs)
      throws SQLException {
    Set<String> sha2s = new LinkedHashSet<>();
    for (int from = 0; from < seqs.size(); from += IDS_PER_QUERY) {
      int to = Math.min(seqs.size(), from + IDS_PER_QUERY);
      try (PreparedStatement ps =
          db.prepareStatement(
              "SELECT payload FROM xapi_statement WHERE municipality_id = ? AND seq IN ("
                  + StatementStore.placeholders(to - from)
                  + ")")) {
        ps.setLong(1, municipality);
        for (int i = from; i < to; i++) {
          ps.setLong(2 + i - from, seqs.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            if (StatementStore.parse(rs.getString(1)).get("attachments")
                instanceof JsonArray list) {
              for (JsonValue attachment : list) {
                if (attachment instanceof JsonObject a && a.get("sha2") instanceof JsonString v) {
                  sha2s.add(v.getString());
                }
              }
            }
          }
        }
      }
    }
    return sha2s;
  }

  /**
   * Deletes the attachment contents no remaining statement of the municipality carries: content is
   * stored once per hash and shared, so it goes with the last statement that names it (an erased
   * person's certificate or signature must not outlive their statements).
   */
  private static void forgetUnreferenced(Connection db, long municipality, Set<String> sha2s)
      throws SQLException {
    for (String sha2 : sha2s) {
      boolean used;
      try (PreparedStatement ps =
          db.prepareStatement(
              "SELECT 1 FROM xapi_statement WHERE municipality_id = ? AND payload LIKE ? LIMIT 1")) {
        ps.setLong(1, municipality);
        ps.setString(2, "%" + likeEscaped(sha2) + "%");
        try (ResultSet rs = ps.executeQuery()) {
          used = rs.next();
        }
      }
      if (!used) {
        try (PreparedStatement ps =
            db.prepareStatement(
                "DELETE FROM xapi_attachment WHERE municipality_id = ? AND sha2 = ?")) {
          ps.setLong(1, municipality);
          ps.setString(2, sha2);
          ps.executeUpdate();
        }
      }
    }
  }

  /**
   * Removes the index rows of the person's identifiers from every statement (a StatementRef carries
   * its target's keys) and indexes the rewritten ones under the stand-in instead.
   */
  private static void forgetKeys(
      Connection db, long municipality, Set<String> personKeys, Set<Long> rewritten, String standIn)
      throws SQLException {
    for (String key : personKeys) {
      for (String indexed : List.of(StatementKeys.agent(key), StatementKeys.relatedAgent(key))) {
        try (PreparedStatement ps =
            db.prepareStatement(
                "DELETE FROM xapi_statement_key WHERE municipality_id = ? AND key_hash = ?")) {
          ps.setLong(1, municipality);
          ps.setBytes(2, StatementKeys.hash(indexed));
          ps.executeUpdate();
        }
      }
    }
    for (long seq : rewritten) {
      try (PreparedStatement ps =
          db.prepareStatement(
              "INSERT IGNORE INTO xapi_statement_key (municipality_id, key_hash, seq) VALUES"
                  + " (?,?,?)")) {
        ps.setLong(1, municipality);
        ps.setBytes(2, StatementKeys.hash(StatementKeys.relatedAgent(standIn)));
        ps.setLong(3, seq);
        ps.executeUpdate();
      }
    }
  }
}
