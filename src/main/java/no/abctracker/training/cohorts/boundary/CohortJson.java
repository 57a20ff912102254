package no.abctracker.training.cohorts.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.util.Comparator;
import no.abctracker.access.entity.UserAccount;
import no.abctracker.training.cohorts.control.Attendances;
import no.abctracker.training.cohorts.control.CheckIns;
import no.abctracker.training.cohorts.control.CohortViews;
import no.abctracker.training.cohorts.control.EnrolmentOutcome;
import no.abctracker.training.cohorts.control.SessionSchedule;
import no.abctracker.training.cohorts.entity.CheckInCode;
import no.abctracker.training.cohorts.entity.Cohort;
import no.abctracker.training.cohorts.entity.CohortSession;
import no.abctracker.training.cohorts.entity.SessionAttendance;
import no.abctracker.training.organisation.entity.Person;

/**
 * The JSON of cohorts, sessions, members and attendance. Session times are Norwegian wall-clock
 * times without offset (as the API takes them); moments such as {@code enrolledAt} are UTC.
 */
final class CohortJson {

  private CohortJson() {}

  static JsonObject of(CohortViews.CohortSummary summary) {
    JsonObjectBuilder json = cohort(summary.cohort());
    json.add("access", summary.access().level().name())
        .add("memberCount", summary.members())
        .add("sessionCount", summary.sessions());
    summary.nextSession().ifPresent(s -> json.add("nextSession", session(s).build()));
    return json.build();
  }

  static JsonObject of(CohortViews.CohortDetail detail) {
    Cohort cohort = detail.cohort();
    JsonObjectBuilder json = cohort(cohort);
    json.add("access", detail.access().level().name());
    cohort.description().ifPresent(d -> json.add("description", d));
    cohort
        .contact()
        .ifPresent(
            c -> {
              JsonObjectBuilder contact = Json.createObjectBuilder().add("name", c.name());
              c.email().ifPresent(e -> contact.add("email", e));
              c.phone().ifPresent(p -> contact.add("phone", p));
              json.add("abcContact", contact);
            });
    json.add("createdBy", cohort.createdBy()).add("createdAt", cohort.createdAt().toString());
    detail
        .attendanceRule()
        .ifPresent(
            rule ->
                json.add(
                    "attendanceRule",
                    Json.createObjectBuilder()
                        .add("minimumAttendancePercent", rule.minimumAttendancePercent())
                        .add("requiredSessions", rule.requiredSessions())));
    JsonArrayBuilder sessions = Json.createArrayBuilder();
    detail
        .sessions()
        .forEach(s -> sessions.add(session(s.session()).add("attendedCount", s.attended())));
    json.add("sessions", sessions);
    JsonArrayBuilder members = Json.createArrayBuilder();
    int scheduled = detail.sessions().size();
    for (CohortViews.MemberProgress progress : detail.members()) {
      JsonArrayBuilder numbers = Json.createArrayBuilder();
      progress.attendedSessions().forEach(numbers::add);
      JsonObjectBuilder member =
          person(progress.member().person())
              .add("enrolledAt", progress.member().enrolledAt().toString())
              .add("enrolledBy", progress.member().enrolledBy())
              .add("attended", progress.attendedSessions().size())
              .add("scheduled", scheduled)
              .add("attendedSessions", numbers);
      detail
          .attendanceRule()
          .ifPresent(
              rule ->
                  member.add(
                      "attendanceRuleMet", rule.isMetBy(progress.attendedSessions().size())));
      members.add(member);
    }
    return json.add("memberCount", detail.members().size()).add("members", members).build();
  }

  static JsonObject of(CohortSession session) {
    return session(session).build();
  }

  static JsonObject of(CohortViews.SessionRoll roll) {
    JsonArrayBuilder attended = Json.createArrayBuilder();
    roll.attended().forEach(a -> attended.add(attendance(a)));
    JsonArrayBuilder notRecorded = Json.createArrayBuilder();
    roll.notRecorded().forEach(p -> notRecorded.add(person(p)));
    return Json.createObjectBuilder()
        .add("cohortId", roll.cohort().publicId())
        .add("session", session(roll.session()))
        .add("attended", attended)
        .add("notRecorded", notRecorded)
        .build();
  }

