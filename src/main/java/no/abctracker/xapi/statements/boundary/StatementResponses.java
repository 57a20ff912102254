package no.abctracker.xapi.statements.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.abctracker.problems.NotFound;
import no.abctracker.xapi.credentials.control.LrsCaller;
import no.abctracker.xapi.model.InvalidStatement;
import no.abctracker.xapi.model.StatementFormats;
import no.abctracker.xapi.model.Timestamps;
import no.abctracker.xapi.model.XapiVersion;
import no.abctracker.xapi.model.validation.Uuids;
import no.abctracker.xapi.statements.control.ConsistentThrough;
import no.abctracker.xapi.statements.control.StatementQuery;
import no.abctracker.xapi.statements.control.StatementResults;
import no.abctracker.xapi.statements.control.StatementResults.Page;
import no.abctracker.xapi.statements.control.StatementResults.StoredStatement;

/**
 * Answers GET /xapi/statements: one statement or a StatementResult, in the asked format, as JSON or
 * (with {@code attachments=true}) as {@code multipart/mixed}, with {@code Last-Modified} and {@code
 * X-Experience-API-Consistent-Through}.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#213-get-statements">xAPI
 *     2.0 Communication 2.1.3 GET Statements</a>
 */
@ApplicationScoped
public class StatementResponses {

  static final String CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";

  @Inject StatementResults results;
  @Inject ConsistentThrough consistentThrough;

  Response get(
      LrsCaller caller,
      XapiVersion version,
      Map<String, List<String>> parameters,
      String statementsPath,
      String acceptLanguage) {
    StatementQuery.checkParameters(parameters);
    Instant consistent = consistentThrough.now();
    String id = first(parameters, "statementId");
    String voidedId = first(parameters, "voidedStatementId");
    if (id != null || voidedId != null) {
      return one(caller, parameters, id != null ? id : voidedId, voidedId != null, acceptLanguage)
          .header(CONSISTENT_THROUGH, time(consistent))
          .build();
    }
    String more = first(parameters, "more");
    StatementQuery query =
        more != null
            ? StatementQuery.fromMoreToken(more)
            : StatementQuery.parse(parameters, version);
    Page page = results.page(caller, query);
    StringBuilder json = new StringBuilder(256 + page.statements().size() * 1024);
    json.append("{\"statements\":[");
    List<Locale.LanguageRange> ranges = languageRanges(acceptLanguage);
    Set<String> sha2s = new LinkedHashSet<>();
    for (int i = 0; i < page.statements().size(); i++) {
      json.append(i == 0 ? "" : ",");
      json.append(
          render(
              page.statements().get(i).json(),
              query.format(),
              ranges,
              query.attachments() ? sha2s : null));
    }
    json.append("],\"more\":\"");
    page.next()
        .ifPresent(
            next ->
                json.append(statementsPath).append("?more=").append(next.moreToken(next.after())));
    json.append("\"}");
    Instant lastModified =
        page.statements().stream()
            .map(StoredStatement::stored)
            .max(Instant::compareTo)
            .orElse(consistent);
    return body(caller, json.toString(), query.attachments(), sha2s)
        .lastModified(Date.from(lastModified))
        .header(CONSISTENT_THROUGH, time(consistent))
        .build();
  }

  private Response.ResponseBuilder one(
      LrsCaller caller,
      Map<String, List<String>> parameters,
      String id,
      boolean voided,
      String acceptLanguage) {
    String name = voided ? "voidedStatementId" : "statementId";
    if (!Uuids.isUuid(id)) {
      throw new InvalidStatement(name, "must be a UUID, got \"" + id + "\"");
    }
    StatementQuery.Format format = StatementQuery.format(first(parameters, "format"));
    boolean attachments = StatementQuery.bool(parameters, "attachments");
    StoredStatement statement =
        results
            .one(caller, id, voided)
            .orElseThrow(
                () ->
                    new NotFound(
                        (voided ? "No voided statement " : "No statement ")
                            + id
                            + (voided ? "" : " (or it is voided: ask with voidedStatementId)")));
    Set<String> sha2s = new LinkedHashSet<>();
    String json =
        render(
            statement.json(), format, languageRanges(acceptLanguage), attachments ? sha2s : null);
    return body(caller, json, attachments, sha2s).lastModified(Date.from(statement.stored()));
  }

  private Response.ResponseBuilder body(
      LrsCaller caller, String json, boolean attachments, Set<String> sha2s) {
    if (!attachments) {
      return Response.ok(json, MediaType.APPLICATION_JSON_TYPE);
    }
    MultipartMixed.Written written = MultipartMixed.write(json, results.attachments(caller, sha2s));
    return Response.ok(written.body()).header("Content-Type", written.contentType());
  }

  /** The statement in the asked format; collects the SHA-2 of its attachments when asked to. */
  static String render(
      String stored,
      StatementQuery.Format format,
      List<Locale.LanguageRange> ranges,
      Set<String> sha2s) {
    if (format == StatementQuery.Format.EXACT && sha2s == null) {
      return stored;
    }
    JsonObject statement = StatementStoreJson.parse(stored);
    if (sha2s != null && statement.containsKey("attachments")) {
      for (JsonValue attachment : statement.getJsonArray("attachments")) {
        sha2s.add(attachment.asJsonObject().getString("sha2").toLowerCase(Locale.ROOT));
      }
    }
    return switch (format) {
      case EXACT -> stored;
      case IDS -> StatementFormats.ids(statement).toString();
      case CANONICAL -> StatementFormats.canonical(statement, ranges).toString();
    };
  }

  static List<Locale.LanguageRange> languageRanges(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return List.of();
    }
    try {
      return Locale.LanguageRange.parse(acceptLanguage);
    } catch (IllegalArgumentException e) {
      return List.of();
    }
  }

  private static String time(Instant instant) {
    return Timestamps.format(instant.atOffset(ZoneOffset.UTC));
  }

  private static String first(Map<String, List<String>> parameters, String name) {
    List<String> values = parameters.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
