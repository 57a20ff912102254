package no.abctracker.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.abctracker.testsupport.AppDeployment;
import no.abctracker.testsupport.Browser;
import no.abctracker.testsupport.Http;
import no.abctracker.testsupport.PageUsers;
import no.abctracker.testsupport.Tenants;
import no.abctracker.testsupport.TwoNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * Two nodes of the runnable bundle as one Payara Micro cluster on the IT database, behind a real
 * HAProxy that sends each request to the next node (round robin, no sticky sessions), as
 * docs/operations.md tells operators to run it. Not an Arquillian test: the Arquillian container
 * runs without clustering, and these nodes are started exactly as operators start them.
 */
class ClusterIT {

  static final String UNITS =
      "unit_code,name,parent_code,unit_type\n"
          + "HO,Helse og omsorg,,ADMINISTRATION\n"
          + "HJT,Hjemmetjenesten,HO,HOME_CARE\n"
          + "HJT-N,Hjemmetjenesten nord,HJT,HOME_CARE\n"
          + "HJT-S,Hjemmetjenesten sør,HJT,HOME_CARE\n";

  static final String ROSTER =
      Tenants.STAFF_HEADER
          + "1001,Ola Nordmann,ola@kommune.no,HJT-N,7174,Helsefagarbeider,75,THREE_SHIFT,PERMANENT,2020-01-01,\n"
          + "1002,Kari Nordmann,kari@kommune.no,HJT-S,7076,Sykepleier,100,DAY,PERMANENT,2019-08-01,\n";

  static final String PASSWORD = "passord-1234";

  static TwoNodes cluster;

  Http balanced;
  PageUsers users;

  @BeforeAll
  static void startTwoNodesAndTheBalancer() throws InterruptedException {
    cluster =
        TwoNodes.start(
            TwoNodes.Ports.free(),
            Map.of(
                "ABC_DB_URL", System.getProperty("abc.it.db.url"),
                "ABC_ADMIN_USER", AppDeployment.ADMIN_USER,
                "ABC_ADMIN_PASSWORD", AppDeployment.ADMIN_PASSWORD),
            "abc-it-" + UUID.randomUUID(),
            "512m",
            new File("target/cluster-it"));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (cluster != null) {
      cluster.close();
    }
  }

  @BeforeEach
  void municipality() {
    balanced = Http.at(cluster.url());
    users = PageUsers.create(balanced, UNITS, ROSTER, PASSWORD);
  }

  @Test
  void aCoordinatorWorksOnThePagesThroughTheBalancer() {
    try (Browser browser = Browser.desktop(cluster.url())) {
      browser.open("app/users.xhtml");
      assertThat(browser.driver().getCurrentUrl()).contains("login.xhtml");
      browser.type("#login\\:username", users.coordinator()).type("#login\\:password", PASSWORD);
      browser.clickAndWait("#login\\:submit");
      assertThat(browser.driver().getCurrentUrl()).endsWith("/app/users.xhtml");
      assertThat(browser.text("#user-table")).contains(users.leader()).contains(users.staffUser());

      // Two posts of one view, each page and post on the next node: the view state and the page's
      // fields travel with the session; the message survives the redirect after the post.
      String newLeader = "sor-" + users.code();
      browser.type("#create\\:username", newLeader).type("#create\\:password", "kort");
      new Select(browser.find("#create\\:role")).selectByValue("UNIT_LEADER");
      new Select(browser.find("#create\\:units")).selectByValue("HJT-S");
      browser.clickAndWait("#create\\:submit");
      assertThat(browser.text("#messages")).contains("Passordet må ha minst 8 tegn");
      browser.type("#create\\:password", PASSWORD);
      new Select(browser.find("#create\\:units")).selectByValue("HJT-S");
      browser.clickAndWait("#create\\:submit");
      assertThat(browser.text("#messages")).contains("Brukeren " + newLeader + " er opprettet");
      for (int i = 0; i < 4; i++) {
        browser.open("app/staff.xhtml");
        assertThat(browser.text("#list\\:staff")).contains("Ola Nordmann").contains("Kari");
      }
      browser.logout();
      for (int i = 0; i < 2; i++) {
        browser.open("app/");
        assertThat(browser.driver().getCurrentUrl())
            .as("signed out on both nodes")
            .contains("login");
      }

      browser.login(newLeader, PASSWORD).open("app/staff.xhtml");
      assertThat(browser.text("#list\\:staff")).contains("Kari Nordmann").doesNotContain("Ola");
    }
  }

