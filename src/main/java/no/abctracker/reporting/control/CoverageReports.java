package no.abctracker.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import no.abctracker.configuration.Settings;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.reporting.entity.CoverageReport;
import no.abctracker.reporting.entity.CoverageTrend;
import no.abctracker.reporting.entity.EmploymentBand;
import no.abctracker.reporting.entity.Grouping;
import no.abctracker.reporting.entity.PeopleList;
import no.abctracker.reporting.entity.PersonStatus;
import no.abctracker.text.NorwegianOrder;
import no.abctracker.training.courses.control.CourseCatalogue;
import no.abctracker.training.courses.entity.Course;
import no.abctracker.training.courses.entity.CourseModule;
import no.abctracker.training.organisation.control.Organisation;
import no.abctracker.training.organisation.control.Units;
import no.abctracker.training.organisation.control.Visibility;
import no.abctracker.training.organisation.entity.EmploymentKind;
import no.abctracker.training.organisation.entity.ShiftPattern;

/**
 * The coverage report, its trend and the people behind its figures, for what a caller may see. Each
 * loads the employments once and counts in memory; see {@link CoverageCalculator} for the rules.
 */
@ApplicationScoped
public class CoverageReports {

  /** At most ten years of month ends in one trend. */
  static final int MAX_TREND_POINTS = 121;

  @Inject ReportData data;
  @Inject Units units;
  @Inject CourseCatalogue catalogue;
  @Inject Settings settings;

  /** What a people list is filtered on, besides the unit subtree; empty = any. */
  public record PeopleFilter(
      Optional<ShiftPattern> shiftPattern,
      Optional<EmploymentBand> band,
      Optional<String> positionCode,
      Optional<EmploymentKind> kind) {

    public static final PeopleFilter NONE =
        new PeopleFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    boolean matches(CountedEmployment e, PersonBands bands) {
      return shiftPattern.map(e.shiftPattern()::equals).orElse(true)
          && band.map(bands.of(e)::equals).orElse(true)
          && positionCode.map(e.positionCode()::equals).orElse(true)
          && kind.map(e.kind()::equals).orElse(true);
    }

    List<PeopleList.Filter> described() {
      List<PeopleList.Filter> filters = new ArrayList<>();
      shiftPattern.ifPresent(v -> filters.add(new PeopleList.Filter("shift_pattern", v.name())));
      band.ifPresent(v -> filters.add(new PeopleList.Filter("employment_band", v.key())));
      positionCode.ifPresent(v -> filters.add(new PeopleList.Filter("position_code", v)));
      kind.ifPresent(v -> filters.add(new PeopleList.Filter("employment_kind", v.name())));
      return filters;
    }
  }

  /** The order of a people list. */
  public enum PeopleOrder {
    UNIT("unit"),
    NAME("name"),
    EMPLOYEE_ID("employee_id"),
    POSITION_CODE("position_code"),
    SHIFT_PATTERN("shift_pattern"),
    EMPLOYMENT_PERCENT("employment_percent"),
    PROGRESS("progress");

    private final String parameter;

    PeopleOrder(String parameter) {
      this.parameter = parameter;
    }

    public String parameter() {
      return parameter;
    }

    public static Optional<PeopleOrder> parse(String value) {
      return java.util.Arrays.stream(values()).filter(o -> o.parameter.equals(value)).findFirst();
    }

    Comparator<PeopleList.Row> comparator() {
      Comparator<PeopleList.Row> byName =
          NorwegianOrder.by(PeopleList.Row::fullName).thenComparing(PeopleList.Row::employeeId);
      Comparator<PeopleList.Row> first =
          switch (this) {
            case UNIT -> NorwegianOrder.by(PeopleList.Row::unitName);
            case NAME -> byName;
            case EMPLOYEE_ID -> Comparator.comparing(PeopleList.Row::employeeId);
            case POSITION_CODE -> Comparator.comparing(PeopleList.Row::positionCode);
            case SHIFT_PATTERN -> Comparator.comparing(PeopleList.Row::shiftPattern);
            case EMPLOYMENT_PERCENT -> Comparator.comparing(PeopleList.Row::employmentPercent);
            case PROGRESS -> Comparator.comparingInt(PeopleList.Row::modulesDone);
          };
      return first.thenComparing(byName);
    }
  }

