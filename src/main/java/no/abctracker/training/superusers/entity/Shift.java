package no.abctracker.training.superusers.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import no.abctracker.kernel.Language;
import no.abctracker.training.organisation.entity.ShiftPattern;

/**
 * A shift a unit runs and that needs super-user cover: weekday day, evening, night and weekend day,
 * evening.
 */
public enum Shift {
  DAY(Map.of("nb-NO", "dag", "en", "day"), Map.of("nb-NO", "på dag", "en", "on days")),
  EVENING(
      Map.of("nb-NO", "kveld", "en", "evening"), Map.of("nb-NO", "på kveld", "en", "on evenings")),
  NIGHT(Map.of("nb-NO", "natt", "en", "night"), Map.of("nb-NO", "på natt", "en", "on nights")),
  WEEKEND_DAY(
      Map.of("nb-NO", "helgedag", "en", "weekend day"),
      Map.of("nb-NO", "på dag i helgene", "en", "on weekend days")),
  WEEKEND_EVENING(
      Map.of("nb-NO", "helgekveld", "en", "weekend evening"),
      Map.of("nb-NO", "på kveld i helgene", "en", "on weekend evenings"));

  private final Map<String, String> label;
  private final Map<String, String> phrase;

  Shift(Map<String, String> label, Map<String, String> phrase) {
    this.label = label;
    this.phrase = phrase;
  }

  public String label(Language language) {
    return language.of(label);
  }

  /** The shift as it ends a sentence: "… for medicine dispensers on nights". */
  public String phrase(Language language) {
    return language.of(phrase);
  }

  /**
   * The shifts a rota covers. Only DAY is weekdays only; rotations work weekends too (a turnus has
   * every third or so weekend): TWO_SHIFT and LONG_SHIFT → day, evening, weekend day, weekend
   * evening; THREE_SHIFT → those and night; NIGHT → night; WEEKEND → weekend day and evening. There
   * is one night cell for every night of the week, weekends included.
   */
  public static Set<Shift> coveredBy(ShiftPattern pattern) {
    return switch (pattern) {
      case DAY -> EnumSet.of(DAY);
      case TWO_SHIFT, LONG_SHIFT -> EnumSet.of(DAY, EVENING, WEEKEND_DAY, WEEKEND_EVENING);
      case THREE_SHIFT -> EnumSet.of(DAY, EVENING, NIGHT, WEEKEND_DAY, WEEKEND_EVENING);
      case NIGHT -> EnumSet.of(NIGHT);
      case WEEKEND -> EnumSet.of(WEEKEND_DAY, WEEKEND_EVENING);
    };
  }
}
