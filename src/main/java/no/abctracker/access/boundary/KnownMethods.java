package no.abctracker.access.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import no.abctracker.problems.ProblemResponses;

/**
 * A request with a method no part of ABC Tracker serves (TRACE, made-up ones, PATCH outside the
 * REST API) is 405 with {@code Allow}: where no JAX-RS resource matched, the container's default
 * servlet would answer 501, a server error for a client's mistake.
 */
public class KnownMethods extends HttpFilter {

  static final String ALLOW = "GET, HEAD, POST, PUT, DELETE, OPTIONS";
  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS");

  /**
   * The REST API serves PATCH (a municipality's account homePage); JAX-RS answers 405 itself where
   * a resource has no PATCH. Elsewhere PATCH would reach the container's default servlet.
   */
  private static boolean patchOfTheApi(HttpServletRequest request) {
    return "PATCH".equals(request.getMethod())
        && request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (METHODS.contains(request.getMethod()) || patchOfTheApi(request)) {
      chain.doFilter(request, response);
      return;
    }
    var answer =
        ProblemResponses.of(
            405,
            "Method Not Allowed",
            "ABC Tracker serves " + ALLOW + " only",
            Map.of("Allow", ALLOW));
    response.setStatus(405);
    response.setHeader("Allow", ALLOW);
    response.setContentType(ProblemResponses.PROBLEM_JSON);
    response
        .getOutputStream()
        .write(answer.getEntity().toString().getBytes(StandardCharsets.UTF_8));
  }
}