  public CoverageReport coverage(
      Municipality municipality,
      Visibility visibility,
      String courseCode,
      Grouping groupBy,
      LocalDate asOf,
      Optional<String> unitCode,
      OptionalInt minCell) {
    return load(municipality, visibility, courseCode, asOf, asOf, unitCode, minCell)
        .report(groupBy, asOf);
  }

  public CoverageTrend trend(
      Municipality municipality,
      Visibility visibility,
      String courseCode,
      Grouping groupBy,
      LocalDate from,
      LocalDate to,
      Optional<String> unitCode,
      OptionalInt minCell) {
    List<LocalDate> dates = monthEnds(from, to);
    return load(municipality, visibility, courseCode, dates.get(0), to, unitCode, minCell)
        .trend(groupBy, from, to, dates);
  }

  /** Several reports as of {@code to} and the trend up to it, as a dashboard shows them. */
  public record Overview(Map<Grouping, CoverageReport> reports, CoverageTrend trend) {}

  /**
   * The whole municipality's (or a unit leader's) reports by each of {@code groupings} as of {@code
   * to}, and the trend by {@code trendBy} from {@code from}: one read of the employments for all.
   */
  public Overview overview(
      Municipality municipality,
      Visibility visibility,
      String courseCode,
      List<Grouping> groupings,
      Grouping trendBy,
      LocalDate from,
      LocalDate to) {
    List<LocalDate> dates = monthEnds(from, to);
    Loaded loaded =
        load(
            municipality,
            visibility,
            courseCode,
            dates.get(0),
            to,
            Optional.empty(),
            OptionalInt.empty());
    Map<Grouping, CoverageReport> reports = new java.util.EnumMap<>(Grouping.class);
    groupings.forEach(g -> reports.put(g, loaded.report(g, to)));
    return new Overview(reports, loaded.trend(trendBy, from, to, dates));
  }

  /** What a report counts, read once: its subject, the units in scope and the employments. */
  private record Loaded(
      CoverageReport.ReportSubject subject,
      ReportScope.Resolved scope,
      List<CountedEmployment> employments) {

    CoverageReport report(Grouping groupBy, LocalDate asOf) {
      CoverageCalculator.Counted counted = count(groupBy, asOf);
      return new CoverageReport(
          subject, asOf, groupBy, counted.total(), counted.totalSuppressed(), counted.rows());
    }

    CoverageTrend trend(Grouping groupBy, LocalDate from, LocalDate to, List<LocalDate> dates) {
      List<CoverageTrend.Point> points = new ArrayList<>();
      for (LocalDate date : dates) {
        CoverageCalculator.Counted counted = count(groupBy, date);
        points.add(
            new CoverageTrend.Point(
                date, counted.total(), counted.totalSuppressed(), counted.rows()));
      }
      return new CoverageTrend(subject, groupBy, from, to, points);
    }

    private CoverageCalculator.Counted count(Grouping groupBy, LocalDate asOf) {
      return CoverageCalculator.count(employments, asOf, groupBy, scope.units(), subject.minCell());
    }
  }

  /** Reads the employments active on some day from {@code from} to {@code to}. */
  private Loaded load(
      Municipality municipality,
      Visibility visibility,
      String courseCode,
      LocalDate from,
      LocalDate to,
      Optional<String> unitCode,
      OptionalInt minCell) {
    Course course = course(courseCode);
    ReportScope.Resolved scope = ReportScope.of(units, municipality, visibility, unitCode);
    return new Loaded(
        subject(municipality, course, scope, minCell),
        scope,
        data.employments(municipality.id(), course.code(), from, to));
  }

