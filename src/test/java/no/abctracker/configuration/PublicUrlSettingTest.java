package no.abctracker.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ABC_PUBLIC_URL is optional, and when set it must be an http(s) address. */
class PublicUrlSettingTest {

  static Settings settings(String publicUrl) {
    Settings settings = ValidSettings.defaults();
    settings.publicUrl = Optional.ofNullable(publicUrl);
    return settings;
  }

  @Test
  void unsetOrBlankMeansTheRequestsAddress() {
    assertThat(SettingsCheck.problems(settings(null))).isEmpty();
    assertThat(settings(" ").publicUrl()).isEmpty();
  }

  @Test
  void anHttpsAddressWithOrWithoutPathIsFine() {
    assertThat(SettingsCheck.problems(settings("https://abc.bergen.kommune.no"))).isEmpty();
    assertThat(SettingsCheck.problems(settings("http://intranett:8080/abc/"))).isEmpty();
    assertThat(settings(" https://abc.no/ ").publicUrl()).contains("https://abc.no/");
  }

  @Test
  void anythingElseStopsTheStartNamingTheSetting() {
    assertThat(SettingsCheck.problems(settings("abc.kommune.no")))
        .singleElement()
        .asString()
        .startsWith("ABC_PUBLIC_URL must be an http(s) address");
    assertThat(SettingsCheck.problems(settings("https://abc.no/?x=1"))).hasSize(1);
  }
}
