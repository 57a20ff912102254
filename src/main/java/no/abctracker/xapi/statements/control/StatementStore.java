package no.abctracker.xapi.statements.control;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;
import no.abctracker.xapi.activities.control.ActivityDefinitions;
import no.abctracker.xapi.credentials.control.LrsCaller;

/**
 * Writes statements with plain JDBC in the request's one transaction: a few set-wise reads (ids
 * already stored, StatementRef targets), the voiding links of the batch's voiding statements and a
 * locking read of the links of its new ids, then multi-row inserts of the statements, their filter
 * keys and attachments, then the voiding update; then {@link StatementsStored} for projections that
 * keep their rows in the same transaction. Everything is scoped to the caller's municipality.
 *
 * <p>The links make voiding exact whatever the timing ({@link VoidingRule}): a voiding statement
 * writes its target's link before it marks the target, and a store reads the links of its new ids
 * with a locking read before it inserts them. If the link is there, or still in flight (the read
 * waits for it), the target is stored voided; if not, the read gap-locks the id, so the voiding
 * statement's insert waits until the target is committed and its update then finds it.
 */
@ApplicationScoped
public class StatementStore {

  private static final int STATEMENT_ROWS_PER_INSERT = 200;
  private static final int KEY_ROWS_PER_INSERT = 1000;
  private static final int TARGET_DEPTH = 4;
  private static final int DUPLICATE_KEY = 1062;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject ActivityDefinitions activityDefinitions;
  @Inject ConsistentThrough consistentThrough;
  @Inject Event<StatementsStored> storedEvent;

  private volatile int autoIncrementStep;

  /**
   * Stores the prepared statements (repeats are skipped, conflicts fail the whole batch) as the
   * store {@code inFlight} (their {@code stored} time is its). A deadlock, which rolled all of it
   * back, runs the whole transaction again ({@code cluster.control.ConflictRetry}).
   */
  @Transactional
  public void store(
      LrsCaller caller,
      ConsistentThrough.InFlight inFlight,
      List<JsonObject> statements,
      Collection<AttachmentPart> attachments) {
    long municipality = caller.municipalityId();
    Instant stored = inFlight.stored();
    try (Connection connection = dataSource.getConnection()) {
      List<JsonObject> fresh = withoutRepeats(connection, municipality, statements);
      if (fresh.isEmpty()) {
        return;
      }
      Map<String, JsonObject> batch = new HashMap<>();
      fresh.forEach(s -> batch.put(s.getString("id"), s));
      linkVoidingStatements(connection, municipality, fresh);
      Set<String> voidedOnArrival = voidedOnArrival(connection, municipality, batch.keySet());
      long[] seqs =
          insertStatements(
              connection, municipality, caller.clientId(), stored, fresh, voidedOnArrival);
      insertKeys(connection, municipality, fresh, seqs, batch);
      activityDefinitions.mergeFromAll(municipality, fresh);
      voidTargets(connection, municipality, fresh);
      insertAttachments(connection, municipality, attachments);
      storedEvent.fire(new StatementsStored(municipality, stored, fresh, seqs, voidedOnArrival));
      consistentThrough.vouchFor(inFlight);
    } catch (SQLException e) {
      if (isDuplicateKey(e)) {
        // Another request stored one of these ids between our check and our insert.
        throw new StatementConflict(statements.get(0).getString("id"));
      }
      throw new IllegalStateException("Storing statements failed: " + e.getMessage(), e);
    }
  }

  private List<JsonObject> withoutRepeats(
      Connection connection, long municipality, List<JsonObject> statements) throws SQLException {
    Map<String, String> existing =
        payloads(
            connection, municipality, statements.stream().map(s -> s.getString("id")).toList());
    if (existing.isEmpty()) {
      return statements;
    }
    List<JsonObject> fresh = new ArrayList<>();
    for (JsonObject statement : statements) {
      String stored = existing.get(statement.getString("id"));
      if (stored == null) {
        fresh.add(statement);
      } else {
        ConflictRule.requireRepeat(parse(stored), statement);
      }
    }
    return fresh;
  }

  private static Map<String, String> payloads(
      Connection connection, long municipality, Collection<String> ids) throws SQLException {
    Map<String, String> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    String sql =
        "SELECT statement_id, payload FROM xapi_statement WHERE municipality_id = ? AND"
            + " statement_id IN ("
            + placeholders(ids.size())
            + ")";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, municipality);
      int i = 2;
      for (String id : ids) {
        ps.setString(i++, id);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return found;
  }

