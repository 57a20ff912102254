package no.abctracker.configuration;

import java.util.ArrayList;
import java.util.List;

/** The start-up validation of {@link Settings}: all problems at once, each naming its setting. */
public final class SettingsCheck {

  /** The MariaDB driver's modes for a URL naming several database nodes (a Galera cluster). */
  private static final String HA_MODES = "loadbalance|sequential|replication|load-balance-read";

  private SettingsCheck() {}

  public static List<String> problems(Settings settings) {
    List<String> problems = new ArrayList<>();
    if (!settings.dbUrl().matches("jdbc:(mariadb|mysql):((" + HA_MODES + "):)?//.*")) {
      problems.add(
          "ABC_DB_URL must be a MariaDB JDBC URL such as jdbc:mariadb://localhost:3306/abc_tracker"
              + " (or, for several database nodes, jdbc:mariadb:loadbalance://host1,host2/abc_tracker)"
              + " (got '"
              + settings.dbUrl()
              + "')");
    } else if (DatabaseUrl.databaseName(settings.dbUrl()).isEmpty()) {
      problems.add("ABC_DB_URL must name a database, e.g. jdbc:mariadb://host:3306/abc_tracker");
    }
    try {
      Settings.startWaitSeconds(settings.dbStartWaitSeconds());
    } catch (InvalidSetting e) {
      problems.add(e.getMessage().substring("Invalid settings: ".length()));
    }
    if (settings.dbUser().isBlank()) {
      problems.add("ABC_DB_USER must not be empty");
    }
    if (!settings.adminUser().matches("[A-Za-z0-9._@-]{1,100}")) {
      problems.add(
          "ABC_ADMIN_USER must be 1-100 letters, digits or . _ @ - (got '"
              + settings.adminUser()
              + "')");
    }
    settings
        .adminPassword()
        .filter(p -> p.length() < 8)
        .ifPresent(p -> problems.add("ABC_ADMIN_PASSWORD must have at least 8 characters"));
    if (!settings.bootstrapMunicipality().matches("\\d{4}")) {
      problems.add(
          "ABC_BOOTSTRAP_MUNICIPALITY must be a 4-digit municipality number (got '"
              + settings.bootstrapMunicipality()
              + "')");
    }
    if (settings.lrsBootstrapKey().isPresent() != settings.lrsBootstrapSecret().isPresent()) {
      problems.add(
          "ABC_LRS_BOOTSTRAP_KEY and ABC_LRS_BOOTSTRAP_SECRET must be set together (one is missing)");
    }
    settings
        .lrsBootstrapKey()
        .filter(k -> !k.matches("[A-Za-z0-9._~-]{3,100}"))
        .ifPresent(
            k ->
                problems.add(
                    "ABC_LRS_BOOTSTRAP_KEY must be 3-100 letters, digits or . _ ~ - (got '"
                        + k
                        + "')"));
    settings
        .xapiProfilesDir()
        .filter(d -> !java.nio.file.Files.isDirectory(java.nio.file.Path.of(d)))
        .ifPresent(
            d ->
                problems.add(
                    "ABC_XAPI_PROFILES_DIR must be a folder of xAPI Profiles (*.jsonld) (got '"
                        + d
                        + "', not a folder)"));
    settings
        .publicUrl()
        .filter(u -> !u.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?"))
        .ifPresent(
            u ->
                problems.add(
                    "ABC_PUBLIC_URL must be an http(s) address such as https://abc.kommune.no/"
                        + " (got '"
                        + u
                        + "')"));
    settings
        .trustedProxies()
        .ifPresent(
            proxies -> {
              try {
                no.abctracker.access.control.TrustedProxies.parse(proxies);
              } catch (IllegalArgumentException e) {
                problems.add(
                    "ABC_TRUSTED_PROXIES must be IP addresses or CIDR blocks separated by commas,"
                        + " e.g. 10.0.0.0/8,192.0.2.10 ("
                        + e.getMessage()
                        + ")");
              }
            });
    if (!settings.checkInMinutes().matches("\\d{1,3}")
        || Integer.parseInt(settings.checkInMinutes()) < 1
        || Integer.parseInt(settings.checkInMinutes()) > 240) {
      problems.add(
          "ABC_CHECK_IN_MINUTES must be a whole number of minutes from 1 to 240 (got '"
              + settings.checkInMinutes()
              + "')");
    }
    if (!settings.rememberMeDays().matches("\\d{1,2}")
        || Integer.parseInt(settings.rememberMeDays()) < 1
        || Integer.parseInt(settings.rememberMeDays()) > 90) {
      problems.add(
          "ABC_REMEMBER_ME_DAYS must be a whole number of days from 1 to 90 (got '"
              + settings.rememberMeDays()
              + "')");
    }
    for (Runnable check :
        List.<Runnable>of(
            () -> Settings.maxBodyBytes(settings.maxBodyMb()),
            settings::retentionYears,
            settings::unknownActorRetentionDays)) {
      try {
        check.run();
      } catch (InvalidSetting e) {
        problems.add(e.getMessage().substring("Invalid settings: ".length()));
      }
    }
    if (!settings.reportMinCell().matches("\\d{1,4}")) {
      problems.add(
          "ABC_REPORT_MIN_CELL must be a whole number of persons from 0 to 9999 (got '"
              + settings.reportMinCell()
              + "')");
    }
    return problems;
  }
}
