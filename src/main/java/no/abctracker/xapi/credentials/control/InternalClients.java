package no.abctracker.xapi.credentials.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import no.abctracker.access.control.SecretHashing;
import no.abctracker.configuration.Database;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.xapi.credentials.entity.Scope;

/**
 * The LRS client that stands for ABC Tracker itself in each municipality: the statements the
 * application records (attendance, manual registrations, super-user appointments) are stored under
 * it, with the person who acted as their authority. It is disabled and its secret is never known,
 * so nobody can authenticate as it.
 */
@ApplicationScoped
public class InternalClients {

  /** The name the internal client has in every municipality's client list. */
  public static final String NAME = "ABC Tracker";

  @Inject InternalClients.Rows rows;

  private final Map<Long, Long> clientIds = new ConcurrentHashMap<>();

  /** The key of the internal client of the municipality with this code. */
  public static String keyOf(String municipalityCode) {
    return "abc-tracker-" + municipalityCode;
  }

  /** A caller that stores statements as ABC Tracker on behalf of {@code authority}. */
  public LrsCaller caller(Municipality municipality, JsonObject authority) {
    long clientId = clientIds.computeIfAbsent(municipality.id(), m -> rows.ensure(municipality));
    return new LrsCaller(
        clientId,
        keyOf(municipality.code()),
        NAME,
        municipality.id(),
        municipality.code(),
        EnumSet.of(Scope.STATEMENTS_WRITE),
        authority);
  }

  /** The client rows, written in transactions of their own (a separate bean, so they are). */
  @ApplicationScoped
  public static class Rows {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject Clock clock;

    /**
     * Creates the client row if missing and answers its id, in a transaction of its own: the id is
     * cached, so it must never name a row that a rolled-back caller created.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long ensure(Municipality municipality) {
      String key = keyOf(municipality.code());
      try (Connection db = dataSource.getConnection()) {
        try (PreparedStatement insert =
            db.prepareStatement(
                "INSERT IGNORE INTO lrs_client (municipality_id, name, api_key, secret_hash, scopes,"
                    + " enabled, created_at) VALUES (?, ?, ?, ?, ?, FALSE, ?)")) {
          insert.setLong(1, municipality.id());
          insert.setString(2, NAME);
          insert.setString(3, key);
          insert.setString(4, SecretHashing.hash(SecretHashing.randomToken(32)));
          insert.setString(5, Scope.STATEMENTS_WRITE.wireName());
          insert.setObject(6, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
          insert.executeUpdate();
        }
        try (PreparedStatement select =
            db.prepareStatement("SELECT id, municipality_id FROM lrs_client WHERE api_key = ?")) {
          select.setString(1, key);
          try (ResultSet rs = select.executeQuery()) {
            if (!rs.next() || rs.getLong(2) != municipality.id()) {
              throw new IllegalStateException(
                  "The LRS client key " + key + " belongs to another municipality");
            }
            return rs.getLong(1);
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Creating ABC Tracker's own LRS client failed", e);
      }
    }
  }
}
