package no.abctracker.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.abctracker.xapi.credentials.control.LrsCaller;
import no.abctracker.xapi.statements.control.StatementKeys;
import org.flywaydb.core.Flyway;

/**
 * The hardware's rate for the LRS's writes: the same generated statements, prepared as the store
 * stores them (authority, stored and version added; one key row per filter key), inserted with
 * plain JDBC batches and one commit per batch into a fresh database migrated with the application's
 * own Flyway scripts. Preparing the rows is not timed; only the inserts and commits are.
 */
final class RawInsert {

  record Result(long rows, long keyRows, int threads, int batch, Duration elapsed) {
    double rowsPerSecond() {
      return rows / (elapsed.toNanos() / 1e9);
    }

    String report() {
      return String.format(
          "raw JDBC insert, %d threads, batches of %d (multi-row INSERTs as the store's),"
              + " one commit per batch:%n"
              + "  %,d statements (+%,d key rows) in %.1f s: %,.0f statements/s%n",
          threads, batch, rows, keyRows, elapsed.toNanos() / 1e9, rowsPerSecond());
    }
  }

  /** One statement as the store writes it: the row and its key hashes. */
  record Row(String statementId, Instant stored, String payload, List<byte[]> keyHashes) {}

  private final String url;
  private final String user;
  private final String password;

  RawInsert(String serverUrl, String database, String user, String password) throws SQLException {
    try (Connection c = DriverManager.getConnection(serverUrl, user, password);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS `" + database + "`");
      s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    }
    this.url = serverUrl + database;
    this.user = user;
    this.password = password;
    Flyway.configure(getClass().getClassLoader())
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO municipality (code, name, account_home_page, created_at)"
              + " VALUES ('9999', 'Bench', 'https://abc-tracker.no', NOW(6))");
      s.execute(
          "INSERT INTO lrs_client (municipality_id, name, api_key, secret_hash, scopes, enabled,"
              + " created_at) VALUES (1, 'Bench', 'bench', '-', 'all', TRUE, NOW(6))");
    }
  }

  Result run(long rows, int threads, int batch, long seed, int staff) throws Exception {
    List<List<Row>> perThread = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      StatementGenerator generator = new StatementGenerator(seed * 1000 + t, staff);
      long share = rows / threads + (t < rows % threads ? 1 : 0);
      List<Row> list = new ArrayList<>((int) share);
      for (long i = 0; i < share; i++) {
        list.add(prepare(generator.next()));
      }
      perThread.add(list);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<Long>> done = new ArrayList<>();
    for (List<Row> list : perThread) {
      done.add(pool.submit(() -> insert(list, batch)));
    }
    long keyRows = 0;
    for (Future<Long> f : done) {
      keyRows += f.get();
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    pool.shutdown();
    return new Result(rows, keyRows, threads, batch, elapsed);
  }

  /**
   * One transaction per batch, written as the store writes it (StatementStore.insertStatements and
   * insertKeys): one multi-row INSERT of the statements, their seqs from the first generated key,
   * one multi-row INSERT IGNORE of their key rows, commit.
   */
  private long insert(List<Row> rows, int batch) throws SQLException {
    long keyRows = 0;
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.setAutoCommit(false);
      for (int from = 0; from < rows.size(); from += batch) {
        List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + batch));
        StringBuilder sql =
            new StringBuilder(
                "INSERT INTO xapi_statement (municipality_id, statement_id, client_id, stored,"
                    + " voided, voids_statement, payload) VALUES ");
        sql.append("(?,?,?,?,?,?,?),".repeat(chunk.size() - 1)).append("(?,?,?,?,?,?,?)");
        long first;
        try (PreparedStatement ps =
            c.prepareStatement(sql.toString(), Statement.RETURN_GENERATED_KEYS)) {
          int p = 1;
          for (Row row : chunk) {
            ps.setLong(p++, 1);
            ps.setString(p++, row.statementId());
            ps.setLong(p++, 1);
            ps.setObject(p++, LocalDateTime.ofInstant(row.stored(), ZoneOffset.UTC));
            ps.setBoolean(p++, false);
            ps.setString(p++, null);
            ps.setString(p++, row.payload());
          }
          ps.executeUpdate();
          try (ResultSet generated = ps.getGeneratedKeys()) {
            generated.next();
            first = generated.getLong(1);
          }
        }
        int keys = chunk.stream().mapToInt(r -> r.keyHashes().size()).sum();
        StringBuilder keySql =
            new StringBuilder(
                "INSERT IGNORE INTO xapi_statement_key (municipality_id, key_hash, seq) VALUES ");
        keySql.append("(?,?,?),".repeat(keys - 1)).append("(?,?,?)");
        try (PreparedStatement ps = c.prepareStatement(keySql.toString())) {
          int p = 1;
          for (int i = 0; i < chunk.size(); i++) {
            for (byte[] hash : chunk.get(i).keyHashes()) {
              ps.setLong(p++, 1);
              ps.setBytes(p++, hash);
              ps.setLong(p++, first + i);
            }
          }
          ps.executeUpdate();
        }
        keyRows += keys;
        c.commit();
      }
    }
    return keyRows;
  }

  private static Row prepare(StatementGenerator.Generated generated) {
    Instant stored = Instant.now();
    JsonObject received = Json.createReader(new StringReader(generated.json())).readObject();
    JsonObject statement =
        Json.createObjectBuilder(received)
            .add("authority", LrsCaller.authorityOf("bench", "Bench"))
            .add("stored", stored.toString())
            .add("version", "1.0.3")
            .build();
    List<byte[]> hashes = new ArrayList<>();
    for (String k : StatementKeys.of(statement)) {
      hashes.add(StatementKeys.hash(k));
    }
    return new Row(generated.id().toString(), stored, statement.toString(), hashes);
  }
}
