package no.abctracker.web.reports.boundary;

import static no.abctracker.xapi.model.Jsons.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;

/**
 * Chart.js configurations (the JSON {@code p:chart} renders) of coverages in percent: bars per
 * group, lines over time. Chart.js formats the numbers in the page's locale ({@code
 * options.locale}), so a tooltip reads {@code 72,5} in Bokmål.
 */
final class ChartModels {

  /** Colours that meet 3:1 against white (WCAG 1.4.11 for graphics). */
  static final String HEADCOUNT_COLOUR = "#0b5cad";

  static final String FTE_COLOUR = "#b35900";

  private ChartModels() {}

  /** A series of percentages (null where there is no figure) with its legend text. */
  record Series(String label, List<Double> values, String colour) {}

  static String bars(
      List<String> labels, List<Series> series, boolean horizontal, String axis, Locale locale) {
    JsonObjectBuilder valueAxis =
        JSON.createObjectBuilder()
            .add("min", 0)
            .add("max", 100)
            .add("title", JSON.createObjectBuilder().add("display", true).add("text", axis));
    JsonObjectBuilder options =
        JSON.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add("locale", locale.toLanguageTag())
            .add("scales", JSON.createObjectBuilder().add(horizontal ? "x" : "y", valueAxis))
            .add(
                "plugins",
                JSON.createObjectBuilder()
                    .add("legend", JSON.createObjectBuilder().add("display", series.size() > 1)));
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    return JSON.createObjectBuilder()
        .add("type", "bar")
        .add("data", data(labels, series, false))
        .add("options", options)
        .build()
        .toString();
  }

  static String lines(List<String> labels, List<Series> series, String axis, Locale locale) {
    JsonObjectBuilder options =
        JSON.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add("locale", locale.toLanguageTag())
            .add(
                "scales",
                JSON.createObjectBuilder()
                    .add(
                        "y",
                        JSON.createObjectBuilder()
                            .add("min", 0)
                            .add("max", 100)
                            .add(
                                "title",
                                JSON.createObjectBuilder()
                                    .add("display", true)
                                    .add("text", axis))));
    return JSON.createObjectBuilder()
        .add("type", "line")
        .add("data", data(labels, series, true))
        .add("options", options)
        .build()
        .toString();
  }

  private static JsonObjectBuilder data(List<String> labels, List<Series> series, boolean line) {
    JsonArrayBuilder names = JSON.createArrayBuilder();
    labels.forEach(names::add);
    JsonArrayBuilder datasets = JSON.createArrayBuilder();
    for (Series s : series) {
      JsonArrayBuilder values = JSON.createArrayBuilder();
      s.values()
          .forEach(v -> values.add(v == null ? jakarta.json.JsonValue.NULL : JSON.createValue(v)));
      JsonObjectBuilder dataset =
          JSON.createObjectBuilder()
              .add("label", s.label())
              .add("data", values)
              .add("backgroundColor", s.colour())
              .add("borderColor", s.colour());
      if (line) {
        dataset.add("fill", false).add("tension", 0).add("spanGaps", false).add("pointRadius", 4);
      }
      datasets.add(dataset);
    }
    return JSON.createObjectBuilder().add("labels", names).add("datasets", datasets);
  }
}
