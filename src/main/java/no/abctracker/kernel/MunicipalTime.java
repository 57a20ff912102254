package no.abctracker.kernel;

import java.time.ZoneId;

/**
 * Norwegian municipalities' wall-clock time: dates of employments, imports, sessions, reports and
 * certificates are calendar dates in Europe/Oslo.
 */
public final class MunicipalTime {

  public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

  private MunicipalTime() {}
}
