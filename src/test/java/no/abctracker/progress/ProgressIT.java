package no.abctracker.progress;

import static no.abctracker.testsupport.AbcStatements.statement;
import static no.abctracker.testsupport.ProgressJson.course;
import static no.abctracker.testsupport.ProgressJson.module;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import no.abctracker.testsupport.AbcStatements;
import no.abctracker.testsupport.AppDeployment;
import no.abctracker.testsupport.Http;
import no.abctracker.testsupport.ServerThreads;
import no.abctracker.testsupport.Tenants;
import no.abctracker.testsupport.Tenants.LrsCredentials;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The progress projection end to end: statements through {@code /xapi/statements} as an LMS sends
 * them, rosters through the staff import, completions read from {@code …/staff/{id}/progress} once
 * {@code …/progress/status} says the projector has caught up. Each test has its own municipality.
 */
@ExtendWith(ArquillianExtension.class)
class ProgressIT {

  static final String ABC = "https://abc-tracker.no/xapi/courses/velferdsteknologiens-abc";
  static final String SB = "https://abc-tracker.no/xapi/courses/superbruker-medisindispenser";
  static final String COMPLETED = AbcStatements.COMPLETED;
  static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
  static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";
  static final String ATTEMPTED = "http://adlnet.gov/expapi/verbs/attempted";
  static final String SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied";
  static final String WAIVED = "https://w3id.org/xapi/adl/verbs/waived";
  static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

  static final String UNITS =
      "unit_code,name,parent_code,unit_type\n"
          + "HO,Helse og omsorg,,ADMINISTRATION\n"
          + "HJT,Hjemmetjenesten,HO,HOME_CARE\n"
          + "SHJ,Sykehjemmet,HO,INSTITUTION\n";
  static final String HEADER = Tenants.STAFF_HEADER;
  static final String OLA =
      "1001,Ola Nordmann,ola@kommune.no,HJT,7174,Helsefagarbeider,75,THREE_SHIFT,PERMANENT,2020-01-01,\n";
  static final String OLA_NIGHTS =
      "1001,Ola Nordmann,ola@kommune.no,SHJ,7174,Helsefagarbeider,20,NIGHT,TEMPORARY,2024-01-01,\n";
  static final String KARI =
      "1002,Kari Nordmann,kari@kommune.no,SHJ,7076,Sykepleier,100,DAY,PERMANENT,2019-08-01,\n";
  static final String PER =
      "1003,Per Hansen,per@kommune.no,SHJ,7174,Helsefagarbeider,0,WEEKEND,ON_CALL,2022-03-01,\n";

  @Deployment(testable = false)
  static WebArchive app() {
    return AppDeployment.war();
  }

  @ArquillianResource URL base;

  /** The second node of the tests that need two, started by the first of them. */
  static SecondNode secondNode;

  Http api;
  String code;
  Http lrs;

  @AfterAll
  static void stopTheSecondNode() throws InterruptedException {
    if (secondNode != null) {
      secondNode.close();
      secondNode = null;
    }
  }

  static SecondNode secondNode() throws Exception {
    if (secondNode == null) {
      secondNode = SecondNode.start();
    }
    return secondNode;
  }

  @BeforeEach
  void municipalityWithUnitsAndAnLms() {
    api = Http.at(base);
    code = Tenants.newMunicipality(api);
    lrs = lrsOf(code);
    assertThat(putCsv(code, "units", UNITS).statusCode()).isEqualTo(200);
  }

  @Test
  void aModuleIsCompletedAtTheEarliestStatementThatCountsForIt() {
    roster(OLA);
    String earliest = UUID.randomUUID().toString();
    post(
        statement(
            null, mbox("ola@kommune.no"), COMPLETED, ABC + "/modules/a", "2024-05-04T10:00:00Z"),
        statement(
            null, mbox("ola@kommune.no"), ATTEMPTED, ABC + "/modules/b", "2024-01-01T10:00:00Z"),
        statement(null, mbox("ola@kommune.no"), FAILED, ABC + "/modules/c", "2024-01-01T10:00:00Z"),
        statement(
            null,
            mbox("ola@kommune.no"),
            COMPLETED,
            "https://moodle.example.no/quiz/1",
            "2024-01-01T10:00:00Z"));
    post(
        statement(
            earliest,
            mbox("ola@kommune.no"),
            PASSED,
            ABC + "/modules/a",
            "2024-05-02T12:30:00+02:00"));
    awaitProjected(code);

    JsonObject abc = course(progress("1001"), "ABC");
    JsonObject a = module(abc, "A");
    assertThat(a.getBoolean("completed")).isTrue();
    assertThat(a.getString("completedAt")).isEqualTo("2024-05-02T10:30:00.000Z");
    assertThat(a.getString("statementId")).isEqualTo(earliest);
    assertThat(module(abc, "B").getBoolean("completed")).isFalse();
    assertThat(module(abc, "C").getBoolean("completed")).isFalse();
    assertThat(abc.getInt("modulesDone")).isEqualTo(1);
    assertThat(abc.getInt("modulesTotal")).isEqualTo(5);
    assertThat(abc.getBoolean("completed")).isFalse();
  }

  @Test
  void everyIdentityOfThePersonAndEveryCompletionVerbCountsAndCompletesTheCourse() {
    roster(OLA);
    String last = UUID.randomUUID().toString();
    post(
        statement(
            null, mbox("OLA@Kommune.NO"), COMPLETED, ABC + "/modules/a", "2024-03-01T10:00:00Z"),
        statement(
            null,
            sha1("mailto:ola@kommune.no"),
            PASSED,
            ABC + "/modules/b",
            "2024-03-02T10:00:00Z"),
        statement(
            null,
            account(homePage(code), "1001"),
            SATISFIED,
            ABC + "/modules/c",
            "2024-03-03T10:00:00Z"),
        statement(null, mbox("ola@kommune.no"), WAIVED, ABC + "/modules/d", "2024-03-04T10:00:00Z"),
        statement(
            last, mbox("ola@kommune.no"), COMPLETED, ABC + "/modules/e", "2024-03-05T10:00:00Z"),
        // Neither a group nor an account under another homePage is Ola.
        statement(
            null, group("ola@kommune.no"), COMPLETED, SB + "/modules/1", "2024-03-01T10:00:00Z"),
        statement(
            null,
            account("https://moodle.example.no", "1001"),
            COMPLETED,
            SB + "/modules/2",
            "2024-03-01T10:00:00Z"));
    awaitProjected(code);

    JsonObject progress = progress("1001");
    JsonObject abc = course(progress, "ABC");
    assertThat(abc.getInt("modulesDone")).isEqualTo(5);
    assertThat(abc.getBoolean("completed")).isTrue();
    JsonObject completion = abc.getJsonObject("completion");
    assertThat(completion.getString("basis")).isEqualTo("MODULES");
    assertThat(completion.getString("version")).isEqualTo("DIGITAL");
    assertThat(completion.getString("completedAt")).isEqualTo("2024-03-05T10:00:00.000Z");
    assertThat(completion.getString("completedOn")).isEqualTo("2024-03-05");
    assertThat(completion.getString("statementId")).isEqualTo(last);
    assertThat(course(progress, "SB-MEDISINDISPENSER").getInt("modulesDone")).isZero();
  }

  @Test
  void optionalModulesAreNotNeededForACourse() {
    roster(KARI);
    post(
        statement(
            null, mbox("kari@kommune.no"), COMPLETED, SB + "/modules/1", "2024-03-01T10:00:00Z"),
        statement(
            null, mbox("kari@kommune.no"), COMPLETED, SB + "/modules/2", "2024-03-02T10:00:00Z"));
    awaitProjected(code);
    assertThat(course(progress("1002"), "SB-MEDISINDISPENSER").getBoolean("completed")).isFalse();

    post(
        statement(
            null, mbox("kari@kommune.no"), COMPLETED, SB + "/modules/3", "2024-03-03T10:00:00Z"));
    awaitProjected(code);

    JsonObject sb = course(progress("1002"), "SB-MEDISINDISPENSER");
    assertThat(sb.getBoolean("completed")).isTrue();
    assertThat(sb.getInt("mandatoryDone")).isEqualTo(3);
    assertThat(sb.getInt("mandatoryTotal")).isEqualTo(3);
    assertThat(sb.getInt("modulesTotal")).isEqualTo(4);
    assertThat(sb.getJsonObject("completion").getString("version")).isEqualTo("1");
  }

