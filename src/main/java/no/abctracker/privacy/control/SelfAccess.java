package no.abctracker.privacy.control;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import no.abctracker.access.control.RecordViews;
import no.abctracker.certificates.control.Certificates;
import no.abctracker.certificates.entity.Certificate;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.progress.control.ManualRegistrations;
import no.abctracker.progress.control.Progress;
import no.abctracker.progress.entity.Completions;
import no.abctracker.progress.entity.ManualRegistration;
import no.abctracker.training.cohorts.control.Attendances;
import no.abctracker.training.cohorts.entity.SessionAttendance;
import no.abctracker.training.organisation.control.Staff;
import no.abctracker.training.organisation.control.Visibility;
import no.abctracker.training.organisation.entity.Employment;
import no.abctracker.training.organisation.entity.Person;
import no.abctracker.training.organisation.entity.PersonIdentity;
import no.abctracker.training.superusers.control.Appointments;
import no.abctracker.training.superusers.entity.SuperUserAppointment;
import no.abctracker.xapi.model.Timestamps;
import no.abctracker.xapi.statements.control.StatementResults;

/**
 * Everything held about one person (GDPR art. 15 and 20), read through each owner's API: roster
 * rows, identities, completions with the statement that is their evidence, manual registrations,
 * attendances, super-user roles, certificates, the statements whose actor (or Agent object) is one
 * of their identities, and who viewed their record. Nothing of another person: every read is keyed
 * by this person.
 */
@ApplicationScoped
public class SelfAccess {

  /** The format's version, so that a reader can tell what it got. */
  public static final int FORMAT = 1;

  /** Most views of the record the export lists, newest first. */
  static final int VIEWS = 10_000;

  @Inject Staff staff;
  @Inject Progress progress;
  @Inject ManualRegistrations registrations;
  @Inject Attendances attendances;
  @Inject Appointments appointments;
  @Inject Certificates certificates;
  @Inject StatementResults statements;
  @Inject RecordViews recordViews;
  @Inject Clock clock;

  /**
   * The export of {@code employeeId} as {@code visibility} may see them (404 for a person not in
   * the municipality, 403 for one the caller may not see).
   */
  @Transactional
  public JsonObject export(Municipality municipality, String employeeId, Visibility visibility) {
    Staff.Member member = staff.get(municipality, employeeId, visibility);
    Person person = member.person();
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("format", FORMAT)
            .add("exportedAt", time(clock.instant()))
            .add(
                "municipality",
                JSON.createObjectBuilder()
                    .add("code", municipality.code())
                    .add("name", municipality.name()));
    JsonObjectBuilder who =
        JSON.createObjectBuilder()
            .add("employeeId", person.employeeId())
            .add("fullName", person.fullName());
    person.email().ifPresentOrElse(e -> who.add("email", e), () -> who.addNull("email"));
    json.add("person", who.add("recordedSince", time(person.createdAt())));
    json.add("employments", employments(member));
    json.add("identities", identities(member));
    json.add("completions", completions(progress.completionsOf(municipality, person)));
    json.add("registrations", registrations(municipality, person));
    json.add("attendances", attendances(person));
    json.add("superUserRoles", roles(municipality, employeeId, visibility));
    json.add("certificates", certificates(person));
    json.add("statements", statements(municipality, member));
    json.add("recordViews", views(municipality, employeeId));
    return json.build();
  }

