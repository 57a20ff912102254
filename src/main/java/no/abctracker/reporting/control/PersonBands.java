package no.abctracker.reporting.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.abctracker.reporting.entity.EmploymentBand;

/**
 * Each person's employment band on a day, from the sum of the percents of all their employments
 * active that day, in every unit of the municipality: a person's band is a fact about the person,
 * so it does not change with the unit a report is limited to (the FTE of a unit's row still sums
 * only the employments in that unit).
 */
final class PersonBands {

  private final Map<Long, EmploymentBand> bands;

  private PersonBands(Map<Long, EmploymentBand> bands) {
    this.bands = bands;
  }

  static PersonBands on(LocalDate day, List<CountedEmployment> employments) {
    Map<Long, BigDecimal> sums = new HashMap<>();
    for (CountedEmployment e : employments) {
      if (e.activeOn(day)) {
        sums.merge(e.personId(), e.percent(), BigDecimal::add);
      }
    }
    Map<Long, EmploymentBand> bands = new HashMap<>();
    sums.forEach((person, sum) -> bands.put(person, EmploymentBand.of(sum)));
    return new PersonBands(bands);
  }

  /** The band of the person holding this employment (which must be active on the day). */
  EmploymentBand of(CountedEmployment employment) {
    EmploymentBand band = bands.get(employment.personId());
    if (band == null) {
      throw new IllegalArgumentException(
          "Employment of person " + employment.personId() + " is not active on the band's day");
    }
    return band;
  }
}
