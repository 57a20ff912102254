package no.abctracker.problems;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;

/** Builds RFC 9457 problem+json responses; the only place that knows the body's shape. */
public final class ProblemResponses {

  public static final String PROBLEM_JSON = "application/problem+json";

  /**
   * The longest {@code detail} sent back. Messages quote what was wrong, and what was wrong may be
   * megabytes long: a client learns enough from the start of it.
   */
  static final int MAX_DETAIL = 1000;

  private ProblemResponses() {}

  /** {@code text}, cut to {@code max} characters with an ellipsis when longer. */
  public static String excerpt(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }

  public static Response of(Problem problem) {
    return of(problem, Locale.ENGLISH);
  }

  /**
   * {@code problem} with its detail (and extensions) in {@code locale}, English or Bokmål by the
   * message catalogue; the title stays the HTTP reason phrase.
   */
  public static Response of(Problem problem, Locale locale) {
    Locale language = Messages.supported(locale);
    Response response =
        of(
            problem.status(),
            problem.title(),
            problem.detail(language),
            problem.headers(),
            problem.extensions(language));
    if (problem.message() != null) {
      response.getHeaders().putSingle("Content-Language", language.toLanguageTag());
    }
    return response;
  }

  public static Response of(int status, String title, String detail, Map<String, String> headers) {
    return of(status, title, detail, headers, Map.of());
  }

  public static Response of(
      int status,
      String title,
      String detail,
      Map<String, String> headers,
      Map<String, JsonValue> extensions) {
    JsonObjectBuilder body =
        JSON.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", title)
            .add("status", status);
    if (detail != null) {
      body.add("detail", excerpt(detail, MAX_DETAIL));
    }
    extensions.forEach(body::add);
    Response.ResponseBuilder response =
        Response.status(status).type(PROBLEM_JSON).entity(body.build().toString());
    headers.forEach(response::header);
    return response.build();
  }
}
