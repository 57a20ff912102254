package no.abctracker.training.superusers.control;

import java.util.List;
import no.abctracker.kernel.Language;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.superusers.control.CoverageMatrix.Finding;
import no.abctracker.training.superusers.control.CoverageMatrix.Gap;
import no.abctracker.training.superusers.control.CoverageMatrix.NotQualified;
import no.abctracker.training.superusers.control.CoverageMatrix.NotWorkingInUnit;
import no.abctracker.training.superusers.entity.Technology;

/**
 * Turns coverage findings into one sentence each that a coordinator can act on, in Bokmål or
 * English: "Sykehjemmet har ingen kvalifisert superbruker for medisindispenser på natt".
 */
public final class CoverageActions {

  private final Technologies technologies;

  public CoverageActions(Technologies technologies) {
    this.technologies = technologies;
  }

  public String text(Finding finding, Language language) {
    Technology technology = technologies.get(finding.technology());
    String unit = finding.unit().name();
    String what = technology.phrase(language);
    if (finding instanceof Gap gap) {
      return gap(gap, unit, what, language);
    }
    if (finding instanceof NotQualified missing) {
      return notQualified(missing, unit, what, language);
    }
    NotWorkingInUnit away = (NotWorkingInUnit) finding;
    return language == Language.EN
        ? away.appointee().fullName()
            + " is super-user for "
            + what
            + " in "
            + unit
            + " but has no active employment there, so covers no shift"
        : away.appointee().fullName()
            + " er superbruker for "
            + what
            + " i "
            + unit
            + ", men har ingen aktiv stilling der og dekker ingen vakter";
  }

  private static String gap(Gap gap, String unit, String what, Language language) {
    String shift = gap.shift().phrase(language);
    if (language == Language.EN) {
      return gap.count() == 0
          ? unit + " has no qualified super-user for " + what + " " + shift
          : unit
              + " has "
              + gap.count()
              + " of "
              + gap.required()
              + " qualified super-users for "
              + what
              + " "
              + shift;
    }
    return gap.count() == 0
        ? unit + " har ingen kvalifisert superbruker for " + what + " " + shift
        : unit
            + " har "
            + gap.count()
            + " av "
            + gap.required()
            + " kvalifiserte superbrukere for "
            + what
            + " "
            + shift;
  }

  private static String notQualified(
      NotQualified missing, String unit, String what, Language language) {
    List<String> titles =
        missing.appointee().qualification().missing().stream()
            .map(Course::title)
            .map(language::of)
            .toList();
    String name = missing.appointee().fullName();
    return language == Language.EN
        ? name
            + " lacks "
            + list(titles, "and")
            + " to be a qualified super-user for "
            + what
            + " in "
            + unit
        : name
            + " mangler "
            + list(titles, "og")
            + " for å være kvalifisert superbruker for "
            + what
            + " i "
            + unit;
  }

  /** "A", "A og B", "A, B og C". */
  static String list(List<String> items, String and) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " "
        + and
        + " "
        + items.get(items.size() - 1);
  }
}