  @Test
  void aSessionOutlivesTheNodeThatStartedIt() throws InterruptedException {
    try (Browser browser = Browser.desktop(cluster.url())) {
      browser.login(users.coordinator(), PASSWORD).open("app/staff.xhtml");
      assertThat(browser.text("#list\\:staff")).contains("Ola Nordmann");

      cluster.node(1).kill();
      try {
        for (int i = 0; i < 4; i++) {
          browser.open("app/staff.xhtml");
          assertThat(browser.driver().getCurrentUrl()).endsWith("/app/staff.xhtml");
          assertThat(browser.text("#list\\:staff")).contains("Ola Nordmann");
        }
      } finally {
        cluster.node(1).start();
      }
      // The balancer takes the restarted node back after two good health checks a second apart.
      Thread.sleep(3000);
      for (int i = 0; i < 2; i++) {
        browser.open("app/staff.xhtml");
        assertThat(browser.text("#list\\:staff")).contains("Kari Nordmann");
      }
    }
  }

  /**
   * What Galera needs of the schema the nodes migrated: it replicates InnoDB rows by primary key,
   * so every table has one and none uses another engine (docs/operations.md).
   */
  @Test
  void everyTableHasAPrimaryKeyAndIsInnoDb() throws SQLException {
    List<String> tables = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    try (Connection db =
            DriverManager.getConnection(System.getProperty("abc.it.db.url"), "root", "");
        Statement query = db.createStatement();
        ResultSet rs =
            query.executeQuery(
                "SELECT t.table_name, t.engine, (SELECT COUNT(*) FROM"
                    + " information_schema.table_constraints c WHERE c.table_schema ="
                    + " t.table_schema AND c.table_name = t.table_name AND c.constraint_type ="
                    + " 'PRIMARY KEY') FROM information_schema.tables t WHERE t.table_schema ="
                    + " DATABASE() AND t.table_type = 'BASE TABLE'")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
        if (!"InnoDB".equals(rs.getString(2)) || rs.getInt(3) != 1) {
          wrong.add(
              rs.getString(1) + " (" + rs.getString(2) + ", primary keys: " + rs.getInt(3) + ")");
        }
      }
    }
    assertThat(tables).contains("xapi_statement", "progress_projector", "flyway_schema_history");
    assertThat(wrong).as("tables Galera cannot replicate").isEmpty();
  }

  /** Status, headers and body, for a failure that cannot be rerun at will. */
  static String answer(HttpResponse<String> response) {
    return response.statusCode() + " " + response.headers().map() + " " + response.body();
  }

  @Test
  void aRotatedSecretStopsWorkingOnEveryNodeAtOnce() {
    Tenants.LrsCredentials client = Tenants.newLrsClient(balanced, users.code(), "all");
    Http node1 = Http.at(cluster.node(1).url());
    Http node2 = Http.at(cluster.node(2).url());
    // Both nodes have checked the secret and remember it.
    for (Http node : new Http[] {node1, node2, node1, node2}) {
      assertThat(node.xapi(client.key(), client.secret()).get("xapi/statements").statusCode())
          .isEqualTo(200);
    }

    HttpResponse<String> rotated =
        node1
            .asAdmin()
            .post(
                "api/v1/municipalities/"
                    + users.code()
                    + "/lrs-clients/"
                    + client.key()
                    + "/secret",
                "{}");
    assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
    String newSecret = Http.json(rotated).asJsonObject().getString("secret");

    HttpResponse<String> oldOnNode2 =
        node2.xapi(client.key(), client.secret()).get("xapi/statements");
    assertThat(oldOnNode2.statusCode())
        .as("the old secret on the other node, right after the rotation: " + answer(oldOnNode2))
        .isEqualTo(401);
    HttpResponse<String> oldOnNode1 =
        node1.xapi(client.key(), client.secret()).get("xapi/statements");
    // Not 429: one failure locks nobody, whichever node's clock is a little behind (ThrottleRule).
    assertThat(oldOnNode1.statusCode()).as(answer(oldOnNode1)).isEqualTo(401);
    assertThat(node2.xapi(client.key(), newSecret).get("xapi/statements").statusCode())
        .isEqualTo(200);
    assertThat(node1.xapi(client.key(), newSecret).get("xapi/statements").statusCode())
        .isEqualTo(200);
  }
}