  @Test
  void aCompletionOnTheCourseActivityRegistersTheCourseAndTheEarliestBasisWins() {
    roster(KARI);
    String registered = UUID.randomUUID().toString();
    post(
        statement(
            registered, mbox("kari@kommune.no"), COMPLETED, ABC, "2016-11-30T12:00:00+01:00"));
    awaitProjected(code);
    JsonObject abc = course(progress("1002"), "ABC");
    assertThat(abc.getBoolean("completed")).isTrue();
    assertThat(abc.getInt("modulesDone")).isZero();
    JsonObject completion = abc.getJsonObject("completion");
    assertThat(completion.getString("basis")).isEqualTo("REGISTERED");
    assertThat(completion.containsKey("version")).isFalse();
    assertThat(completion.getString("completedOn")).isEqualTo("2016-11-30");
    assertThat(completion.getString("statementId")).isEqualTo(registered);

    post(allModulesOfAbc(mbox("kari@kommune.no"), "2024-03-0%dT10:00:00Z"));
    awaitProjected(code);
    assertThat(course(progress("1002"), "ABC").getJsonObject("completion").getString("basis"))
        .isEqualTo("REGISTERED");

    post(voiding(registered));
    awaitProjected(code);
    JsonObject byModules = course(progress("1002"), "ABC").getJsonObject("completion");
    assertThat(byModules.getString("basis")).isEqualTo("MODULES");
    assertThat(byModules.getString("completedAt")).isEqualTo("2024-03-05T10:00:00.000Z");
  }

  @Test
  void voidingWithdrawsExactlyWhatTheVoidedStatementGave() {
    roster(OLA);
    String first = UUID.randomUUID().toString();
    String second = UUID.randomUUID().toString();
    post(allModulesOfAbc(mbox("ola@kommune.no"), "2024-03-0%dT10:00:00Z"));
    post(
        statement(
            first, mbox("ola@kommune.no"), COMPLETED, ABC + "/modules/a", "2024-02-01T10:00:00Z"),
        statement(
            second, mbox("ola@kommune.no"), PASSED, ABC + "/modules/e", "2024-04-01T10:00:00Z"));
    awaitProjected(code);
    JsonObject abc = course(progress("1001"), "ABC");
    assertThat(module(abc, "A").getString("statementId")).isEqualTo(first);
    assertThat(abc.getJsonObject("completion").getString("completedAt"))
        .isEqualTo("2024-03-05T10:00:00.000Z");

    // Voiding the later E statement changes nothing; voiding the first A falls back to the next.
    post(voiding(second), voiding(first));
    awaitProjected(code);
    abc = course(progress("1001"), "ABC");
    assertThat(module(abc, "A").getString("completedAt")).isEqualTo("2024-03-01T10:00:00.000Z");
    assertThat(module(abc, "E").getString("completedAt")).isEqualTo("2024-03-05T10:00:00.000Z");
    assertThat(abc.getBoolean("completed")).isTrue();

    // Voiding the only E statement withdraws module E and with it the course.
    String onlyE = module(abc, "E").getString("statementId");
    post(voiding(onlyE));
    awaitProjected(code);
    abc = course(progress("1001"), "ABC");
    assertThat(module(abc, "E").getBoolean("completed")).isFalse();
    assertThat(abc.getInt("modulesDone")).isEqualTo(4);
    assertThat(abc.getBoolean("completed")).isFalse();
    assertThat(abc.containsKey("completion")).isFalse();
  }

  @Test
  void aStatementWhoseVoidingStatementArrivedFirstNeverCounts() {
    roster(OLA);
    String target = UUID.randomUUID().toString();
    String sameBatch = UUID.randomUUID().toString();
    post(voiding(target));
    post(
        statement(
            target, mbox("ola@kommune.no"), COMPLETED, ABC + "/modules/a", "2024-03-01T10:00:00Z"));
    post(
        voiding(sameBatch),
        statement(
            sameBatch,
            mbox("ola@kommune.no"),
            COMPLETED,
            ABC + "/modules/b",
            "2024-03-01T10:00:00Z"));
    awaitProjected(code);

    JsonObject abc = course(progress("1001"), "ABC");
    assertThat(module(abc, "A").getBoolean("completed")).isFalse();
    assertThat(module(abc, "B").getBoolean("completed")).isFalse();
    assertThat(lrs.get("xapi/statements?voidedStatementId=" + target).statusCode()).isEqualTo(200);
  }

  /**
   * 1,000 rounds (or {@code -Dabc.it.voiding.rounds}) of a completion and its voiding statement
   * posted at the same moment: in a batch or alone, either one first. Not one may still count.
   */
  @Test
  void aVoidingStatementStoredAtTheSameMomentAsItsTargetAlwaysVoidsIt() throws Exception {
    roster(OLA);
    assertEveryTargetVoided("on one node", List.of(lrs));
  }

  /** The same race with the completion on one node and its voiding statement on the other. */
  @Test
  void aVoidingStatementStoredOnOneNodeWhileTheOtherStoresItsTargetAlwaysVoidsIt()
      throws Exception {
    roster(OLA);
    LrsCredentials client = Tenants.newLrsClient(api, code, "all");
    Http nodeA = api.xapi(client.key(), client.secret());
    Http nodeB = Http.at(secondNode().url()).xapi(client.key(), client.secret());
    assertEveryTargetVoided("across two nodes", List.of(nodeA, nodeB));
  }

  /** Runs the voiding race for Ola through these nodes: no target counts, as a statement or not. */
  void assertEveryTargetVoided(String where, List<Http> nodes) throws Exception {
    VoidingRace.Result race =
        VoidingRace.run(nodes, "ola@kommune.no", Integer.getInteger("abc.it.voiding.rounds", 1000));
    System.out.println("voiding race " + where + ": " + race.summary());

    assertThat(race.lost()).as(race.summary()).isEmpty();
    awaitProjected(code);
    JsonObject abc = course(progress("1001"), "ABC");
    assertThat(module(abc, "A").getBoolean("completed")).isFalse();
    assertThat(abc.getInt("modulesDone")).isZero();
  }

  @Test
  void statementsOfSomeoneNotYetImportedCountOnceTheRosterHasThem() {
    roster(OLA);
    post(allModulesOfAbc(mbox("per@kommune.no"), "2023-10-0%dT10:00:00Z"));
    post(allModulesOfAbc(account(homePage(code), "1002"), "2023-11-0%dT10:00:00Z"));
    awaitProjected(code);
    assertThat(api.asAdmin().get(path("staff/1003/progress")).statusCode()).isEqualTo(404);

    roster(OLA + KARI + PER);
    awaitProjected(code);

    JsonObject per = course(progress("1003"), "ABC");
    assertThat(per.getBoolean("completed")).isTrue();
    assertThat(per.getJsonObject("completion").getString("completedAt"))
        .isEqualTo("2023-10-05T10:00:00.000Z");
    assertThat(course(progress("1002"), "ABC").getJsonObject("completion").getString("completedAt"))
        .isEqualTo("2023-11-05T10:00:00.000Z");
    assertThat(course(progress("1001"), "ABC").getBoolean("completed")).isFalse();
  }

  @Test
  void anEmailAddressThatMovesToAnotherPersonTakesItsCompletionsAlong() {
    roster(OLA);
    roster(OLA.replace("ola@kommune.no", "delt@kommune.no"));
    post(
        statement(
            null, mbox("delt@kommune.no"), COMPLETED, ABC + "/modules/a", "2024-03-01T10:00:00Z"),
        statement(
            null,
            account(homePage(code), "1001"),
            COMPLETED,
            ABC + "/modules/b",
            "2024-03-02T10:00:00Z"));
    awaitProjected(code);
    assertThat(course(progress("1001"), "ABC").getInt("modulesDone")).isEqualTo(2);

    // Ola goes back to an address he had before (no new identity for him); delt@ moves to Kari.
    roster(OLA + KARI.replace("kari@kommune.no", "delt@kommune.no"));
    awaitProjected(code);

    JsonObject ola = course(progress("1001"), "ABC");
    assertThat(module(ola, "A").getBoolean("completed")).isFalse();
    assertThat(module(ola, "B").getBoolean("completed")).isTrue();
    JsonObject kari = course(progress("1002"), "ABC");
    assertThat(module(kari, "A").getString("completedAt")).isEqualTo("2024-03-01T10:00:00.000Z");
    assertThat(kari.getInt("modulesDone")).isEqualTo(1);
  }

  @Test
  void completionIsPerPersonWhateverTheirEmploymentsAndOutlivesThem() {
    roster(OLA + OLA_NIGHTS + KARI);
    post(allModulesOfAbc(mbox("ola@kommune.no"), "2024-03-0%dT10:00:00Z"));
    awaitProjected(code);
    JsonObject progress = progress("1001");
    assertThat(progress.getJsonArray("courses"))
        .extracting(c -> c.asJsonObject().getString("code"))
        .containsExactly("ABC", "SB-MEDISINDISPENSER");
    assertThat(course(progress, "ABC").getBoolean("completed")).isTrue();

    // Ola leaves: both employments end; what he completed stays, and late statements still count.
    JsonObject imported = Http.json(putCsv(code, "staff", HEADER + KARI)).asJsonObject();
    assertThat(imported.getInt("employmentsEnded")).isEqualTo(2);
    post(
        statement(
            null, mbox("ola@kommune.no"), COMPLETED, SB + "/modules/1", "2024-04-01T10:00:00Z"));
    awaitProjected(code);
    progress = progress("1001");
    assertThat(course(progress, "ABC").getJsonObject("completion").getString("completedAt"))
        .isEqualTo("2024-03-05T10:00:00.000Z");
    assertThat(course(progress, "SB-MEDISINDISPENSER").getInt("modulesDone")).isEqualTo(1);
  }

