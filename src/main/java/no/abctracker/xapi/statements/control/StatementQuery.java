package no.abctracker.xapi.statements.control;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.abctracker.xapi.model.Actors;
import no.abctracker.xapi.model.InvalidStatement;
import no.abctracker.xapi.model.QueryParameters;
import no.abctracker.xapi.model.Timestamps;
import no.abctracker.xapi.model.XapiVersion;
import no.abctracker.xapi.model.validation.Uuids;

/**
 * The parameters of GET /xapi/statements when no single statement is asked for, validated, plus the
 * paging position: {@code bound} is the highest stored sequence number when the first page was
 * asked for (later statements never shift the pages) and {@code after} the last one returned. The
 * {@code more} token is this record, encoded.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#213-get-statements">xAPI
 *     2.0 Communication 2.1.3 GET Statements</a>
 */
public record StatementQuery(
    String agentKey,
    String verb,
    String activity,
    String registration,
    boolean relatedActivities,
    boolean relatedAgents,
    Instant since,
    Instant until,
    int limit,
    Format format,
    boolean attachments,
    boolean ascending,
    long bound,
    long after) {

  /** The largest page this LRS returns, also when {@code limit} is 0 or larger. */
  public static final int MAX_PAGE = 500;

  public enum Format {
    IDS,
    EXACT,
    CANONICAL
  }

  private static final Set<String> SINGLE =
      Set.of("statementId", "voidedStatementId", "format", "attachments");
  private static final Set<String> ALL =
      Set.of(
          "statementId",
          "voidedStatementId",
          "agent",
          "verb",
          "activity",
          "registration",
          "related_activities",
          "related_agents",
          "since",
          "until",
          "limit",
          "format",
          "attachments",
          "ascending",
          "more");

  /** Rejects parameters GET /statements does not know, and misuse of statementId. */
  public static void checkParameters(Map<String, List<String>> parameters) {
    QueryParameters.check(parameters, ALL, "GET /statements");
    boolean single =
        parameters.containsKey("statementId") || parameters.containsKey("voidedStatementId");
    if (parameters.containsKey("statementId") && parameters.containsKey("voidedStatementId")) {
      throw new InvalidStatement("statementId", "cannot be combined with voidedStatementId");
    }
    if (single) {
      for (String name : parameters.keySet()) {
        if (!SINGLE.contains(name)) {
          throw new InvalidStatement(
              name,
              "cannot be combined with statementId or voidedStatementId (only format and"
                  + " attachments can)");
        }
      }
    }
  }

  /** The query of a first page. */
  public static StatementQuery parse(Map<String, List<String>> parameters, XapiVersion version) {
    String agent = first(parameters, "agent");
    String registration = first(parameters, "registration");
    if (registration != null && !Uuids.isUuid(registration)) {
      throw new InvalidStatement("registration", "must be a UUID, got \"" + registration + "\"");
    }
    return new StatementQuery(
        agent == null ? null : Actors.identifierKey(Actors.parseParameter(agent, version)),
        iri(parameters, "verb"),
        iri(parameters, "activity"),
        registration == null ? null : registration.toLowerCase(Locale.ROOT),
        bool(parameters, "related_activities"),
        bool(parameters, "related_agents"),
        time(parameters, "since"),
        time(parameters, "until"),
        limit(first(parameters, "limit")),
        format(first(parameters, "format")),
        bool(parameters, "attachments"),
        bool(parameters, "ascending"),
        0,
        0);
  }

  public static Format format(String value) {
    if (value == null) {
      return Format.EXACT;
    }
    return switch (value) {
      case "ids" -> Format.IDS;
      case "exact" -> Format.EXACT;
      case "canonical" -> Format.CANONICAL;
      default ->
          throw new InvalidStatement(
              "format", "must be ids, exact or canonical, got \"" + value + "\"");
    };
  }

  public static boolean bool(Map<String, List<String>> parameters, String name) {
    String value = first(parameters, name);
    if (value == null) {
      return false;
    }
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidStatement(name, "must be true or false, got \"" + value + "\"");
    };
  }

  static String first(Map<String, List<String>> parameters, String name) {
    List<String> values = parameters.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static String iri(Map<String, List<String>> parameters, String name) {
    String value = first(parameters, name);
    if (value != null && (value.isBlank() || !value.contains(":"))) {
      throw new InvalidStatement(name, "must be an IRI, got \"" + value + "\"");
    }
    return value;
  }

  private static Instant time(Map<String, List<String>> parameters, String name) {
    String value = first(parameters, name);
    if (value == null) {
      return null;
    }
    try {
      return Timestamps.toMillis(Timestamps.parse(value)).toInstant();
    } catch (IllegalArgumentException e) {
      throw new InvalidStatement(name, e.getMessage(), e);
    }
  }

  private static int limit(String value) {
    if (value == null) {
      return MAX_PAGE;
    }
    try {
      int limit = Integer.parseInt(value);
      if (limit < 0) {
        throw new NumberFormatException();
      }
      return limit == 0 ? MAX_PAGE : Math.min(limit, MAX_PAGE);
    } catch (NumberFormatException e) {
      throw new InvalidStatement("limit", "must be a non-negative integer, got \"" + value + "\"");
    }
  }

  /** The filter keys, most selective first: the first one drives the index scan. */
  public List<String> keys() {
    List<String> keys = new ArrayList<>(4);
    if (registration != null) {
      keys.add(StatementKeys.registration(registration));
    }
    if (agentKey != null) {
      keys.add(
          relatedAgents ? StatementKeys.relatedAgent(agentKey) : StatementKeys.agent(agentKey));
    }
    if (activity != null) {
      keys.add(
          relatedActivities
              ? StatementKeys.relatedActivity(activity)
              : StatementKeys.activity(activity));
    }
    if (verb != null) {
      keys.add(StatementKeys.verb(verb));
    }
    return keys;
  }

  public StatementQuery page(long bound, long after) {
    return new StatementQuery(
        agentKey,
        verb,
        activity,
        registration,
        relatedActivities,
        relatedAgents,
        since,
        until,
        limit,
        format,
        attachments,
        ascending,
        bound,
        after);
  }

  /** The opaque value of the {@code more} parameter that continues after {@code lastSeq}. */
  public String moreToken(long lastSeq) {
    JsonObjectBuilder b = JSON.createObjectBuilder();
    put(b, "a", agentKey);
    put(b, "v", verb);
    put(b, "ac", activity);
    put(b, "r", registration);
    b.add("ra", relatedActivities).add("rg", relatedAgents);
    put(b, "s", since == null ? null : since.toString());
    put(b, "u", until == null ? null : until.toString());
    b.add("l", limit).add("f", format.name()).add("at", attachments).add("asc", ascending);
    b.add("b", bound).add("c", lastSeq);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(b.build().toString().getBytes(StandardCharsets.UTF_8));
  }

  public static StatementQuery fromMoreToken(String token) {
    try {
      JsonObject o;
      try (var reader =
          JSON.createReader(
              new StringReader(
                  new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8)))) {
        o = reader.readObject();
      }
      return new StatementQuery(
          text(o, "a"),
          text(o, "v"),
          text(o, "ac"),
          text(o, "r"),
          o.getBoolean("ra"),
          o.getBoolean("rg"),
          o.containsKey("s") ? Instant.parse(o.getString("s")) : null,
          o.containsKey("u") ? Instant.parse(o.getString("u")) : null,
          o.getInt("l"),
          Format.valueOf(o.getString("f")),
          o.getBoolean("at"),
          o.getBoolean("asc"),
          o.getJsonNumber("b").longValue(),
          o.getJsonNumber("c").longValue());
    } catch (RuntimeException e) {
      throw new InvalidStatement("more", "is not a more token this LRS issued", e);
    }
  }

  private static void put(JsonObjectBuilder b, String key, String value) {
    if (value != null) {
      b.add(key, value);
    }
  }

  private static String text(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v == null ? null : o.getString(key);
  }
}
