package no.abctracker.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.abctracker.problems.DatabaseUnavailable;
import no.abctracker.problems.Problem;

/**
 * The pages' counterpart of the REST API's problem mapper, in one place: a domain failure ({@link
 * Problem}) raised by a form's action becomes an error message on the same page (nothing was
 * changed: the control's transaction rolled back); one raised while a page loads (its {@code
 * f:viewAction}) answers the error page with the failure's status (403, 404). A database out of
 * reach answers the error page with 503 and {@code Retry-After}, and anything else (our bug) the
 * error page with 500 and a reference to the log, never the exception's text. A stale or forged
 * view state (an expired session, a cross-site POST) gets the page afresh with a GET.
 */
public class ProblemHandler extends ExceptionHandlerWrapper {

  /** Request attributes the error page shows. */
  public static final String STATUS = "abc.error.status";

  public static final String DETAIL = "abc.error.detail";

  private static final Logger LOG = Logger.getLogger(ProblemHandler.class.getName());

  ProblemHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable thrown = events.next().getContext().getException();
      events.remove();
      if (causeOf(thrown, ViewExpiredException.class).isPresent()) {
        restart(context);
        continue;
      }
      Optional<Problem> problem =
          causeOf(thrown, Problem.class)
              .or(() -> DatabaseUnavailable.among(thrown).map(Problem.class::cast));
      if (problem.isEmpty()) {
        showErrorPage(context, PageFailures.unexpected(thrown));
      } else if (context.isPostback()
          && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE
          && problem.get().status() != 503) {
        showOnPage(context, problem.get());
      } else {
        showErrorPage(context, problem.get());
      }
    }
    getWrapped().handle();
  }

  private static void showOnPage(FacesContext context, Problem problem) {
    Locale locale = context.getViewRoot().getLocale();
    context.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR, problem.title(locale), problem.detail(locale)));
    context.validationFailed();
    context.renderResponse();
  }

  private static void showErrorPage(FacesContext context, Problem problem) {
    ExternalContext external = context.getExternalContext();
    if (external.isResponseCommitted()) {
      // Part of the page has already gone out: it cannot become the error page any more, so the
      // failure goes to the log (an unexpected one was logged with its reference already).
      LOG.log(
          Level.WARNING,
          "Failure after the page''s response was committed: {0} {1}",
          new Object[] {problem.status(), problem.detail()});
      return;
    }
    PageFailures.describe(
        (jakarta.servlet.http.HttpServletRequest) external.getRequest(),
        (jakarta.servlet.http.HttpServletResponse) external.getResponse(),
        problem);
    context.setViewRoot(
        context.getApplication().getViewHandler().createView(context, "/error.xhtml"));
    context.getPartialViewContext().setRenderAll(true);
    context.renderResponse();
  }

  /** The same page by GET: a fresh view (and the login page if the session is gone). */
  private static void restart(FacesContext context) {
    ExternalContext external = context.getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + external.getRequestServletPath());
      context.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T extends Throwable> Optional<T> causeOf(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }
}
