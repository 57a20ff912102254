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
import java.sql.Timestamp;
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
          "raw JDBC insert, %d threads, batches of %d, one commit per batch:%n"
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

  private long insert(List<Row> rows, int batch) throws SQLException {
    long keyRows = 0;
    try (Connection c = DriverManager.getConnection(url, user, password);
        PreparedStatement statement =
            c.prepareStatement(
                "INSERT INTO xapi_statement (municipality_id, statement_id, client_id, stored,"
                    + " voided, voids_statement, payload) VALUES (?, ?, ?, ?, FALSE, NULL, ?)",
                Statement.RETURN_GENERATED_KEYS);
        PreparedStatement key =
            c.prepareStatement(
                "INSERT INTO xapi_statement_key (municipality_id, key_hash, seq) VALUES (?, ?, ?)")) {
      c.setAutoCommit(false);
      for (int from = 0; from < rows.size(); from += batch) {
        List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + batch));
        for (Row row : chunk) {
          statement.setLong(1, 1);
          statement.setString(2, row.statementId());
          statement.setLong(3, 1);
          statement.setTimestamp(
              4, Timestamp.valueOf(LocalDateTime.ofInstant(row.stored(), ZoneOffset.UTC)));
          statement.setString(5, row.payload());
          statement.addBatch();
        }
        statement.executeBatch();
        List<Long> seqs = new ArrayList<>(chunk.size());
        try (ResultSet generated = statement.getGeneratedKeys()) {
          while (generated.next()) {
            seqs.add(generated.getLong(1));
          }
        }
        if (seqs.size() != chunk.size()) {
          throw new IllegalStateException(
              "Expected " + chunk.size() + " generated keys, got " + seqs.size());
        }
        for (int i = 0; i < chunk.size(); i++) {
          for (byte[] hash : chunk.get(i).keyHashes()) {
            key.setLong(1, 1);
            key.setBytes(2, hash);
            key.setLong(3, seqs.get(i));
            key.addBatch();
            keyRows++;
          }
        }
        key.executeBatch();
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
    for (String k : Keys.of(statement)) {
      hashes.add(Keys.hash(k));
    }
    return new Row(generated.id().toString(), stored, statement.toString(), hashes);
  }
}
