package no.abctracker.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A seeded corpus of malformed requests to every endpoint family (issue 12): the LRS (statements,
 * the three document resources, activities, agents, the alternate request syntax), the API
 * (municipalities, users, LRS clients, units and staff rosters, cohorts) and the pages' forms. Each
 * request is built to be refused: a broken body (wrong JSON shape, trailing content, deep nesting,
 * invalid UTF-8, truncation, random bytes, oversized values), broken parameters (unknown, repeated,
 * malformed), broken headers or broken credentials. The same seed gives the same corpus, so a
 * failure found once is found again. Nothing in it may be answered 5xx or change a row.
 */
public final class BadInputCorpus {

  /** One request, relative to the application's base address. */
  public record Request(
      String family, String method, String path, Map<String, String> headers, byte[] body) {

    /** A short description for a failure report (never the whole body). */
    public String describe() {
      String text = new String(body, 0, Math.min(body.length, 120), StandardCharsets.UTF_8);
      return family
          + " "
          + method
          + " "
          + excerpt(path, 160)
          + " "
          + headers
          + " body("
          + body.length
          + "): "
          + text;
    }
  }

  /** What the requests address: a municipality with an LRS client, and the administrator. */
  public record Target(
      String municipality,
      String lrsKey,
      String lrsSecret,
      String adminUser,
      String adminPassword) {}

