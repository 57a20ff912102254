package no.abctracker.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How long the start waits for the database, and the timeouts every connection gets. */
class DatabaseSettingsTest {

  @ParameterizedTest
  @ValueSource(strings = {"1", "180", " 30 ", "3600"})
  void theStartWaitsWholeSecondsFromOneToAnHour(String seconds) {
    assertThat(SettingsCheck.problems(withStartWait(seconds))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "3601", "1.5", "abc", "", "-5"})
  void anyOtherStartWaitStopsTheStartNamingTheSetting(String seconds) {
    assertThat(SettingsCheck.problems(withStartWait(seconds)))
        .singleElement()
        .asString()
        .startsWith("ABC_DB_START_WAIT_SECONDS must be a whole number of seconds");
  }

  @Test
  void connectionsGetBoundedTimeoutsUnlessTheUrlSetsItsOwn() {
    assertThat(DatabaseUrl.withTimeouts("jdbc:mariadb://db:3306/abc"))
        .isEqualTo("jdbc:mariadb://db:3306/abc?connectTimeout=3000&socketTimeout=60000");
    assertThat(DatabaseUrl.withTimeouts("jdbc:mariadb://db:3306/abc?useSsl=true"))
        .isEqualTo(
            "jdbc:mariadb://db:3306/abc?useSsl=true&connectTimeout=3000&socketTimeout=60000");
    assertThat(DatabaseUrl.withTimeouts("jdbc:mariadb://db/abc?socketTimeout=0&connecttimeout=9"))
        .isEqualTo("jdbc:mariadb://db/abc?socketTimeout=0&connecttimeout=9");
  }

  private static Settings withStartWait(String seconds) {
    Settings settings = ValidSettings.defaults();
    settings.dbStartWaitSeconds = seconds;
    return settings;
  }
}
