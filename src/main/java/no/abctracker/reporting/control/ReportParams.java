package no.abctracker.reporting.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.MessageKey;
import no.abctracker.reporting.entity.EmploymentBand;
import no.abctracker.reporting.entity.Grouping;
import no.abctracker.reporting.entity.PersonStatus;
import no.abctracker.training.organisation.entity.EmploymentKind;
import no.abctracker.training.organisation.entity.ShiftPattern;

/**
 * Reads the reports' parameters, answering 400 with the name of what is wrong: the same rules for
 * the REST API and the pages.
 */
public final class ReportParams {

  private ReportParams() {}

  public static Optional<String> text(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  public static String course(String value) {
    return text(value).orElseThrow(() -> new BadRequest("course: required (e.g. course=ABC)"));
  }

  public static Optional<LocalDate> date(String name, String value) {
    return text(value)
        .map(
            v -> {
              try {
                return LocalDate.parse(v);
              } catch (DateTimeParseException e) {
                throw new BadRequest(MessageKey.PARAMETER_DATE_INVALID, name, v);
              }
            });
  }

  public static Grouping grouping(String value) {
    return text(value)
        .map(
            v ->
                Grouping.parse(v)
                    .orElseThrow(
                        () ->
                            new BadRequest(
                                "groupBy: one of "
                                    + Arrays.stream(Grouping.values())
                                        .map(Grouping::parameter)
                                        .toList()
                                    + ", not '"
                                    + v
                                    + "'")))
        .orElse(Grouping.UNIT);
  }

  public static OptionalInt minCell(String value) {
    Optional<String> text = text(value);
    if (text.isEmpty()) {
      return OptionalInt.empty();
    }
    if (!text.get().matches("\\d{1,4}")) {
      throw new BadRequest(
          "minCell: a whole number of persons from 0 to 9999, not '" + value + "'");
    }
    return OptionalInt.of(Integer.parseInt(text.get()));
  }

  /** An optional value out of a fixed set, by its parameter spelling. */
  public static <T> Optional<T> oneOf(
      String name, String value, Function<String, Optional<T>> parse, Object[] allowed) {
    return text(value)
        .map(
            v ->
                parse
                    .apply(v)
                    .orElseThrow(
                        () ->
                            new BadRequest(
                                name
                                    + ": one of "
                                    + Arrays.toString(allowed)
                                    + ", not '"
                                    + v
                                    + "'")));
  }

  /** An optional constant of {@code type}, spelt as its name (DAY, ON_CALL). */
  public static <E extends Enum<E>> Optional<E> constant(String name, String value, Class<E> type) {
    E[] all = type.getEnumConstants();
    return oneOf(
        name, value, v -> Arrays.stream(all).filter(c -> c.name().equals(v)).findFirst(), all);
  }

  /** The gap list's filters from their parameters (absent or blank = any). */
  public static CoverageReports.PeopleFilter peopleFilter(
      String shiftPattern, String band, String positionCode, String kind) {
    return new CoverageReports.PeopleFilter(
        constant("shift_pattern", shiftPattern, ShiftPattern.class),
        oneOf(
            "employment_band",
            band,
            EmploymentBand::parse,
            Arrays.stream(EmploymentBand.values()).map(EmploymentBand::key).toArray()),
        text(positionCode),
        constant("employment_kind", kind, EmploymentKind.class));
  }

  /** Which persons a people list holds; default those who have not completed. */
  public static PersonStatus status(String value) {
    return oneOf(
            "status",
            value,
            PersonStatus::parse,
            Arrays.stream(PersonStatus.values()).map(PersonStatus::parameter).toArray())
        .orElse(PersonStatus.NOT_COMPLETED);
  }

  /** The order of a people list; default by unit. */
  public static CoverageReports.PeopleOrder order(String value) {
    return oneOf(
            "sort",
            value,
            CoverageReports.PeopleOrder::parse,
            Arrays.stream(CoverageReports.PeopleOrder.values())
                .map(CoverageReports.PeopleOrder::parameter)
                .toArray())
        .orElse(CoverageReports.PeopleOrder.UNIT);
  }

  /** {@code order=desc}; {@code asc} or absent is ascending. */
  public static boolean descending(String value) {
    return oneOf(
            "order",
            value,
            v -> Optional.of(v).filter(o -> o.equals("asc") || o.equals("desc")),
            new Object[] {"asc", "desc"})
        .map("desc"::equals)
        .orElse(false);
  }
}
