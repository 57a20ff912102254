package no.abctracker.xapi.statements.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;
import no.abctracker.configuration.SqlTimes;
import no.abctracker.xapi.credentials.control.LrsCaller;
import no.abctracker.xapi.credentials.entity.Scope;

/**
 * Reads statements of the caller's municipality: one by id, or a page of a {@link StatementQuery}
 * walking an index in stored-sequence order. Callers that hold only {@code statements/read/mine}
 * see only statements they stored themselves.
 */
@ApplicationScoped
public class StatementResults {

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** A stored statement: its JSON text as stored and when it was stored. */
  public record StoredStatement(long seq, String json, Instant stored) {}

  /** A page: the statements and, when more may follow, the query of the next page. */
  public record Page(List<StoredStatement> statements, Optional<StatementQuery> next) {}

  /** The statement by id, if stored and (not) voided as asked. */
  public Optional<StoredStatement> one(LrsCaller caller, String statementId, boolean voided) {
    String sql =
        "SELECT seq, payload, stored, voided FROM xapi_statement WHERE municipality_id = ? AND"
            + " statement_id = ?"
            + (onlyMine(caller) ? " AND client_id = ?" : "");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, caller.municipalityId());
      ps.setString(2, statementId.toLowerCase(java.util.Locale.ROOT));
      if (onlyMine(caller)) {
        ps.setLong(3, caller.clientId());
      }
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next() || rs.getBoolean(4) != voided) {
          return Optional.empty();
        }
        return Optional.of(new StoredStatement(rs.getLong(1), rs.getString(2), instant(rs, 3)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading statement " + statementId + " failed", e);
    }
  }

  public Page page(LrsCaller caller, StatementQuery query) {
    try (Connection connection = dataSource.getConnection()) {
      StatementQuery q = query.bound() == 0 ? query.page(highestSeq(connection), 0) : query;
      List<String> keys = q.keys();
      String order = keys.isEmpty() ? "s.seq" : "k0.seq";
      StringBuilder sql = new StringBuilder("SELECT s.seq, s.payload, s.stored FROM ");
      List<Object> args = new ArrayList<>();
      if (keys.isEmpty()) {
        sql.append("xapi_statement s WHERE s.municipality_id = ?");
        args.add(caller.municipalityId());
      } else {
        // Drive by the first key's index range (already in seq order); the others are point
        // look-ups in the key table's primary key.
        sql.append("xapi_statement_key k0");
        for (int i = 1; i < keys.size(); i++) {
          sql.append(" STRAIGHT_JOIN xapi_statement_key k")
              .append(i)
              .append(" ON k")
              .append(i)
              .append(".municipality_id = k0.municipality_id AND k")
              .append(i)
              .append(".key_hash = ? AND k")
              .append(i)
              .append(".seq = k0.seq");
          args.add(StatementKeys.hash(keys.get(i)));
        }
        sql.append(" STRAIGHT_JOIN xapi_statement s ON s.seq = k0.seq")
            .append(" WHERE k0.municipality_id = ? AND k0.key_hash = ?")
            .append(" AND s.municipality_id = k0.municipality_id");
        args.add(caller.municipalityId());
        args.add(StatementKeys.hash(keys.get(0)));
      }
      sql.append(" AND s.voided = FALSE AND ").append(order).append(" <= ?");
      args.add(q.bound());
      if (q.after() > 0) {
        sql.append(" AND ").append(order).append(q.ascending() ? " > ?" : " < ?");
        args.add(q.after());
      }
      if (q.since() != null) {
        sql.append(" AND s.stored > ?");
        args.add(LocalDateTime.ofInstant(q.since(), ZoneOffset.UTC));
      }
      if (q.until() != null) {
        sql.append(" AND s.stored <= ?");
        args.add(LocalDateTime.ofInstant(q.until(), ZoneOffset.UTC));
      }
      if (onlyMine(caller)) {
        sql.append(" AND s.client_id = ?");
        args.add(caller.clientId());
      }
      sql.append(" ORDER BY ")
          .append(order)
          .append(q.ascending() ? " ASC" : " DESC")
          .append(" LIMIT ?");
      args.add(q.limit() + 1);
      List<StoredStatement> found = new ArrayList<>(Math.min(q.limit() + 1, 64));
      try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
        for (int i = 0; i < args.size(); i++) {
          ps.setObject(i + 1, args.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            found.add(new StoredStatement(rs.getLong(1), rs.getString(2), instant(rs, 3)));
          }
        }
      }
      if (found.size() > q.limit()) {
        found.remove(found.size() - 1);
        return new Page(found, Optional.of(q.page(q.bound(), found.get(found.size() - 1).seq())));
      }
      return new Page(found, Optional.empty());
    } catch (SQLException e) {
      throw new IllegalStateException("Querying statements failed: " + e.getMessage(), e);
    }
  }

  /** A statement as stored, voided or not. */
  public record HeldStatement(String json, Instant stored, boolean voided) {}

  /**
   * Every statement of {@code municipalityId} (voided ones too) whose actor, or whose object as an
   * Agent, is one of {@code identifierKeys} ({@link no.abctracker.xapi.model.Actors#identifierKey}
   * form), oldest first: what the LRS holds about a person, for their self-access export.
   */
  public List<HeldStatement> about(long municipalityId, Collection<String> identifierKeys) {
    if (identifierKeys.isEmpty()) {
      return List.of();
    }
    String sql =
        "SELECT s.payload, s.stored, s.voided FROM xapi_statement s WHERE s.seq IN (SELECT k.seq"
            + " FROM xapi_statement_key k WHERE k.municipality_id = ? AND k.key_hash IN ("
            + String.join(",", java.util.Collections.nCopies(identifierKeys.size(), "?"))
            + ")) AND s.municipality_id = ? ORDER BY s.seq";
    List<HeldStatement> held = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement ps = connection.prepareStatement(sql)) {
      int p = 1;
      ps.setLong(p++, municipalityId);
      for (String key : identifierKeys) {
        ps.setBytes(p++, StatementKeys.hash(StatementKeys.agent(key)));
      }
      ps.setLong(p, municipalityId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          held.add(new HeldStatement(rs.getString(1), instant(rs, 2), rs.getBoolean(3)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading a person's statements failed: " + e.getMessage(), e);
    }
    return held;
  }

  /** Attachment contents by SHA-2, for {@code attachments=true}. */
  public List<StoredAttachment> attachments(LrsCaller caller, Collection<String> sha2s) {
    List<StoredAttachment> found = new ArrayList<>();
    if (sha2s.isEmpty()) {
      return found;
    }
    String sql =
        "SELECT sha2, content_type, content FROM xapi_attachment WHERE municipality_id = ? AND"
            + " sha2 IN ("
            + StatementStore.placeholders(sha2s.size())
            + ")";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, caller.municipalityId());
      int i = 2;
      for (String sha2 : sha2s) {
        ps.setString(i++, sha2);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(new StoredAttachment(rs.getString(1), rs.getString(2), rs.getBytes(3)));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("Reading attachments failed", e);
    }
  }

  public record StoredAttachment(String sha2, String contentType, byte[] content) {}

  private static long highestSeq(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM xapi_statement")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static boolean onlyMine(LrsCaller caller) {
    return caller.scopes().contains(Scope.STATEMENTS_READ_MINE)
        && !caller.holdsAny(java.util.Set.of(Scope.STATEMENTS_READ, Scope.ALL_READ));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    return SqlTimes.dateTime(rs, column).toInstant(ZoneOffset.UTC);
  }
}
