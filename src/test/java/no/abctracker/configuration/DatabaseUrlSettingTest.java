package no.abctracker.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ABC_DB_URL names one MariaDB server, or several database nodes of a Galera cluster. */
class DatabaseUrlSettingTest {

  static Settings settings(String url) {
    Settings settings = ValidSettings.defaults();
    settings.dbUrl = url;
    return settings;
  }

  @Test
  void oneServerOrSeveralNodesWithTheDriversModes() {
    assertThat(SettingsCheck.problems(settings("jdbc:mariadb://db:3306/abc_tracker"))).isEmpty();
    assertThat(
            SettingsCheck.problems(
                settings("jdbc:mariadb:loadbalance://g1:3306,g2:3306,g3:3306/abc_tracker")))
        .isEmpty();
    assertThat(SettingsCheck.problems(settings("jdbc:mariadb:sequential://g1,g2/abc?a=b")))
        .isEmpty();
    assertThat(DatabaseUrl.databaseName("jdbc:mariadb:loadbalance://g1:3306,g2:3306/abc?x=1"))
        .contains("abc");
    assertThat(DatabaseUrl.serverUrl("jdbc:mariadb:loadbalance://g1:3306,g2:3306/abc?x=1"))
        .isEqualTo("jdbc:mariadb:loadbalance://g1:3306,g2:3306/?x=1");
  }

  @Test
  void anythingElseStopsTheStartNamingTheSetting() {
    assertThat(SettingsCheck.problems(settings("jdbc:postgresql://db/abc")))
        .singleElement()
        .asString()
        .startsWith("ABC_DB_URL must be a MariaDB JDBC URL");
    assertThat(SettingsCheck.problems(settings("jdbc:mariadb:roundrobin://g1,g2/abc"))).hasSize(1);
    assertThat(SettingsCheck.problems(settings("jdbc:mariadb:loadbalance://g1,g2/")))
        .singleElement()
        .asString()
        .startsWith("ABC_DB_URL must name a database");
  }

  @Test
  void onAGaleraClusterReadsAndUpdatesWaitForWhatOtherNodesCommitted() {
    assertThat(ConfiguredDataSource.withCausalReads("jdbc:mariadb:loadbalance://g1,g2/abc"))
        .isEqualTo("jdbc:mariadb:loadbalance://g1,g2/abc?sessionVariables=wsrep_sync_wait=3");
    assertThat(ConfiguredDataSource.withCausalReads("jdbc:mariadb://g1/abc?sessionVariables=a=1"))
        .isEqualTo("jdbc:mariadb://g1/abc?sessionVariables=wsrep_sync_wait=3,a=1");
    assertThat(ConfiguredDataSource.withCausalReads("jdbc:mariadb://g1/abc?x=1"))
        .isEqualTo("jdbc:mariadb://g1/abc?x=1&sessionVariables=wsrep_sync_wait=3");
    assertThat(
            ConfiguredDataSource.withCausalReads(
                "jdbc:mariadb://g1/abc?sessionVariables=wsrep_sync_wait=1"))
        .as("the operator's own choice")
        .endsWith("wsrep_sync_wait=1");
  }
}
