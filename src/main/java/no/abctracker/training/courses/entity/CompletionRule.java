package no.abctracker.training.courses.entity;

/** When a participant has completed a course version. */
public sealed interface CompletionRule
    permits CompletionRule.MandatoryModules, CompletionRule.Attendance {

  /** The name used in profiles and in the API. */
  String name();

  /** Completed when every mandatory module of the course is completed. */
  record MandatoryModules() implements CompletionRule {
    public String name() {
      return "MANDATORY_MODULES";
    }
  }

  /**
   * Completed (a course certificate, "kursbevis") when the participant attended at least {@code
   * minimumAttendancePercent} % of the {@code sessions} gatherings.
   */
  record Attendance(int sessions, int minimumAttendancePercent) implements CompletionRule {

    public Attendance {
      if (sessions < 1) {
        throw new IllegalArgumentException("sessions must be at least 1, was " + sessions);
      }
      if (minimumAttendancePercent < 1 || minimumAttendancePercent > 100) {
        throw new IllegalArgumentException(
            "minimumAttendancePercent must be 1-100, was " + minimumAttendancePercent);
      }
    }

    public String name() {
      return "ATTENDANCE";
    }

    /** The fewest gatherings that satisfy the rule: 4 of 5 at 80 %. */
    public int requiredSessions() {
      return (sessions * minimumAttendancePercent + 99) / 100;
    }

    public boolean isMetBy(int attendedSessions) {
      return attendedSessions >= requiredSessions();
    }
  }
}
