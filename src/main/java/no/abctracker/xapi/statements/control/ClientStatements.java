package no.abctracker.xapi.statements.control;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;
import no.abctracker.configuration.SqlTimes;
import no.abctracker.problems.BadRequest;
import no.abctracker.xapi.credentials.entity.LrsClient;

/**
 * The statements one LRS client stored most recently, newest first, so that a coordinator can see
 * whether an LMS is sending and what. Read-only; limited to the client's own municipality.
 */
@ApplicationScoped
public class ClientStatements {

  /** The most a caller may ask for at once. */
  public static final int MAX = 100;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /**
   * A stored statement reduced to what a person reads in a list: who did what to what, and when it
   * was stored; {@code json} is the statement as stored.
   */
  public record Summary(
      String statementId,
      Instant stored,
      boolean voided,
      String actor,
      String verb,
      String object,
      String json) {}

  /** The {@code limit} parameter: a whole number from 1 to {@link #MAX}, else a 400. */
  public static int limit(String limit) {
    if (limit == null
        || !limit.matches("\\d{1,3}")
        || Integer.parseInt(limit) < 1
        || Integer.parseInt(limit) > MAX) {
      throw new BadRequest("limit: a whole number from 1 to " + MAX);
    }
    return Integer.parseInt(limit);
  }

  /** The {@code limit} (1–{@link #MAX}) statements {@code client} stored last, newest first. */
  public List<Summary> latest(LrsClient client, int limit) {
    int rows = Math.max(1, Math.min(MAX, limit));
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT statement_id, stored, voided, payload FROM xapi_statement"
                    + " WHERE municipality_id = ? AND client_id = ? ORDER BY seq DESC LIMIT ?")) {
      query.setLong(1, client.municipality().id());
      query.setLong(2, client.id());
      query.setInt(3, rows);
      List<Summary> latest = new ArrayList<>(rows);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          latest.add(summary(rs.getString(1), instant(rs), rs.getBoolean(3), rs.getString(4)));
        }
      }
      return latest;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Reading the statements of " + client.apiKey() + " failed", e);
    }
  }

  static Summary summary(String id, Instant stored, boolean voided, String json) {
    JsonObject statement = JSON.createReader(new StringReader(json)).readObject();
    return new Summary(
        id,
        stored,
        voided,
        actorOf(statement.getJsonObject("actor")),
        verbOf(statement.getJsonObject("verb")),
        objectOf(statement.getJsonObject("object")),
        json);
  }

  /** The actor's name, else its identifier (mbox, account name, openid, mbox_sha1sum). */
  static String actorOf(JsonObject actor) {
    if (actor == null) {
      return "";
    }
    return text(actor, "name")
        .or(() -> text(actor, "mbox").map(m -> m.replaceFirst("^mailto:", "")))
        .or(() -> Optional.ofNullable(actor.getJsonObject("account")).flatMap(a -> text(a, "name")))
        .or(() -> text(actor, "openid"))
        .or(() -> text(actor, "mbox_sha1sum"))
        .orElse(actor.getString("objectType", "Agent"));
  }

  static String verbOf(JsonObject verb) {
    if (verb == null) {
      return "";
    }
    return display(verb.getJsonObject("display")).orElse(verb.getString("id", ""));
  }

  static String objectOf(JsonObject object) {
    if (object == null) {
      return "";
    }
    String type = object.getString("objectType", "Activity");
    if (type.equals("Activity")) {
      return Optional.ofNullable(object.getJsonObject("definition"))
          .flatMap(d -> display(d.getJsonObject("name")))
          .orElse(object.getString("id", ""));
    }
    if (type.equals("StatementRef")) {
      return "StatementRef " + object.getString("id", "");
    }
    if (type.equals("SubStatement")) {
      return "SubStatement";
    }
    return actorOf(object);
  }

  /** A language map's Bokmål value, else English, else its first value. */
  private static Optional<String> display(JsonObject languageMap) {
    if (languageMap == null || languageMap.isEmpty()) {
      return Optional.empty();
    }
    for (String tag : List.of("nb", "nb-NO", "no", "en-US", "en", "en-GB")) {
      Optional<String> value = text(languageMap, tag);
      if (value.isPresent()) {
        return value;
      }
    }
    return languageMap.values().stream()
        .filter(v -> v instanceof JsonString)
        .map(v -> ((JsonString) v).getString())
        .findFirst();
  }

  private static Optional<String> text(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
  }

  private static Instant instant(ResultSet rs) throws SQLException {
    return SqlTimes.dateTime(rs, 2).toInstant(ZoneOffset.UTC);
  }
}
