package no.abctracker.web.workspace.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.abctracker.access.entity.Role;
import no.abctracker.kernel.Language;
import no.abctracker.training.organisation.control.Organisation;
import no.abctracker.training.organisation.control.Units;
import no.abctracker.training.superusers.control.Appointments;
import no.abctracker.training.superusers.control.SuperUserCoverage;
import no.abctracker.training.superusers.control.Technologies;
import no.abctracker.web.faces.AfterChange;
import no.abctracker.web.faces.Formats;
import no.abctracker.web.faces.PageInput;
import no.abctracker.web.faces.Texts;
import no.abctracker.web.privacy.boundary.PersonalPage;
import no.abctracker.web.signin.boundary.CurrentUser;

/**
 * Super-user appointments the user may see ({@link Appointments#list}: coordinators all, unit
 * leaders those in their units) with their prerequisites met or missing as of today; appoint and
 * end (coordinators, and unit leaders in their own units, as {@code POST …/super-users}); and the
 * coverage matrix unit × technology × shift of {@link SuperUserCoverage#on} with its gaps.
 */
@Named
@ViewScoped
public class SuperUsersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser me;
  @Inject Appointments appointments;
  @Inject SuperUserCoverage coverage;
  @Inject Technologies technologies;
  @Inject Units units;
  @Inject Formats fmt;
  @Inject Clock clock;

  /** An appointment with the appointee's prerequisites. */
  public record AppointmentRow(
      long id,
      String employeeId,
      String name,
      String unit,
      String technology,
      LocalDate from,
      LocalDate to,
      boolean active,
      boolean qualified,
      String prerequisites,
      boolean ended)
      implements Serializable {}

  /** A technology to choose. */
  public record TechnologyOption(String code, String label) implements Serializable {}

  private List<AppointmentRow> rows = List.of();
  private CoverageView matrix;
  private List<StaffPage.UnitOption> unitOptions = List.of();
  private List<TechnologyOption> technologyOptions = List.of();

  private String employeeId;
  private String unitCode;
  private String technology;
  private String from;
  private String to;
  private String endLast;
  private String endReason;

  @PersonalPage
  public void load() {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER);
    Language language = language();
    LocalDate today = LocalDate.now(clock.withZone(Organisation.ZONE));
    rows =
        appointments
            .list(
                me.municipality(),
                new Appointments.Filter(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()),
                me.visibility())
            .stream()
            .map(
                a ->
                    new AppointmentRow(
                        a.appointment().id(),
                        a.appointment().person().employeeId(),
                        a.appointment().person().fullName(),
                        a.appointment().unit().name(),
                        technologies
                            .find(a.appointment().technology())
                            .map(t -> t.label(language))
                            .orElse(a.appointment().technology()),
                        a.appointment().period().from(),
                        a.appointment().period().to().orElse(null),
                        a.active(),
                        a.qualification().qualified(),
                        a.qualification().prerequisites().stream()
                            .map(
                                p ->
                                    (p.met() ? "✓ " : "✗ ")
                                        + fmt.text(p.course().title())
                                        + (p.met()
                                            ? " ("
                                                + fmt.day(p.completion().get().completedAt())
                                                + ")"
                                            : ""))
                            .collect(Collectors.joining("; ")),
                        a.appointment().ending().isPresent()))
            .toList();
    matrix =
        CoverageView.of(
            coverage.on(
                me.municipality(), today, me.visibility(), Optional.empty(), Optional.empty()),
            technologies,
            language);
    unitOptions =
        StaffPage.UnitOption.treeOf(units.tree(me.municipality(), UnitsPage.rootsOf(me.user())));
    technologyOptions =
        technologies.all().stream()
            .map(t -> new TechnologyOption(t.code(), t.label(language)))
            .toList();
  }

  public void appoint() {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER);
    appointments.appoint(
        me.municipality(),
        new Appointments.Request(
            blankToNull(employeeId),
            blankToNull(unitCode),
            blankToNull(technology),
            PageInput.date(from),
            PageInput.optionalDate(to)),
        me.user(),
        me.visibility());
    AfterChange.reload(Texts.get("superUsers.appointed"), "/app/super-users.xhtml");
  }

  /** Ends an appointment on the last day and with the reason typed above the table. */
  public void end(long id) {
    me.require(Role.SYSTEM_ADMIN, Role.COORDINATOR, Role.UNIT_LEADER);
    appointments.end(
        me.municipality(), id, PageInput.date(endLast), endReason, me.user(), me.visibility());
    AfterChange.reload(Texts.get("superUsers.ended"), "/app/super-users.xhtml");
  }

  private Language language() {
    return Language.parse(fmt.languageTag()).orElse(Language.NB);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public List<AppointmentRow> getRows() {
    return rows;
  }

  public CoverageView getMatrix() {
    return matrix;
  }

  public List<StaffPage.UnitOption> getUnitOptions() {
    return unitOptions;
  }

  public List<TechnologyOption> getTechnologyOptions() {
    return technologyOptions;
  }

  public String getEmployeeId() {
    return employeeId;
  }

  public void setEmployeeId(String employeeId) {
    this.employeeId = employeeId;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public void setUnitCode(String unitCode) {
    this.unitCode = unitCode;
  }

  public String getTechnology() {
    return technology;
  }

  public void setTechnology(String technology) {
    this.technology = technology;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getEndLast() {
    return endLast;
  }

  public void setEndLast(String endLast) {
    this.endLast = endLast;
  }

  public String getEndReason() {
    return endReason;
  }

  public void setEndReason(String endReason) {
    this.endReason = endReason;
  }
}
