package no.abctracker.web.reports.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import no.abctracker.reporting.entity.PersonStatus;

/**
 * The address of the people behind a figure: {@code /app/people.xhtml} with the parameters of the
 * gap list ({@code course}, {@code asOf}, {@code unit}, {@code shift_pattern}, {@code
 * employment_band}, …, {@code status}), so a link can be bookmarked and sent on.
 */
public final class PeopleLinks {

  public static final String PAGE = "/app/people.xhtml";

  private PeopleLinks() {}

  /**
   * @param asOf null for today
   * @param filter a gap-list parameter or null for the whole scope
   */
  public static String of(
      String contextPath,
      String course,
      LocalDate asOf,
      String unit,
      String filter,
      String key,
      PersonStatus status) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("course", course);
    if (asOf != null) {
      params.put("asOf", asOf.toString());
    }
    if (unit != null && !unit.isBlank()) {
      params.put("unit", unit);
    }
    if (filter != null && key != null) {
      params.put(filter, key);
    }
    params.put("status", status.parameter());
    return contextPath
        + PAGE
        + params.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&", "?", ""));
  }
}
