package no.abctracker.training.organisation.control;

import java.time.ZoneId;

/** Facts shared by the organisation's controls. */
public final class Organisation {

  /** Dates of employments and imports are Norwegian calendar dates. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

  private Organisation() {}
}
