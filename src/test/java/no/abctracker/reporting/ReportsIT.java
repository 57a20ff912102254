package no.abctracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import no.abctracker.testsupport.AbcStatements;
import no.abctracker.testsupport.AppDeployment;
import no.abctracker.testsupport.Http;
import no.abctracker.testsupport.Tenants;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The coverage reports over HTTP on a small municipality whose answers are counted by hand, with
 * completions made by real statements through the LRS: several employments, ended and future
 * employments, on-call staff, completions after the date, a voided statement, a person imported
 * after her statements and a unit moved in the hierarchy.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

  static final String UNITS =
      "unit_code,name,parent_code,unit_type\n"
          + "HO,Helse og omsorg,,ADMINISTRATION\n"
          + "SHJ,Sykehjemmet,HO,INSTITUTION\n"
          + "HJT,Hjemmetjenesten,HO,HOME_CARE\n"
          + "HJT-N,Hjemmetjenesten nord,HJT,HOME_CARE\n";

  static final String HEADER = Tenants.STAFF_HEADER;

  /**
   * As of 30 April 2026: Ola (two employments) completed 10 March, Kari completes only 20 May, Per
   * (on call, 0 %) completed 15 January, Lise has two modules, Nils (completed 2025) left 28
   * February, Eva starts 1 June, Tor's completion has a voided module, Siri's statements came
   * before she was imported (completed 1 February).
   */
  static final String ROSTER =
      HEADER
          + "1001,Ola Nordmann,ola@kommune.no,SHJ,7174,Helsefagarbeider,50,NIGHT,PERMANENT,2020-01-01,\n"
          + "1001,Ola Nordmann,ola@kommune.no,HJT,7174,Helsefagarbeider,30,DAY,TEMPORARY,2021-01-01,\n"
          + "1002,Kari Nordmann,kari@kommune.no,SHJ,7076,Sykepleier,100,THREE_SHIFT,PERMANENT,2019-08-01,\n"
          + "1003,Per Hansen,per@kommune.no,SHJ,7174,Helsefagarbeider,0,WEEKEND,ON_CALL,2022-03-01,\n"
          + "1004,Lise Berg,lise@kommune.no,HJT-N,7076,Sykepleier,80,TWO_SHIFT,PERMANENT,2018-01-01,\n"
          + "1005,Nils Dahl,nils@kommune.no,SHJ,7174,Helsefagarbeider,60,NIGHT,TEMPORARY,2020-01-01,2026-02-28\n"
          + "1006,Eva Lie,eva@kommune.no,HJT-N,7076,Sykepleier,100,DAY,PERMANENT,2026-06-01,\n"
          + "1007,Tor Bakke,tor@kommune.no,HJT,7174,Helsefagarbeider,75,DAY,PERMANENT,2019-01-01,\n";

  static final String SIRI =
      "1008,Siri Moe,siri@kommune.no,HJT-N,7174,Helsefagarbeider,50,DAY,PERMANENT,2025-01-01,\n";

  @Deployment(testable = false)
  static WebArchive app() {
    return AppDeployment.war();
  }

  @ArquillianResource URL base;

  /** The municipality most tests read; made once, since they only read it. */
  static String shared;

  Http api;
  Http coordinator;

  @BeforeEach
  void sharedMunicipality() {
    api = Http.at(base);
    if (shared == null) {
      shared = municipality();
    }
    coordinator =
        api.basic(Tenants.newUser(api, shared, "COORDINATOR", null, null), Tenants.USER_PASSWORD);
  }

  /** Builds the municipality above through the API and the LRS and waits for the projection. */
  String municipality() {
    String code = Tenants.newMunicipality(api);
    Tenants.importCsv(api, code, "units", UNITS);
    Tenants.importCsv(api, code, "staff", ROSTER);
    Tenants.LrsCredentials client = Tenants.newLrsClient(api, code, "all");
    Http lms = api.xapi(client.key(), client.secret());
    List<String> modules = AbcStatements.mandatoryModules(api);
    // Siri's statements arrive before she is in the roster; they count once she is.
    AbcStatements.post(
        lms, AbcStatements.completions("siri@kommune.no", modules, "2026-02-01T09:00:00Z"));
    AbcStatements.post(
        lms, AbcStatements.completions("ola@kommune.no", modules, "2026-03-10T09:00:00Z"));
    AbcStatements.post(
        lms, AbcStatements.completions("kari@kommune.no", modules, "2026-05-20T09:00:00Z"));
    AbcStatements.post(
        lms, AbcStatements.completions("per@kommune.no", modules, "2026-01-15T09:00:00Z"));
    AbcStatements.post(
        lms,
        AbcStatements.completions(
            "lise@kommune.no", modules.subList(0, 2), "2026-03-01T09:00:00Z"));
    AbcStatements.post(
        lms, AbcStatements.completions("nils@kommune.no", modules, "2025-06-01T09:00:00Z"));
    List<String> tor =
        AbcStatements.post(
            lms, AbcStatements.completions("tor@kommune.no", modules, "2026-03-01T09:00:00Z"));
    AbcStatements.post(lms, AbcStatements.voiding(tor.get(0)));
    Tenants.importCsv(api, code, "staff", ROSTER + SIRI);
    Tenants.awaitProjected(api, code);
    return code;
  }

  // ---------------------------------------------------------------- coverage

  @Test
  void byUnitEachUnitIncludesTheUnitsBelowItAndEachPersonCountsOnce() {
    JsonObject report = coverage(coordinator, shared, "groupBy=unit&asOf=2026-04-30");

    assertThat(report.getString("municipality")).isEqualTo(shared);
    assertThat(report.getString("course")).isEqualTo("ABC");
    assertThat(report.getString("asOf")).isEqualTo("2026-04-30");
    assertThat(report.getBoolean("unitRowsIncludeSubunits")).isTrue();
    // Active: Ola, Kari, Per, Lise, Tor, Siri. Completed by the date: Ola, Per, Siri.
    // FTE: 0.5 + 0.3 + 1 + 0 + 0.8 + 0.75 + 0.5 = 3.85, completed 0.8 + 0 + 0.5 = 1.3.
    assertFigures(report.getJsonObject("total"), 6, 3, 0.5, 3.85, 1.3, 0.3377);
    assertThat(keys(report)).containsExactly("HO", "HJT", "HJT-N", "SHJ");
    assertFigures(row(report, "HO"), 6, 3, 0.5, 3.85, 1.3, 0.3377);
    // Home care with its north team: Ola (30 %), Tor (voided: not completed), Lise, Siri.
    assertFigures(row(report, "HJT"), 4, 2, 0.5, 2.35, 0.8, 0.3404);
    assertFigures(row(report, "HJT-N"), 2, 1, 0.5, 1.3, 0.5, 0.3846);
    // Nursing home: Ola (50 %), Kari (completes in May), Per (on call); Nils has left.
    assertFigures(row(report, "SHJ"), 3, 2, 0.6667, 1.5, 0.5, 0.3333);
    JsonObject unit = row(report, "HJT-N").getJsonObject("unit");
    assertThat(unit.getString("parent")).isEqualTo("HJT");
    assertThat(unit.getInt("depth")).isEqualTo(2);
    assertThat(unit.getBoolean("includesSubunits")).isTrue();
    assertThat(row(report, "HO").getJsonObject("unit").isNull("parent")).isTrue();
  }

  @Test
  void completionsAfterTheDateAndEmploymentsOutsideItDoNotCount() {
    // 31 January: Nils still works (left 28 February) and had completed; Ola and Siri had not.
    assertFigures(
        coverage(coordinator, shared, "asOf=2026-01-31").getJsonObject("total"),
        7,
        2,
        0.2857,
        4.45,
        0.6,
        0.1348);
    // 31 May: Kari has completed; Nils has left; Eva starts 1 June.
    JsonObject may = coverage(coordinator, shared, "asOf=2026-05-31").getJsonObject("total");
    assertThat(may.getInt("headcount")).isEqualTo(6);
    assertThat(may.getInt("completed")).isEqualTo(4);
    // 1 June: Eva counts.
    assertThat(
            coverage(coordinator, shared, "asOf=2026-06-01")
                .getJsonObject("total")
                .getInt("headcount"))
        .isEqualTo(7);
  }

  @Test
  void byShiftPatternBandPositionAndKind() {
    JsonObject shifts = coverage(coordinator, shared, "groupBy=shift_pattern&asOf=2026-04-30");
    assertThat(keys(shifts)).containsExactly("DAY", "TWO_SHIFT", "THREE_SHIFT", "NIGHT", "WEEKEND");
    assertFigures(row(shifts, "DAY"), 3, 2, 0.6667, 1.55, 0.8, 0.5161);
    assertFigures(row(shifts, "NIGHT"), 1, 1, 1.0, 0.5, 0.5, 1.0);
    JsonObject weekend = row(shifts, "WEEKEND");
    assertThat(weekend.getInt("headcount")).isEqualTo(1);
    assertThat(weekend.isNull("fteCoverage")).as("on call only: no FTE to divide by").isTrue();

    JsonObject bands = coverage(coordinator, shared, "groupBy=employment_band&asOf=2026-04-30");
    // KS counts a person once by the sum of their positions: Ola's 50 % + 30 % is one person in
    // 75-99 (not one in 50-74 and one in 1-49), so the bands add up to the 6 persons.
    assertThat(keys(bands)).containsExactly("0", "50-74", "75-99", "100");
    assertThat(counts(bands)).containsExactly("1/1", "1/1", "3/1", "1/0");
    // FTE stays the sum of the percents: Ola 0.8 (completed), Lise 0.8, Tor 0.75.
    assertFigures(row(bands, "75-99"), 3, 1, 0.3333, 2.35, 0.8, 0.3404);

    JsonObject positions = coverage(coordinator, shared, "groupBy=position_code&asOf=2026-04-30");
    assertThat(keys(positions)).containsExactly("7076", "7174");
    assertThat(row(positions, "7174").getString("label")).isEqualTo("Helsefagarbeider");
    assertThat(counts(positions)).containsExactly("2/0", "4/3");

    JsonObject kinds = coverage(coordinator, shared, "groupBy=employment_kind&asOf=2026-04-30");
    assertThat(keys(kinds)).containsExactly("PERMANENT", "TEMPORARY", "ON_CALL");
    assertThat(counts(kinds)).containsExactly("5/2", "1/1", "1/1");
  }

  @Test
  void aUnitParameterLimitsTheReportToItsSubtree() {
    JsonObject report = coverage(coordinator, shared, "unit=HJT&asOf=2026-04-30");
    assertThat(report.getJsonObject("unit").getString("code")).isEqualTo("HJT");
    assertThat(keys(report)).containsExactly("HJT", "HJT-N");
    assertFigures(report.getJsonObject("total"), 4, 2, 0.5, 2.35, 0.8, 0.3404);
  }

  @Test
  void smallGroupsAreSuppressedOnRequest() {
    JsonObject report = coverage(coordinator, shared, "asOf=2026-04-30&minCell=3");
    assertThat(report.getInt("minCell")).isEqualTo(3);
    JsonObject north = row(report, "HJT-N");
    assertThat(north.getBoolean("suppressed")).isTrue();
    assertThat(north.isNull("headcount")).isTrue();
    assertThat(north.isNull("coverage")).isTrue();
    assertThat(row(report, "SHJ").getBoolean("suppressed")).isFalse();
    assertThat(row(report, "SHJ").getInt("headcount")).isEqualTo(3);
    assertThat(coverage(coordinator, shared, "asOf=2026-04-30").getInt("minCell")).isZero();
  }

  @Test
  void aHiddenGroupCannotBeWorkedOutFromWhatIsShown() {
    // minCell 4: the nursing home (3) is hidden, and home care (4) with it: otherwise the whole
    // (6) minus home care would give the nursing home away.
    JsonObject report = coverage(coordinator, shared, "asOf=2026-04-30&minCell=4");
    assertThat(row(report, "SHJ").getBoolean("suppressed")).isTrue();
    assertThat(row(report, "HJT").getBoolean("suppressed")).as("secondary").isTrue();
    assertThat(row(report, "HJT").isNull("headcount")).isTrue();
    assertThat(row(report, "HJT-N").getBoolean("suppressed")).isTrue();
    assertThat(row(report, "HO").getInt("headcount")).isEqualTo(6);

    // minCell 2 hides three bands of one person each; with more than one hidden, the fourth (3)
    // can stay: the total minus it tells only that three persons are in the others together.
    JsonObject bands =
        coverage(coordinator, shared, "groupBy=employment_band&asOf=2026-04-30&minCell=2");
    assertThat(
            bands.getJsonArray("rows").stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> r.getBoolean("suppressed"))
                .map(r -> r.getString("key")))
        .containsExactly("0", "50-74", "100");
  }

  // ---------------------------------------------------------------- trend

  @Test
  void theTrendHasTheReportAtEachMonthEnd() {
    JsonObject trend =
        Http.json(
                ok(
                    coordinator.get(
                        path(
                            shared,
                            "reports/coverage/trend?course=ABC&groupBy=shift_pattern"
                                + "&from=2026-01-01&to=2026-05-31&interval=month"))))
            .asJsonObject();
    assertThat(trend.getString("interval")).isEqualTo("month");
    List<JsonObject> points =
        trend.getJsonArray("points").stream().map(JsonValue::asJsonObject).toList();
    assertThat(points)
        .extracting(p -> p.getString("asOf"))
        .containsExactly("2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31");
    assertThat(points)
        .extracting(
            p ->
                p.getJsonObject("total").getInt("completed")
                    + "/"
                    + p.getJsonObject("total").getInt("headcount"))
        .containsExactly("2/7", "3/7", "3/6", "3/6", "4/6");
    // Each point is the report as of its date.
    JsonObject april = coverage(coordinator, shared, "groupBy=shift_pattern&asOf=2026-04-30");
    assertThat(points.get(3).getJsonArray("rows")).isEqualTo(april.getJsonArray("rows"));
    assertThat(points.get(3).getJsonObject("total")).isEqualTo(april.getJsonObject("total"));
  }

  // ---------------------------------------------------------------- gaps

  @Test
  void theGapListNamesWhoHasNotCompletedWithTheirProgress() {
    JsonObject gaps = gaps(coordinator, shared, "asOf=2026-04-30");
    int modules = AbcStatements.mandatoryModules(api).size();
    assertThat(gaps.getInt("count")).isEqualTo(3);
    List<JsonObject> rows =
        gaps.getJsonArray("rows").stream().map(JsonValue::asJsonObject).toList();
    // By unit name: Hjemmetjenesten (Tor), Hjemmetjenesten nord (Lise), Sykehjemmet (Kari).
    assertThat(rows)
        .extracting(
            r ->
                r.getString("employeeId")
                    + " "
                    + r.getJsonObject("unit").getString("code")
                    + " "
                    + r.getInt("modulesDone")
                    + "/"
                    + r.getInt("modulesTotal"))
        .containsExactly(
            "1007 HJT " + (modules - 1) + "/" + modules,
            "1004 HJT-N 2/" + modules,
            "1002 SHJ 0/" + modules); // Kari's modules are all done only in May
    assertThat(rows.get(1).getString("shiftPattern")).isEqualTo("TWO_SHIFT");
    assertThat(rows.get(1).getJsonNumber("employmentPercent").doubleValue()).isEqualTo(80.0);
    assertThat(rows.get(1).isNull("completedOn")).isTrue();

    assertThat(ids(gaps(coordinator, shared, "asOf=2026-04-30&unit=HJT")))
        .containsExactly("1007", "1004");
    assertThat(ids(gaps(coordinator, shared, "asOf=2026-04-30&shift_pattern=TWO_SHIFT")))
        .containsExactly("1004");
    assertThat(ids(gaps(coordinator, shared, "asOf=2026-04-30&sort=progress&order=desc")))
        .containsExactly("1007", "1004", "1002");
  }

  @Test
  void thePeopleBehindAFigureAreTheGapListWithAnotherStatus() {
    JsonObject completed =
        gaps(
            coordinator,
            shared,
            "asOf=2026-04-30&status=completed&employment_band=75-99&sort=name");
    List<JsonObject> rows =
        completed.getJsonArray("rows").stream().map(JsonValue::asJsonObject).toList();
    assertThat(rows)
        .as("Ola's 50 % + 30 % put him in 75-99")
        .extracting(r -> r.getString("fullName"))
        .containsExactly("Ola Nordmann");
    // His row shows his main employment: the 50 % in the nursing home, not the 30 % in home care.
    assertThat(rows.get(0).getJsonObject("unit").getString("code")).isEqualTo("SHJ");
    assertThat(rows.get(0).getString("completedOn")).isEqualTo("2026-03-10");
    assertThat(gaps(coordinator, shared, "asOf=2026-04-30&status=all").getInt("count"))
        .isEqualTo(6);
  }

  // ---------------------------------------------------------------- hierarchy changes

  @Test
  void aUnitMovedInTheHierarchyRollsUpUnderItsNewParentAlsoForEarlierDates() {
    String code = municipality();
    Tenants.importCsv(
        api,
        code,
        "units",
        UNITS.replace("HJT-N,Hjemmetjenesten nord,HJT", "HJT-N,Hjemmetjenesten nord,SHJ"));
    JsonObject report = coverage(api.asAdmin(), code, "asOf=2026-04-30");
    assertThat(keys(report)).containsExactly("HO", "HJT", "SHJ", "HJT-N");
    assertThat(row(report, "SHJ").getInt("headcount")).isEqualTo(5);
    assertThat(row(report, "HJT").getInt("headcount")).isEqualTo(2);
  }

  // ---------------------------------------------------------------- access

  @Test
  void aUnitLeaderSeesTheirUnitsOnly() {
    Http leader =
        api.basic(
            Tenants.newUser(api, shared, "UNIT_LEADER", List.of("HJT"), null),
            Tenants.USER_PASSWORD);
    JsonObject report = coverage(leader, shared, "asOf=2026-04-30");
    assertThat(keys(report)).containsExactly("HJT", "HJT-N");
    assertThat(report.getJsonObject("total").getInt("headcount")).isEqualTo(4);
    assertThat(ids(gaps(leader, shared, "asOf=2026-04-30"))).containsExactly("1007", "1004");
    assertProblem(leader.get(path(shared, "reports/coverage?course=ABC&unit=SHJ")), 403, "SHJ");
    assertProblem(leader.get(path(shared, "reports/gaps?course=ABC&unit=HO")), 403, "HO");
  }

  @Test
  void staffAndOtherMunicipalitiesAreRefused() {
    Http staff =
        api.basic(Tenants.newUser(api, shared, "STAFF", null, "1001"), Tenants.USER_PASSWORD);
    assertThat(staff.get(path(shared, "reports/coverage?course=ABC")).statusCode()).isEqualTo(403);
    assertThat(staff.get(path(shared, "reports/gaps?course=ABC")).statusCode()).isEqualTo(403);
    String other = Tenants.newMunicipality(api);
    Http stranger =
        api.basic(Tenants.newUser(api, other, "COORDINATOR", null, null), Tenants.USER_PASSWORD);
    assertThat(stranger.get(path(shared, "reports/coverage?course=ABC")).statusCode())
        .isEqualTo(403);
    assertThat(stranger.get(path(shared, "reports/coverage/trend?course=ABC")).statusCode())
        .isEqualTo(403);
    assertThat(api.get(path(shared, "reports/coverage?course=ABC")).statusCode()).isEqualTo(401);
  }

  // ---------------------------------------------------------------- exports

  @Test
  void theCoverageReportAsSemicolonCsvForNorwegianExcel() throws IOException {
    HttpResponse<byte[]> csv =
        download(
            coordinator,
            path(shared, "reports/coverage?course=ABC&asOf=2026-04-30&format=csv&delimiter=;"));

    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"dekning-abc-enhet-2026-04-30.csv\"");
    byte[] body = csv.body();
    assertThat(Arrays.copyOf(body, 3)).as("UTF-8 BOM").containsExactly(0xEF, 0xBB, 0xBF);
    try (CSVParser parser =
        CSVParser.parse(
            new String(body, 3, body.length - 3, StandardCharsets.UTF_8),
            CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get())) {
      List<CSVRecord> records = parser.getRecords();
      assertThat(records.get(0).get("Betegnelse")).isEqualTo("Totalt");
      assertThat(records.get(0).get("Personer")).isEqualTo("6");
      assertThat(records.get(0).get("Fullført")).isEqualTo("3");
      assertThat(records.get(0).get("Dekning")).isEqualTo("0,5");
      assertThat(records.get(0).get("Årsverk")).isEqualTo("3,85");
      CSVRecord nursingHome =
          records.stream().filter(r -> r.get("Nøkkel").equals("SHJ")).findFirst().orElseThrow();
      assertThat(nursingHome.get("Betegnelse")).isEqualTo("Sykehjemmet");
      assertThat(nursingHome.get("Overordnet enhet")).isEqualTo("HO");
      assertThat(nursingHome.get("Dekning")).isEqualTo("0,6667");
    }
  }

  @Test
  void theTrendAsXlsxByAcceptWithDatesAndPercentCells() throws IOException {
    HttpResponse<byte[]> xlsx =
        download(
            coordinator.header("Accept", XLSX),
            path(shared, "reports/coverage/trend?course=ABC&from=2026-01-01&to=2026-04-30"));

    assertThat(xlsx.headers().firstValue("Content-Type")).contains(XLSX);
    assertThat(xlsx.headers().firstValue("Content-Disposition"))
        .contains(
            "attachment; filename=\"dekningsutvikling-abc-enhet-2026-01-01-2026-04-30.xlsx\"");
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(
            new ByteArrayInputStream(xlsx.body()), new ReadingOptions(true, false))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows.get(1).getCellText(0))
          .isEqualTo("Kommune: Testkommune " + shared + " (" + shared + ")");
      Row header =
          rows.stream().filter(r -> "Dato".equals(r.getCellText(0))).findFirst().orElseThrow();
      Row april =
          rows.stream()
              .filter(r -> r.getRowNum() > header.getRowNum())
              .filter(r -> r.getCell(0).getType() == CellType.NUMBER)
              .filter(
                  r ->
                      r.getCell(0)
                          .asDate()
                          .toLocalDate()
                          .equals(java.time.LocalDate.of(2026, 4, 30)))
              .findFirst()
              .orElseThrow();
      assertThat(april.getCellText(2)).isEqualTo("Totalt");
      assertThat(april.getCell(3).asNumber()).isEqualByComparingTo("6");
      assertThat(april.getCell(5).getType()).isEqualTo(CellType.NUMBER);
      assertThat(april.getCell(5).asNumber()).isEqualByComparingTo("0.5");
      assertThat(april.getCell(5).getDataFormatString()).isEqualTo("0.0%");
    }
  }

  @Test
  void theGapListAsPdfInBokmaalAndEnglishAndItsDownloadIsLogged() throws IOException {
    String viewer = Tenants.newUser(api, shared, "COORDINATOR", null, null);
    HttpResponse<byte[]> pdf =
        download(
            api.basic(viewer, Tenants.USER_PASSWORD),
            path(shared, "reports/gaps?course=ABC&asOf=2026-04-30&format=pdf"));

    assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"mangler-abc-2026-04-30.pdf\"");
    assertThat(pdfText(pdf.body()))
        .startsWith("Ikke fullført – ")
        .contains(
            "Kommune: Testkommune " + shared + " (" + shared + ")",
            "Per 30.04.2026",
            "Kari Nordmann",
            "Lise Berg",
            "Tor Bakke")
        .doesNotContain("Ola Nordmann");

    HttpResponse<byte[]> english =
        download(
            coordinator.header("Accept", "application/pdf"),
            path(shared, "reports/gaps?course=ABC&asOf=2026-04-30&lang=en"));
    assertThat(english.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"gaps-abc-2026-04-30.pdf\"");
    assertThat(pdfText(english.body())).startsWith("Not completed – ").contains("Municipality: ");
    // A list of names in a file is as personal as on screen: the download is in the view log.
    assertThat(
            Http.json(ok(coordinator.get(path(shared, "record-views?viewedBy=" + viewer))))
                .asJsonObject()
                .getJsonArray("views"))
        .extracting(v -> v.asJsonObject().getString("request"))
        .containsExactly(
            "GET /" + path(shared, "reports/gaps?course=ABC&asOf=2026-04-30&format=pdf"));
  }

  @Test
  void jsonUnlessAFileIsAskedForAndUnknownFormatsAre400() {
    String r = "reports/coverage?course=ABC&asOf=2026-04-30";
    HttpResponse<String> json =
        ok(coordinator.header("Accept", "text/csv").get(path(shared, r + "&format=json")));
    assertThat(json.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(Http.json(json).asJsonObject().getString("asOf")).isEqualTo("2026-04-30");
    assertThat(coordinator.get(path(shared, r)).headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));

    assertThat(
            coordinator
                .header("Accept", "application/json")
                .get(path(shared, r + "&format=csv"))
                .headers()
                .firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(coordinator.header("Accept", "image/png").get(path(shared, r)).statusCode())
        .isEqualTo(406);

    HttpResponse<String> doc = coordinator.get(path(shared, r + "&format=doc"));
    assertProblem(doc, 400, "format=doc is not a report format; use one of json, csv, xlsx, pdf");
    assertThat(doc.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertProblem(
        coordinator.get(path(shared, r + "&format=csv&delimiter=tab")), 400, "delimiter=tab");
    assertProblem(coordinator.get(path(shared, r + "&format=pdf&lang=de")), 400, "lang");
  }

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  static HttpResponse<byte[]> download(Http as, String path) {
    HttpResponse<byte[]> response = as.bytes(path);
    assertThat(response.statusCode())
        .as(() -> new String(response.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    return response;
  }

  /** The text of every page, words only (the extractor breaks lines where the PDF wraps). */
  static String pdfText(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ");
    } finally {
      reader.close();
    }
  }

  // ---------------------------------------------------------------- bad input

  @Test
  void badParametersAreExplainedWith400() {
    String r = "reports/coverage?course=ABC";
    assertProblem(coordinator.get(path(shared, "reports/coverage")), 400, "course: required");
    assertProblem(coordinator.get(path(shared, "reports/coverage?course=NOPE")), 400, "NOPE");
    assertProblem(coordinator.get(path(shared, r + "&groupBy=team")), 400, "groupBy");
    assertProblem(coordinator.get(path(shared, r + "&asOf=2026-13-01")), 400, "asOf");
    assertProblem(coordinator.get(path(shared, r + "&unit=NOPE")), 400, "unit: no unit NOPE");
    assertProblem(coordinator.get(path(shared, r + "&minCell=-1")), 400, "minCell");
    String t = "reports/coverage/trend?course=ABC";
    assertProblem(
        coordinator.get(path(shared, t + "&from=2026-05-01&to=2026-01-01")), 400, "after");
    assertProblem(coordinator.get(path(shared, t + "&interval=week")), 400, "interval");
    assertProblem(coordinator.get(path(shared, t + "&from=2000-01-01")), 400, "at most 120");
    String g = "reports/gaps?course=ABC";
    assertProblem(coordinator.get(path(shared, g + "&status=maybe")), 400, "status");
    assertProblem(coordinator.get(path(shared, g + "&sort=age")), 400, "sort");
    assertProblem(coordinator.get(path(shared, g + "&shift_pattern=DAG")), 400, "shift_pattern");
    assertProblem(coordinator.get(path(shared, g + "&employment_band=60")), 400, "employment_band");
  }

  // ---------------------------------------------------------------- helpers

  static String path(String code, String rest) {
    return "api/v1/municipalities/" + code + "/" + rest;
  }

  static HttpResponse<String> ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response;
  }

  static JsonObject coverage(Http as, String code, String query) {
    return Http.json(ok(as.get(path(code, "reports/coverage?course=ABC&" + query)))).asJsonObject();
  }

  static JsonObject gaps(Http as, String code, String query) {
    return Http.json(ok(as.get(path(code, "reports/gaps?course=ABC&" + query)))).asJsonObject();
  }

  static List<String> keys(JsonObject report) {
    return report.getJsonArray("rows").stream()
        .map(r -> r.asJsonObject().getString("key"))
        .toList();
  }

  static List<String> counts(JsonObject report) {
    return report.getJsonArray("rows").stream()
        .map(JsonValue::asJsonObject)
        .map(r -> r.getInt("headcount") + "/" + r.getInt("completed"))
        .toList();
  }

  static List<String> ids(JsonObject people) {
    return people.getJsonArray("rows").stream()
        .map(r -> r.asJsonObject().getString("employeeId"))
        .toList();
  }

  static JsonObject row(JsonObject report, String key) {
    return report.getJsonArray("rows").stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getString("key").equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + key + " in " + report));
  }

  static void assertFigures(
      JsonObject figures,
      int headcount,
      int completed,
      double coverage,
      double fte,
      double fteCompleted,
      double fteCoverage) {
    assertThat(figures.getInt("headcount")).as("headcount " + figures).isEqualTo(headcount);
    assertThat(figures.getInt("completed")).as("completed " + figures).isEqualTo(completed);
    assertThat(figures.getJsonNumber("coverage").doubleValue()).as("coverage").isEqualTo(coverage);
    assertThat(figures.getJsonNumber("fte").doubleValue()).as("fte").isEqualTo(fte);
    assertThat(figures.getJsonNumber("fteCompleted").doubleValue())
        .as("fteCompleted")
        .isEqualTo(fteCompleted);
    assertThat(figures.getJsonNumber("fteCoverage").doubleValue())
        .as("fteCoverage")
        .isEqualTo(fteCoverage);
  }

  static void assertProblem(HttpResponse<String> response, int status, String detail) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(Http.json(response).asJsonObject().getString("detail")).contains(detail);
  }
}
