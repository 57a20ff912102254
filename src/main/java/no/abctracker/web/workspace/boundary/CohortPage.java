package no.abctracker.web.workspace.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.abctracker.access.entity.UserAccount;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.MessageKey;
import no.abctracker.progress.control.Progress;
import no.abctracker.progress.entity.Completions;
import no.abctracker.progress.entity.CourseCompletion;
import no.abctracker.progress.entity.CourseProgress;
import no.abctracker.training.cohorts.boundary.CohortRequests;
import no.abctracker.training.cohorts.control.Attendances;
import no.abctracker.training.cohorts.control.CheckIns;
import no.abctracker.training.cohorts.control.CohortViews;
import no.abctracker.training.cohorts.control.Cohorts;
import no.abctracker.training.cohorts.control.EnrolmentOutcome;
import no.abctracker.training.cohorts.control.Enrolments;
import no.abctracker.training.cohorts.control.QrCodes;
import no.abctracker.training.cohorts.control.Sessions;
import no.abctracker.training.cohorts.entity.Cohort;
import no.abctracker.training.cohorts.entity.CohortSession;
import no.abctracker.training.cohorts.entity.SessionKind;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.organisation.control.Units;
import no.abctracker.training.organisation.entity.ShiftPattern;
import no.abctracker.web.faces.AfterChange;
import no.abctracker.web.faces.Formats;
import no.abctracker.web.faces.PageInput;
import no.abctracker.web.faces.PublicAddress;
import no.abctracker.web.faces.Texts;
import no.abctracker.web.privacy.boundary.PersonalPage;
import no.abctracker.web.signin.boundary.CurrentUser;

/**
 * One cohort ({@code ?id=}) as the user may see it ({@link CohortViews#detail}: a unit leader only
 * the members from their units, 403 without any): its sessions, members with their attendance and
 * progress; one session ({@code &session=}) with its attendance and, for facilitators, its check-in
 * code shown large with a QR code of the staff page's check-in address. Coordinators enrol and
 * schedule; facilitators open check-in and record attendance. Every form goes through the request
 * readers and controls of the REST API.
 */