  static JsonObject of(EnrolmentOutcome outcome) {
    JsonArrayBuilder leftOut = Json.createArrayBuilder();
    for (EnrolmentOutcome.LeftOut left : outcome.leftOut()) {
      leftOut.add(
          Json.createObjectBuilder()
              .add("employeeId", left.employeeId())
              .add("reason", left.reason().name()));
    }
    return Json.createObjectBuilder()
        .add("matched", outcome.matched())
        .add("added", outcome.added())
        .add("alreadyEnrolled", outcome.alreadyEnrolled())
        .add("leftOut", leftOut)
        .build();
  }

  static JsonObject of(Attendances.Outcome outcome) {
    return Json.createObjectBuilder()
        .add("added", outcome.added())
        .add("alreadyRecorded", outcome.alreadyRecorded())
        .build();
  }

  static JsonObject of(Attendances.CheckedIn checkedIn) {
    CohortSession session = checkedIn.attendance().session();
    return Json.createObjectBuilder()
        .add("newlyRecorded", checkedIn.newlyRecorded())
        .add("cohortId", session.cohort().publicId())
        .add("cohortName", session.cohort().name())
        .add("session", session(session))
        .add("attendance", attendance(checkedIn.attendance()))
        .build();
  }

  /** An open check-in: the code, until when, and the page URL its QR code shows. */
  static JsonObject of(CheckInCode code, URI applicationBase, URI qrImage) {
    return Json.createObjectBuilder()
        .add("code", code.code())
        .add("sessionId", code.session().publicId())
        .add("openedBy", code.openedBy())
        .add("openedAt", SessionSchedule.local(code.openedAt()).toString())
        .add("expiresAt", SessionSchedule.local(code.expiresAt()).toString())
        .add("expiresAtUtc", code.expiresAt().toString())
        .add("url", CheckIns.pageUrl(applicationBase, code.code()).toString())
        .add("qr", qrImage.toString())
        .build();
  }

  static JsonObject of(CohortViews.StaffSchedule schedule) {
    JsonArrayBuilder cohorts = Json.createArrayBuilder();
    for (CohortViews.CohortOfPerson cohort : schedule.cohorts()) {
      cohorts.add(
          cohort(cohort.cohort())
              .add("attended", cohort.attended())
              .add("scheduled", cohort.scheduled()));
    }
    JsonArrayBuilder coming = Json.createArrayBuilder();
    for (CohortViews.ComingSession session : schedule.comingSessions()) {
      coming.add(
          session(session.session())
              .add("cohortId", session.session().cohort().publicId())
              .add("cohortName", session.session().cohort().name())
              .add("attended", session.attended()));
    }
    return person(schedule.person()).add("cohorts", cohorts).add("comingSessions", coming).build();
  }

  private static JsonObjectBuilder cohort(Cohort cohort) {
    JsonArrayBuilder facilitators = Json.createArrayBuilder();
    cohort.facilitators().stream()
        .sorted(Comparator.comparing(UserAccount::username))
        .forEach(
            f ->
                facilitators.add(
                    Json.createObjectBuilder()
                        .add("username", f.username())
                        .add("role", f.role().name())));
    return Json.createObjectBuilder()
        .add("id", cohort.publicId())
        .add("activityId", cohort.activityId())
        .add("name", cohort.name())
        .add("courseCode", cohort.courseCode())
        .add("versionCode", cohort.versionCode())
        .add("startDate", cohort.startDate().toString())
        .add("endDate", cohort.endDate().toString())
        .add("facilitators", facilitators);
  }

  private static JsonObjectBuilder session(CohortSession session) {
    JsonArrayBuilder modules = Json.createArrayBuilder();
    session.moduleCodes().stream().sorted().forEach(modules::add);
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", session.publicId())
            .add("activityId", session.activityId())
            .add("number", session.number())
            .add("kind", session.kind().name())
            .add("title", session.title())
            .add("startsAt", SessionSchedule.local(session.startsAt()).toString())
            .add("endsAt", SessionSchedule.local(session.endsAt()).toString());
    session.location().ifPresent(l -> json.add("location", l));
    return json.add("moduleCodes", modules);
  }

  private static JsonObjectBuilder person(Person person) {
    return Json.createObjectBuilder()
        .add("employeeId", person.employeeId())
        .add("fullName", person.fullName());
  }

  private static JsonObject attendance(SessionAttendance attendance) {
    return person(attendance.person())
        .add("method", attendance.method().name())
        .add("recordedBy", attendance.recordedBy())
        .add("recordedAt", attendance.recordedAt().toString())
        .add("statementId", attendance.statementId())
        .build();
  }
}