  private static JsonArrayBuilder employments(Staff.Member member) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (Employment e : member.employments()) {
      JsonObjectBuilder row =
          JSON.createObjectBuilder()
              .add("unitCode", e.unit().code())
              .add("unitName", e.unit().name())
              .add("positionCode", e.positionCode())
              .add("positionTitle", e.positionTitle())
              .add("employmentPercent", e.employmentPercent())
              .add("shiftPattern", e.shiftPattern().name())
              .add("employmentKind", e.employmentKind().name())
              .add("startDate", e.startDate().toString());
      e.endDate()
          .ifPresentOrElse(d -> row.add("endDate", d.toString()), () -> row.addNull("endDate"));
      list.add(row);
    }
    return list;
  }

  private static JsonArrayBuilder identities(Staff.Member member) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (PersonIdentity i : member.identities()) {
      list.add(JSON.createObjectBuilder().add("kind", i.kind().name()).add("value", i.value()));
    }
    return list;
  }

  private static JsonObjectBuilder completions(Completions completions) {
    JsonArrayBuilder courses = JSON.createArrayBuilder();
    completions
        .courses()
        .forEach(
            c -> {
              JsonObjectBuilder row =
                  JSON.createObjectBuilder()
                      .add("courseCode", c.courseCode())
                      .add("completedAt", time(c.completedAt()))
                      .add("basis", c.basis().name())
                      .add("evidenceStatementId", c.statementId());
              c.version().ifPresentOrElse(v -> row.add("version", v), () -> row.addNull("version"));
              courses.add(row);
            });
    JsonArrayBuilder modules = JSON.createArrayBuilder();
    completions
        .modules()
        .forEach(
            m ->
                modules.add(
                    JSON.createObjectBuilder()
                        .add("courseCode", m.courseCode())
                        .add("moduleCode", m.moduleCode())
                        .add("completedAt", time(m.completedAt()))
                        .add("evidenceStatementId", m.statementId())));
    return JSON.createObjectBuilder().add("courses", courses).add("modules", modules);
  }

  private JsonArrayBuilder registrations(Municipality municipality, Person person) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (ManualRegistration r : registrations.of(municipality, person)) {
      JsonObjectBuilder row =
          JSON.createObjectBuilder()
              .add("statementId", r.statementId())
              .add("courseCode", r.courseCode())
              .add("completedOn", r.completedOn().toString())
              .add("reason", r.reason())
              .add("registeredBy", r.registeredBy())
              .add("registeredAt", time(r.registeredAt()));
      r.moduleCode()
          .ifPresentOrElse(m -> row.add("moduleCode", m), () -> row.addNull("moduleCode"));
      r.withdrawal()
          .ifPresentOrElse(
              w ->
                  row.add(
                      "withdrawal",
                      JSON.createObjectBuilder()
                          .add("by", w.by())
                          .add("at", time(w.at()))
                          .add("reason", w.reason())),
              () -> row.addNull("withdrawal"));
      list.add(row);
    }
    return list;
  }

  private JsonArrayBuilder attendances(Person person) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (SessionAttendance a : attendances.of(person)) {
      list.add(
          JSON.createObjectBuilder()
              .add("cohort", a.session().cohort().name())
              .add("sessionNumber", a.session().number())
              .add("sessionTitle", a.session().title())
              .add("sessionStartsAt", time(a.session().startsAt()))
              .add("method", a.method().name())
              .add("recordedBy", a.recordedBy())
              .add("recordedAt", time(a.recordedAt()))
              .add("statementId", a.statementId()));
    }
    return list;
  }

  private JsonArrayBuilder roles(
      Municipality municipality, String employeeId, Visibility visibility) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (Appointments.Assessed assessed :
        appointments.list(
            municipality,
            new Appointments.Filter(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(employeeId)),
            visibility)) {
      SuperUserAppointment a = assessed.appointment();
      JsonObjectBuilder row =
          JSON.createObjectBuilder()
              .add("technology", a.technology())
              .add("unitCode", a.unit().code())
              .add("unitName", a.unit().name())
              .add("from", a.period().from().toString())
              .add("appointedBy", a.appointedBy())
              .add("appointedAt", time(a.appointedAt()))
              .add("statementId", a.statementId());
      a.period()
          .to()
          .map(LocalDate::toString)
          .ifPresentOrElse(t -> row.add("to", t), () -> row.addNull("to"));
      list.add(row);
    }
    return list;
  }

  private JsonArrayBuilder certificates(Person person) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (Certificate c : certificates.of(person)) {
      list.add(
          JSON.createObjectBuilder()
              .add("courseCode", c.courseCode())
              .add("courseTitle", c.courseTitle())
              .add("fullName", c.fullName())
              .add("completedOn", c.completedOn().toString())
              .add("verificationCode", c.verificationCode())
              .add("firstIssuedAt", time(c.firstIssuedAt()))
              .add("timesIssued", c.timesIssued()));
    }
    return list;
  }

  private JsonArrayBuilder statements(Municipality municipality, Staff.Member member) {
    Set<String> keys = new LinkedHashSet<>();
    for (PersonIdentity i : member.identities()) {
      keys.add(
          switch (i.kind()) {
            case MBOX -> "mbox|" + i.value();
            case MBOX_SHA1SUM -> "mbox_sha1sum|" + i.value();
            // Stored as "homePage name" (any LMS's homePage, the name lower-cased): an actor
            // whose name differs from it only in case is not found here.
            case ACCOUNT ->
                "account|" + i.homePage().orElse(municipality.accountHomePage()) + "|" + i.name();
          });
    }
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (StatementResults.HeldStatement held : statements.about(municipality.id(), keys)) {
      list.add(
          JSON.createObjectBuilder()
              .add("stored", time(held.stored()))
              .add("voided", held.voided())
              .add("statement", Json.createReader(new StringReader(held.json())).readObject()));
    }
    return list;
  }

  private JsonArrayBuilder views(Municipality municipality, String employeeId) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (RecordViews.View v :
        recordViews.of(municipality.id(), Optional.of(employeeId), Optional.empty(), VIEWS)) {
      list.add(
          JSON.createObjectBuilder()
              .add("viewedBy", v.viewedBy())
              .add("viewedAt", time(v.viewedAt()))
              .add("request", v.request()));
    }
    return list;
  }

  private static String time(Instant instant) {
    return Timestamps.format(instant.atOffset(ZoneOffset.UTC));
  }
}
