package no.abctracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.abctracker.testsupport.AbcStatements;
import no.abctracker.testsupport.AppDeployment;
import no.abctracker.testsupport.Browser;
import no.abctracker.testsupport.Http;
import no.abctracker.testsupport.Tenants;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The coverage dashboard, the reports page and the people list in Debian's headless Chromium, on a
 * municipality made through the REST API with completions sent as real statements to the LRS: the
 * figures the pages show are the reports API's, a figure or a bar opens exactly the persons behind
 * it, a unit leader sees only their units, and every page passes axe-core.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

  static final String UNITS =
      "unit_code,name,parent_code,unit_type\n"
          + "HO,Helse og omsorg,,ADMINISTRATION\n"
          + "SHJ,Sykehjemmet,HO,INSTITUTION\n"
          + "HJT,Hjemmetjenesten,HO,HOME_CARE\n"
          + "HJT-N,Hjemmetjenesten nord,HJT,HOME_CARE\n";

  static final String HEADER = Tenants.STAFF_HEADER;

  /** Ola, Per and Siri complete ABC; Lise does two modules; Kari, Tor and Anne nothing. */
  static final String ROSTER =
      HEADER
          + "1001,Ola Nordmann,ola@kommune.no,SHJ,7174,Helsefagarbeider,50,NIGHT,PERMANENT,2020-01-01,\n"
          + "1001,Ola Nordmann,ola@kommune.no,HJT,7174,Helsefagarbeider,30,DAY,TEMPORARY,2021-01-01,\n"
          + "1002,Kari Nordmann,kari@kommune.no,SHJ,7076,Sykepleier,100,THREE_SHIFT,PERMANENT,2019-08-01,\n"
          + "1003,Per Hansen,per@kommune.no,SHJ,7174,Helsefagarbeider,0,WEEKEND,ON_CALL,2022-03-01,\n"
          + "1004,Lise Berg,lise@kommune.no,HJT-N,7076,Sykepleier,80,TWO_SHIFT,PERMANENT,2018-01-01,\n"
          + "1007,Tor Bakke,tor@kommune.no,HJT,7174,Helsefagarbeider,75,DAY,PERMANENT,2019-01-01,\n"
          + "1008,Siri Moe,siri@kommune.no,HJT-N,7174,Helsefagarbeider,50,DAY,PERMANENT,2025-01-01,\n"
          + "1009,Anne Vik,anne@kommune.no,HJT-N,7076,Sykepleier,100,NIGHT,PERMANENT,2024-01-01,\n";

  @Deployment(testable = false)
  static WebArchive app() {
    return AppDeployment.war();
  }

  @ArquillianResource URL base;

  /** The municipality every test reads; made once, since the tests only read it. */
  static String shared;

  Http api;

  @BeforeEach
  void sharedMunicipality() {
    api = Http.at(base);
    if (shared == null) {
      shared = municipality();
    }
  }

  String municipality() {
    String code = Tenants.newMunicipality(api);
    Tenants.importCsv(api, code, "units", UNITS);
    Tenants.importCsv(api, code, "staff", ROSTER);
    Tenants.LrsCredentials client = Tenants.newLrsClient(api, code, "all");
    Http lms = api.xapi(client.key(), client.secret());
    List<String> modules = AbcStatements.mandatoryModules(api);
    AbcStatements.post(
        lms, AbcStatements.completions("ola@kommune.no", modules, "2026-03-10T09:00:00Z"));
    AbcStatements.post(
        lms, AbcStatements.completions("per@kommune.no", modules, "2026-01-15T09:00:00Z"));
    AbcStatements.post(
        lms, AbcStatements.completions("siri@kommune.no", modules, "2025-11-20T09:00:00Z"));
    AbcStatements.post(
        lms,
        AbcStatements.completions(
            "lise@kommune.no", modules.subList(0, 2), "2026-03-01T09:00:00Z"));
    Tenants.awaitProjected(api, code);
    return code;
  }

  // ------------------------------------------------------------------ dashboard = API

  @Test
  void theDashboardShowsTheFiguresOfTheReportsApi() {
    String coordinator = Tenants.newUser(api, shared, "COORDINATOR", null, null);
    Http as = api.basic(coordinator, Tenants.USER_PASSWORD);
    try (Browser browser = Browser.desktop(base)) {
      browser.login(coordinator, Tenants.USER_PASSWORD).open("app/");
      awaitCharts(browser);

      JsonObject byUnit = coverage(as, "unit");
      JsonObject total = byUnit.getJsonObject("total");
      assertThat(total.getInt("headcount")).as("the data made: 7 active persons").isEqualTo(7);
      assertThat(total.getInt("completed")).isEqualTo(3);
      WebElement coverage = browser.find("#total-coverage");
      assertThat(number(coverage.getAttribute("data-value")))
          .isEqualTo(total.getJsonNumber("coverage").doubleValue());
      assertThat(coverage.getText()).contains("42,9 %").contains("3 av 7");
      assertThat(number(browser.find("#total-fte-coverage").getAttribute("data-value")))
          .isEqualTo(total.getJsonNumber("fteCoverage").doubleValue());
      assertThat(browser.find("#total-not-completed").getAttribute("data-value")).isEqualTo("4");
      assertThat(browser.text("#total-not-completed")).startsWith("4");

      assertSameFigures(figures(browser, "#unit-figures"), byUnit);
      assertSameFigures(figures(browser, "#shift-figures"), coverage(as, "shift_pattern"));
      JsonObject bands = coverage(as, "employment_band");
      assertSameFigures(figures(browser, "#band-figures"), bands);

      // The charts draw the same figures: units worst first, bands headcount and FTE side by side.
      JsonObject unitChart = chartData(browser, "unitChart");
      List<Double> unitBars = values(unitChart, 0);
      assertThat(unitBars).hasSize(byUnit.getJsonArray("rows").size());
      assertThat(unitBars).isSortedAccordingTo(Double::compare);
      Map<String, JsonObject> unitRows = rowsByKey(byUnit);
      List<String> unitOrder = keys(browser, "#unit-figures");
      for (int i = 0; i < unitOrder.size(); i++) {
        assertThat(unitBars.get(i))
            .as(unitOrder.get(i))
            .isCloseTo(
                100 * unitRows.get(unitOrder.get(i)).getJsonNumber("coverage").doubleValue(),
                within(1e-9));
      }
      JsonObject bandChart = chartData(browser, "bandChart");
      List<JsonObject> bandRows =
          bands.getJsonArray("rows").stream().map(JsonValue::asJsonObject).toList();
      List<Double> headcountBars = values(bandChart, 0);
      List<Double> fteBars = values(bandChart, 1);
      for (int i = 0; i < bandRows.size(); i++) {
        assertThat(headcountBars.get(i))
            .isCloseTo(100 * bandRows.get(i).getJsonNumber("coverage").doubleValue(), within(1e-9));
        JsonValue fte = bandRows.get(i).get("fteCoverage");
        if (fte.getValueType() == JsonValue.ValueType.NULL) {
          assertThat(fteBars.get(i)).as("on call only: no FTE bar").isNull();
        } else {
          assertThat(fteBars.get(i))
              .isCloseTo(100 * ((jakarta.json.JsonNumber) fte).doubleValue(), within(1e-9));
        }
      }

      // The trend is the API's trend (the last 12 months up to today).
      JsonObject trend =
          Http.json(ok(as.get(path("reports/coverage/trend?course=ABC")))).asJsonObject();
      List<Double> line = values(chartData(browser, "trendChart"), 0);
      List<JsonObject> points =
          trend.getJsonArray("points").stream().map(JsonValue::asJsonObject).toList();
      assertThat(line).hasSize(points.size());
      for (int i = 0; i < points.size(); i++) {
        JsonObject t = points.get(i).getJsonObject("total");
        if (t.isNull("coverage")) {
          assertThat(line.get(i)).isNull();
        } else {
          assertThat(line.get(i))
              .isCloseTo(100 * t.getJsonNumber("coverage").doubleValue(), within(1e-9));
        }
      }

      // The super-user matrix of the training pages sits on the dashboard.
      assertThat(browser.all("#super-user-matrix #coverage")).hasSize(1);
      browser.assertAccessible("dashboard");
      screenshotWholePage(browser, "dashboard");

      // English texts, English numbers; the same figures.
      browser.open("app/?lang=en");
      assertThat(browser.text("#total-coverage")).contains("42.9%").contains("3 of 7");
      assertThat(browser.text("#coverage-heading")).startsWith("Coverage of");
    }
  }

  // ------------------------------------------------------------------ getting started

  @Test
  void gettingStartedStaysAtTheTopUntilEveryStepIsDone() {
    String code = Tenants.newMunicipality(api);
    String coordinator = Tenants.newUser(api, code, "COORDINATOR", null, null);
    try (Browser browser = Browser.desktop(base)) {
      browser.login(coordinator, Tenants.USER_PASSWORD).open("app/");
      // Nothing set up: the steps come first on the page, each still open.
      WebElement steps = browser.find("#next-steps");
      assertThat(steps.getLocation().getY())
          .as("above the figures and the dashboard")
          .isLessThan(browser.find("#active-staff").getLocation().getY());
      assertThat(browser.text("#next-steps h2")).isEqualTo("Kom i gang");
      assertThat(browser.all("#next-steps li.open")).hasSize(4);
      assertThat(browser.text("#next-steps")).contains("Opprett en LRS-klient");
      // An empty unit chart still has room for its axis and its title.
      assertThat(browser.find("#dashboard\\:unit-chart").getSize().getHeight())
          .isGreaterThanOrEqualTo(120);
      screenshotWholePage(browser, "dashboard-empty");

      // Every page has the app's icon, and it is served.
      assertThat(browser.find("link[rel='icon']").getAttribute("href")).endsWith("/favicon.svg");
      HttpResponse<String> icon = api.get("favicon.svg");
      assertThat(icon.statusCode()).isEqualTo(200);
      assertThat(icon.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));

      Tenants.importCsv(api, code, "units", UNITS);
      browser.open("app/");
      assertThat(browser.all("#next-steps li.done")).hasSize(1);
      assertThat(browser.all("#next-steps li.open")).hasSize(3);

      Tenants.importCsv(api, code, "staff", ROSTER);
      Tenants.newLrsClient(api, code, "statements/write");
      Tenants.newUser(api, code, "UNIT_LEADER", List.of("SHJ"), null);
      browser.open("app/");
      assertThat(browser.all("#next-steps")).as("every step done: gone").isEmpty();
    }
  }

  // ------------------------------------------------------------------ click-through

  @Test
  void aUnitsFigureAndItsBarOpenExactlyItsPersonsWhoHaveNotCompleted() {
    String coordinator = Tenants.newUser(api, shared, "COORDINATOR", null, null);
    Http as = api.basic(coordinator, Tenants.USER_PASSWORD);
    try (Browser browser = Browser.desktop(base)) {
      browser.login(coordinator, Tenants.USER_PASSWORD).open("app/");
      awaitCharts(browser);

      // The figure in the table: home care includes its north team.
      browser.clickAndWait("#unit-figures tr[data-key='HJT'] a.not-completed-link");
      assertThat(browser.driver().getCurrentUrl())
          .contains("/app/people.xhtml")
          .contains("unit=HJT")
          .contains("status=not_completed");
      assertThat(shownIds(browser))
          .containsExactlyInAnyOrderElementsOf(gapIds(as, "unit=HJT"))
          .containsExactlyInAnyOrder("1004", "1007", "1009");
      assertThat(browser.text("h1")).isEqualTo("Ikke fullført");
      browser.assertAccessible("people");

      // The bar in the chart: a click on the nursing home's bar.
      browser.open("app/");
      awaitCharts(browser);
      clickBar(browser, "unitChart", keys(browser, "#unit-figures").indexOf("SHJ"));
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(d -> d.getCurrentUrl().contains("people.xhtml"));
      assertThat(browser.driver().getCurrentUrl()).contains("unit=SHJ");
      assertThat(shownIds(browser))
          .containsExactlyInAnyOrderElementsOf(gapIds(as, "unit=SHJ"))
          .containsExactly("1002");

      // A band's completed figure lists the completed persons of that band.
      browser.open("app/");
      browser.clickAndWait("#band-figures tr[data-key='50-74'] a.completed-link");
      assertThat(shownIds(browser))
          .containsExactlyInAnyOrderElementsOf(
              gapIds(as, "employment_band=50-74&status=completed"));
    }
  }

  // ------------------------------------------------------------------ unit leader

  @Test
  void aUnitLeadersDashboardShowsOnlyTheirUnits() {
    String leader = Tenants.newUser(api, shared, "UNIT_LEADER", List.of("HJT"), null);
    Http as = api.basic(leader, Tenants.USER_PASSWORD);
    try (Browser browser = Browser.desktop(base)) {
      browser.login(leader, Tenants.USER_PASSWORD).open("app/");
      awaitCharts(browser);
      assertThat(keys(browser, "#unit-figures")).containsExactlyInAnyOrder("HJT", "HJT-N");
      assertThat(chartData(browser, "unitChart").getJsonArray("labels").toString())
          .doesNotContain("Sykehjemmet");
      JsonObject byUnit = coverage(as, "unit");
      assertSameFigures(figures(browser, "#unit-figures"), byUnit);
      assertSameFigures(figures(browser, "#shift-figures"), coverage(as, "shift_pattern"));
      assertThat(browser.find("#total-coverage").getAttribute("data-headcount"))
          .isEqualTo(String.valueOf(byUnit.getJsonObject("total").getInt("headcount")))
          .isEqualTo("5");
      browser.clickAndWait("#total-not-completed");
      assertThat(shownIds(browser)).containsExactlyInAnyOrder("1004", "1007", "1009");
      // Another unit's people are refused, not filtered away.
      browser.open("app/people.xhtml?course=ABC&unit=SHJ");
      assertThat(browser.text("h1")).isEqualTo("Ingen tilgang");
    }
  }

  // ------------------------------------------------------------------ reports page

  @Test
  void theReportsPageShowsTheReportOfItsFiltersAndOpensTheGapList() {
    String coordinator = Tenants.newUser(api, shared, "COORDINATOR", null, null);
    Http as = api.basic(coordinator, Tenants.USER_PASSWORD);
    try (Browser browser = Browser.desktop(base)) {
      browser.login(coordinator, Tenants.USER_PASSWORD).open("app/reports.xhtml");
      assertThat(browser.text("h1")).isEqualTo("Rapporter");
      assertSameFigures(figures(browser, "#report-table"), coverage(as, "unit"));
      browser.assertAccessible("reports");

      new Select(browser.find("#filter\\:groupBy")).selectByValue("shift_pattern");
      new Select(browser.find("#filter\\:unit")).selectByValue("HJT");
      browser.clickAndWait("#filter\\:show");
      JsonObject shifts =
          Http.json(ok(as.get(path("reports/coverage?course=ABC&groupBy=shift_pattern&unit=HJT"))))
              .asJsonObject();
      assertSameFigures(figures(browser, "#report-table"), shifts);
      assertThat(browser.find("#report-total").getAttribute("data-headcount")).isEqualTo("5");

      new Select(browser.find("#gaps\\:shift")).selectByValue("NIGHT");
      browser.clickAndWait("#gaps\\:apply");
      assertThat(browser.driver().getCurrentUrl())
          .contains("people.xhtml")
          .contains("unit=HJT")
          .contains("shift_pattern=NIGHT");
      assertThat(shownIds(browser))
          .containsExactlyInAnyOrderElementsOf(gapIds(as, "unit=HJT&shift_pattern=NIGHT"))
          .containsExactly("1009");

      // An impossible date is an error, not quietly the last day of the month.
      browser.open("app/reports.xhtml");
      // The date picker's script puts the date back on clear(): select it and type over it.
      browser
          .find("#filter\\:asOf_input")
          .sendKeys(Keys.chord(Keys.CONTROL, "a"), "31.02.2026", Keys.ESCAPE);
      browser.clickAndWait("#filter\\:show");
      assertThat(browser.text("#messages")).contains("«31.02.2026» er ikke en dato");
      assertThat(browser.text("#report-heading"))
          .as("no report for a date that does not exist")
          .doesNotContain("28.02.2026");

      // With a minimum cell size above the smallest unit, that unit's figures are hidden, and
      // so is every way to its people (a link would give its figures away).
      int smallest =
          rowsByKey(coverage(as, "unit")).values().stream()
              .mapToInt(r -> r.getInt("headcount"))
              .filter(n -> n > 0)
              .min()
              .orElseThrow();
      int minCell = smallest + 1;
      browser.open("app/reports.xhtml");
      browser.find("#filter\\:minCell").clear();
      browser.find("#filter\\:minCell").sendKeys(Integer.toString(minCell));
      browser.clickAndWait("#filter\\:show");
      Map<String, JsonObject> hidden =
          rowsByKey(
              Http.json(ok(as.get(path("reports/coverage?course=ABC&minCell=" + minCell))))
                  .asJsonObject());
      List<WebElement> rows = browser.all("#report-table tr.figure-row");
      assertThat(rows).hasSize(hidden.size());
      assertThat(rows).anyMatch(r -> "true".equals(r.getAttribute("data-suppressed")));
      for (WebElement row : rows) {
        String key = row.getAttribute("data-key");
        boolean suppressed = hidden.get(key).getBoolean("suppressed");
        assertThat(row.getAttribute("data-suppressed"))
            .as(key)
            .isEqualTo(Boolean.toString(suppressed));
        assertThat(row.findElements(By.tagName("a")))
            .as(key + (suppressed ? ": a hidden group links to nobody" : ": links to its people"))
            .hasSize(suppressed ? 0 : 3);
      }
    }
  }

  // ------------------------------------------------------------------ exports

  @Test
  void theReportsPageDownloadsTheReportAsTheApiExportsIt(@TempDir Path downloads) throws Exception {
    String coordinator = Tenants.newUser(api, shared, "COORDINATOR", null, null);
    Http as = api.basic(coordinator, Tenants.USER_PASSWORD);
    try (Browser browser = Browser.desktop(base)) {
      browser
          .driver()
          .executeCdpCommand(
              "Browser.setDownloadBehavior",
              Map.of("behavior", "allow", "downloadPath", downloads.toString()));
      browser.login(coordinator, Tenants.USER_PASSWORD).open("app/reports.xhtml");
      new Select(browser.find("#filter\\:groupBy")).selectByValue("shift_pattern");
      browser.clickAndWait("#filter\\:show");

      // The page's file is the API's file of the same report, byte for byte (as text).
      browser.find("#export\\:csv-semicolon").click();
      Path semicolon = awaitDownload(downloads, ".csv");
      String fromApi =
          ok(as.get(
                  path(
                      "reports/coverage?course=ABC&groupBy=shift_pattern"
                          + "&format=csv&delimiter=semicolon")))
              .body();
      assertThat(Files.readString(semicolon, StandardCharsets.UTF_8)).isEqualTo(fromApi);
      assertThat(fromApi).contains("Natt;");
      Files.delete(semicolon);

      browser.find("#export\\:csv").click();
      assertThat(Files.readString(awaitDownload(downloads, ".csv"), StandardCharsets.UTF_8))
          .isEqualTo(
              ok(as.get(path("reports/coverage?course=ABC&groupBy=shift_pattern&format=csv")))
                  .body());

      browser.find("#export\\:xlsx").click();
      byte[] xlsx = Files.readAllBytes(awaitDownload(downloads, ".xlsx"));
      assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
      browser.find("#export\\:pdf").click();
      byte[] pdf = Files.readAllBytes(awaitDownload(downloads, ".pdf"));
      assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
      assertThat(browser.driver().getCurrentUrl()).endsWith("/app/reports.xhtml");
      browser.assertAccessible("reports with exports");
    }
  }

  /** Waits for a finished download ending in {@code suffix} (Chromium writes .crdownload first). */
  static Path awaitDownload(Path dir, String suffix) {
    Path[] found = new Path[1];
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      try (var files = Files.list(dir)) {
        found[0] = files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      if (found[0] != null) {
        return found[0];
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("no " + suffix + " downloaded into " + dir);
  }

  // ------------------------------------------------------------------ helpers

  /** Waits until every chart of the page has been drawn by Chart.js. */
  static void awaitCharts(Browser browser) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(
            d ->
                Boolean.TRUE.equals(
                    browser.script(
                        "return ['unitChart','shiftChart','bandChart','trendChart']"
                            + ".every(w => PrimeFaces.widgets[w] && PrimeFaces.widgets[w].chart);")));
  }

  /** The Chart.js data of a chart as the page configured it. */
  static JsonObject chartData(Browser browser, String widget) {
    String json =
        (String)
            browser.script(
                "return JSON.stringify(PrimeFaces.widgets[arguments[0]].cfg.config.data);", widget);
    return Json.createReader(new StringReader(json)).readObject();
  }

  static List<Double> values(JsonObject data, int dataset) {
    List<Double> values = new ArrayList<>();
    for (JsonValue v : data.getJsonArray("datasets").getJsonObject(dataset).getJsonArray("data")) {
      values.add(
          v.getValueType() == JsonValue.ValueType.NULL
              ? null
              : ((jakarta.json.JsonNumber) v).doubleValue());
    }
    return values;
  }

  /** Clicks the middle of a bar of a horizontal bar chart, where Chart.js drew it. */
  static void clickBar(Browser browser, String widget, int index) {
    @SuppressWarnings("unchecked")
    List<Number> at =
        (List<Number>)
            browser.script(
                "var w = PrimeFaces.widgets[arguments[0]];"
                    + "var bar = w.chart.getDatasetMeta(0).data[arguments[1]];"
                    + "var r = w.canvas[0].getBoundingClientRect();"
                    + "return [(bar.x + bar.base) / 2 - r.width / 2, bar.y - r.height / 2];",
                widget,
                index);
    WebElement canvas = browser.find("#dashboard\\:unit-chart canvas");
    browser.script("arguments[0].scrollIntoView({block: 'center'});", canvas);
    new Actions(browser.driver())
        .moveToElement(canvas, at.get(0).intValue(), at.get(1).intValue())
        .click()
        .perform();
  }

  /** The rows of a figures table: key → the data-* figures. */
  static Map<String, Map<String, String>> figures(Browser browser, String table) {
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    for (WebElement row : browser.all(table + " tr.figure-row")) {
      Map<String, String> figures = new LinkedHashMap<>();
      for (String name :
          List.of("headcount", "completed", "coverage", "fte", "fte-completed", "fte-coverage")) {
        figures.put(name, row.getAttribute("data-" + name));
      }
      rows.put(row.getAttribute("data-key"), figures);
    }
    return rows;
  }

  static List<String> keys(Browser browser, String table) {
    return browser.all(table + " tr.figure-row").stream()
        .map(r -> r.getAttribute("data-key"))
        .toList();
  }

  /** Every row of the report is on the page with the same six figures, and nothing else. */
  static void assertSameFigures(Map<String, Map<String, String>> shown, JsonObject report) {
    Map<String, JsonObject> rows = rowsByKey(report);
    assertThat(shown.keySet()).containsExactlyInAnyOrderElementsOf(rows.keySet());
    rows.forEach(
        (key, row) -> {
          Map<String, String> page = shown.get(key);
          assertThat(integer(page.get("headcount"))).as(key).isEqualTo(row.getInt("headcount"));
          assertThat(integer(page.get("completed"))).as(key).isEqualTo(row.getInt("completed"));
          assertFraction(key + " coverage", page.get("coverage"), row.get("coverage"));
          assertFraction(key + " fte", page.get("fte"), row.get("fte"));
          assertFraction(key + " fteCompleted", page.get("fte-completed"), row.get("fteCompleted"));
          assertFraction(key + " fteCoverage", page.get("fte-coverage"), row.get("fteCoverage"));
        });
  }

  static void assertFraction(String what, String shown, JsonValue api) {
    if (api.getValueType() == JsonValue.ValueType.NULL) {
      assertThat(shown == null || shown.isEmpty()).as(what + " is empty: " + shown).isTrue();
    } else {
      assertThat(number(shown)).as(what).isEqualTo(((jakarta.json.JsonNumber) api).doubleValue());
    }
  }

  static Map<String, JsonObject> rowsByKey(JsonObject report) {
    Map<String, JsonObject> rows = new LinkedHashMap<>();
    report.getJsonArray("rows").stream()
        .map(JsonValue::asJsonObject)
        .forEach(r -> rows.put(r.getString("key"), r));
    return rows;
  }

  static Double number(String value) {
    return value == null || value.isEmpty() ? null : Double.valueOf(value);
  }

  static Integer integer(String value) {
    return value == null || value.isEmpty() ? null : Integer.valueOf(value);
  }

  /** The employee ids in the people table (all pages: the data fits on one). */
  static List<String> shownIds(Browser browser) {
    return browser.all("#people\\:list .employee-id").stream().map(WebElement::getText).toList();
  }

  List<String> gapIds(Http as, String query) {
    JsonArray rows =
        Http.json(ok(as.get(path("reports/gaps?course=ABC&" + query))))
            .asJsonObject()
            .getJsonArray("rows");
    return rows.stream().map(r -> r.asJsonObject().getString("employeeId")).toList();
  }

  JsonObject coverage(Http as, String groupBy) {
    return Http.json(ok(as.get(path("reports/coverage?course=ABC&groupBy=" + groupBy))))
        .asJsonObject();
  }

  String path(String rest) {
    return "api/v1/municipalities/" + shared + "/" + rest;
  }

  /** The whole page at 1280 px wide, for the README. */
  static void screenshotWholePage(Browser browser, String name) {
    Number height = (Number) browser.script("return document.documentElement.scrollHeight;");
    browser.driver().manage().window().setSize(new Dimension(1280, height.intValue() + 40));
    browser.script("window.scrollTo(0, 0);");
    browser.screenshot(name);
  }

  static HttpResponse<String> ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response;
  }
}
