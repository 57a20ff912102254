package no.abctracker.access.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.abctracker.ApiApplication;
import no.abctracker.xapi.XapiApplication;
import org.junit.jupiter.api.Test;

/**
 * Every {@code GET} of the REST API and the LRS either writes a row to the log of who viewed whose
 * records ({@link PersonalData}) or is listed here as showing nobody's data, with the reason. A new
 * endpoint fails this test until someone has decided which it is.
 */
class PersonalDataCoverageTest {

  /** {@code Class#method} → why it shows no person's data. */
  static final Map<String, String> SHOWS_NOBODY =
      Map.ofEntries(
          Map.entry("RecordViewsResource#list", "the log itself: who viewed, not whose record"),
          Map.entry("MunicipalitiesResource#all", "municipalities"),
          Map.entry("MunicipalitiesResource#one", "a municipality"),
          Map.entry("LrsClientsResource#all", "LRS clients (machines)"),
          Map.entry("LrsClientsResource#one", "an LRS client (a machine)"),
          Map.entry("CoursesResource#courses", "the course catalogue"),
          Map.entry("CoursesResource#course", "the course catalogue"),
          Map.entry("UsersResource#all", "user accounts and roles, no training records"),
          Map.entry("OidcSettingsResource#get", "a municipality's identity provider settings"),
          Map.entry("UnitsResource#tree", "the unit tree"),
          Map.entry("UnitsResource#one", "a unit"),
          Map.entry("TechnologiesResource#all", "the technologies"),
          Map.entry("SuperUserRulesResource#all", "the prerequisites of roles"),
          Map.entry("CohortSessionsResource#one", "a session's time and place"),
          Map.entry("ActivityProfileResource#get", "a document about an activity, not an agent"),
          Map.entry("CohortsResource#all", "cohorts: names, dates, counts"),
          Map.entry("CohortSessionsResource#checkIn", "a session's check-in code"),
          Map.entry("CohortSessionsResource#qr", "a session's check-in QR code"),
          Map.entry("ProgressResource#status", "how far the projector has come"),
          Map.entry(
              "ProgressResource#parked", "parked projector work: kinds, internal ids and errors"),
          Map.entry("CoverageResource#coverage", "aggregate figures, small cells suppressed"),
          Map.entry("CoverageResource#trend", "aggregate figures, small cells suppressed"),
          Map.entry("AboutResource#about", "the LRS's versions"),
          Map.entry("ActivitiesResource#activity", "an activity's definition"),
          Map.entry("UnmatchedResource#activities", "activity ids, names and counts"),
          Map.entry("ActivityMappingsResource#all", "activity ids and the modules they count for"),
          Map.entry(
              "ActivityMappingsResource#applying", "activity ids and counts of statements left"),
          Map.entry("IdentityRulesResource#rules", "an LMS's homePage and which roster field"));

  @Test
  void everyReadOfTheApiAndTheLrsIsLoggedOrShowsNobody() {
    List<String> undecided = new ArrayList<>();
    List<String> listedButLogged = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    List<Class<?>> resources = new ArrayList<>();
    resources.addAll(new ApiApplication().getClasses());
    resources.addAll(new XapiApplication().getClasses());
    for (Class<?> resource : resources) {
      if (!resource.isAnnotationPresent(Path.class)) {
        continue;
      }
      for (Method method : resource.getMethods()) {
        if (!method.isAnnotationPresent(GET.class)) {
          continue;
        }
        String name = resource.getSimpleName() + "#" + method.getName();
        seen.add(name);
        boolean logged = RecordViewLog.showsPersonalData(resource, method);
        if (logged && SHOWS_NOBODY.containsKey(name)) {
          listedButLogged.add(name);
        } else if (!logged && !SHOWS_NOBODY.containsKey(name)) {
          undecided.add(name);
        }
      }
    }
    assertThat(undecided)
        .as(
            "GET methods that neither are @PersonalData nor listed in SHOWS_NOBODY: mark each"
                + " that shows a person or a list of persons @PersonalData")
        .isEmpty();
    assertThat(listedButLogged).as("listed as showing nobody, yet @PersonalData").isEmpty();
    assertThat(seen)
        .as("SHOWS_NOBODY names only existing methods")
        .containsAll(SHOWS_NOBODY.keySet());
  }
}
