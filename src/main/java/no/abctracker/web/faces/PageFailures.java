package no.abctracker.web.faces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
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

  /** The package of Payara's parser of {@code multipart/form-data} bodies. */
  private static final String UPLOAD_PARSER = "org.apache.catalina.fileupload.";

  private static final String TEXTS = "no.abctracker.web.texts";

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
      if (isUnreadableForm(failure)) {
        response.reset();
        plainPage(request, response, 400, "form");
        return;
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

  /**
   * A form the container cannot parse (a multipart body without its boundary, a broken part) is the
   * client's mistake: 400. The container reports it from its upload parser as a bare exception.
   */
  static boolean isUnreadableForm(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      StackTraceElement[] trace = t.getStackTrace();
      if (trace.length > 0 && trace[0].getClassName().startsWith(UPLOAD_PARSER)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A short Bokmål error page written directly, for requests whose body the Faces error page must
   * not read (it would fail on it again): the texts {@code error.title.<key>} and {@code
   * error.text.<key>}.
   */
  public static void plainPage(
      HttpServletRequest request, HttpServletResponse response, int status, String key)
      throws IOException {
    ResourceBundle texts = ResourceBundle.getBundle(TEXTS, Locale.forLanguageTag("nb"));
    String title = texts.getString("error.title." + key);
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html>\n<html lang=\"nb\"><head><meta charset=\"utf-8\"><title>"
                + title
                + "</title></head><body><h1>"
                + title
                + "</h1><p>"
                + texts.getString("error.text." + key)
                + "</p><p><a href=\""
                + request.getContextPath()
                + "/\">"
                + texts.getString("error.home")
                + "</a></p></body></html>\n");
  }

  /** A failure that is our bug: logged with a reference, shown as that reference only. */
  static Problem unexpected(Throwable failure) {
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure on a page, reference " + reference, failure);
    return new Unexpected(reference);
  }

  /**
   * The error page for a problem a servlet of the pages caught (a download that cannot be made):
   * the same status, headers and text as a failure of a page.
   */
  public static void show(HttpServletRequest request, HttpServletResponse response, Problem problem)
      throws IOException, ServletException {
    response.reset();
    describe(request, response, problem);
    request.getRequestDispatcher("/error.xhtml").forward(request, response);
  }

  /** Status, headers and what the error page shows of {@code problem}. */
  static void describe(HttpServletRequest request, HttpServletResponse response, Problem problem) {
    request.setAttribute(ProblemHandler.STATUS, problem.status());
    if (problem instanceof Unexpected unexpected) {
      request.setAttribute(REFERENCE, unexpected.getMessage());
    } else if (!(problem instanceof DatabaseUnavailable)) {
      request.setAttribute(
          ProblemHandler.DETAIL, problem.detail(LanguageChoice.of(request).locale()));
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