  static final String STATEMENT =
      "{\"actor\":{\"objectType\":\"Agent\",\"mbox\":\"mailto:fuzz@example.com\"},"
          + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},"
          + "\"object\":{\"id\":\"http://example.com/fuzz\"}}";
  static final String AGENT = "{\"objectType\":\"Agent\",\"mbox\":\"mailto:fuzz@example.com\"}";
  static final String ACTIVITY = "http://example.com/fuzz";

  private final Random random;
  private final Target target;
  private final List<Supplier<Request>> families;

  public BadInputCorpus(long seed, Target target) {
    this.random = new Random(seed);
    this.target = target;
    this.families =
        List.of(
            this::postStatements,
            this::putStatement,
            this::getStatements,
            this::state,
            this::activityProfile,
            this::agentProfile,
            this::activitiesAndAgents,
            this::alternateSyntax,
            this::badCredentials,
            this::municipalities,
            this::users,
            this::lrsClients,
            this::roster,
            this::cohorts,
            this::pages,
            this::oddRequests);
  }

  /** The next {@code count} requests, the families taken in turn. */
  public List<Request> generate(int count) {
    List<Request> requests = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      requests.add(families.get(i % families.size()).get());
    }
    return requests;
  }

  // ---- the LRS

  private Request postStatements() {
    boolean batch = random.nextBoolean();
    byte[] body = badStatement();
    if (batch && random.nextBoolean()) {
      body =
          concat("[".getBytes(StandardCharsets.UTF_8), body, "]".getBytes(StandardCharsets.UTF_8));
    }
    return lrs("statements", "POST", "statements" + maybeJunkQuery(), json(), body);
  }

  private Request putStatement() {
    String id = random.nextInt(4) == 0 ? junkValue() : UUID.randomUUID().toString();
    String query = "statementId=" + encode(id);
    if (random.nextBoolean()) {
      query += "&" + junkParameter();
    }
    byte[] body =
        random.nextInt(3) == 0 ? STATEMENT.getBytes(StandardCharsets.UTF_8) : badStatement();
    if (new String(body, StandardCharsets.UTF_8).equals(STATEMENT)) {
      // a valid body needs a broken address (a parameter with an empty name is dropped unseen)
      query += "&statementId=" + UUID.randomUUID();
    }
    return lrs("statements", "PUT", "statements?" + query, json(), body);
  }

  private Request getStatements() {
    String[] broken = {
      "limit=-1",
      "limit=abc",
      "since=garbage",
      "until=2020-13-45",
      "agent=" + encode("{\"mbox\":"),
      "agent=" + encode("[]"),
      "verb=not%20an%20iri",
      "activity=%00",
      "registration=nope",
      "format=xml",
      "ascending=perhaps",
      "attachments=2",
      "statementId=x&voidedStatementId=y",
      "statementId=" + UUID.randomUUID() + "&agent=" + encode(AGENT),
      "more=" + junkValue(),
      junkParameter(),
      "limit=1&limit=2"
    };
    return lrs(
        "statements", pick("GET", "HEAD"), "statements?" + pick(broken), Map.of(), new byte[0]);
  }

  private Request state() {
    String method = pick("GET", "PUT", "POST", "DELETE");
    String query =
        brokenDocumentQuery(
            "activityId=" + encode(ACTIVITY) + "&agent=" + encode(AGENT) + "&stateId=s");
    return lrs("state", method, "activities/state?" + query, json(), bodyFor(method));
  }

  private Request activityProfile() {
    String method = pick("GET", "PUT", "POST", "DELETE");
    String query = brokenDocumentQuery("activityId=" + encode(ACTIVITY) + "&profileId=p");
    return lrs("activity-profile", method, "activities/profile?" + query, json(), bodyFor(method));
  }

  private Request agentProfile() {
    String method = pick("GET", "PUT", "POST", "DELETE");
    String query = brokenDocumentQuery("agent=" + encode(AGENT) + "&profileId=p");
    return lrs("agent-profile", method, "agents/profile?" + query, json(), bodyFor(method));
  }

  /** A document address with at least one thing wrong, so that no write can succeed. */
  private String brokenDocumentQuery(String valid) {
    String broken = brokenOnce(valid);
    // a replacement of a parameter the resource has not got changes nothing
    return broken.equals(valid) ? valid + "&foo=" + random.nextInt(100) : broken;
  }

  private String brokenOnce(String valid) {
    return switch (random.nextInt(7)) {
      case 0 -> valid + "&" + junkParameter();
      case 1 -> valid + "&since=" + encode(junkValue());
      case 2 ->
          valid.replaceFirst(
              "agent=[^&]*",
              "agent=" + encode(pick("{\"mbox\":\"kari\"}", "[]", "{", "null", junkValue())));
      case 3 ->
          valid.replaceFirst(
              "activityId=[^&]*", "activityId=" + encode(pick("not an iri", "", junkValue())));
      case 4 -> valid + "&" + valid.substring(0, valid.indexOf('&'));
      case 5 -> valid.replaceFirst("&[a-zA-Z]*Id=[^&]*$", "");
      default -> valid + "&registration=" + encode(pick("nope", "1234", junkValue()));
    };
  }

  private byte[] bodyFor(String method) {
    if (method.equals("GET") || method.equals("DELETE")) {
      return random.nextInt(4) == 0 ? randomBytes(200) : new byte[0];
    }
    return badJson("{\"a\":1}");
  }

  private Request activitiesAndAgents() {
    String[] paths = {
      "activities?" + junkParameter(),
      "activities?activityId=" + encode(ACTIVITY) + "&activityId=" + encode(ACTIVITY),
      "activities?activityId=" + encode(junkValue()),
      "activities",
      "agents?agent=" + encode(pick("{", "[]", "{\"mbox\":\"x\"}", junkValue())),
      "agents?agent=" + encode(AGENT) + "&" + junkParameter(),
      "agents",
      "about?" + junkParameter()
    };
    return lrs(
        "activities-agents",
        pick("GET", "POST", "PUT", "DELETE"),
        pick(paths),
        json(),
        bodyFor("GET"));
  }

  private Request alternateSyntax() {
    String form =
        "Authorization="
            + encode(basic(target.lrsKey(), target.lrsSecret()))
            + "&X-Experience-API-Version="
            + pick("1.0.3", "2.0.0", "9", "")
            + "&activityId="
            + encode(ACTIVITY)
            + "&agent="
            + encode(AGENT);
    String[] additions = {
      "&" + junkParameter(), "&stateId=a&stateId=b", "&content=" + encode("{\"a\":1},\"b\":2}"),
      "&since=" + encode(junkValue()), "&%zz=1", "&content=" + encode("[".repeat(500)),
      "&Content-Type=" + encode(junkValue()) + "&stateId=a&foo=1"
    };
    String method = pick("PUT", "POST", "DELETE", "GET", "PATCH", "TRACE", junkValue());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(
        "Content-Type",
        pick("application/x-www-form-urlencoded", "text/plain", "application/json"));
    return new Request(
        "alternate-syntax",
        "POST",
        "xapi/activities/state?method="
            + encode(method)
            + (random.nextInt(4) == 0 ? "&" + junkParameter() : ""),
        headers,
        (form + pick(additions)).getBytes(StandardCharsets.UTF_8));
  }

  private Request badCredentials() {
    String[] authorizations = {
      basic(target.lrsKey(), "wrong-" + random.nextInt(1000)),
      basic("no-such-key-" + random.nextInt(1000), "x"),
      "Basic " + junkValue(),
      "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8)),
      "Bearer " + junkValue(),
      "Basic " + "A".repeat(20_000),
      "Basic",
      basic(target.adminUser(), "wrong")
    };
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", pick(authorizations));
    headers.put("X-Experience-API-Version", pick("2.0.0", "1.0.3"));
    headers.put("Content-Type", "application/json");
    String path =
        pick(
            "xapi/statements",
            "api/v1/municipalities",
            "api/v1/municipalities/" + target.municipality() + "/users");
    return new Request(
        "credentials",
        pick("GET", "POST"),
        path,
        headers,
        STATEMENT.getBytes(StandardCharsets.UTF_8));
  }

  // ---- the API

  private Request municipalities() {
    String code = pick("12a", "", "99999", "-1", "0x10", junkValue(), "١٢٣٤");
    String body =
        pick(
            "{\"code\":" + quote(code) + ",\"name\":\"Fuzz\"}",
            "{\"code\":1234,\"name\":\"Fuzz\"}",
            "{\"code\":" + quote(code) + ",\"name\":" + quote("=HYPERLINK(\"x\")") + "}",
            "{\"name\":\"Fuzz\"}");
    String path =
        pick(
            "api/v1/municipalities",
            "api/v1/municipalities/" + encode(junkValue()),
            "api/v1/municipalities?" + junkParameter());
    return api(
        "municipalities",
        pick("POST", "POST", "GET", "PUT", "DELETE"),
        path,
        json(),
        maybeBreak(body));
  }

  private Request users() {
    String[] bodies = {
      "{\"username\":\"leder-"
          + random.nextInt(99999)
          + "\",\"password\":\"password-1\",\"role\":\"UNIT_LEADER\"}",
      "{\"username\":\"leder-"
          + random.nextInt(99999)
          + "\",\"password\":\"password-1\",\"role\":\"UNIT_LEADER\",\"unitCodes\":null}",
      "{\"username\":\"leder-"
          + random.nextInt(99999)
          + "\",\"password\":\"password-1\",\"role\":\"UNIT_LEADER\",\"unitCodes\":[\"NO-SUCH-UNIT\"]}",
      "{\"username\":\"x-"
          + random.nextInt(99999)
          + "\",\"password\":\"short\",\"role\":\"COORDINATOR\"}",
      "{\"username\":"
          + quote(junkValue() + " ")
          + ",\"password\":\"password-1\",\"role\":\"COORDINATOR\"}",
      "{\"username\":\"x-"
          + random.nextInt(99999)
          + "\",\"password\":\"password-1\",\"role\":\"SYSTEM_ADMIN\"}",
      "{\"username\":\"x-"
          + random.nextInt(99999)
          + "\",\"password\":\"password-1\",\"role\":\"STAFF\",\"employeeId\":\"none\"}",
      "{\"username\":[],\"password\":{},\"role\":1}"
    };
    String base = "api/v1/municipalities/" + target.municipality() + "/users";
    String path =
        pick(
            base,
            base,
            base + "/" + encode(junkValue()) + "/disable",
            base + "?" + junkParameter());
    return api("users", "POST", path, json(), maybeBreak(pick(bodies)));
  }

  private Request lrsClients() {
    String base = "api/v1/municipalities/" + target.municipality() + "/lrs-clients";
    if (random.nextBoolean()) {
      String limit = pick("0", "101", "-5", "abc", "1e2", "", "99999999999", junkValue());
      return api(
          "lrs-clients",
          "GET",
          base + "/" + target.lrsKey() + "/statements?limit=" + encode(limit),
          Map.of(),
          new byte[0]);
    }
    String[] bodies = {
      "{\"name\":\"Fuzz\",\"scopes\":[\"no-such-scope\"]}",
      "{\"name\":\"Fuzz\",\"scopes\":\"all\"}",
      "{\"name\":"
          + quote("x".repeat(5000))
          + ",\"scopes\":[\"all\"],\"extra\":"
          + "[".repeat(80)
          + "]".repeat(80)
          + "}",
      "{\"scopes\":[\"all\"],\"name\":[]}"
    };
    return api("lrs-clients", "POST", base, json(), maybeBreak(pick(bodies)));
  }

  private Request roster() {
    boolean staff = random.nextBoolean();
    String base = "api/v1/municipalities/" + target.municipality() + (staff ? "/staff" : "/units");
    String header =
        staff
            ? "employee_id,full_name,email,unit_code,position_code,position_title,employment_percent,shift_pattern,employment_kind,start_date,end_date\n"
            : "unit_code,name,parent_code,unit_type\n";
    String good =
        staff
            ? "1001,Ola Nordmann,ola@example.com,HJT,7174,Helsefagarbeider,75,DAY,PERMANENT,2020-01-01,\n"
            : "HJT,Hjemmetjenesten,,HOME_CARE\n";
    String[] badLines =
        staff
            ? new String[] {
              "1002,Kari,kari@example.com,HJT,7174,X,1e2,DAY,PERMANENT,2020-01-01,\n",
              "1003,Per,per@example.com,HJT,7174,X,50,DAY,PERMANENT,+999999999-01-01,\n",
              "1004,=HYPERLINK(\"x\"),k@example.com,HJT,7174,X,50,DAY,PERMANENT,1899-01-01,\n",
              "1005,Per,per5@example.com,HJT,7174,X,50,NEVER,PERMANENT,2020-01-01,\n",
              "1006,Per,not-an-email,HJT,7174,X,50,DAY,PERMANENT,2020-01-01,2019-01-01\n",
              "1007,\"unterminated,quote\n",
              "1008,Per,per8@example.com,HJT,7174,X,50,DAY,PERMANENT,2020-01-01,,extra,columns\n"
            }
            : new String[] {
              "X1,Unit,NO-SUCH-PARENT,HOME_CARE\n",
              "X2,Unit,,NO_SUCH_TYPE\n",
              "X3,,,HOME_CARE\n",
              "X4,Loop,X4,HOME_CARE\n",
              "\"X5,Unterminated\n"
            };
    String csv =
        switch (random.nextInt(5)) {
          case 0 -> header.replace("name", "navn") + good;
          case 1 -> new String(randomBytes(300), StandardCharsets.ISO_8859_1);
          default -> header + good + pick(badLines) + (random.nextBoolean() ? pick(badLines) : "");
        };
    Map<String, String> headers =
        Map.of("Content-Type", pick("text/csv", "text/csv", "application/json", "image/png"));
    String path = random.nextInt(5) == 0 ? base + "/preview?" + junkParameter() : base;
    byte[] body = csv.getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(6) == 0) {
      body = concat(body, new byte[] {(byte) 0xC3, (byte) 0x28, '\n'});
    }
    return api("roster", "PUT", path, headers, body);
  }

  private Request cohorts() {
    String base = "api/v1/municipalities/" + target.municipality() + "/cohorts";
    String[] bodies = {
      "{\"name\":\"Fuzz\",\"courseCode\":\"NOPE\",\"versionCode\":\"1\",\"startDate\":\"2026-01-01\",\"endDate\":\"2026-02-01\"}",
      "{\"name\":\"Fuzz\",\"courseCode\":\"ABC\",\"versionCode\":\"1\",\"startDate\":\"+999999999-01-01\",\"endDate\":\"2026-02-01\"}",
      "{\"name\":[],\"courseCode\":{},\"startDate\":1}",
      "{\"name\":\"Fuzz\",\"courseCode\":\"ABC\",\"startDate\":\"2026-02-01\",\"endDate\":\"2026-01-01\"}"
    };
    String path =
        pick(
            base,
            base + "/" + encode(junkValue()),
            base + "/999999999/sessions",
            base + "/-1/members",
            "api/v1/municipalities/" + target.municipality() + "/check-ins",
            "api/v1/municipalities/"
                + target.municipality()
                + "/staff/none/registrations/"
                + encode(junkValue()));
    return api(
        "cohorts", pick("POST", "POST", "PUT", "DELETE"), path, json(), maybeBreak(pick(bodies)));
  }

  // ---- the pages

  private Request pages() {
    String[] paths = {
      "login.xhtml",
      "app/index.xhtml",
      "app/roster.xhtml",
      "app/users.xhtml",
      "min/index.xhtml",
      "link.xhtml?" + junkParameter(),
      "checkin?code=" + encode(junkValue()),
      "verify/" + encode(junkValue()),
      "app/certificate.pdf?id=" + encode(junkValue()),
      "app/reports.xhtml?format=" + encode(junkValue())
    };
    String form =
        pick(
            "login=login&login%3Ausername="
                + encode(junkValue())
                + "&login%3Apassword=x&jakarta.faces.ViewState="
                + encode(junkValue()),
            "jakarta.faces.ViewState=-1%3A-1&x=" + encode("=cmd|' /C calc'!A0"),
            "%zz=%%%",
            new String(randomBytes(200), StandardCharsets.ISO_8859_1));
    boolean post = random.nextInt(3) != 0;
    Map<String, String> headers = new LinkedHashMap<>();
    if (post) {
      headers.put(
          "Content-Type",
          pick(
              "application/x-www-form-urlencoded",
              "multipart/form-data; boundary=xyz",
              "multipart/form-data"));
    }
    if (random.nextBoolean()) {
      headers.put("Cookie", "JSESSIONID=" + encode(junkValue()));
    }
    return new Request(
        "pages",
        post ? "POST" : "GET",
        pick(paths),
        headers,
        post ? form.getBytes(StandardCharsets.ISO_8859_1) : new byte[0]);
  }

  private Request oddRequests() {
    String[] paths = {
      "xapi/statements/..%2F..%2Fetc%2Fpasswd",
      "api/v1/" + "x/".repeat(200),
      "xapi/%00",
      "api/v1/municipalities/%ZZ",
      "xapi/statements?" + "a=1&".repeat(500),
      "xapi/activities/state?" + junkParameter() + "&" + junkParameter(),
      "api/v1/openapi",
      "xapi/about?format=" + encode("{".repeat(100))
    };
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", basic(target.lrsKey(), target.lrsSecret()));
    headers.put(
        "X-Experience-API-Version", pick("2.0.0", "1.0.3", "0.9", "2.0.0, 1.0.3", junkValue()));
    headers.put(
        "Content-Type",
        pick(
            "application/json",
            "application/json; charset=latin1",
            "multipart/mixed",
            "multipart/mixed; boundary=",
            "text/html"));
    if (random.nextBoolean()) {
      headers.put("If-Match", pick("*", "\"", junkValue(), "W/\"x\""));
    }
    return new Request(
        "odd",
        pick("GET", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"),
        pick(paths),
        headers,
        badJson(STATEMENT));
  }

  // ---- building blocks

  private Request lrs(
      String family, String method, String path, Map<String, String> headers, byte[] body) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Authorization", basic(target.lrsKey(), target.lrsSecret()));
    all.put("X-Experience-API-Version", pick("2.0.0", "1.0.3"));
    return new Request(family, method, "xapi/" + path, all, body);
  }

  private Request api(
      String family, String method, String path, Map<String, String> headers, byte[] body) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Authorization", basic(target.adminUser(), target.adminPassword()));
    return new Request(family, method, path, all, body);
  }

  private static Map<String, String> json() {
    return Map.of("Content-Type", "application/json");
  }

  /** A statement that breaks the JSON or one of the xAPI rules. */
  private byte[] badStatement() {
    return switch (random.nextInt(4)) {
      case 0 -> badJson(STATEMENT);
      case 1 ->
          STATEMENT
              .replace(pick("\"actor\"", "\"verb\"", "\"object\""), "\"" + junkKey() + "\"")
              .getBytes(StandardCharsets.UTF_8);
      case 2 ->
          STATEMENT
              .replace(
                  pick(
                      "mailto:fuzz@example.com",
                      "http://adlnet.gov/expapi/verbs/completed",
                      "http://example.com/fuzz"),
                  pick("", "kari", "not an iri")) // "mailto:" is an absolute IRI
              .getBytes(StandardCharsets.UTF_8);
      default ->
          STATEMENT
              .replace(
                  "}}",
                  "},\""
                      + pick(
                          "timestamp\":\"" + junkValue(),
                          "id\":\"" + junkValue(),
                          "version\":\"9.9",
                          "result\":{\"score\":{\"scaled\":5}}, \"x\":\"",
                          "context\":{\"registration\":\"nope")
                      + "\"}")
              .getBytes(StandardCharsets.UTF_8);
    };
  }

  /** {@code valid} (a JSON object) broken one way or another, never a JSON object that is fine. */
  private byte[] badJson(String valid) {
    return switch (random.nextInt(12)) {
      case 0 -> pick("[]", "null", "\"x\"", "17", "true", "[[]]").getBytes(StandardCharsets.UTF_8);
      case 1 -> (valid + ",\"result\":{\"success\":true}}").getBytes(StandardCharsets.UTF_8);
      case 2 -> (valid + pick("xyz", "]", "}", " {}", "\u0000")).getBytes(StandardCharsets.UTF_8);
      case 3 ->
          valid
              .substring(0, 1 + random.nextInt(valid.length() - 1))
              .getBytes(StandardCharsets.UTF_8);
      case 4 -> {
        int depth = 65 + random.nextInt(3000);
        yield ("{\"a\":" + "[".repeat(depth) + "]".repeat(depth) + "}")
            .getBytes(StandardCharsets.UTF_8);
      }
      case 5 -> {
        byte[] prefix = valid.substring(0, valid.indexOf(':') + 2).getBytes(StandardCharsets.UTF_8);
        yield concat(
            prefix,
            new byte[] {pickByte(0xFF, 0xC3, 0xED, 0x80)},
            valid.substring(valid.indexOf(':') + 2).getBytes(StandardCharsets.UTF_8));
      }
      case 6 -> randomBytes(1 + random.nextInt(2000));
      case 7 -> new byte[0];
      case 8 ->
          ("{\"a\":\"" + "x".repeat(100_000 + random.nextInt(400_000)) + "\"")
              .getBytes(StandardCharsets.UTF_8);
      case 9 -> ("[" + valid + "," + valid.replace("{", "[")).getBytes(StandardCharsets.UTF_8);
      case 10 -> valid.replace("\"", "'").getBytes(StandardCharsets.UTF_8);
      default -> ("\uFEFF" + valid + "//").getBytes(StandardCharsets.UTF_8);
    };
  }

  /** {@code body} (JSON) as it is, or broken. */
  private byte[] maybeBreak(String body) {
    return random.nextBoolean() ? body.getBytes(StandardCharsets.UTF_8) : badJson(body);
  }

  private String maybeJunkQuery() {
    return random.nextInt(3) == 0 ? "?" + junkParameter() : "";
  }

  private String junkParameter() {
    return encode(junkKey()) + "=" + encode(junkValue());
  }

  private String junkKey() {
    return pick(
        "foo", "since", "limit", "stateId", "x-" + random.nextInt(100), "method", "a".repeat(3000));
  }

  private String junkValue() {
    return switch (random.nextInt(10)) {
      case 0 -> "";
      case 1 -> "x".repeat(1 + random.nextInt(20_000));
      case 2 -> "'; DROP TABLE municipality; --";
      case 3 -> "<script>alert(1)</script>";
      case 4 -> "=HYPERLINK(\"http://evil.example\")";
      case 5 -> "\u0000\u0001\u202E\uFFFF";
      case 6 -> "../../etc/passwd";
      case 7 -> "{\"$ne\":null}";
      case 8 -> String.valueOf(random.nextLong());
      default -> "ÆØÅ æøå 😀";
    };
  }

  private byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    random.nextBytes(bytes);
    return bytes;
  }

  private static byte[] concat(byte[]... parts) {
    int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }

  @SafeVarargs
  private <T> T pick(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private byte pickByte(int... choices) {
    return (byte) choices[random.nextInt(choices.length)];
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static String excerpt(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }
}
