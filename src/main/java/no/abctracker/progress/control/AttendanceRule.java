package no.abctracker.progress.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.abctracker.progress.entity.Basis;
import no.abctracker.progress.entity.CourseCompletion;
import no.abctracker.progress.entity.Evidence;
import no.abctracker.progress.entity.EvidenceKind;
import no.abctracker.progress.entity.ScheduledSession;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.courses.entity.CompletionRule;
import no.abctracker.training.courses.entity.CourseVersion;

/**
 * The attendance rule of a group-based course version, as a pure function of one person's
 * attendance evidence and the sessions it names: in a cohort whose version is completed by {@link
 * CompletionRule.Attendance}, the course is completed once the person attended at least {@code
 * ceil(minimumAttendancePercent × the cohort's sessions / 100)} distinct sessions of it (4 of 5 at
 * 80 %, as {@link CompletionRule.Attendance#requiredSessions()} and the cohort's page say), at the
 * timestamp of the attendance that reached that number (attendances in time order; a session
 * attended twice counts once, from its first statement), with that statement as evidence and the
 * cohort's version. Of several cohorts of one course, the earliest completion wins.
 *
 * <p>Attendance at a session that is no longer scheduled, in a cohort whose course or version the
 * catalogue no longer has, or whose version is completed by modules, completes nothing; voided
 * evidence never counts.
 */
final class AttendanceRule {

  private AttendanceRule() {}

  /** The course completions by attendance, by course code. */
  static Map<String, CourseCompletion> completions(
      List<Evidence> evidence, Map<String, ScheduledSession> sessions, CourseCatalogue catalogue) {
    Map<Long, Map<String, Evidence>> firstPerSessionByCohort = new HashMap<>();
    for (Evidence e : evidence) {
      if (e.kind() != EvidenceKind.ATTENDANCE || e.voided()) {
        continue;
      }
      ScheduledSession session = sessions.get(e.activityId());
      if (session == null) {
        continue;
      }
      firstPerSessionByCohort
          .computeIfAbsent(session.cohortId(), c -> new HashMap<>())
          .merge(session.activityId(), e, (a, b) -> b.isBefore(a) ? b : a);
    }
    Map<String, CourseCompletion> completions = new HashMap<>();
    for (Map<String, Evidence> attended : firstPerSessionByCohort.values()) {
      ScheduledSession any = sessions.get(attended.keySet().iterator().next());
      required(any, catalogue)
          .filter(required -> attended.size() >= required)
          .map(
              required -> {
                List<Evidence> inTimeOrder = new ArrayList<>(attended.values());
                inTimeOrder.sort((a, b) -> a.isBefore(b) ? -1 : b.isBefore(a) ? 1 : 0);
                Evidence reached = inTimeOrder.get(required - 1);
                return new CourseCompletion(
                    any.courseCode(),
                    reached.occurredAt(),
                    Basis.ATTENDANCE,
                    any.versionCode(),
                    reached.statementId());
              })
          .ifPresent(c -> completions.merge(c.courseCode(), c, CourseCompletion::earlier));
    }
    return completions;
  }

  /** How many sessions of the cohort complete its version, if attendance completes it at all. */
  static Optional<Integer> required(ScheduledSession session, CourseCatalogue catalogue) {
    return catalogue
        .find(session.courseCode())
        .flatMap(course -> course.version(session.versionCode()))
        .map(CourseVersion::completion)
        .filter(CompletionRule.Attendance.class::isInstance)
        .map(CompletionRule.Attendance.class::cast)
        .map(
            rule ->
                new CompletionRule.Attendance(
                        session.cohortSessions(), rule.minimumAttendancePercent())
                    .requiredSessions());
  }
}
