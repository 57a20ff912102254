package no.abctracker.xapi.documents.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;
import no.abctracker.configuration.SqlTimes;
import no.abctracker.problems.NotFound;
import no.abctracker.xapi.documents.control.Preconditions.Write;
import no.abctracker.xapi.documents.entity.DocumentContent;
import no.abctracker.xapi.documents.entity.DocumentScope;
import no.abctracker.xapi.documents.entity.StoredDocument;
import no.abctracker.xapi.model.XapiVersion;
import no.abctracker.xapi.statements.control.StatementErasure;

/**
 * The {@code xapi_document} table: each write is one transaction. A write never updates a row: it
 * deletes the current row (only if its ETag is still the one the preconditions were checked
 * against) and inserts the new one, so of two concurrent writers one fails with {@link
 * ConcurrentChange} and changes nothing. The unique key on the document's address does the same for
 * two concurrent creations. Writes of one document first lock its row in {@code xapi_document_lock}
 * ({@link #lock}), so concurrent writes of it wait for each other and each reads what the one
 * before it wrote: every unconditional write succeeds and a merge keeps every writer's properties.
 */
@ApplicationScoped
public class DocumentTable {

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject Clock clock;

  /** The addressed document of {@code scope} (an exact registration, none if null). */
  public Optional<StoredDocument> find(DocumentScope scope, String documentId) {
    String sql =
        "SELECT id, document_id, content_type, content, etag, updated_at FROM xapi_document"
            + " WHERE municipality_id = ? AND kind = ? AND scope_hash = ? AND registration = ?"
            + " AND document_hash = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bindAddress(s, scope, documentId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(row(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading a document failed", e);
    }
  }

  public StoredDocument get(DocumentScope scope, String documentId) {
    return find(scope, documentId)
        .orElseThrow(
            () ->
                new NotFound(
                    "No document with " + scope.kind().idParameter() + " \"" + documentId + "\""));
  }

  /**
   * The ids of the documents of {@code scope} (all registrations when it names none) written after
   * {@code since} (all when null), with the time the newest was written.
   */
  public DocumentIds ids(DocumentScope scope, OffsetDateTime since) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT document_id, updated_at FROM xapi_document"
                + " WHERE municipality_id = ? AND kind = ? AND scope_hash = ?");
    if (scope.registration() != null) {
      sql.append(" AND registration = ?");
    }
    if (since != null) {
      sql.append(" AND updated_at > ?");
    }
    sql.append(" ORDER BY updated_at, id");
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql.toString())) {
      int i = bindScope(s, scope);
      if (scope.registration() != null) {
        s.setString(++i, scope.registration());
      }
      if (since != null) {
        s.setObject(++i, since.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
      }
      List<String> ids = new ArrayList<>();
      LocalDateTime newest = null;
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          if (!ids.contains(rs.getString(1))) {
            ids.add(rs.getString(1));
          }
          newest = SqlTimes.dateTime(rs, 2);
        }
      }
      return new DocumentIds(ids, Optional.ofNullable(newest));
    } catch (SQLException e) {
      throw new IllegalStateException("Listing documents failed", e);
    }
  }

  /** Document ids and when the newest of them was written (UTC). */
  public record DocumentIds(List<String> ids, Optional<LocalDateTime> newest) {}

  /** PUT: stores {@code content} as the document, replacing the stored one if the rule allows. */
  @Transactional
  public StoredDocument put(
      DocumentScope scope,
      String documentId,
      DocumentContent content,
      Preconditions preconditions,
      XapiVersion version) {
    Optional<StoredDocument> current = lock(scope, documentId);
    preconditions.check(Write.PUT, scope.kind(), version, current.map(StoredDocument::etag));
    return replace(scope, documentId, current, content);
  }

  /** POST: merges {@code posted} into the stored document ({@link JsonMerge}), or stores it. */
  @Transactional
  public StoredDocument post(
      DocumentScope scope,
      String documentId,
      DocumentContent posted,
      Preconditions preconditions,
      XapiVersion version) {
    Optional<StoredDocument> current = lock(scope, documentId);
    preconditions.check(Write.POST, scope.kind(), version, current.map(StoredDocument::etag));
    DocumentContent merged = JsonMerge.merge(current.map(StoredDocument::content), posted);
    return replace(scope, documentId, current, merged);
  }

  /** DELETE of one document; deleting one that does not exist is not an error. */
  @Transactional
  public void delete(
      DocumentScope scope, String documentId, Preconditions preconditions, XapiVersion version) {
    Optional<StoredDocument> current = lock(scope, documentId);
    preconditions.check(Write.DELETE, scope.kind(), version, current.map(StoredDocument::etag));
    if (current.isPresent()) {
      deleteIfUnchanged(current.get());
    }
  }

  /** DELETE of every document of {@code scope} (all registrations when it names none). */
  @Transactional
  public int deleteAll(DocumentScope scope) {
    String sql =
        "DELETE FROM xapi_document WHERE municipality_id = ? AND kind = ? AND scope_hash = ?"
            + (scope.registration() == null ? "" : " AND registration = ?");
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      int i = bindScope(s, scope);
      if (scope.registration() != null) {
        s.setString(++i, scope.registration());
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Deleting documents failed", e);
    }
  }

  /**
   * Deletes every state and agent profile document of {@code municipality} keyed by an Agent that
   * {@code names} recognises (GDPR art. 17), with their address locks, in the caller's transaction;
   * {@code fragments} are lower-cased texts one of which such an agent's key contains. Returns how
   * many documents went.
   */
  public int eraseAgent(
      long municipality, java.util.function.Predicate<JsonObject> names, Set<String> fragments) {
    if (fragments.isEmpty()) {
      return 0;
    }
    StringBuilder sql =
        new StringBuilder(
            "SELECT id, kind, scope_hash, agent_key FROM xapi_document WHERE municipality_id = ?"
                + " AND agent_key IS NOT NULL AND (");
    for (int i = 0; i < fragments.size(); i++) {
      sql.append(i == 0 ? "" : " OR ").append("LOWER(agent_key) LIKE ?");
    }
    sql.append(")");
    int deleted = 0;
    try (Connection c = dataSource.getConnection()) {
      List<Object[]> gone = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(sql.toString())) {
        int i = 1;
        s.setLong(i++, municipality);
        for (String fragment : fragments) {
          s.setString(i++, "%" + StatementErasure.likeEscaped(fragment) + "%");
        }
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            if (names.test(agentOf(rs.getString(4)))) {
              gone.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)});
            }
          }
        }
      }
      for (Object[] row : gone) {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM xapi_document WHERE id = ?")) {
          s.setLong(1, (Long) row[0]);
          deleted += s.executeUpdate();
        }
        try (PreparedStatement s =
            c.prepareStatement(
                "DELETE FROM xapi_document_lock WHERE municipality_id = ? AND kind = ? AND"
                    + " scope_hash = ?")) {
          s.setLong(1, municipality);
          s.setString(2, (String) row[1]);
          s.setString(3, (String) row[2]);
          s.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Erasing documents failed", e);
    }
    return deleted;
  }

  /** The Agent an agent key ({@code Actors.identifierKey}) was made from. */
  static JsonObject agentOf(String agentKey) {
    int bar = agentKey.indexOf('|');
    String kind = agentKey.substring(0, Math.max(bar, 0));
    String rest = agentKey.substring(bar + 1);
    var agent = no.abctracker.xapi.model.Jsons.JSON.createObjectBuilder();
    if (kind.equals("account")) {
      int last = rest.lastIndexOf('|');
      agent.add(
          "account",
          no.abctracker.xapi.model.Jsons.JSON
              .createObjectBuilder()
              .add("homePage", rest.substring(0, Math.max(last, 0)))
              .add("name", rest.substring(last + 1)));
    } else if (bar > 0) {
      agent.add(kind, rest);
    }
    return agent.build();
  }

  /**
   * Locks the document's address until the transaction ends, then reads the document as last
   * committed. The lock row is written, not just read, so that the first writers of a new address
   * queue on the insert too; a deadlock between them (InnoDB may pick a victim) is a {@link
   * ConcurrentChange}, retried like any other.
   */
  private Optional<StoredDocument> lock(DocumentScope scope, String documentId) {
    String lock =
        "INSERT INTO xapi_document_lock (municipality_id, kind, scope_hash, registration,"
            + " document_hash, locked_at) VALUES (?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE locked_at = VALUES(locked_at)";
    String read =
        "SELECT id, document_id, content_type, content, etag, updated_at FROM xapi_document"
            + " WHERE municipality_id = ? AND kind = ? AND scope_hash = ? AND registration = ?"
            + " AND document_hash = ? FOR UPDATE";
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s = c.prepareStatement(lock)) {
        int i = bindAddress(s, scope, documentId);
        s.setObject(++i, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        s.executeUpdate();
      }
      try (PreparedStatement s = c.prepareStatement(read)) {
        bindAddress(s, scope, documentId);
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() ? Optional.of(row(rs)) : Optional.empty();
        }
      }
    } catch (SQLTransactionRollbackException deadlock) {
      throw concurrentChange();
    } catch (SQLException e) {
      throw new IllegalStateException("Locking a document failed", e);
    }
  }

  private StoredDocument replace(
      DocumentScope scope,
      String documentId,
      Optional<StoredDocument> current,
      DocumentContent content) {
    current.ifPresent(this::deleteIfUnchanged);
    LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    if (current.isPresent() && !now.isAfter(current.get().updated())) {
      // Last-Modified and "since" must move forward even when the clock has not.
      now = current.get().updated().plusNanos(1000);
    }
    String sql =
        "INSERT INTO xapi_document (municipality_id, kind, scope_hash, registration,"
            + " document_hash, activity_id, agent_key, document_id, content_type, content, etag,"
            + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    String etag = content.etag();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      int i = bindAddress(s, scope, documentId);
      s.setString(++i, scope.activityId());
      s.setString(++i, scope.agentKey());
      s.setString(++i, documentId);
      s.setString(++i, content.contentType());
      s.setBytes(++i, content.bytes());
      s.setString(++i, etag);
      s.setObject(++i, now);
      s.executeUpdate();
    } catch (SQLIntegrityConstraintViolationException e) {
      throw concurrentChange();
    } catch (SQLException e) {
      throw new IllegalStateException("Storing a document failed", e);
    }
    return new StoredDocument(0, documentId, content, etag, now);
  }

  private void deleteIfUnchanged(StoredDocument document) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("DELETE FROM xapi_document WHERE id = ? AND etag = ?")) {
      s.setLong(1, document.rowId());
      s.setString(2, document.etag());
      if (s.executeUpdate() == 0) {
        throw concurrentChange();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Replacing a document failed", e);
    }
  }

  private static ConcurrentChange concurrentChange() {
    return new ConcurrentChange();
  }

  private static int bindScope(PreparedStatement s, DocumentScope scope) throws SQLException {
    s.setLong(1, scope.municipalityId());
    s.setString(2, scope.kind().name());
    s.setString(3, scope.scopeHash());
    return 3;
  }

  private static int bindAddress(PreparedStatement s, DocumentScope scope, String documentId)
      throws SQLException {
    int i = bindScope(s, scope);
    s.setString(++i, scope.registrationColumn());
    s.setString(++i, DocumentScope.sha1(documentId));
    return i;
  }

  private static StoredDocument row(ResultSet rs) throws SQLException {
    return new StoredDocument(
        rs.getLong("id"),
        rs.getString("document_id"),
        new DocumentContent(rs.getString("content_type"), rs.getBytes("content")),
        rs.getString("etag"),
        SqlTimes.dateTime(rs, "updated_at"));
  }
}