  @Test
  void parallelStatementsForOnePersonGiveOneCompletionAtTheEarliestTimestamp() throws Exception {
    roster(OLA + KARI);
    List<String[]> sent = postConcurrently(List.of(lrs), "ola@kommune.no");
    awaitProjected(code);

    assertEarliestCount(course(progress("1001"), "ABC"), sent);
    assertThat(
            rows(
                "SELECT COUNT(*) FROM module_completion c JOIN person p ON p.id = c.person_id"
                    + " JOIN municipality m ON m.id = p.municipality_id WHERE m.code = ?"))
        .isEqualTo(5);
    assertThat(course(progress("1002"), "ABC").getInt("modulesDone")).isZero();
  }

  @Test
  void twoNodesStoringAndVoidingForOnePersonAtOnceGiveTheSameCompletionsAsOne() throws Exception {
    roster(OLA);
    LrsCredentials client = Tenants.newLrsClient(api, code, "all");
    SecondNode second = secondNode();
    Http nodeA = api.xapi(client.key(), client.secret());
    Http nodeB = Http.at(second.url()).xapi(client.key(), client.secret());
    List<String[]> sent = postConcurrently(List.of(nodeA, nodeB), "ola@kommune.no");
    // Void the earliest A (through B) and the earliest B (through A) while both projectors run.
    String[] firstA = earliest(sent, ABC + "/modules/a");
    String[] firstB = earliest(sent, ABC + "/modules/b");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> viaB = pool.submit(() -> post(nodeB, voiding(firstA[0])));
      Future<?> viaA = pool.submit(() -> post(nodeA, voiding(firstB[0])));
      viaB.get();
      viaA.get();
    } finally {
      pool.shutdown();
    }
    awaitProjected(code);

