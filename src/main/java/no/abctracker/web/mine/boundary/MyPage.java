package no.abctracker.web.mine.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.abctracker.access.control.RecordViews;
import no.abctracker.access.entity.Role;
import no.abctracker.progress.control.ActivityMappings;
import no.abctracker.progress.control.Progress;
import no.abctracker.progress.entity.ActivityMapping;
import no.abctracker.progress.entity.CourseProgress;
import no.abctracker.training.cohorts.control.CohortViews;
import no.abctracker.training.courses.entity.CourseModule;
import no.abctracker.training.courses.entity.CourseVersion;
import no.abctracker.training.organisation.control.Organisation;
import no.abctracker.training.organisation.control.Staff;
import no.abctracker.training.organisation.entity.ShiftPattern;
import no.abctracker.training.superusers.control.Appointments;
import no.abctracker.training.superusers.control.Technologies;
import no.abctracker.web.faces.Formats;
import no.abctracker.web.signin.boundary.CurrentUser;

/**
 * The staff member's own page on a phone: who I am, my units and positions today, my progress in
 * the courses, my next group session, my certificates and my super-user roles. Everything is read
 * with the staff member's own {@code Visibility} ({@link Staff#get}, {@link
 * CohortViews#scheduleOf}, {@link Appointments#list}), so only their own record can reach the page.
 */
@Named
@RequestScoped
public class MyPage {

  @Inject CurrentUser me;
  @Inject Staff staff;
  @Inject Progress progress;
  @Inject CohortViews cohortViews;
  @Inject Appointments appointments;
  @Inject Technologies technologies;
  @Inject Formats fmt;
  @Inject Clock clock;
  @Inject RecordViews recordViews;
  @Inject ActivityMappings activityMappings;

  /** One of my employments active today. */
  public record MyEmployment(
      String unitName, String positionTitle, BigDecimal percent, ShiftPattern shiftPattern) {}

  /**
   * Where I stand in one course: modules done of all, whether completed, and the next module to
   * take with its activity (where the learning system or the group course has it).
   */
  public record MyCourse(
      String code,
      String title,
      long done,
      int total,
      Instant completedAt,
      String nextModule,
      String nextActivityId,
      String nextLaunchUrl,
      String ways,
      String cohortName) {

    public boolean completed() {
      return completedAt != null;
    }
  }

  /** A group session ahead of me. */
  public record MySession(
      String cohortName,
      int number,
      String title,
      Instant startsAt,
      Instant endsAt,
      String location,
      boolean attended) {}

  /** Someone who opened my record: who, when, and what they opened. */
  public record MyViewer(String viewedBy, Instant viewedAt, String request) {}

  /** How many of the latest views of my record the page lists. */
  static final int VIEWS_SHOWN = 50;

  /** One of my super-user roles that has not ended. */
  public record MyRole(
      String technology,
      String unitName,
      LocalDate from,
      LocalDate to,
      boolean qualified,
      String missing) {}

  private String fullName;
  private String employeeId;
  private List<MyEmployment> employments = List.of();
  private List<MyCourse> courses = List.of();
  private MySession nextSession;
  private List<MyRole> roles = List.of();
  private List<MyViewer> viewers = List.of();

  private boolean loaded;

