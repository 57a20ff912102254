package no.abctracker.training.cohorts.boundary;

import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.abctracker.training.cohorts.control.CheckIns;
import no.abctracker.training.cohorts.control.CohortDraft;
import no.abctracker.training.cohorts.control.EnrolmentRule;
import no.abctracker.training.cohorts.control.SessionDraft;
import no.abctracker.training.cohorts.entity.AbcContact;
import no.abctracker.training.cohorts.entity.CohortTerms;
import no.abctracker.training.cohorts.entity.SessionKind;
import no.abctracker.training.organisation.entity.ShiftPattern;
import no.abctracker.xapi.model.StrictJson;

/** The request bodies of the cohort API, read into the controls' drafts (400 naming each fault). */
public final class CohortRequests {

  /** Most persons one request may enrol or mark as attended. */
  static final int MAX_PERSONS = 5000;

  private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
  private static final String PHONE = "\\+?[0-9][0-9 ()-]{2,39}";

  private CohortRequests() {}

  /**
   * {name, description?, courseCode, versionCode, startDate, endDate, abcContact?: {name, email?,
   * phone?}, facilitators?: [username]}.
   */
  public static CohortDraft cohort(JsonStructure body) {
    JsonInput input = JsonInput.of(body);
    String name = input.text("name", 200);
    Optional<String> description = input.optionalText("description", 2000);
    String courseCode = input.text("courseCode", 40);
    String versionCode = input.text("versionCode", 40);
    LocalDate startDate = input.date("startDate");
    LocalDate endDate = input.date("endDate");
    if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
      input.problem("endDate", endDate + " is before startDate " + startDate);
    }
    Optional<AbcContact> contact = input.object("abcContact").map(CohortRequests::contact);
    List<String> facilitators = input.strings("facilitators", false, 50, 100);
    input.done();
    return new CohortDraft(
        new CohortTerms(name, description, courseCode, versionCode, startDate, endDate, contact),
        new LinkedHashSet<>(facilitators));
  }

  /** {number?, kind, title, startsAt, endsAt, location?, moduleCodes?: [code]}. */
  public static SessionDraft session(JsonStructure body) {
    JsonInput input = JsonInput.of(body);
    Optional<Integer> number = input.optionalInt("number", 1, 100);
    SessionKind kind = input.choice("kind", SessionKind.class);
    String title = input.text("title", 200);
    LocalDateTime startsAt = input.dateTime("startsAt");
    LocalDateTime endsAt = input.dateTime("endsAt");
    Optional<String> location = input.optionalText("location", 200);
    Set<String> modules = new LinkedHashSet<>(input.strings("moduleCodes", false, 100, 40));
    input.done();
    return new SessionDraft(number, kind, title, startsAt, endsAt, location, modules);
  }

  /** {employeeIds: [id, ...]}. */
  public static List<String> employeeIds(JsonStructure body) {
    JsonInput input = JsonInput.of(body);
    List<String> ids = input.strings("employeeIds", true, MAX_PERSONS, 50);
    input.done();
    return ids;
  }

  /** {unitCode?, shiftPattern?, positionCode?}, at least one. */
  public static EnrolmentRule enrolmentRule(JsonStructure body) {
    JsonInput input = JsonInput.of(body);
    Optional<String> unitCode = input.optionalText("unitCode", 50);
    Optional<ShiftPattern> shiftPattern = input.optionalChoice("shiftPattern", ShiftPattern.class);
    Optional<String> positionCode = input.optionalText("positionCode", 10);
    input.done();
    return new EnrolmentRule(unitCode, shiftPattern, positionCode);
  }

  /** An optional body {minutes?}: how long the check-in code is valid. */
  public static Optional<Integer> checkInMinutes(String body) {
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    JsonInput input =
        JsonInput.of(StrictJson.read(body, "The body", JsonValue.ValueType.OBJECT).asJsonObject());
    Optional<Integer> minutes = input.optionalInt("minutes", 1, CheckIns.MAX_MINUTES);
    input.done();
    return minutes;
  }

  /** {code}: what a staff member typed or scanned. */
  static String checkInCode(JsonStructure body) {
    JsonInput input = JsonInput.of(body);
    String code = input.text("code", 40);
    input.done();
    return code;
  }

  private static AbcContact contact(JsonInput input) {
    String name = input.text("name", 200);
    Optional<String> email = input.optionalText("email", 320);
    Optional<String> phone = input.optionalText("phone", 40);
    email
        .filter(e -> !e.matches(EMAIL))
        .ifPresent(e -> input.problem("email", "'" + e + "' is not an e-mail address"));
    phone
        .filter(p -> !p.matches(PHONE))
        .ifPresent(p -> input.problem("phone", "'" + p + "' is not a phone number"));
    if (email.isEmpty() && phone.isEmpty()) {
      input.problem("email", "an ABC contact needs an e-mail address or a phone number");
    }
    if (name == null
        || (email.isEmpty() && phone.isEmpty())
        || email.filter(e -> !e.matches(EMAIL)).isPresent()
        || phone.filter(p -> !p.matches(PHONE)).isPresent()) {
      return null;
    }
    return new AbcContact(name, email.orElse(null), phone.orElse(null));
  }
}
