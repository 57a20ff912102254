package no.abctracker.web.faces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.abctracker.problems.DatabaseUnavailable;
import no.abctracker.problems.Problem;

/**
 * The pages never show a failure's internals (SQL, host names, versions): what {@link
 * ProblemHandler} does for Faces requests, this filter does for the pages' other servlets (the
 * certificate download, the redirects): a database out of reach answers the error page with 503 and
 * {@code Retry-After}, anything else the error page with 500 and a reference to the log.
 */
public class PageFailures extends HttpFilter {

  /** Request attribute: the log reference the 500 page shows. */
  public static final String REFERENCE = "abc.error.reference";

  private static final Logger LOG = Logger.getLogger(PageFailures.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException failure) {
      if (response.isCommitted()) {
        throw failure;
      }
      Problem problem =
          DatabaseUnavailable.among(failure)
              .map(Problem.class::cast)
              .orElseGet(() -> unexpected(failure));
      response.reset();
      describe(request, response, problem);
      request.getRequestDispatcher("/error.xhtml").forward(request, response);
    }
  }

  /** A failure that is our bug: logged with a reference, shown as that reference only. */
  static Problem unexpected(Throwable failure) {
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure on a page, reference " + reference, failure);
    return new Unexpected(reference);
  }

  /** Status, headers and what the error page shows of {@code problem}. */
  static void describe(HttpServletRequest request, HttpServletResponse response, Problem problem) {
    request.setAttribute(ProblemHandler.STATUS, problem.status());
    if (problem instanceof Unexpected unexpected) {
      request.setAttribute(REFERENCE, unexpected.getMessage());
    } else if (!(problem instanceof DatabaseUnavailable)) {
      request.setAttribute(ProblemHandler.DETAIL, problem.detail());
    }
    response.setStatus(problem.status());
    problem.headers().forEach(response::setHeader);
    response.setHeader("Cache-Control", "no-store");
  }

  /** Our own failure, named on the page only by its log reference. */
  private static final class Unexpected extends Problem {
    Unexpected(String reference) {
      super(500, "Internal Server Error", reference);
    }
  }
}