  /**
   * Reads the page once per request: on the first GET by its view action, after a check-in posted
   * from this page by the first getter, so that the page shows the new attendance.
   */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    me.require(Role.STAFF);
    employeeId = me.user().ownEmployeeId().orElseThrow();
    LocalDate today = LocalDate.now(clock.withZone(Organisation.ZONE));
    Staff.Member member = staff.get(me.municipality(), employeeId, me.visibility());
    fullName = member.person().fullName();
    viewers =
        recordViews
            .of(me.municipality().id(), Optional.of(employeeId), Optional.empty(), VIEWS_SHOWN)
            .stream()
            .map(v -> new MyViewer(v.viewedBy(), v.viewedAt(), v.request()))
            .toList();
    employments =
        member.employments().stream()
            .filter(e -> e.isActiveOn(today))
            .map(
                e ->
                    new MyEmployment(
                        e.unit().name(),
                        e.positionTitle(),
                        e.employmentPercent(),
                        e.shiftPattern()))
            .toList();
    CohortViews.StaffSchedule schedule =
        cohortViews.scheduleOf(me.user(), me.municipality(), employeeId);
    Map<String, String> launchUrls = launchUrls();
    courses =
        progress.of(me.municipality(), member.person()).stream()
            // the ABC itself always; a super-user course once the person has begun it
            .filter(
                c ->
                    c.course().technology().isEmpty()
                        || c.completion().isPresent()
                        || c.modulesDone() > 0)
            .map(c -> course(c, schedule, launchUrls))
            .toList();
    nextSession =
        schedule.comingSessions().stream()
            .findFirst()
            .map(
                s ->
                    new MySession(
                        s.session().cohort().name(),
                        s.session().number(),
                        s.session().title(),
                        s.session().startsAt(),
                        s.session().endsAt(),
                        s.session().location().orElse(""),
                        s.attended()))
            .orElse(null);
    roles =
        appointments
            .list(
                me.municipality(),
                new Appointments.Filter(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(employeeId)),
                me.visibility())
            .stream()
            .filter(a -> a.appointment().period().to().map(to -> !to.isBefore(today)).orElse(true))
            .map(
                a ->
                    new MyRole(
                        technologyLabel(a.appointment().technology()),
                        a.appointment().unit().name(),
                        a.appointment().period().from(),
                        a.appointment().period().to().orElse(null),
                        a.qualification().qualified(),
                        a.qualification().missing().stream()
                            .map(c -> fmt.text(c.title()))
                            .collect(Collectors.joining(", "))))
            .toList();
  }

  /**
   * Where the LMS has each module ("course/module") or course ("course"): the launch URLs of the
   * municipality's activity mappings, so a staff member gets a link to take it rather than an IRI.
   */
  private Map<String, String> launchUrls() {
    Map<String, String> urls = new HashMap<>();
    for (ActivityMapping m : activityMappings.all(me.municipality())) {
      m.launch()
          .ifPresent(
              url ->
                  urls.putIfAbsent(
                      m.module()
                          .map(module -> m.courseCode() + "/" + module)
                          .orElse(m.courseCode()),
                      url));
    }
    return urls;
  }

  private MyCourse course(
      CourseProgress c, CohortViews.StaffSchedule schedule, Map<String, String> launchUrls) {
    Optional<CourseModule> next =
        c.modules().stream()
            .filter(m -> m.completion().isEmpty())
            .map(CourseProgress.ModuleProgress::module)
            .sorted((a, b) -> Boolean.compare(b.mandatory(), a.mandatory()))
            .findFirst();
    String cohortName =
        schedule.cohorts().stream()
            .filter(k -> k.cohort().courseCode().equals(c.course().code()))
            .map(k -> k.cohort().name())
            .findFirst()
            .orElse(null);
    return new MyCourse(
        c.course().code(),
        fmt.text(c.course().title()),
        c.modulesDone(),
        c.modulesTotal(),
        c.completion()
            .map(no.abctracker.progress.entity.CourseCompletion::completedAt)
            .orElse(null),
        next.map(m -> m.code() + " – " + fmt.text(m.title())).orElse(null),
        next.map(CourseModule::activityId).orElse(null),
        // the module's own launch URL, else the course's (an LMS course that holds all modules)
        next.map(m -> launchUrls.get(c.course().code() + "/" + m.code()))
            .orElse(launchUrls.get(c.course().code())),
        c.course().versions().stream()
            .map(CourseVersion::title)
            .map(fmt::text)
            .collect(Collectors.joining(" · ")),
        cohortName);
  }

  private String technologyLabel(String code) {
    no.abctracker.kernel.Language language =
        no.abctracker.kernel.Language.parse(fmt.languageTag())
            .orElse(no.abctracker.kernel.Language.NB);
    return technologies.find(code).map(t -> t.label(language)).orElse(code);
  }

  public String getFullName() {
    load();
    return fullName;
  }

  public String getEmployeeId() {
    load();
    return employeeId;
  }

  public List<MyEmployment> getEmployments() {
    load();
    return employments;
  }

  public List<MyCourse> getCourses() {
    load();
    return courses;
  }

  public MySession getNextSession() {
    load();
    return nextSession;
  }

  public List<MyRole> getRoles() {
    load();
    return roles;
  }

  public List<MyViewer> getViewers() {
    load();
    return viewers;
  }
}