  /**
   * Each month end from {@code from} to {@code to}, and {@code to} itself when it is not one (a
   * trend up to today ends today).
   */
  static List<LocalDate> monthEnds(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new BadRequest("from: " + from + " is after to: " + to);
    }
    if (ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1))
        >= MAX_TREND_POINTS - 1) {
      throw new BadRequest(
          "from, to: a trend covers at most " + (MAX_TREND_POINTS - 1) + " months");
    }
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate end = from.with(TemporalAdjusters.lastDayOfMonth());
        !end.isAfter(to);
        end = end.plusDays(1).with(TemporalAdjusters.lastDayOfMonth())) {
      dates.add(end);
    }
    if (dates.isEmpty() || !dates.get(dates.size() - 1).equals(to)) {
      dates.add(to);
    }
    return dates;
  }

  public PeopleList people(
      Municipality municipality,
      Visibility visibility,
      String courseCode,
      LocalDate asOf,
      Optional<String> unitCode,
      PeopleFilter filter,
      PersonStatus status,
      PeopleOrder order,
      boolean descending) {
    Course course = course(courseCode);
    ReportScope.Resolved scope = ReportScope.of(units, municipality, visibility, unitCode);
    LocalDateTime cutoff =
        LocalDateTime.ofInstant(
            asOf.plusDays(1).atStartOfDay(Organisation.ZONE).toInstant(), ZoneOffset.UTC);
    List<CountedEmployment> active = data.employments(municipality.id(), course.code(), asOf, asOf);
    PersonBands bands = PersonBands.on(asOf, active);
    Map<Long, List<CountedEmployment>> byPerson =
        active.stream()
            .filter(e -> scope.units().contains(e.unitId()) && e.activeOn(asOf))
            .filter(e -> filter.matches(e, bands))
            .collect(
                Collectors.groupingBy(
                    CountedEmployment::personId,
                    java.util.LinkedHashMap::new,
                    Collectors.toList()));
    List<String> mandatory = course.mandatoryModules().stream().map(CourseModule::code).toList();
    Map<Long, Integer> modulesDone =
        data.modulesDone(municipality.id(), course.code(), mandatory, cutoff);
    Map<Long, ReportData.PersonName> names =
        data.names(municipality.id(), List.copyOf(byPerson.keySet()));
    java.time.Instant cutoffInstant = cutoff.toInstant(ZoneOffset.UTC);
    List<PeopleList.Row> rows = new ArrayList<>();
    byPerson.forEach(
        (personId, employments) -> {
          CountedEmployment main =
              employments.stream()
                  .max(
                      Comparator.comparing(CountedEmployment::percent)
                          .thenComparing(CountedEmployment::start, Comparator.reverseOrder()))
                  .orElseThrow();
          boolean completed = main.completedBefore(cutoffInstant);
          boolean wanted =
              switch (status) {
                case ALL -> true;
                case COMPLETED -> completed;
                case NOT_COMPLETED -> !completed;
              };
          if (!wanted) {
            return;
          }
          ScopeUnits.Unit unit = scope.units().unit(main.unitId());
          ReportData.PersonName name = names.get(personId);
          rows.add(
              new PeopleList.Row(
                  name.employeeId(),
                  name.fullName(),
                  unit.code(),
                  unit.name(),
                  main.positionCode(),
                  main.positionTitle(),
                  main.shiftPattern(),
                  main.kind(),
                  ReportData.sum(employments),
                  employments.size(),
                  modulesDone.getOrDefault(personId, 0),
                  completed
                      ? Optional.of(LocalDate.ofInstant(main.completedAt(), Organisation.ZONE))
                      : Optional.empty()));
        });
    Comparator<PeopleList.Row> comparator = order.comparator();
    rows.sort(descending ? comparator.reversed() : comparator);
    return new PeopleList(
        subject(municipality, course, scope, OptionalInt.of(0)),
        asOf,
        status,
        filter.described(),
        mandatory.size(),
        rows);
  }

  private Course course(String code) {
    return catalogue
        .find(code)
        .orElseThrow(
            () ->
                new BadRequest(
                    "course: no course '"
                        + code
                        + "'; the catalogue has "
                        + catalogue.courses().stream().map(Course::code).toList()));
  }

  private CoverageReport.ReportSubject subject(
      Municipality municipality, Course course, ReportScope.Resolved scope, OptionalInt minCell) {
    return new CoverageReport.ReportSubject(
        municipality.code(),
        municipality.name(),
        course.code(),
        course.title().getOrDefault("nb-NO", course.title().values().iterator().next()),
        scope.unit(),
        minCell.orElseGet(() -> Integer.parseInt(settings.reportMinCell())));
  }
}
