package no.abctracker.certificates.control;

import java.util.Map;
import java.util.Optional;
import no.abctracker.certificates.entity.CourseCompletion;
import no.abctracker.training.courses.entity.CompletionRule;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.courses.entity.CourseVersion;

/**
 * How a certificate says the course was completed, in Bokmål and English: the course version and
 * its rule, e.g. "Heftebasert gruppekurs (2016), oppmøte på minst 4 av 5 samlinger".
 */
public final class CompletionBasis {

  private CompletionBasis() {}

  /** The sentence in {@code language} ({@code nb-NO} or {@code en}). */
  public static String describe(CourseCompletion completion, Course course, String language) {
    boolean english = language.startsWith("en");
    Optional<CourseVersion> version = completion.versionCode().flatMap(course::version);
    Optional<String> title = version.map(v -> text(v.title(), language));
    String how =
        switch (completion.basis()) {
          case "ATTENDANCE" -> attendance(version, english);
          case "MODULES" ->
              english
                  ? "all mandatory modules completed"
                  : "alle obligatoriske moduler gjennomført";
          case "REGISTERED" ->
              english ? "registered by the municipality" : "registrert av kommunen";
          default -> completion.basis().toLowerCase(java.util.Locale.ROOT);
        };
    return title.map(t -> t + ", " + how).orElse(capitalised(how));
  }

  private static String attendance(Optional<CourseVersion> version, boolean english) {
    return version
        .map(CourseVersion::completion)
        .filter(CompletionRule.Attendance.class::isInstance)
        .map(CompletionRule.Attendance.class::cast)
        .map(
            rule ->
                english
                    ? "attended at least "
                        + rule.requiredSessions()
                        + " of "
                        + rule.sessions()
                        + " gatherings"
                    : "oppmøte på minst "
                        + rule.requiredSessions()
                        + " av "
                        + rule.sessions()
                        + " samlinger")
        .orElse(english ? "completed by attendance" : "gjennomført ved oppmøte");
  }

  private static String text(Map<String, String> map, String language) {
    return map.getOrDefault(language, map.values().stream().findFirst().orElse(""));
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
