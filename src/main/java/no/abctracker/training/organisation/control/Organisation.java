package no.abctracker.training.organisation.control;

import java.time.ZoneId;
import no.abctracker.kernel.MunicipalTime;

/** Facts shared by the organisation's controls. */
public final class Organisation {

  /**
   * Dates of employments and imports are Norwegian calendar dates: {@link MunicipalTime#ZONE}, by
   * this older name for its many callers.
   */
  public static final ZoneId ZONE = MunicipalTime.ZONE;

  private Organisation() {}
}
