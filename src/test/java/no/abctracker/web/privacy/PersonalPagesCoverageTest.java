package no.abctracker.web.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Named;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.abctracker.web.privacy.boundary.PersonalPage;
import org.junit.jupiter.api.Test;

/**
 * Every page and servlet either logs who viewed whose records or is listed here as showing nobody
 * else's data, with the reason: a page's view action ({@code <f:viewAction action="#{bean.load}">})
 * must be {@link PersonalPage}. A new page fails this test until someone has decided which it is.
 */
class PersonalPagesCoverageTest {

  static final Path WEBAPP = Path.of("src/main/webapp");
  static final Path SOURCES = Path.of("src/main/java");

  /** Page (below the web application's root) → why it shows nobody else's data. */
  static final Map<String, String> SHOWS_NOBODY =
      Map.ofEntries(
          Map.entry("login.xhtml", "the login form"),
          Map.entry("link.xhtml", "signing in with a personal link"),
          Map.entry("error.xhtml", "an error message"),
          Map.entry("app/municipality.xhtml", "the choice of municipality"),
          Map.entry("app/index.xhtml", "aggregate coverage figures; each links to a logged list"),
          Map.entry("app/reports.xhtml", "aggregate coverage figures; lists open the logged page"),
          Map.entry("app/units.xhtml", "the unit tree"),
          Map.entry("app/roster.xhtml", "a roster upload: what the coordinator sends"),
          Map.entry("app/cohorts.xhtml", "cohorts: names, dates, counts"),
          Map.entry("app/users.xhtml", "user accounts and roles, no training records"),
          Map.entry(
              "app/lrs-clients.xhtml",
              "LRS clients; their statements are shown by showStatements, which is logged"),
          Map.entry("app/record-views.xhtml", "the access log itself: who viewed, not a record"),
          Map.entry("min/index.xhtml", "a staff member's own record, which is not logged"),
          Map.entry("min/checkin.xhtml", "a staff member's own check-in"));

  /** Servlets (web.xml) → how they log, or why they need not. */
  static final Map<String, String> SERVLETS =
      Map.of(
          "Faces Servlet", "the pages above",
          "Root", "a redirect",
          "CheckInRedirect", "a redirect to the check-in page",
          "OidcRedirects", "redirects of the OpenID Connect sign-in; shows nobody's data",
          "CertificateDownload", "logs /app/certificate.pdf through PageViewLog.record",
          "MyDataDownload", "a staff member's own data, which is not logged",
          "RecordViewsDownload", "the access log itself as CSV");

  @Test
  void everyPageLogsItsViewOrShowsNobody() throws IOException {
    List<String> undecided = new ArrayList<>();
    List<String> pages;
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      pages =
          files
              .filter(f -> f.toString().endsWith(".xhtml"))
              .map(f -> WEBAPP.relativize(f).toString().replace('\\', '/'))
              .filter(f -> !f.startsWith("WEB-INF/") && !f.startsWith("resources/"))
              .sorted()
              .toList();
    }
    assertThat(pages).as("the pages were found").contains("app/person.xhtml", "app/staff.xhtml");
    for (String page : pages) {
      List<Method> actions = viewActions(Files.readString(WEBAPP.resolve(page)));
      boolean logged = actions.stream().anyMatch(m -> m.isAnnotationPresent(PersonalPage.class));
      if (logged == SHOWS_NOBODY.containsKey(page)) {
        undecided.add(page + (logged ? " (logged, yet listed as showing nobody)" : ""));
      }
    }
    assertThat(undecided)
        .as(
            "pages whose view action is not @PersonalPage and that are not listed in SHOWS_NOBODY:"
                + " mark the load method of each that shows a person or a list of persons")
        .isEmpty();
    assertThat(pages).containsAll(SHOWS_NOBODY.keySet());
  }

  @Test
  void everyServletIsDecided() throws IOException {
    Matcher names =
        Pattern.compile("<servlet-name>([^<]+)</servlet-name>")
            .matcher(Files.readString(WEBAPP.resolve("WEB-INF/web.xml")));
    List<String> servlets = new ArrayList<>();
    while (names.find()) {
      if (!servlets.contains(names.group(1))) {
        servlets.add(names.group(1));
      }
    }
    assertThat(servlets).containsExactlyInAnyOrderElementsOf(SERVLETS.keySet());
  }

  /** The bean methods a page's {@code f:viewAction}s call. */
  private static List<Method> viewActions(String page) throws IOException {
    Matcher action =
        Pattern.compile("<f:viewAction\\s+action=\"#\\{(\\w+)\\.(\\w+)\\}\"").matcher(page);
    List<Method> methods = new ArrayList<>();
    while (action.find()) {
      Class<?> bean =
          bean(action.group(1))
              .orElseThrow(() -> new AssertionError("no bean named " + action.group(1)));
      methods.add(
          Arrays.stream(bean.getMethods())
              .filter(m -> m.getName().equals(action.group(2)))
              .findFirst()
              .orElseThrow());
    }
    return methods;
  }

  private static Optional<Class<?>> bean(String name) throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES.resolve("no/abctracker/web"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String className = SOURCES.relativize(file).toString().replace('/', '.').replace('\\', '.');
        className = className.substring(0, className.length() - ".java".length());
        Class<?> type;
        try {
          type = Class.forName(className);
        } catch (ClassNotFoundException e) {
          continue;
        }
        Named named = type.getAnnotation(Named.class);
        if (named == null) {
          continue;
        }
        String simple = type.getSimpleName();
        String beanName =
            named.value().isEmpty()
                ? Character.toLowerCase(simple.charAt(0)) + simple.substring(1)
                : named.value();
        if (beanName.equals(name)) {
          return Optional.of(type);
        }
      }
    }
    return Optional.empty();
  }
}
