package no.abctracker.web.workspace.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.abctracker.access.control.SignInLinks;
import no.abctracker.access.entity.Role;
import no.abctracker.access.entity.SignInLink;
import no.abctracker.privacy.control.Erasure;
import no.abctracker.privacy.control.ErasureRecords;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.MessageKey;
import no.abctracker.progress.boundary.RegistrationRequests;
import no.abctracker.progress.control.ManualRegistrations;
import no.abctracker.progress.control.Progress;
import no.abctracker.progress.entity.Basis;
import no.abctracker.progress.entity.Completions;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.organisation.control.Organisation;
import no.abctracker.training.organisation.control.Staff;
import no.abctracker.training.organisation.entity.EmploymentKind;
import no.abctracker.training.organisation.entity.IdentityKind;
import no.abctracker.training.organisation.entity.ShiftPattern;
import no.abctracker.training.superusers.control.Appointments;
import no.abctracker.web.faces.AfterChange;
import no.abctracker.web.faces.Formats;
import no.abctracker.web.faces.PageInput;
import no.abctracker.web.faces.PublicAddress;
import no.abctracker.web.faces.Texts;
import no.abctracker.web.privacy.boundary.PersonalPage;
import no.abctracker.web.signin.boundary.CurrentUser;

/**
 * One person: their employments (a unit leader sees those in their units only), their xAPI
 * identities and, for coordinators, the personal sign-in links for the staff pages. Read with the
 * same {@link Staff#get} as {@code GET …/staff/{employeeId}}.
 */