@Named
@ViewScoped
public class CohortPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Pixels of the QR image: large enough to scan from the back of a meeting room on a projector.
   */
  static final int QR_PIXELS = 360;

  @Inject CurrentUser me;
  @Inject CohortViews views;
  @Inject Cohorts cohorts;
  @Inject Sessions sessions;
  @Inject Enrolments enrolments;
  @Inject Attendances attendances;
  @Inject CheckIns checkIns;
  @Inject Progress progress;
  @Inject Units units;
  @Inject PublicAddress address;
  @Inject Formats fmt;

  /** A session as the table shows it. */
  public record SessionRow(
      String id,
      int number,
      SessionKind kind,
      String title,
      Instant startsAt,
      Instant endsAt,
      String location,
      String modules,
      int attended)
      implements Serializable {}

  /** A visible member: attended sessions and where they stand in the cohort's course. */
  public record MemberRow(
      String employeeId,
      String name,
      String attendedSessions,
      long modulesDone,
      int modulesTotal,
      Instant completedAt)
      implements Serializable {}

  /** Someone who attended the chosen session. */
  public record AttendedRow(String employeeId, String name, String method, Instant recordedAt)
      implements Serializable {}

  /** A member to choose in a form. */
  public record PersonOption(String employeeId, String name) implements Serializable {}

  private String id;
  private String session;

  private String name;
  private String course;
  private String description;
  private LocalDate startDate;
  private LocalDate endDate;
  private String facilitatorNames;
  private String contact;
  private boolean manager;
  private boolean facilitator;
  private String attendanceRule;
  private List<SessionRow> sessionRows = List.of();
  private List<MemberRow> members = List.of();
  private List<String> moduleCodes = List.of();
  private List<StaffPage.UnitOption> unitOptions = List.of();

  private SessionRow chosen;
  private List<AttendedRow> attended = List.of();
  private List<PersonOption> notRecorded = List.of();
  private String checkInCode;
  private Instant checkInExpires;
  private String checkInUrl;
  private String qrImage;

  // forms
  private String enrolIds;
  private String ruleUnit;
  private ShiftPattern ruleShift;
  private String rulePosition;
  private SessionKind newKind = SessionKind.JOINT;
  private String newTitle;
  private String newDate;
  private String newFrom;
  private String newTo;
  private String newLocation;
  private List<String> newModules = new ArrayList<>();
  private Integer checkInMinutes;
  private List<String> present = new ArrayList<>();

  @PersonalPage
  public void load() {
    if (id == null || id.isBlank()) {
      throw new BadRequest(MessageKey.COHORT_ID_MISSING);
    }
    CohortViews.CohortDetail detail = views.detail(me.user(), me.municipality(), id);
    Cohort cohort = detail.cohort();
    name = cohort.name();
    description = cohort.description().orElse("");
    startDate = cohort.startDate();
    endDate = cohort.endDate();
    manager = detail.access().mayManage();
    facilitator = detail.access().mayFacilitate();
    Course theCourse = cohorts.courseOf(cohort);
    course =
        fmt.text(theCourse.title())
            + " – "
            + detail.version().map(v -> fmt.text(v.title())).orElse(cohort.versionCode());
    facilitatorNames =
        cohort.facilitators().stream()
            .map(UserAccount::username)
            .sorted()
            .collect(Collectors.joining(", "));
    contact =
        cohort
            .contact()
            .map(
                c ->
                    c.name()
                        + c.email().map(e -> " · " + e).orElse("")
                        + c.phone().map(p -> " · " + p).orElse(""))
            .orElse("");
    attendanceRule =
        detail
            .attendanceRule()
            .map(
                r -> Texts.get("cohort.attendanceRule", r.minimumAttendancePercent(), r.sessions()))
            .orElse("");
    sessionRows =
        detail.sessions().stream()
            .map(
                s ->
                    new SessionRow(
                        s.session().publicId(),
                        s.session().number(),
                        s.session().kind(),
                        s.session().title(),
                        s.session().startsAt(),
                        s.session().endsAt(),
                        s.session().location().orElse(""),
                        String.join(", ", new java.util.TreeSet<>(s.session().moduleCodes())),
                        s.attended()))
            .toList();
    Map<Long, Completions> completions =
        progress.completionsOf(
            me.municipality(), detail.members().stream().map(m -> m.member().person()).toList());
    members =
        detail.members().stream()
            .map(
                m -> {
                  CourseProgress standing =
                      CourseProgress.of(
                          theCourse,
                          completions.getOrDefault(m.member().person().id(), Completions.NONE));
                  return new MemberRow(
                      m.member().person().employeeId(),
                      m.member().person().fullName(),
                      m.attendedSessions().stream()
                          .map(String::valueOf)
                          .collect(Collectors.joining(", ")),
                      standing.modulesDone(),
                      standing.modulesTotal(),
                      standing.completion().map(CourseCompletion::completedAt).orElse(null));
                })
            .toList();
    moduleCodes = theCourse.modules().stream().map(m -> m.code()).toList();
    if (manager) {
      unitOptions = StaffPage.UnitOption.treeOf(units.tree(me.municipality(), Optional.empty()));
    }
    loadSession();
  }

  private void loadSession() {
    chosen = null;
    attended = List.of();
    notRecorded = List.of();
    checkInCode = null;
    qrImage = null;
    if (session == null || session.isBlank()) {
      return;
    }
    CohortViews.SessionRoll roll = views.roll(me.user(), me.municipality(), id, session);
    chosen = sessionRows.stream().filter(s -> s.id().equals(session)).findFirst().orElse(null);
    attended =
        roll.attended().stream()
            .map(
                a ->
                    new AttendedRow(
                        a.person().employeeId(),
                        a.person().fullName(),
                        fmt.label(a.method()),
                        a.recordedAt()))
            .toList();
    notRecorded =
        roll.notRecorded().stream()
            .map(p -> new PersonOption(p.employeeId(), p.fullName()))
            .toList();
    if (!facilitator) {
      return;
    }
    checkIns
        .open(me.municipality(), me.user(), id, session)
        .ifPresent(
            open -> {
              checkInCode = open.code();
              checkInExpires = open.expiresAt();
              checkInUrl = address.checkInUrl(request(), open.code());
              qrImage =
                  "data:image/png;base64,"
                      + Base64.getEncoder().encodeToString(QrCodes.png(checkInUrl, QR_PIXELS));
            });
  }

  /** Opens check-in for a session with a fresh code and shows that session. */
  public void openCheckIn(String sessionId) throws IOException {
    Optional<Integer> minutes =
        checkInMinutes == null
            ? Optional.empty()
            : CohortRequests.checkInMinutes("{\"minutes\":" + checkInMinutes + "}");
    checkIns.open(me.municipality(), me.user(), id, sessionId, minutes);
    show(sessionId);
  }

  public void closeCheckIn() throws IOException {
    checkIns.close(me.municipality(), me.user(), id, session);
    show(session);
  }

  /** Records the ticked members as present at the chosen session. */
  public void recordAttendance() throws IOException {
    JsonArrayBuilder ids = Json.createArrayBuilder();
    present.forEach(ids::add);
    Attendances.Outcome outcome =
        attendances.record(
            me.municipality(),
            me.user(),
            id,
            session,
            CohortRequests.employeeIds(Json.createObjectBuilder().add("employeeIds", ids).build()));
    present = new ArrayList<>();
    done(Texts.get("cohort.recorded", outcome.added(), outcome.alreadyRecorded()));
  }

  public void enrolByHand() throws IOException {
    JsonArrayBuilder ids = Json.createArrayBuilder();
    if (enrolIds != null) {
      Arrays.stream(enrolIds.split("[\\s,;]+")).filter(s -> !s.isBlank()).forEach(ids::add);
    }
    EnrolmentOutcome outcome =
        enrolments.byHand(
            me.municipality(),
            me.user(),
            id,
            CohortRequests.employeeIds(Json.createObjectBuilder().add("employeeIds", ids).build()));
    enrolIds = null;
    enrolled(outcome);
  }

  public void enrolByRule() throws IOException {
    JsonObjectBuilder rule = Json.createObjectBuilder();
    CohortsPage.put(rule, "unitCode", ruleUnit);
    if (ruleShift != null) {
      rule.add("shiftPattern", ruleShift.name());
    }
    CohortsPage.put(rule, "positionCode", rulePosition);
    EnrolmentOutcome outcome =
        enrolments.byRule(
            me.municipality(), me.user(), id, CohortRequests.enrolmentRule(rule.build()));
    enrolled(outcome);
  }

  private void enrolled(EnrolmentOutcome outcome) throws IOException {
    String message =
        Texts.get("cohort.enrolled", outcome.matched(), outcome.added(), outcome.alreadyEnrolled());
    if (!outcome.leftOut().isEmpty()) {
      message +=
          " "
              + Texts.get(
                  "cohort.leftOutCompleted",
                  outcome.leftOut().size(),
                  outcome.leftOut().stream()
                      .map(left -> left.fullName() + " (" + left.employeeId() + ")")
                      .collect(java.util.stream.Collectors.joining(", ")));
    }
    done(message);
  }

  /** Schedules a session; the day and times are Norwegian wall-clock time. */
  public void schedule() throws IOException {
    LocalDate day = PageInput.date(newDate);
    JsonObjectBuilder body = Json.createObjectBuilder();
    body.add("kind", newKind == null ? "" : newKind.name());
    CohortsPage.put(body, "title", newTitle);
    body.add("startsAt", LocalDateTime.of(day, PageInput.time(newFrom)).toString());
    body.add("endsAt", LocalDateTime.of(day, PageInput.time(newTo)).toString());
    CohortsPage.put(body, "location", newLocation);
    JsonArrayBuilder modules = Json.createArrayBuilder();
    newModules.forEach(modules::add);
    body.add("moduleCodes", modules);
    CohortSession created =
        sessions.create(me.municipality(), me.user(), id, CohortRequests.session(body.build()));
    done(Texts.get("cohort.scheduled", created.number(), created.title()));
  }

  /** After a change, the page afresh by GET with the message kept ({@link AfterChange}). */
  private void done(String message) {
    AfterChange.reload(message, self(session));
  }

  private void show(String sessionId) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + self(sessionId));
  }

  private String self(String sessionId) {
    return "/app/cohort.xhtml?id="
        + URLEncoder.encode(id, StandardCharsets.UTF_8)
        + (sessionId == null || sessionId.isBlank()
            ? ""
            : "&session=" + URLEncoder.encode(sessionId, StandardCharsets.UTF_8));
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public SessionKind[] getKinds() {
    return SessionKind.values();
  }

  public ShiftPattern[] getShiftPatterns() {
    return ShiftPattern.values();
  }

  // --- view parameters and what the page shows ---

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getSession() {
    return session;
  }

  public void setSession(String session) {
    this.session = session;
  }

  public String getName() {
    return name;
  }

  public String getCourse() {
    return course;
  }

  public String getDescription() {
    return description;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public String getFacilitatorNames() {
    return facilitatorNames;
  }

  public String getContact() {
    return contact;
  }

  public boolean isManager() {
    return manager;
  }

  public boolean isFacilitator() {
    return facilitator;
  }

  public String getAttendanceRule() {
    return attendanceRule;
  }

  public List<SessionRow> getSessionRows() {
    return sessionRows;
  }

  public List<MemberRow> getMembers() {
    return members;
  }

  public List<String> getModuleCodes() {
    return moduleCodes;
  }

  public List<StaffPage.UnitOption> getUnitOptions() {
    return unitOptions;
  }

  public SessionRow getChosen() {
    return chosen;
  }

  public List<AttendedRow> getAttended() {
    return attended;
  }

  public List<PersonOption> getNotRecorded() {
    return notRecorded;
  }

  public String getCheckInCode() {
    return checkInCode;
  }

  public Instant getCheckInExpires() {
    return checkInExpires;
  }

  public String getCheckInUrl() {
    return checkInUrl;
  }

  public String getQrImage() {
    return qrImage;
  }

  // --- form fields ---

  public String getEnrolIds() {
    return enrolIds;
  }

  public void setEnrolIds(String enrolIds) {
    this.enrolIds = enrolIds;
  }

  public String getRuleUnit() {
    return ruleUnit;
  }

  public void setRuleUnit(String ruleUnit) {
    this.ruleUnit = ruleUnit;
  }

  public ShiftPattern getRuleShift() {
    return ruleShift;
  }

  public void setRuleShift(ShiftPattern ruleShift) {
    this.ruleShift = ruleShift;
  }

  public String getRulePosition() {
    return rulePosition;
  }

  public void setRulePosition(String rulePosition) {
    this.rulePosition = rulePosition;
  }

  public SessionKind getNewKind() {
    return newKind;
  }

  public void setNewKind(SessionKind newKind) {
    this.newKind = newKind;
  }

  public String getNewTitle() {
    return newTitle;
  }

  public void setNewTitle(String newTitle) {
    this.newTitle = newTitle;
  }

  public String getNewDate() {
    return newDate;
  }

  public void setNewDate(String newDate) {
    this.newDate = newDate;
  }

  public String getNewFrom() {
    return newFrom;
  }

  public void setNewFrom(String newFrom) {
    this.newFrom = newFrom;
  }

  public String getNewTo() {
    return newTo;
  }

  public void setNewTo(String newTo) {
    this.newTo = newTo;
  }

  public String getNewLocation() {
    return newLocation;
  }

  public void setNewLocation(String newLocation) {
    this.newLocation = newLocation;
  }

  public List<String> getNewModules() {
    return newModules;
  }

  public void setNewModules(List<String> newModules) {
    this.newModules = newModules;
  }

  public Integer getCheckInMinutes() {
    return checkInMinutes;
  }

  public void setCheckInMinutes(Integer checkInMinutes) {
    this.checkInMinutes = checkInMinutes;
  }

  public List<String> getPresent() {
    return present;
  }

  public void setPresent(List<String> present) {
    this.present = present;
  }
}