    List<String[]> counting = sent.stream().filter(s -> s != firstA && s != firstB).toList();
    assertEarliestCount(course(progress("1001"), "ABC"), counting);
    Http adminOnB = Http.at(second.url()).asAdmin();
    assertThat(adminOnB.get(path("staff/1001/progress")).body())
        .isEqualTo(api.asAdmin().get(path("staff/1001/progress")).body());
  }

  /**
   * 8 threads each post 6 batches of 5 statements (one per ABC module) for one person, thread t to
   * {@code nodes[t % n]}; every statement has its own timestamp, in shuffled order. Answers what
   * was sent: {id, module activity, timestamp}.
   */
  List<String[]> postConcurrently(List<Http> nodes, String email) throws Exception {
    int threads = 8;
    int postsPerThread = 6;
    List<Integer> minutes = new ArrayList<>();
    for (int i = 0; i < threads * postsPerThread * 5; i++) {
      minutes.add(1 + i * 97);
    }
    Collections.shuffle(minutes);
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    List<String[]> sent = new ArrayList<>();
    List<List<String>> bodies = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      List<String> posts = new ArrayList<>();
      for (int p = 0; p < postsPerThread; p++) {
        StringBuilder batch = new StringBuilder("[");
        for (int m = 0; m < 5; m++) {
          String id = UUID.randomUUID().toString();
          String at = start.plus(Duration.ofMinutes(minutes.get(sent.size()))).toString();
          String module = ABC + "/modules/" + (char) ('a' + m);
          sent.add(new String[] {id, module, at});
          batch.append(m == 0 ? "" : ",").append(statement(id, mbox(email), COMPLETED, module, at));
        }
        posts.add(batch.append(']').toString());
      }
      bodies.add(posts);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Integer>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Http node = nodes.get(t % nodes.size());
        List<String> posts = bodies.get(t);
        results.add(
            pool.submit(
                () ->
                    posts.stream()
                        .map(b -> node.post("xapi/statements", b).statusCode())
                        .toList()));
      }
      for (Future<List<Integer>> result : results) {
        assertThat(result.get()).containsOnly(200);
      }
    } finally {
      pool.shutdown();
    }
    return sent;
  }

  static String[] earliest(List<String[]> sent, String module) {
    return sent.stream()
        .filter(s -> s[1].equals(module))
        .min((x, y) -> Instant.parse(x[2]).compareTo(Instant.parse(y[2])))
        .orElseThrow();
  }

  /** Each module at its earliest counting statement; the course at the latest of those. */
  static void assertEarliestCount(JsonObject abc, List<String[]> counting) {
    Instant courseDone = Instant.MIN;
    for (char m = 'a'; m <= 'e'; m++) {
      String[] first = earliest(counting, ABC + "/modules/" + m);
      JsonObject done = module(abc, String.valueOf(Character.toUpperCase(m)));
      assertThat(Instant.parse(done.getString("completedAt"))).isEqualTo(Instant.parse(first[2]));
      assertThat(done.getString("statementId")).isEqualTo(first[0]);
      if (Instant.parse(first[2]).isAfter(courseDone)) {
        courseDone = Instant.parse(first[2]);
      }
    }
    assertThat(Instant.parse(abc.getJsonObject("completion").getString("completedAt")))
        .isEqualTo(courseDone);
  }

  @Test
  void whileAnotherProjectorHoldsTheMunicipalityNothingIsWrittenAndNothingIsLost()
      throws Exception {
    roster(OLA);
    awaitProjected(code);
    try (Connection other = DriverManager.getConnection(itDatabaseUrl(), "root", "")) {
      other.setAutoCommit(false);
      try (PreparedStatement lock =
          other.prepareStatement(
              "SELECT p.municipality_id FROM progress_projector p JOIN municipality m"
                  + " ON m.id = p.municipality_id WHERE m.code = ? FOR UPDATE")) {
        lock.setString(1, code);
        try (ResultSet rs = lock.executeQuery()) {
          assertThat(rs.next()).as("the lock row exists after the first projection").isTrue();
        }
      }
      post(allModulesOfAbc(mbox("ola@kommune.no"), "2024-03-0%dT10:00:00Z"));
      JsonObject status = status(code);
      assertThat(status.getInt("pending")).isEqualTo(5);
      assertThat(status.getString("oldestPendingStored")).isNotEmpty();
      // The node's projector polls several times a second; it must keep skipping this municipality.
      long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
      while (System.nanoTime() < until) {
        assertThat(status(code).getInt("pending")).isEqualTo(5);
        assertThat(course(progress("1001"), "ABC").getInt("modulesDone")).isZero();
        Thread.sleep(100);
      }
      other.rollback();
    }
    awaitProjected(code);
    JsonObject status = status(code);
    assertThat(status.get("oldestPendingStored")).isEqualTo(JsonValue.NULL);
    assertThat(status.getString("lastProjectedAt")).isNotEmpty();
    assertThat(course(progress("1001"), "ABC").getBoolean("completed")).isTrue();
  }

  /**
   * A queued row the projector cannot apply (here a kind no version of it writes) fails every run;
   * the rows queued with it are applied one at a time, the bad one is parked with its error after
   * {@link no.abctracker.progress.control.Projector#ATTEMPTS_BEFORE_PARKING} attempts, and the rest
   * of the municipality's work (Ola's statements, queued after it) flows. An administrator's retry
   * puts it back; it fails again and is parked again.
   */
  @Test
  void aRowThatAlwaysFailsIsParkedWithItsErrorAndTheRestFlows() throws Exception {
    roster(OLA);
    awaitProjected(code);
    try (Connection db = DriverManager.getConnection(itDatabaseUrl(), "root", "");
        PreparedStatement poison =
            db.prepareStatement(
                "INSERT INTO progress_pending (municipality_id, kind, ref, enqueued_at)"
                    + " VALUES (?, 'POISON', 1, UTC_TIMESTAMP(6))")) {
      poison.setLong(1, municipalityId(db, code));
      assertThat(poison.executeUpdate()).isEqualTo(1);
    }
    post(allModulesOfAbc(mbox("ola@kommune.no"), "2024-03-0%dT10:00:00Z"));

    JsonObject status = awaitParked(code);
    assertThat(status.getInt("pending")).isZero();
    assertThat(course(progress("1001"), "ABC").getBoolean("completed")).isTrue();
    HttpResponse<String> parked =
        api.asAdmin().get("api/v1/municipalities/" + code + "/progress/parked");
    assertThat(parked.statusCode()).as(parked.body()).isEqualTo(200);
    JsonObject row = Http.json(parked).asJsonObject().getJsonArray("parked").getJsonObject(0);
    assertThat(row.getString("kind")).isEqualTo("POISON");
    assertThat(row.getInt("attempts"))
        .isEqualTo(no.abctracker.progress.control.Projector.ATTEMPTS_BEFORE_PARKING);
    assertThat(row.getString("error")).contains("POISON");

    HttpResponse<String> retried =
        api.asAdmin().post("api/v1/municipalities/" + code + "/progress/parked/retry", "");
    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
    assertThat(Http.json(retried).asJsonObject().getInt("retried")).isEqualTo(1);
    assertThat(awaitParked(code).getInt("pending")).isZero();
  }

  /** Polls the status until one row is parked, for at most a minute. */
  JsonObject awaitParked(String municipality) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      JsonObject status = status(municipality);
      if (status.getInt("parked") == 1 && status.getInt("pending") == 0) {
        return status;
      }
      assertThat(System.nanoTime()).as("parked within a minute: " + status).isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  /**
   * The projector's lock lasts as long as its transaction: while a run that has written completions
   * waits to delete its queue rows (held here by another connection), nobody else can take the
   * municipality and nothing it wrote is visible. Today's runs start from the poll, whose
   * managed-executor context once left the connection in autocommit.
   */
  @Test
  void theProjectorHoldsTheMunicipalityUntilWhatItWroteIsCommitted() throws Exception {
    roster(OLA);
    awaitProjected(code);
    try (Connection holder = DriverManager.getConnection(itDatabaseUrl(), "root", "");
        Connection queue = DriverManager.getConnection(itDatabaseUrl(), "root", "");
        Connection probe = DriverManager.getConnection(itDatabaseUrl(), "root", "")) {
      long municipality = municipalityId(probe, code);
      holder.setAutoCommit(false);
      assertThat(lockProjectorRow(holder, municipality, "")).isTrue();
      post(allModulesOfAbc(mbox("ola@kommune.no"), "2024-03-0%dT10:00:00Z"));
      queue.setAutoCommit(false);
      try (PreparedStatement rows =
          queue.prepareStatement(
              "SELECT id FROM progress_pending WHERE municipality_id = ? FOR UPDATE")) {
        rows.setLong(1, municipality);
        try (ResultSet rs = rows.executeQuery()) {
          int held = 0;
          while (rs.next()) {
            held++;
          }
          assertThat(held).isEqualTo(5);
        }
      }
      holder.rollback(); // the next poll takes the municipality, writes, then waits for the rows
      awaitAQueueDeleteWaitingForItsRows(probe);

      probe.setAutoCommit(false);
      assertThatThrownBy(() -> lockProjectorRow(probe, municipality, " NOWAIT"))
          .as("another projector takes the municipality while the run is still open")
          .isInstanceOf(SQLException.class);
      probe.rollback();
      assertThat(course(progress("1001"), "ABC").getInt("modulesDone"))
          .as("completions of a run that has not committed are visible")
          .isZero();
      queue.rollback();
    }
    awaitProjected(code);
    assertThat(course(progress("1001"), "ABC").getBoolean("completed")).isTrue();
  }

  static boolean lockProjectorRow(Connection db, long municipality, String option)
      throws SQLException {
    try (PreparedStatement lock =
        db.prepareStatement(
            "SELECT municipality_id FROM progress_projector WHERE municipality_id = ? FOR UPDATE"
                + option)) {
      lock.setLong(1, municipality);
      try (ResultSet rs = lock.executeQuery()) {
        return rs.next();
      }
    }
  }

  static void awaitAQueueDeleteWaitingForItsRows(Connection db) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      StringBuilder transactions = new StringBuilder();
      try (PreparedStatement open =
              db.prepareStatement(
                  "SELECT trx_state, trx_started, trx_query FROM information_schema.INNODB_TRX");
          ResultSet rs = open.executeQuery()) {
        while (rs.next()) {
          String query = rs.getString(3);
          if ("LOCK WAIT".equals(rs.getString(1))
              && query != null
              && query.startsWith("DELETE FROM progress_pending")) {
            return;
          }
          transactions.append(String.format("%n%s %s %s", rs.getString(1), rs.getString(2), query));
        }
      }
      // The same wait as the server's sessions show it: a DELETE of the queue that has been at it
      // for a second or more can only be waiting for the rows held here (INNODB_TRX alone missed
      // such a wait in some CI runs).
      try (PreparedStatement sessions =
              db.prepareStatement(
                  "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE command = 'Query'"
                      + " AND time >= 1 AND info LIKE 'DELETE FROM progress\\_pending%'");
          ResultSet rs = sessions.executeQuery()) {
        rs.next();
        if (rs.getInt(1) > 0) {
          return;
        }
      }
      if (System.nanoTime() >= deadline) {
        // What the projector left behind, for a failure that cannot be rerun at will.
        try (PreparedStatement state =
                db.prepareStatement(
                    "SELECT p.municipality_id, COUNT(q.id), p.last_projected_at"
                        + " FROM progress_projector p LEFT JOIN progress_pending q"
                        + " ON q.municipality_id = p.municipality_id GROUP BY p.municipality_id,"
                        + " p.last_projected_at HAVING COUNT(q.id) > 0");
            ResultSet rs = state.executeQuery()) {
          transactions.append(String.format("%nqueued work (municipality, rows, last projected):"));
          while (rs.next()) {
            transactions.append(
                String.format(" (%d, %d, %s)", rs.getLong(1), rs.getLong(2), rs.getString(3)));
          }
        }
        try (PreparedStatement sessions =
                db.prepareStatement(
                    "SELECT id, command, time, state, info FROM information_schema.PROCESSLIST"
                        + " WHERE db = DATABASE() AND command <> 'Sleep'");
            ResultSet rs = sessions.executeQuery()) {
          transactions.append(String.format("%nsessions at work (id, command, s, state, query):"));
          while (rs.next()) {
            transactions.append(
                String.format(
                    "%n%d %s %d %s %s",
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getLong(3),
                    rs.getString(4),
                    rs.getString(5)));
          }
        }
        transactions.append(
            String.format("%nprojector threads:%s", ServerThreads.mentioning("progress.control")));
      }
      assertThat(System.nanoTime())
          .as("a projector run waits for its queue rows; open transactions:" + transactions)
          .isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  /**
   * {@code X-Experience-API-Consistent-Through} read on the second node while the first is busy
   * storing: every statement stored up to that time must already be there when it is read; none may
   * turn up later.
   */
  @Test
  void consistentThroughOnOneNodeCoversWhatTheOtherNodeIsStoring() throws Exception {
    LrsCredentials client = Tenants.newLrsClient(api, code, "all");
    Http writer = api.xapi(client.key(), client.secret());
    Http reader = Http.at(secondNode().url()).xapi(client.key(), client.secret());
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Integer>> writers = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      writers.add(
          pool.submit(
              () -> {
                int posts = 0;
                while (writing.get()) {
                  String[] batch = new String[50];
                  for (int i = 0; i < batch.length; i++) {
                    batch[i] =
                        statement(
                            null,
                            mbox("ola@kommune.no"),
                            ATTEMPTED,
                            ABC + "/modules/b",
                            "2024-03-01T10:00:00Z");
                  }
                  post(writer, batch);
                  posts++;
                }
                return posts;
              }));
    }
    List<Instant> throughs = new ArrayList<>();
    List<Long> seen = new ArrayList<>();
    try (Connection db = DriverManager.getConnection(itDatabaseUrl(), "root", "")) {
      long municipality = municipalityId(db, code);
      long until = System.nanoTime() + Duration.ofSeconds(8).toNanos();
      while (System.nanoTime() < until) {
        HttpResponse<String> read = reader.get("xapi/statements?limit=1");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        Instant through =
            Instant.parse(read.headers().firstValue("X-Experience-API-Consistent-Through").get());
        throughs.add(through);
        seen.add(storedUpTo(db, municipality, through));
      }
      writing.set(false);
      int posts = 0;
      for (Future<Integer> w : writers) {
        posts += w.get();
      }
      pool.shutdown();
      List<String> violated = new ArrayList<>();
      for (int i = 0; i < throughs.size(); i++) {
        long later = storedUpTo(db, municipality, throughs.get(i));
        if (later != seen.get(i)) {
          violated.add(throughs.get(i) + ": " + seen.get(i) + " stored then, " + later + " now");
        }
      }
      System.out.println(
          "Consistent-Through on the second node while the first stored "
              + posts
              + " batches: "
              + throughs.size()
              + " readings, "
              + violated.size()
              + " followed by statements stored before them");
      assertThat(posts).isGreaterThan(10);
      assertThat(throughs.size()).isGreaterThan(20);
      assertThat(violated).isEmpty();
    } finally {
      writing.set(false);
      pool.shutdownNow();
    }
  }

  static long municipalityId(Connection db, String code) throws SQLException {
    try (PreparedStatement id = db.prepareStatement("SELECT id FROM municipality WHERE code = ?")) {
      id.setString(1, code);
      try (ResultSet rs = id.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static long storedUpTo(Connection db, long municipality, Instant through) throws SQLException {
    try (PreparedStatement count =
        db.prepareStatement(
            "SELECT COUNT(*) FROM xapi_statement WHERE municipality_id = ? AND stored <= ?")) {
      count.setLong(1, municipality);
      count.setObject(2, java.time.LocalDateTime.ofInstant(through, java.time.ZoneOffset.UTC));
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void anotherMunicipalitysStatementsNeverCountHere() {
    roster(OLA);
    String other = Tenants.newMunicipality(api);
    assertThat(putCsv(other, "units", UNITS).statusCode()).isEqualTo(200);
    assertThat(putCsv(other, "staff", HEADER + OLA).statusCode()).isEqualTo(200);
    Http otherLrs = lrsOf(other);
    post(otherLrs, allModulesOfAbc(mbox("ola@kommune.no"), "2024-03-0%dT10:00:00Z"));
    post(
        otherLrs,
        statement(
            null,
            account(homePage(code), "1001"),
            COMPLETED,
            SB + "/modules/1",
            "2024-03-01T10:00:00Z"));
    awaitProjected(other);
    awaitProjected(code);

    assertThat(course(progress("1001"), "ABC").getInt("modulesDone")).isZero();
    assertThat(course(progress("1001"), "SB-MEDISINDISPENSER").getInt("modulesDone")).isZero();
    JsonObject theirs =
        Http.json(api.asAdmin().get("api/v1/municipalities/" + other + "/staff/1001/progress"))
            .asJsonObject();
    assertThat(course(theirs, "ABC").getBoolean("completed")).isTrue();
    assertThat(course(theirs, "SB-MEDISINDISPENSER").getInt("modulesDone")).isZero();

    Http theirCoordinator = api.basic(user(other, "COORDINATOR", null, null), "password-1");
    assertThat(theirCoordinator.get(path("staff/1001/progress")).statusCode()).isEqualTo(403);
    assertThat(theirCoordinator.get(path("progress/status")).statusCode()).isEqualTo(403);
    assertThat(
            theirCoordinator
                .get("api/v1/municipalities/" + other + "/staff/1001/progress")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void staffSeeOnlyTheirOwnProgressAndUnitLeadersTheirUnits() {
    roster(OLA + KARI);
    Http ola = api.basic(user(code, "STAFF", null, "1001"), "password-1");
    assertThat(employeeIdOf(ola.get(path("staff/1001/progress")))).isEqualTo("1001");
    HttpResponse<String> notHis = ola.get(path("staff/1002/progress"));
    assertThat(notHis.statusCode()).isEqualTo(403);
    assertThat(notHis.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(ola.get(path("progress/status")).statusCode()).isEqualTo(403);

    Http homeCare = api.basic(user(code, "UNIT_LEADER", List.of("HJT"), null), "password-1");
    assertThat(employeeIdOf(homeCare.get(path("staff/1001/progress")))).isEqualTo("1001");
    assertThat(homeCare.get(path("staff/1002/progress")).statusCode()).isEqualTo(403);

    Http coordinator = api.basic(user(code, "COORDINATOR", null, null), "password-1");
    assertThat(employeeIdOf(coordinator.get(path("staff/1002/progress")))).isEqualTo("1002");
    assertThat(coordinator.get(path("progress/status")).statusCode()).isEqualTo(200);
    HttpResponse<String> unknown = coordinator.get(path("staff/9999/progress"));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  /** The person a 200 progress answer is about, with its ABC course present. */
  static String employeeIdOf(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject progress = Http.json(response).asJsonObject();
    assertThat(course(progress, "ABC").getBoolean("completed")).isFalse();
    return progress.getString("employeeId");
  }

  // --- attendance at a group-based version's sessions ---

  @Test
  void attendingFourOfFiveSessionsCompletesTheCourseAndTheScheduleMovesTheThreshold() {
    roster(OLA + KARI + PER);
    Http coordinator = api.basic(user(code, "COORDINATOR", null, null), "password-1");
    String cohort = cohort(coordinator, "ABC vår", "2016");
    List<JsonObject> sessions = new ArrayList<>();
    for (int n = 1; n <= 5; n++) {
      sessions.add(session(coordinator, cohort, -30 + 5 * n));
    }
    enrol(coordinator, cohort, "1001", "1002", "1003");
    for (int n = 0; n < 4; n++) {
      attend(
          coordinator, cohort, sessions.get(n), n < 3 ? List.of("1001", "1002") : List.of("1001"));
    }
    awaitProjected(code);

    JsonObject ola = course(progress("1001"), "ABC");
    assertThat(ola.getBoolean("completed")).isTrue();
    JsonObject completion = ola.getJsonObject("completion");
    assertThat(completion.getString("basis")).isEqualTo("ATTENDANCE");
    assertThat(completion.getString("version")).isEqualTo("2016");
    assertThat(Instant.parse(completion.getString("completedAt")))
        .isEqualTo(startOf(sessions.get(3)));
    assertThat(completion.getString("statementId"))
        .isEqualTo(attendanceStatement(coordinator, cohort, sessions.get(3), "1001"));
    assertThat(ola.getInt("modulesDone")).isZero();
    assertThat(course(progress("1002"), "ABC").getBoolean("completed")).isFalse();
    assertThat(cohortMember(coordinator, cohort, "1001").getBoolean("attendanceRuleMet")).isTrue();

    // A sixth session: 80 % of 6 is 5 sessions, which Ola has not attended.
    JsonObject sixth = session(coordinator, cohort, 2);
    awaitProjected(code);
    assertThat(course(progress("1001"), "ABC").getBoolean("completed")).isFalse();

    // Cancelled again, and session 5 (nobody attended) too: 4 of 4 needed, Ola has them.
    cancel(coordinator, cohort, sixth);
    cancel(coordinator, cohort, sessions.get(4));
    awaitProjected(code);
    assertThat(course(progress("1001"), "ABC").getJsonObject("completion").getString("completedAt"))
        .isEqualTo(completion.getString("completedAt"));
    assertThat(course(progress("1002"), "ABC").getBoolean("completed")).isFalse();

    // Ola's attendance at session 4 is removed (its statement voided): 3 of 4 are not enough...
    HttpResponse<String> removed =
        coordinator.delete(attendancePath(cohort, sessions.get(3)) + "/1001");
    assertThat(removed.statusCode()).as(removed.body()).isIn(200, 204);
    awaitProjected(code);
    assertThat(course(progress("1001"), "ABC").getBoolean("completed")).isFalse();

    // ...until session 4 is cancelled: 3 of 3 complete both at session 3.
    cancel(coordinator, cohort, sessions.get(3));
    awaitProjected(code);
    for (String employee : List.of("1001", "1002")) {
      JsonObject done = course(progress(employee), "ABC").getJsonObject("completion");
      assertThat(done.getString("basis")).isEqualTo("ATTENDANCE");
      assertThat(Instant.parse(done.getString("completedAt"))).isEqualTo(startOf(sessions.get(2)));
      assertThat(done.getString("statementId"))
          .isEqualTo(attendanceStatement(coordinator, cohort, sessions.get(2), employee));
    }
    assertThat(course(progress("1003"), "ABC").getBoolean("completed")).isFalse();
  }

  @Test
  void aCheckInCountsAndRemovingTheAttendanceWithdrawsTheCompletion() {
    roster(OLA + KARI);
    Http coordinator = api.basic(user(code, "COORDINATOR", null, null), "password-1");
    String groupCohort = cohort(coordinator, "ABC dag", "2016");
    String digitalCohort = cohort(coordinator, "ABC digital", "DIGITAL");
    JsonObject only = session(coordinator, groupCohort, 1);
    JsonObject digitalOnly = session(coordinator, digitalCohort, 1);
    enrol(coordinator, groupCohort, "1002");
    enrol(coordinator, digitalCohort, "1001");
    Http kari = api.basic(user(code, "STAFF", null, "1002"), "password-1");
    Http ola = api.basic(user(code, "STAFF", null, "1001"), "password-1");

    checkIn(coordinator, groupCohort, only, kari);
    checkIn(coordinator, digitalCohort, digitalOnly, ola);
    awaitProjected(code);

    // One session of one: 80 % of 1 rounds up to 1. A version completed by modules ignores it.
    JsonObject done = course(progress("1002"), "ABC").getJsonObject("completion");
    assertThat(done.getString("basis")).isEqualTo("ATTENDANCE");
    assertThat(Instant.parse(done.getString("completedAt"))).isEqualTo(startOf(only));
    assertThat(course(progress("1001"), "ABC").getBoolean("completed")).isFalse();

    HttpResponse<String> removed = coordinator.delete(attendancePath(groupCohort, only) + "/1002");
    assertThat(removed.statusCode()).as(removed.body()).isIn(200, 204);
    awaitProjected(code);
    assertThat(course(progress("1002"), "ABC").getBoolean("completed")).isFalse();
    assertThat(course(progress("1002"), "ABC").containsKey("completion")).isFalse();
  }

  @Test
  void anAttendedStatementForAnotherMunicipalitysSessionNeverCounts() {
    roster(OLA);
    Http coordinator = api.basic(user(code, "COORDINATOR", null, null), "password-1");
    String cohort = cohort(coordinator, "ABC kveld", "2016");
    JsonObject session = session(coordinator, cohort, 1);
    String attended = "http://adlnet.gov/expapi/verbs/attended";
    String other = Tenants.newMunicipality(api);
    assertThat(putCsv(other, "units", UNITS).statusCode()).isEqualTo(200);
    assertThat(putCsv(other, "staff", HEADER + OLA).statusCode()).isEqualTo(200);
    post(
        lrsOf(other),
        statement(
            null,
            account(homePage(other), "1001"),
            attended,
            session.getString("activityId"),
            "2024-03-01T10:00:00Z"));
    // An LMS of this municipality may report attendance at its session, though.
    post(
        statement(
            null,
            account(homePage(code), "1001"),
            attended,
            session.getString("activityId"),
            "2024-03-02T10:00:00Z"));
    awaitProjected(other);
    awaitProjected(code);

    assertThat(course(progress("1001"), "ABC").getJsonObject("completion").getString("completedAt"))
        .isEqualTo("2024-03-02T10:00:00.000Z");
    JsonObject theirs =
        Http.json(api.asAdmin().get("api/v1/municipalities/" + other + "/staff/1001/progress"))
            .asJsonObject();
    assertThat(course(theirs, "ABC").getBoolean("completed")).isFalse();
  }

  // --- manual registrations ---

  @Test
  void aCoordinatorRegistersAModuleAndTheCourseWithReasonsAndTheProjectorCountsThem() {
    roster(OLA + KARI);
    String coordinatorName = user(code, "COORDINATOR", null, null);
    Http coordinator = api.basic(coordinatorName, "password-1");

    HttpResponse<String> created =
        coordinator.post(
            path("staff/1001/registrations"),
            "{\"course\":\"ABC\",\"module\":\"C\",\"completedOn\":\"2015-06-10\","
                + "\"reason\":\"Hefte C fullført på papir, kursbevis i personalmappen\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject module = Http.json(created).asJsonObject();
    String moduleId = module.getString("id");
    assertThat(created.headers().firstValue("Location").orElseThrow())
        .endsWith(path("staff/1001/registrations/" + moduleId));
    assertThat(module.getString("statementId")).isEqualTo(moduleId);
    assertThat(module.getString("registeredBy")).isEqualTo(coordinatorName);
    assertThat(module.getBoolean("withdrawn")).isFalse();
    String courseId =
        register(
            coordinator,
            "1001",
            "{\"course\":\"ABC\",\"completedOn\":\"2016-11-30\","
                + "\"reason\":\"Gruppekurs 2016, liste fra ABC-kontakten\"}");
    awaitProjected(code);

    JsonObject abc = course(progress("1001"), "ABC");
    assertThat(module(abc, "C").getString("completedAt")).isEqualTo("2015-06-10T10:00:00.000Z");
    assertThat(module(abc, "C").getString("statementId")).isEqualTo(moduleId);
    JsonObject registered = abc.getJsonObject("completion");
    assertThat(registered.getString("basis")).isEqualTo("REGISTERED");
    assertThat(registered.getString("completedOn")).isEqualTo("2016-11-30");
    assertThat(registered.getString("statementId")).isEqualTo(courseId);
    assertThat(course(progress("1002"), "ABC").getBoolean("completed")).isFalse();

    // In the LRS: the person's completed statement, with the coordinator as authority.
    Http reader = lrsOf(code);
    JsonObject statement =
        Http.json(reader.get("xapi/statements?statementId=" + courseId)).asJsonObject();
    assertThat(statement.getJsonObject("actor").getJsonObject("account").getString("name"))
        .isEqualTo("1001");
    assertThat(statement.getJsonObject("object").getString("id")).isEqualTo(ABC);
    assertThat(statement.getJsonObject("authority").getJsonObject("account").getString("name"))
        .isEqualTo(coordinatorName);

    // Withdrawn: the statement is voided and the course is no longer completed; the trail stays.
    HttpResponse<String> withdrawn =
        coordinator.send(
            "DELETE",
            path("staff/1001/registrations/" + courseId),
            "application/json",
            "{\"reason\":\"Feil person på deltakerlisten\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    JsonObject withdrawal = Http.json(withdrawn).asJsonObject().getJsonObject("withdrawal");
    assertThat(withdrawal.getString("by")).isEqualTo(coordinatorName);
    assertThat(withdrawal.getString("reason")).isEqualTo("Feil person på deltakerlisten");
    awaitProjected(code);
    abc = course(progress("1001"), "ABC");
    assertThat(abc.getBoolean("completed")).isFalse();
    assertThat(module(abc, "C").getBoolean("completed")).isTrue();
    assertThat(reader.get("xapi/statements?voidedStatementId=" + courseId).statusCode())
        .isEqualTo(200);
    assertThat(
            Http.json(
                    reader.get(
                        "xapi/statements?statementId="
                            + withdrawal.getString("voidingStatementId")))
                .asJsonObject()
                .getJsonObject("object")
                .getString("id"))
        .isEqualTo(courseId);

    JsonArray trail = Http.json(coordinator.get(path("staff/1001/registrations"))).asJsonArray();
    assertThat(trail).hasSize(2);
    assertThat(trail.getJsonObject(0).getString("id")).isEqualTo(courseId);
    assertThat(trail.getJsonObject(0).getBoolean("withdrawn")).isTrue();
    assertThat(trail.getJsonObject(0).getString("reason"))
        .isEqualTo("Gruppekurs 2016, liste fra ABC-kontakten");
    assertThat(trail.getJsonObject(1).getString("module")).isEqualTo("C");
    assertThat(trail.getJsonObject(1).getBoolean("withdrawn")).isFalse();

    HttpResponse<String> again =
        coordinator.send(
            "DELETE",
            path("staff/1001/registrations/" + courseId),
            "application/json",
            "{\"reason\":\"igjen\"}".getBytes(StandardCharsets.UTF_8));
    assertProblem(again, 409, "withdrawn already");
  }

  @Test
  void badRegistrationsAreRefusedWithEveryFaultNamedAndChangeNothing() {
    roster(OLA);
    Http coordinator = api.basic(user(code, "COORDINATOR", null, null), "password-1");
    String registrations = path("staff/1001/registrations");

    assertProblem(
        coordinator.post(registrations, "{\"module\":7,\"completedOn\":\"10.06.2015\"}"),
        400,
        "course: is required",
        "module: must be a string",
        "completedOn: '10.06.2015' is not a date",
        "reason: is required");
    assertProblem(
        coordinator.post(
            registrations, "{\"course\":\"XYZ\",\"completedOn\":\"2015-06-10\",\"reason\":\"r\"}"),
        400,
        "no course 'XYZ'",
        "ABC");
    assertProblem(
        coordinator.post(
            registrations,
            "{\"course\":\"ABC\",\"module\":\"Q\",\"completedOn\":\"2015-06-10\","
                + "\"reason\":\"r\"}"),
        400,
        "has no module 'Q'");
    assertProblem(
        coordinator.post(
            registrations,
            "{\"course\":\"ABC\",\"completedOn\":\""
                + LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).plusDays(2)
                + "\",\"reason\":\"r\"}"),
        400,
        "is in the future");
    assertProblem(
        coordinator.post(
            registrations,
            "{\"course\":\"ABC\",\"completedOn\":\"2015-06-10\",\"reason\":\"   \"}"),
        400,
        "reason: must not be empty");
    assertProblem(coordinator.post(registrations, "[]"), 400, "JSON object");
    assertProblem(
        coordinator.post(
            path("staff/4242/registrations"),
            "{\"course\":\"ABC\",\"completedOn\":\"2015-06-10\",\"reason\":\"r\"}"),
        404,
        "No employee 4242");

    String id =
        register(
            coordinator,
            "1001",
            "{\"course\":\"ABC\",\"completedOn\":\"2015-06-10\",\"reason\":\"r\"}");
    assertProblem(
        coordinator.send("DELETE", registrations + "/" + id, "application/json", "{}".getBytes()),
        400,
        "reason: is required");
    assertProblem(
        coordinator.send(
            "DELETE",
            registrations + "/" + UUID.randomUUID(),
            "application/json",
            "{\"reason\":\"r\"}".getBytes()),
        404,
        "no manual registration");
    awaitProjected(code);
    JsonArray trail = Http.json(coordinator.get(registrations)).asJsonArray();
    assertThat(trail).hasSize(1);
    assertThat(trail.getJsonObject(0).getBoolean("withdrawn")).isFalse();
    assertThat(course(progress("1001"), "ABC").getJsonObject("completion").getString("basis"))
        .isEqualTo("REGISTERED");
  }

  @Test
  void onlyCoordinatorsRegisterAndEachSeesOnlyWhatTheyMay() {
    roster(OLA + KARI);
    String body = "{\"course\":\"ABC\",\"completedOn\":\"2015-06-10\",\"reason\":\"papir\"}";
    Http coordinator = api.basic(user(code, "COORDINATOR", null, null), "password-1");
    String olas = register(coordinator, "1001", body);
    register(coordinator, "1002", body);

    Http ola = api.basic(user(code, "STAFF", null, "1001"), "password-1");
    assertProblem(ola.post(path("staff/1001/registrations"), body), 403);
    assertThat(Http.json(ola.get(path("staff/1001/registrations"))).asJsonArray()).hasSize(1);
    assertProblem(ola.get(path("staff/1002/registrations")), 403);
    assertProblem(
        ola.send(
            "DELETE",
            path("staff/1001/registrations/" + olas),
            "application/json",
            "{\"reason\":\"r\"}".getBytes()),
        403);
    Http homeCare = api.basic(user(code, "UNIT_LEADER", List.of("HJT"), null), "password-1");
    assertProblem(homeCare.post(path("staff/1001/registrations"), body), 403);
    assertThat(homeCare.get(path("staff/1001/registrations")).statusCode()).isEqualTo(200);
    assertProblem(homeCare.get(path("staff/1002/registrations")), 403);

    String other = Tenants.newMunicipality(api);
    assertThat(putCsv(other, "units", UNITS).statusCode()).isEqualTo(200);
    assertThat(putCsv(other, "staff", HEADER + OLA).statusCode()).isEqualTo(200);
    Http theirs = api.basic(user(other, "COORDINATOR", null, null), "password-1");
    assertProblem(theirs.post(path("staff/1001/registrations"), body), 403);
    assertProblem(theirs.get(path("staff/1001/registrations")), 403);
    // Ola's registration is not a registration of the other municipality's employee 1001.
    assertProblem(
        theirs.send(
            "DELETE",
            "api/v1/municipalities/" + other + "/staff/1001/registrations/" + olas,
            "application/json",
            "{\"reason\":\"r\"}".getBytes()),
        404);
    assertThat(
            Http.json(theirs.get("api/v1/municipalities/" + other + "/staff/1001/registrations"))
                .asJsonArray())
        .isEmpty();
    awaitProjected(other);
    assertThat(
            course(
                    Http.json(theirs.get("api/v1/municipalities/" + other + "/staff/1001/progress"))
                        .asJsonObject(),
                    "ABC")
                .getBoolean("completed"))
        .isFalse();
  }

  // --- replay ---

  @Test
  void aReplayOfIntactTablesChangesNothingAndOnlyASystemAdministratorMayRunIt() {
    roster(OLA + KARI);
    post(allModulesOfAbc(mbox("ola@kommune.no"), "2024-03-0%dT10:00:00Z"));
    String voided = UUID.randomUUID().toString();
    post(
        statement(
            voided, mbox("kari@kommune.no"), PASSED, ABC + "/modules/a", "2024-01-01T10:00:00Z"));
    post(voiding(voided));
    post(
        statement(
            null, mbox("kari@kommune.no"), ATTEMPTED, ABC + "/modules/b", "2024-01-01T10:00:00Z"));
    awaitProjected(code);
    String before = progress("1001").toString() + progress("1002");

    HttpResponse<String> replayed = api.asAdmin().post(path("progress/replay"), "");
    assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
    JsonObject outcome = Http.json(replayed).asJsonObject();
    assertThat(outcome.getInt("statements")).isEqualTo(8);
    assertThat(outcome.getInt("evidence")).isEqualTo(6);
    assertThat(outcome.getInt("added") + outcome.getInt("changed") + outcome.getInt("removed"))
        .isZero();
    assertThat(outcome.getInt("voidsRepaired")).isZero();
    assertThat(outcome.getInt("personsQueued")).isEqualTo(2);
    awaitProjected(code);
    assertThat(progress("1001").toString() + progress("1002")).isEqualTo(before);

    Http coordinator = api.basic(user(code, "COORDINATOR", null, null), "password-1");
    assertProblem(coordinator.post(path("progress/replay"), ""), 403);
  }

  /**
   * What the voiding race left behind before voiding was exact: the voiding statement stored, its
   * target (and the target's evidence) not marked voided, the completion it gave still counted. A
   * replay reads voidedness from the voiding statements and repairs all three.
   */
  @Test
  void aReplayRepairsAVoidThatWasLost() throws Exception {
    String target = loseAVoid(false);
    assertThat(module(course(progress("1001"), "ABC"), "A").getBoolean("completed")).isTrue();
    assertThat(lrs.get("xapi/statements?statementId=" + target).statusCode()).isEqualTo(200);

    HttpResponse<String> replayed = api.asAdmin().post(path("progress/replay"), "");
    assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
    awaitProjected(code);

    assertThat(module(course(progress("1001"), "ABC"), "A").getBoolean("completed")).isFalse();
    assertThat(lrs.get("xapi/statements?statementId=" + target).statusCode()).isEqualTo(404);
    assertThat(lrs.get("xapi/statements?voidedStatementId=" + target).statusCode()).isEqualTo(200);
    JsonObject outcome = Http.json(replayed).asJsonObject();
    assertThat(outcome.getInt("voidsRepaired")).as(outcome.toString()).isEqualTo(1);
    assertThat(outcome.getInt("changed")).as(outcome.toString()).isEqualTo(1);
  }

  /**
   * What a voiding race between two Galera nodes leaves (each node's locking read holds on that
   * node only): the target stored unvoided beside its voiding link. The repair finds it within
   * seconds, without a replay.
   */
  @Test
  void aVoidLostBetweenDatabaseNodesIsRepairedWithinSeconds() throws Exception {
    String target = loseAVoid(true);
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (lrs.get("xapi/statements?statementId=" + target).statusCode() == 200
        && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(lrs.get("xapi/statements?statementId=" + target).statusCode()).isEqualTo(404);
    assertThat(lrs.get("xapi/statements?voidedStatementId=" + target).statusCode()).isEqualTo(200);
    awaitProjected(code);
    assertThat(module(course(progress("1001"), "ABC"), "A").getBoolean("completed")).isFalse();
  }

  /**
   * Ola's module A, voided, then the void undone in the database as a race would have lost it; the
   * voiding link kept (a race between database nodes) or removed as well (a void lost before links
   * existed, which only a replay finds). Answers the target's id.
   */
  private String loseAVoid(boolean keepTheLink) throws Exception {
    roster(OLA);
    String target = UUID.randomUUID().toString();
    post(
        statement(
            target, mbox("ola@kommune.no"), COMPLETED, ABC + "/modules/a", "2024-03-01T10:00:00Z"));
    post(voiding(target));
    awaitProjected(code);
    try (Connection db = DriverManager.getConnection(itDatabaseUrl(), "root", "")) {
      long municipality = municipalityId(db, code);
      if (!keepTheLink) {
        try (PreparedStatement unlink =
            db.prepareStatement(
                "DELETE FROM xapi_voiding WHERE municipality_id = ? AND target_id = ?")) {
          unlink.setLong(1, municipality);
          unlink.setString(2, target);
          assertThat(unlink.executeUpdate()).isEqualTo(1);
        }
      }
      for (String table : List.of("xapi_statement", "progress_evidence")) {
        try (PreparedStatement lose =
            db.prepareStatement(
                "UPDATE "
                    + table
                    + " SET voided = FALSE WHERE municipality_id = ? AND statement_id = ?")) {
          lose.setLong(1, municipality);
          lose.setString(2, target);
          assertThat(lose.executeUpdate()).isEqualTo(1);
        }
      }
      try (PreparedStatement recompute =
          db.prepareStatement(
              "INSERT INTO progress_pending (municipality_id, kind, ref, enqueued_at)"
                  + " SELECT municipality_id, 'PERSON', id, UTC_TIMESTAMP(6) FROM person"
                  + " WHERE municipality_id = ?")) {
        recompute.setLong(1, municipality);
        recompute.executeUpdate();
      }
    }
    if (!keepTheLink) {
      awaitProjected(code);
    }
    return target;
  }

  /**
   * At 2,000 staff and 100,000 LMS statements (about a minute on two cores); {@code
   * -Dabc.it.replay.staff=300 -Dabc.it.replay.statements=10000} for a quick run.
   */
  @Test
  void replayingAGeneratedMunicipalityFromItsStatementsGivesTheIncrementalRowsRowByRow()
      throws Exception {
    int staff = Integer.getInteger("abc.it.replay.staff", 2000);
    int statements = Integer.getInteger("abc.it.replay.statements", 100_000);
    GeneratedMunicipality town =
        GeneratedMunicipality.load(
            api.asAdmin(),
            new GeneratedMunicipality.Size(
                staff, statements, Math.max(4, staff / 100), 8, 20261130L),
            System.out);
    town.awaitProjected(Duration.ofMinutes(5));
    ProjectionSnapshot incremental = snapshot(town.code());
    System.out.println("incremental projection: " + incremental.summary());
    // The data exercise every rule: all bases, voided evidence, attendance.
    assertThat(incremental.count("course_completion", "| MODULES |")).isGreaterThan(50);
    assertThat(incremental.count("course_completion", "| ATTENDANCE |")).isPositive();
    assertThat(incremental.count("course_completion", "| REGISTERED |")).isPositive();
    assertThat(incremental.count("course_completion", "| LMS |")).isPositive();
    assertThat(incremental.count("progress_evidence", "| https://kurs.generert.kommune.no "))
        .isGreaterThan(100);
    assertThat(incremental.count("progress_evidence", "| ATTENDANCE |")).isGreaterThan(100);
    assertThat(incremental.count("progress_evidence", "| voided")).isGreaterThan(50);
    assertThat(incremental.rows("module_completion").size()).isGreaterThan(500);

    JsonObject unchanged = town.replay();
    assertThat(
            unchanged.getInt("added") + unchanged.getInt("changed") + unchanged.getInt("removed"))
        .as(unchanged.toString())
        .isZero();
    town.awaitProjected(Duration.ofMinutes(5));
    assertThat(incremental.differencesFrom(snapshot(town.code()), 5)).isEmpty();

    ProjectionSnapshot.clear(itDatabaseUrl(), "root", "", town.code());
    JsonObject rebuilt = town.replay();
    assertThat(rebuilt.getInt("added")).isEqualTo(incremental.rows("progress_evidence").size());
    town.awaitProjected(Duration.ofMinutes(5));
    ProjectionSnapshot replayed = snapshot(town.code());
    assertThat(incremental.differencesFrom(replayed, 5)).isEmpty();
    assertThat(replayed).isEqualTo(incremental);
  }

  ProjectionSnapshot snapshot(String municipality) throws Exception {
    return ProjectionSnapshot.of(itDatabaseUrl(), "root", "", municipality);
  }

  // --- statements ---

  /** Completed on modules A-E of ABC, module n at {@code String.format(timestampPattern, n)}. */
  static String[] allModulesOfAbc(String actor, String timestampPattern) {
    String[] statements = new String[5];
    for (int i = 0; i < 5; i++) {
      statements[i] =
          statement(
              null,
              actor,
              COMPLETED,
              ABC + "/modules/" + (char) ('a' + i),
              String.format(timestampPattern, i + 1));
    }
    return statements;
  }

  static String voiding(String target) {
    return "{\"actor\":{\"mbox\":\"mailto:lms@kommune.no\"},\"verb\":{\"id\":\""
        + VOIDED
        + "\",\"display\":{\"en-US\":\"voided\"}},\"object\":{\"objectType\":\"StatementRef\","
        + "\"id\":\""
        + target
        + "\"}}";
  }

  /** An Agent by e-mail address (through the one builder, {@link AbcStatements}). */
  static String mbox(String email) {
    return AbcStatements.mboxAgent("mailto:" + email, null);
  }

  static String sha1(String mbox) {
    return AbcStatements.sha1Agent(mbox, null, true);
  }

  static String account(String homePage, String name) {
    return AbcStatements.accountAgent(homePage, name, null);
  }

  static String group(String memberEmail) {
    return "{\"objectType\":\"Group\",\"name\":\"Natt\",\"member\":[" + mbox(memberEmail) + "]}";
  }

  // --- HTTP ---

  void post(String... statements) {
    post(lrs, statements);
  }

  static void post(Http lrs, String... statements) {
    HttpResponse<String> posted =
        lrs.post("xapi/statements", "[" + String.join(",", statements) + "]");
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
  }

  Http lrsOf(String municipality) {
    LrsCredentials client = Tenants.newLrsClient(api, municipality, "all");
    return api.xapi(client.key(), client.secret());
  }

  String homePage(String municipality) {
    return Http.json(api.asAdmin().get("api/v1/municipalities/" + municipality))
        .asJsonObject()
        .getString("accountHomePage");
  }

  JsonObject status(String municipality) {
    HttpResponse<String> status =
        api.asAdmin().get("api/v1/municipalities/" + municipality + "/progress/status");
    assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
    return Http.json(status).asJsonObject();
  }

  /** Polls the status until the projector has applied everything queued, for at most a minute. */
  void awaitProjected(String municipality) {
    Tenants.awaitProjected(api, municipality);
  }

  JsonObject progress(String employeeId) {
    HttpResponse<String> progress = api.asAdmin().get(path("staff/" + employeeId + "/progress"));
    assertThat(progress.statusCode()).as(progress.body()).isEqualTo(200);
    return Http.json(progress).asJsonObject();
  }

  void roster(String lines) {
    HttpResponse<String> imported = putCsv(code, "staff", HEADER + lines);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
  }

  HttpResponse<String> putCsv(String municipality, String what, String csv) {
    return api.asAdmin()
        .put(
            "api/v1/municipalities/" + municipality + "/" + what,
            "text/csv",
            csv.getBytes(StandardCharsets.UTF_8));
  }

  String path(String rest) {
    return "api/v1/municipalities/" + code + "/" + rest;
  }

  String user(String municipality, String role, List<String> units, String employeeId) {
    return Tenants.newUser(api, municipality, role, units, employeeId);
  }

  // --- cohorts ---

  String cohort(Http coordinator, String name, String version) {
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
    HttpResponse<String> created =
        coordinator.post(
            path("cohorts"),
            "{\"name\":\""
                + name
                + "\",\"courseCode\":\"ABC\",\"versionCode\":\""
                + version
                + "\",\"startDate\":\""
                + today.minusDays(40)
                + "\",\"endDate\":\""
                + today.plusDays(40)
                + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created).asJsonObject().getString("id");
  }

  /** A session from 09:00 to 15:00 on today plus {@code days}, Norwegian time. */
  JsonObject session(Http coordinator, String cohort, int days) {
    LocalDate day = LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).plusDays(days);
    HttpResponse<String> created =
        coordinator.post(
            path("cohorts/" + cohort + "/sessions"),
            "{\"kind\":\"JOINT\",\"title\":\"Samling\",\"startsAt\":\""
                + day
                + "T09:00\",\"endsAt\":\""
                + day
                + "T15:00\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created).asJsonObject();
  }

  static Instant startOf(JsonObject session) {
    return java.time.LocalDateTime.parse(session.getString("startsAt"))
        .atZone(java.time.ZoneId.of("Europe/Oslo"))
        .toInstant();
  }

  void enrol(Http coordinator, String cohort, String... employeeIds) {
    HttpResponse<String> enrolled =
        coordinator.post(
            path("cohorts/" + cohort + "/members"),
            "{\"employeeIds\":[\"" + String.join("\",\"", employeeIds) + "\"]}");
    assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(200);
  }

  String attendancePath(String cohort, JsonObject session) {
    return path("cohorts/" + cohort + "/sessions/" + session.getString("id") + "/attendance");
  }

  void attend(Http coordinator, String cohort, JsonObject session, List<String> employeeIds) {
    HttpResponse<String> recorded =
        coordinator.post(
            attendancePath(cohort, session),
            "{\"employeeIds\":[\"" + String.join("\",\"", employeeIds) + "\"]}");
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
  }

  String attendanceStatement(Http coordinator, String cohort, JsonObject session, String employee) {
    return Http.json(coordinator.get(attendancePath(cohort, session)))
        .asJsonObject()
        .getJsonArray("attended")
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getString("employeeId").equals(employee))
        .findFirst()
        .orElseThrow()
        .getString("statementId");
  }

  JsonObject cohortMember(Http coordinator, String cohort, String employee) {
    return Http.json(coordinator.get(path("cohorts/" + cohort)))
        .asJsonObject()
        .getJsonArray("members")
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getString("employeeId").equals(employee))
        .findFirst()
        .orElseThrow();
  }

  void cancel(Http coordinator, String cohort, JsonObject session) {
    HttpResponse<String> cancelled =
        coordinator.delete(path("cohorts/" + cohort + "/sessions/" + session.getString("id")));
    assertThat(cancelled.statusCode()).as(cancelled.body()).isIn(200, 204);
  }

  void checkIn(Http coordinator, String cohort, JsonObject session, Http staff) {
    HttpResponse<String> opened =
        coordinator.send(
            "POST",
            path("cohorts/" + cohort + "/sessions/" + session.getString("id") + "/check-in"),
            null,
            null);
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    HttpResponse<String> checkedIn =
        staff.post(
            path("check-ins"),
            "{\"code\":\"" + Http.json(opened).asJsonObject().getString("code") + "\"}");
    assertThat(checkedIn.statusCode()).as(checkedIn.body()).isEqualTo(200);
  }

  // --- registrations ---

  String register(Http coordinator, String employeeId, String body) {
    HttpResponse<String> created =
        coordinator.post(path("staff/" + employeeId + "/registrations"), body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created).asJsonObject().getString("id");
  }

  static void assertProblem(HttpResponse<String> response, int status, String... details) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    String detail = Http.json(response).asJsonObject().getString("detail", "");
    for (String expected : details) {
      assertThat(detail).contains(expected);
    }
  }

  // --- the database, only where HTTP cannot show it ---

  static String itDatabaseUrl() {
    return System.getProperty("abc.it.db.url");
  }

  long rows(String countSql) throws Exception {
    try (Connection db = DriverManager.getConnection(itDatabaseUrl(), "root", "");
        PreparedStatement count = db.prepareStatement(countSql)) {
      count.setString(1, code);
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