@Named
@ViewScoped
public class PersonPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser me;
  @Inject PublicAddress address;
  @Inject Staff staff;
  @Inject SignInLinks signInLinks;
  @Inject Erasure erasure;
  @Inject no.abctracker.access.control.RememberedPhones rememberedPhones;
  @Inject Clock clock;
  @Inject Progress progress;
  @Inject ManualRegistrations registrations;
  @Inject Appointments appointments;
  @Inject CourseCatalogue catalogue;
  @Inject no.abctracker.training.superusers.control.Technologies technologies;
  @Inject Formats fmt;

  /** One employment as the page shows it. */
  public record EmploymentRow(
      String unitCode,
      String unitName,
      String positionCode,
      String positionTitle,
      BigDecimal percent,
      ShiftPattern shiftPattern,
      EmploymentKind kind,
      LocalDate start,
      LocalDate end,
      boolean active)
      implements Serializable {}

  /** One xAPI identity of the person. */
  public record IdentityRow(IdentityKind kind, String value) implements Serializable {}

  /** One sign-in link: when made and by whom, until when, and where it stands. */
  public record LinkRow(
      long id, Instant createdAt, String createdBy, Instant expiresAt, SignInLink.State state)
      implements Serializable {}

  /**
   * A module or course completion with its evidence: the statement that completed it and when.
   * {@code module} is empty for a course completion.
   */
  public record CompletionRow(
      String courseCode,
      String course,
      String module,
      Instant completedAt,
      Basis basis,
      String version,
      String statementId)
      implements Serializable {}

  /** A manual registration: a line of the audit trail, withdrawn or not. */
  public record RegistrationRow(
      String id,
      String what,
      LocalDate completedOn,
      String reason,
      String registeredBy,
      Instant registeredAt,
      boolean withdrawn,
      String withdrawal)
      implements Serializable {}

  /** A super-user role of the person, with the prerequisites it lacks. */
  public record RoleRow(
      String technology,
      String unit,
      LocalDate from,
      LocalDate to,
      boolean active,
      boolean qualified,
      String missing)
      implements Serializable {}

  /** A course or module to register: value {@code COURSE} or {@code COURSE/MODULE}. */
  public record CourseOption(String value, String label) implements Serializable {}

  private String id;
  private List<CompletionRow> courseCompletions = List.of();
  private List<CompletionRow> moduleCompletions = List.of();
  private List<RegistrationRow> registrationRows = List.of();
  private List<RoleRow> roles = List.of();
  private List<CourseOption> courseOptions = List.of();
  private String registerWhat;
  private String registerOn;
  private String registerReason;
  private String withdrawReason;
  private String fullName;
  private String email;
  private List<EmploymentRow> employments = List.of();
  private List<IdentityRow> identities = List.of();
  private List<LinkRow> links = List.of();
  private String issuedLink;
  private List<ErasureRow> erasureRows = List.of();
  private String erasureToken;

  /** One kind of what an erasure removes, as the confirmation lists it. */
  public record ErasureRow(String kind, int count) implements Serializable {}

  @PersonalPage(person = "id")
  public void load() {
    if (id == null || id.isBlank()) {
      throw new BadRequest(MessageKey.PERSON_ID_MISSING);
    }
    LocalDate today = LocalDate.now(clock.withZone(Organisation.ZONE));
    Staff.Member member = staff.get(me.municipality(), id, me.visibility());
    fullName = member.person().fullName();
    email = member.person().email().orElse("");
    employments =
        member.employments().stream()
            .map(
                e ->
                    new EmploymentRow(
                        e.unit().code(),
                        e.unit().name(),
                        e.positionCode(),
                        e.positionTitle(),
                        e.employmentPercent(),
                        e.shiftPattern(),
                        e.employmentKind(),
                        e.startDate(),
                        e.endDate().orElse(null),
                        e.isActiveOn(today)))
            .toList();
    identities =
        member.identities().stream()
            .map(
                i ->
                    new IdentityRow(
                        i.kind(),
                        i.homePage().map(h -> i.name() + " (" + h + ")").orElse(i.value())))
            .toList();
    loadLinks();
    loadTraining(member.person());
  }

  /** Completions (from the projection), manual registrations and super-user roles. */
  private void loadTraining(no.abctracker.training.organisation.entity.Person person) {
    Completions completions = progress.completionsOf(me.municipality(), person);
    courseCompletions =
        completions.courses().stream()
            .map(
                c ->
                    new CompletionRow(
                        c.courseCode(),
                        courseTitle(c.courseCode()),
                        "",
                        c.completedAt(),
                        c.basis(),
                        c.version().orElse(""),
                        c.statementId()))
            .toList();
    moduleCompletions =
        completions.modules().stream()
            .map(
                m ->
                    new CompletionRow(
                        m.courseCode(),
                        courseTitle(m.courseCode()),
                        m.moduleCode()
                            + catalogue
                                .find(m.courseCode())
                                .flatMap(c -> c.module(m.moduleCode()))
                                .map(x -> " – " + fmt.text(x.title()))
                                .orElse(""),
                        m.completedAt(),
                        null,
                        "",
                        m.statementId()))
            .toList();
    registrationRows =
        registrations.of(me.municipality(), person).stream()
            .map(
                r ->
                    new RegistrationRow(
                        r.statementId(),
                        courseTitle(r.courseCode()) + r.moduleCode().map(x -> " / " + x).orElse(""),
                        r.completedOn(),
                        r.reason(),
                        r.registeredBy(),
                        r.registeredAt(),
                        r.isWithdrawn(),
                        r.withdrawal()
                            .map(w -> w.by() + ", " + fmt.dateTime(w.at()) + ": " + w.reason())
                            .orElse("")))
            .toList();
    roles =
        appointments
            .list(
                me.municipality(),
                new Appointments.Filter(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(id)),
                me.visibility())
            .stream()
            .map(
                a ->
                    new RoleRow(
                        technologies
                            .find(a.appointment().technology())
                            .map(
                                t ->
                                    t.label(
                                        no.abctracker.kernel.Language.parse(fmt.languageTag())
                                            .orElseThrow()))
                            .orElse(a.appointment().technology()),
                        a.appointment().unit().name(),
                        a.appointment().period().from(),
                        a.appointment().period().to().orElse(null),
                        a.active(),
                        a.qualification().qualified(),
                        a.qualification().missing().stream()
                            .map(c -> fmt.text(c.title()))
                            .collect(Collectors.joining(", "))))
            .toList();
    List<CourseOption> options = new ArrayList<>();
    catalogue
        .courses()
        .forEach(
            c -> {
              options.add(new CourseOption(c.code(), fmt.text(c.title())));
              c.modules()
                  .forEach(
                      m ->
                          options.add(
                              new CourseOption(
                                  c.code() + "/" + m.code(),
                                  "\u2003" + m.code() + " – " + fmt.text(m.title()))));
            });
    courseOptions = options;
  }

  private String courseTitle(String courseCode) {
    return catalogue.find(courseCode).map(c -> fmt.text(c.title())).orElse(courseCode);
  }

  /**
   * Registers a completion by hand (read by the same {@link RegistrationRequests} as {@code POST
   * …/registrations}); the projector turns its statement into the completion shortly after.
   */
  public void register() {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    staff.get(me.municipality(), id, me.visibility());
    JsonObjectBuilder body = Json.createObjectBuilder();
    if (registerWhat != null && !registerWhat.isBlank()) {
      int slash = registerWhat.indexOf('/');
      body.add("course", slash < 0 ? registerWhat : registerWhat.substring(0, slash));
      if (slash >= 0) {
        body.add("module", registerWhat.substring(slash + 1));
      }
    }
    body.add("completedOn", PageInput.date(registerOn).toString());
    if (registerReason != null && !registerReason.isBlank()) {
      body.add("reason", registerReason.strip());
    }
    registrations.register(
        me.municipality(), me.user(), id, RegistrationRequests.registration(body.build()));
    AfterChange.reload(Texts.get("person.registered"), self());
  }

  /** Withdraws a registration with the reason typed above the table. */
  public void withdraw(String registrationId) {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    JsonObjectBuilder body = Json.createObjectBuilder();
    if (withdrawReason != null && !withdrawReason.isBlank()) {
      body.add("reason", withdrawReason.strip());
    }
    registrations.withdraw(
        me.municipality(),
        me.user(),
        id,
        registrationId,
        RegistrationRequests.withdrawal(body.build()));
    AfterChange.reload(Texts.get("person.withdrawn"), self());
  }

  private String self() {
    return "/app/person.xhtml?id=" + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  public List<CompletionRow> getCourseCompletions() {
    return courseCompletions;
  }

  public List<CompletionRow> getModuleCompletions() {
    return moduleCompletions;
  }

  public List<RegistrationRow> getRegistrationRows() {
    return registrationRows;
  }

  public List<RoleRow> getRoles() {
    return roles;
  }

  public List<CourseOption> getCourseOptions() {
    return courseOptions;
  }

  public String getRegisterWhat() {
    return registerWhat;
  }

  public void setRegisterWhat(String registerWhat) {
    this.registerWhat = registerWhat;
  }

  public String getRegisterOn() {
    return registerOn;
  }

  public void setRegisterOn(String registerOn) {
    this.registerOn = registerOn;
  }

  public String getRegisterReason() {
    return registerReason;
  }

  public void setRegisterReason(String registerReason) {
    this.registerReason = registerReason;
  }

  public String getWithdrawReason() {
    return withdrawReason;
  }

  public void setWithdrawReason(String withdrawReason) {
    this.withdrawReason = withdrawReason;
  }

  private void loadLinks() {
    if (!me.isManager()) {
      return;
    }
    Instant now = clock.instant();
    links =
        signInLinks.of(me.municipality(), id).stream()
            .map(
                l ->
                    new LinkRow(
                        l.id(), l.createdAt(), l.createdBy(), l.expiresAt(), l.stateAt(now)))
            .toList();
  }

  /** Makes a personal sign-in link; its address is shown this once. */
  public void createLink() {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    staff.get(me.municipality(), id, me.visibility());
    SignInLinks.Issued issued = signInLinks.create(me.municipality(), id, me.user().username());
    issuedLink =
        address.signInUrl(
            (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest(),
            issued.token());
    loadLinks();
  }

  /** How many phones stay signed in for this person ("Husk meg på denne telefonen"). */
  public long getRememberedPhones() {
    return rememberedPhones.openCount(me.municipality(), id);
  }

  public String getRememberedPhonesText() {
    return no.abctracker.web.faces.Texts.get("person.phonesCount", getRememberedPhones());
  }

  /** Ends every phone on which this person stays signed in. */
  public void forgetPhones() {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    staff.get(me.municipality(), id, me.visibility());
    int ended = rememberedPhones.revoke(me.municipality(), id, me.user().username());
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new jakarta.faces.application.FacesMessage(
                no.abctracker.web.faces.Texts.get("person.phonesForgotten", ended)));
  }

  public void revoke(long linkId) {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    signInLinks.revoke(me.municipality(), linkId);
    issuedLink = null;
    loadLinks();
  }

  /** Shows what erasing the person would remove, and the button that confirms; nothing goes yet. */
  public void previewErasure() {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    Erasure.Preview preview = erasure.preview(me.municipality(), id);
    erasureRows =
        preview.counts().entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .map(e -> new ErasureRow(Texts.get("erasure.kind." + e.getKey()), e.getValue()))
            .toList();
    erasureToken = preview.token();
  }

  /** Erases the person as previewed (refused when anything changed since) and shows the list. */
  public void erase() {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR);
    Erasure.Receipt receipt =
        erasure.erase(
            me.municipality(),
            id,
            erasureToken,
            me.user().username(),
            ErasureRecords.Reason.REQUEST);
    AfterChange.reload(Texts.get("erasure.done", receipt.erasureId()), "/app/staff.xhtml");
  }

  public void cancelErasure() {
    erasureRows = List.of();
    erasureToken = null;
  }

  public List<ErasureRow> getErasureRows() {
    return erasureRows;
  }

  public boolean isErasurePreviewed() {
    return erasureToken != null;
  }

  public boolean isEmployed() {
    return employments.stream().anyMatch(EmploymentRow::active);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getFullName() {
    return fullName;
  }

  public String getEmail() {
    return email;
  }

  public List<EmploymentRow> getEmployments() {
    return employments;
  }

  public List<IdentityRow> getIdentities() {
    return identities;
  }

  public List<LinkRow> getLinks() {
    return links;
  }

  public String getIssuedLink() {
    return issuedLink;
  }
}