  /**
   * Links each voiding statement of the batch to its target, first thing: a store of the target
   * that reads the link afterwards waits for this transaction; one that read before has locked the
   * id, and this insert waits for it to commit. The first voiding statement of a target keeps the
   * link (INSERT IGNORE); a later one has nothing more to void.
   */
  private static void linkVoidingStatements(
      Connection connection, long municipality, List<JsonObject> statements) throws SQLException {
    List<String[]> links = new ArrayList<>();
    for (JsonObject statement : statements) {
      VoidingRule.target(statement)
          .ifPresent(target -> links.add(new String[] {target, statement.getString("id")}));
    }
    if (links.isEmpty()) {
      return;
    }
    // In target order: two batches voiding the same targets lock them in the same order.
    links.sort((a, b) -> a[0].compareTo(b[0]));
    String sql =
        "INSERT IGNORE INTO xapi_voiding (municipality_id, target_id, voiding_id) VALUES "
            + "(?,?,?),".repeat(links.size() - 1)
            + "(?,?,?)";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      int p = 1;
      for (String[] link : links) {
        ps.setLong(p++, municipality);
        ps.setString(p++, link[0]);
        ps.setString(p++, link[1]);
      }
      ps.executeUpdate();
    }
  }

  /**
   * Ids of the new statements that a voiding statement targets: stored before, in flight (the
   * locking read waits for it to commit) or in this batch. The read also gap-locks the ids without
   * a link until this transaction ends, so a voiding statement of one of them waits for it.
   */
  private static Set<String> voidedOnArrival(
      Connection connection, long municipality, Set<String> ids) throws SQLException {
    Set<String> voided = new HashSet<>();
    String sql =
        "SELECT target_id FROM xapi_voiding WHERE municipality_id = ? AND target_id IN ("
            + placeholders(ids.size())
            + ") LOCK IN SHARE MODE";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, municipality);
      int i = 2;
      for (String id : ids) {
        ps.setString(i++, id);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          voided.add(rs.getString(1));
        }
      }
    }
    return voided;
  }

  private long[] insertStatements(
      Connection connection,
      long municipality,
      long clientId,
      Instant stored,
      List<JsonObject> statements,
      Set<String> voidedOnArrival)
      throws SQLException {
    long[] seqs = new long[statements.size()];
    LocalDateTime storedUtc = LocalDateTime.ofInstant(stored, ZoneOffset.UTC);
    int step = autoIncrementStep(connection);
    int rowsPerInsert = step > 0 ? STATEMENT_ROWS_PER_INSERT : 1;
    for (int from = 0; from < statements.size(); from += rowsPerInsert) {
      int to = Math.min(statements.size(), from + rowsPerInsert);
      StringBuilder sql =
          new StringBuilder(
              "INSERT INTO xapi_statement (municipality_id, statement_id, client_id, stored,"
                  + " voided, voids_statement, payload) VALUES ");
      for (int i = from; i < to; i++) {
        sql.append(i == from ? "" : ",").append("(?,?,?,?,?,?,?)");
      }
      try (PreparedStatement ps =
          connection.prepareStatement(sql.toString(), Statement.RETURN_GENERATED_KEYS)) {
        int p = 1;
        for (int i = from; i < to; i++) {
          JsonObject statement = statements.get(i);
          String id = statement.getString("id");
          ps.setLong(p++, municipality);
          ps.setString(p++, id);
          ps.setLong(p++, clientId);
          ps.setObject(p++, storedUtc);
          ps.setBoolean(
              p++, voidedOnArrival.contains(id) && VoidingRule.target(statement).isEmpty());
          ps.setString(p++, VoidingRule.target(statement).orElse(null));
          ps.setString(p++, statement.toString());
        }
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
          keys.next();
          long first = keys.getLong(1);
          for (int i = from; i < to; i++) {
            seqs[i] = first + (long) (i - from) * Math.max(step, 1);
          }
        }
      }
    }
    return seqs;
  }

  /**
   * The step between the auto-increment values of one multi-row insert, or 0 when the server does
   * not hand them out consecutively (innodb_autoinc_lock_mode 2): then rows go one at a time.
   */
  private int autoIncrementStep(Connection connection) throws SQLException {
    int step = autoIncrementStep;
    if (step == 0) {
      try (Statement s = connection.createStatement();
          ResultSet rs =
              s.executeQuery("SELECT @@innodb_autoinc_lock_mode, @@auto_increment_increment")) {
        rs.next();
        step = rs.getInt(1) == 2 ? -1 : rs.getInt(2);
      }
      autoIncrementStep = step;
    }
    return step;
  }

  private void insertKeys(
      Connection connection,
      long municipality,
      List<JsonObject> statements,
      long[] seqs,
      Map<String, JsonObject> batch)
      throws SQLException {
    List<byte[]> hashes = new ArrayList<>();
    List<Long> rowSeqs = new ArrayList<>();
    Map<String, Set<String>> targetKeys = new HashMap<>();
    for (int i = 0; i < statements.size(); i++) {
      JsonObject statement = statements.get(i);
      Set<String> keys = new LinkedHashSet<>(StatementKeys.of(statement));
      var target = VoidingRule.refersTo(statement);
      if (target.isPresent()) {
        keys.addAll(keysOf(connection, municipality, target.get(), batch, targetKeys, 1));
      }
      for (String key : keys) {
        hashes.add(StatementKeys.hash(key));
        rowSeqs.add(seqs[i]);
      }
    }
    for (int from = 0; from < hashes.size(); from += KEY_ROWS_PER_INSERT) {
      int to = Math.min(hashes.size(), from + KEY_ROWS_PER_INSERT);
      StringBuilder sql =
          new StringBuilder(
              "INSERT IGNORE INTO xapi_statement_key (municipality_id, key_hash, seq) VALUES ");
      for (int i = from; i < to; i++) {
        sql.append(i == from ? "" : ",").append("(?,?,?)");
      }
      try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
        int p = 1;
        for (int i = from; i < to; i++) {
          ps.setLong(p++, municipality);
          ps.setBytes(p++, hashes.get(i));
          ps.setLong(p++, rowSeqs.get(i));
        }
        ps.executeUpdate();
      }
    }
  }

  /**
   * The keys of a StatementRef's target (and of its targets in turn): a statement that refers to
   * another matches a filter when its target does.
   *
   * @see <a
   *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#filter-conditions-for-statementrefs">xAPI
   *     2.0 Communication 2.1.3 Filter Conditions for StatementRefs</a>
   */
  private Set<String> keysOf(
      Connection connection,
      long municipality,
      String id,
      Map<String, JsonObject> batch,
      Map<String, Set<String>> cache,
      int depth)
      throws SQLException {
    Set<String> cached = cache.get(id);
    if (cached != null) {
      return cached;
    }
    JsonObject target = batch.get(id);
    if (target == null) {
      String payload = payloads(connection, municipality, List.of(id)).get(id);
      if (payload == null) {
        return Set.of();
      }
      target = parse(payload);
    }
    Set<String> keys = new LinkedHashSet<>(StatementKeys.of(target));
    var next = VoidingRule.refersTo(target);
    if (next.isPresent() && depth < TARGET_DEPTH) {
      keys.addAll(keysOf(connection, municipality, next.get(), batch, cache, depth + 1));
    }
    cache.put(id, keys);
    return keys;
  }

  private static void voidTargets(
      Connection connection, long municipality, List<JsonObject> statements) throws SQLException {
    List<String> targets = new ArrayList<>();
    statements.forEach(s -> VoidingRule.target(s).ifPresent(targets::add));
    if (targets.isEmpty()) {
      return;
    }
    // VoidingRule: a voiding statement (voids_statement set) is never voided.
    String sql =
        "UPDATE xapi_statement SET voided = TRUE WHERE municipality_id = ? AND statement_id IN ("
            + placeholders(targets.size())
            + ") AND voids_statement IS NULL";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, municipality);
      int i = 2;
      for (String id : targets) {
        ps.setString(i++, id);
      }
      ps.executeUpdate();
    }
  }

  private static void insertAttachments(
      Connection connection, long municipality, Collection<AttachmentPart> attachments)
      throws SQLException {
    if (attachments.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT IGNORE INTO xapi_attachment (municipality_id, sha2, content_type, content)"
                + " VALUES (?,?,?,?)")) {
      for (AttachmentPart part : attachments) {
        ps.setLong(1, municipality);
        ps.setString(2, part.header("x-experience-api-hash").trim().toLowerCase());
        ps.setString(3, part.contentType());
        ps.setBytes(4, part.content());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static String placeholders(int n) {
    return "?,".repeat(n - 1) + "?";
  }

  static JsonObject parse(String json) {
    try (var reader = JSON.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static boolean isDuplicateKey(SQLException e) {
    return hasErrorCode(e, DUPLICATE_KEY);
  }

  private static boolean hasErrorCode(Throwable e, int code) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getErrorCode() == code) {
        return true;
      }
    }
    return false;
  }
}
