package no.abctracker.configuration;

import java.util.Optional;

/** Settings as the defaults make them, for tests that change one and check it. */
final class ValidSettings {

  private ValidSettings() {}

  static Settings defaults() {
    Settings settings = new Settings();
    settings.dbUrl = "jdbc:mariadb://localhost:3306/abc_tracker";
    settings.dbUser = "root";
    settings.dbStartWaitSeconds = "180";
    settings.adminUser = "admin";
    settings.adminPassword = Optional.empty();
    settings.lrsBootstrapKey = Optional.empty();
    settings.lrsBootstrapSecret = Optional.empty();
    settings.bootstrapMunicipality = "9999";
    settings.bootstrapMunicipalityName = "Demo kommune";
    settings.xapiProfilesDir = Optional.empty();
    settings.publicUrl = Optional.empty();
    settings.trustedProxies = Optional.empty();
    settings.checkInMinutes = "15";
    settings.reportMinCell = "0";
    settings.maxBodyMb = "8";
    settings.retentionYears = "5";
    settings.unknownActorRetentionDays = "365";
    settings.rememberMeDays = "28";
    return settings;
  }
}
