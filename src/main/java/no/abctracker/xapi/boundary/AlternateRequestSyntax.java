package no.abctracker.xapi.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.abctracker.problems.BadRequest;
import no.abctracker.xapi.model.XapiVersion;

/**
 * The xAPI 1.0.3 alternate request syntax: {@code POST …?method=PUT} with a form body whose {@code
 * Authorization}, {@code X-Experience-API-Version}, {@code Content-Type}, {@code If-Match} and
 * {@code If-None-Match} fields are headers, {@code content} the body and every other field a query
 * parameter. The request is rewritten before matching, so resources and filters see an ordinary
 * request. xAPI 2.0 removed the syntax: a 2.0 request with {@code method} is rejected.
 *
 * @see <a
 *     href="https://github.com/adlnet/xAPI-Spec/blob/xAPI-1.0.3/xAPI-Communication.md#alt-request-syntax">xAPI
 *     1.0.3 Communication 1.3 Alternate Request Syntax</a>
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class AlternateRequestSyntax implements ContainerRequestFilter {

  private static final Set<String> HEADERS =
      Set.of(
          "authorization",
          "x-experience-api-version",
          "content-type",
          "content-length",
          "if-match",
          "if-none-match");
  private static final Set<String> METHODS =
      Set.of(HttpMethod.GET, HttpMethod.PUT, HttpMethod.POST, HttpMethod.DELETE, HttpMethod.HEAD);

  @Override
  public void filter(ContainerRequestContext request) {
    var query = request.getUriInfo().getQueryParameters();
    if (!query.containsKey("method")) {
      return;
    }
    String headerVersion = request.getHeaderString(XapiVersion.HEADER);
    if (headerVersion != null && headerVersion.trim().startsWith("2")) {
      throw new BadRequest(
          "method: the alternate request syntax is not part of xAPI 2.0; send an ordinary request");
    }
    if (!HttpMethod.POST.equals(request.getMethod())) {
      throw new BadRequest("method: the alternate request syntax must be sent as POST");
    }
    if (query.size() != 1 || query.get("method").size() != 1) {
      throw new BadRequest(
          "method: with the alternate request syntax every parameter but method goes in the form"
              + " body");
    }
    String method = query.getFirst("method").toUpperCase(Locale.ROOT);
    if (!METHODS.contains(method)) {
      throw new BadRequest("method: \"" + method + "\" is not an HTTP method of the xAPI");
    }
    MediaType type = request.getMediaType();
    if (type == null || !type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
      throw new BadRequest(
          "Content-Type: the alternate request syntax sends application/x-www-form-urlencoded");
    }
    Map<String, String> form = form(request);
    UriBuilder uri = request.getUriInfo().getRequestUriBuilder().replaceQuery(null);
    byte[] content = null;
    request.getHeaders().remove("Content-Type");
    for (var field : form.entrySet()) {
      String lower = field.getKey().toLowerCase(Locale.ROOT);
      if (HEADERS.contains(lower)) {
        if (!lower.equals("content-length")) {
          request.getHeaders().putSingle(field.getKey(), field.getValue());
        }
      } else if (field.getKey().equals("content")) {
        content = field.getValue().getBytes(StandardCharsets.UTF_8);
      } else {
        uri.queryParam(field.getKey(), field.getValue().replace("{", "%7B").replace("}", "%7D"));
      }
    }
    if ((method.equals(HttpMethod.PUT) || method.equals(HttpMethod.POST)) && content == null) {
      throw new BadRequest(
          "content: a " + method + " in the alternate request syntax needs a content form field");
    }
    if (content != null && request.getHeaderString("Content-Type") == null) {
      request.getHeaders().putSingle("Content-Type", MediaType.APPLICATION_JSON);
    }
    byte[] entity = content == null ? new byte[0] : content;
    request.getHeaders().putSingle("Content-Length", String.valueOf(entity.length));
    request.setEntityStream(new ByteArrayInputStream(entity));
    request.setRequestUri(uri.build());
    request.setMethod(method);
  }

  private static String excerpt(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }

  private static Map<String, String> form(ContainerRequestContext request) {
    try {
      String body = new String(request.getEntityStream().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> form = new LinkedHashMap<>();
      for (String pair : body.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        String field = URLDecoder.decode(name, StandardCharsets.UTF_8);
        if (form.put(field, URLDecoder.decode(value, StandardCharsets.UTF_8)) != null) {
          throw new BadRequest(
              excerpt(field) + ": a form field of the alternate request syntax must be given once");
        }
      }
      return form;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      throw new BadRequest("The form body is not application/x-www-form-urlencoded", e);
    }
  }
}
