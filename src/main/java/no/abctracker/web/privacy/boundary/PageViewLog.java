package no.abctracker.web.privacy.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import no.abctracker.access.control.ApiUser;
import no.abctracker.access.control.RecordViews;
import no.abctracker.web.signin.boundary.CurrentUser;

/**
 * Logs a {@link PersonalPage} action after it has succeeded (a refused or failed one showed
 * nothing): the signed-in user, the person named by the action's request parameter (none for a
 * list, whose request names its scope) and the request. A staff member's own record is not logged.
 */
@PersonalPage
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class PageViewLog implements Serializable {

  private static final long serialVersionUID = 1L;

  @AroundInvoke
  Object logAfterShowing(InvocationContext call) throws Exception {
    Object shown = call.proceed();
    PersonalPage page = call.getMethod().getAnnotation(PersonalPage.class);
    if (page == null) {
      page = call.getMethod().getDeclaringClass().getAnnotation(PersonalPage.class);
    }
    HttpServletRequest request = CDI.current().select(HttpServletRequest.class).get();
    CurrentUser me = CDI.current().select(CurrentUser.class).get();
    String person = page == null ? "" : page.person();
    Optional<String> employeeId =
        person.isEmpty()
            ? Optional.empty()
            : Optional.ofNullable(request.getParameter(person)).filter(p -> !p.isBlank());
    String action =
        "POST".equals(request.getMethod())
            ? " "
                + call.getMethod().getName()
                + Arrays.stream(call.getParameters())
                    .map(String::valueOf)
                    .collect(Collectors.joining(",", "(", ")"))
            : "";
    record(request, me.user(), me.municipality().code(), employeeId, action);
    return shown;
  }

  /**
   * Logs a page view of {@code employeeId}'s record (empty: a list) in {@code municipalityCode};
   * also for the servlets that show personal data (the certificate PDF).
   */
  public static void record(
      HttpServletRequest request,
      ApiUser user,
      String municipalityCode,
      Optional<String> employeeId,
      String detail) {
    if (employeeId.isPresent() && employeeId.equals(user.ownEmployeeId())) {
      return;
    }
    String query = request.getQueryString();
    // The page as seen from the web application's root, whatever its context path.
    CDI.current()
        .select(RecordViews.class)
        .get()
        .record(
            municipalityCode,
            employeeId,
            user.username(),
            request.getMethod()
                + " "
                + request.getRequestURI().substring(request.getContextPath().length())
                + (query == null ? "" : "?" + query)
                + detail);
  }
}
