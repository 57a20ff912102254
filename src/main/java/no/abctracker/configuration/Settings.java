package no.abctracker.configuration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every operator setting in one place. Each name is also an environment variable; defaults live in
 * {@code META-INF/microprofile-config.properties}. {@link SettingsCheck} validates them at
 * start-up.
 */
@ApplicationScoped
public class Settings {

  @Inject
  @ConfigProperty(name = "ABC_DB_URL")
  String dbUrl;

  @Inject
  @ConfigProperty(name = "ABC_DB_USER")
  String dbUser;

  @Inject
  @ConfigProperty(name = "ABC_DB_START_WAIT_SECONDS")
  String dbStartWaitSeconds;

  @Inject
  @ConfigProperty(name = "ABC_ADMIN_USER")
  String adminUser;

  @Inject
  @ConfigProperty(name = "ABC_ADMIN_PASSWORD")
  Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "ABC_LRS_BOOTSTRAP_KEY")
  Optional<String> lrsBootstrapKey;

  @Inject
  @ConfigProperty(name = "ABC_LRS_BOOTSTRAP_SECRET")
  Optional<String> lrsBootstrapSecret;

  @Inject
  @ConfigProperty(name = "ABC_BOOTSTRAP_MUNICIPALITY")
  String bootstrapMunicipality;

  @Inject
  @ConfigProperty(name = "ABC_BOOTSTRAP_MUNICIPALITY_NAME")
  String bootstrapMunicipalityName;

  @Inject
  @ConfigProperty(name = "ABC_XAPI_PROFILES_DIR")
  Optional<String> xapiProfilesDir;

  @Inject
  @ConfigProperty(name = "ABC_PUBLIC_URL")
  Optional<String> publicUrl;

  @Inject
  @ConfigProperty(name = "ABC_TRUSTED_PROXIES")
  Optional<String> trustedProxies;

  @Inject
  @ConfigProperty(name = "ABC_CHECK_IN_MINUTES")
  String checkInMinutes;

  @Inject
  @ConfigProperty(name = "ABC_REPORT_MIN_CELL")
  String reportMinCell;

  @Inject
  @ConfigProperty(name = "ABC_MAX_BODY_MB")
  String maxBodyMb;

  @Inject
  @ConfigProperty(name = "ABC_RETENTION_YEARS")
  String retentionYears;

  @Inject
  @ConfigProperty(name = "ABC_UNKNOWN_ACTOR_RETENTION_DAYS")
  String unknownActorRetentionDays;

  @Inject
  @ConfigProperty(name = "ABC_REMEMBER_ME_DAYS")
  String rememberMeDays;

  /**
   * How many days a phone stays signed in after "Husk meg på denne telefonen" (a whole number from
   * 1 to 90, checked at start).
   */
  public String rememberMeDays() {
    return rememberMeDays.strip();
  }

  public String dbUrl() {
    return dbUrl;
  }

  public String dbUser() {
    return dbUser;
  }

  /** How long the start waits for the database server to answer, as set (checked at start). */
  public String dbStartWaitSeconds() {
    return dbStartWaitSeconds.strip();
  }

  /** {@code ABC_DB_START_WAIT_SECONDS} as a number of seconds, 1 to 3600. */
  static long startWaitSeconds(String value) {
    String seconds = value.strip();
    if (!seconds.matches("\\d{1,4}")
        || Integer.parseInt(seconds) < 1
        || Integer.parseInt(seconds) > 3600) {
      throw new InvalidSetting(
          "ABC_DB_START_WAIT_SECONDS must be a whole number of seconds from 1 to 3600 (got '"
              + value
              + "')");
    }
    return Long.parseLong(seconds);
  }

  public String adminUser() {
    return adminUser;
  }

  public Optional<String> adminPassword() {
    return adminPassword.filter(p -> !p.isBlank());
  }

  public Optional<String> lrsBootstrapKey() {
    return lrsBootstrapKey.filter(k -> !k.isBlank());
  }

  public Optional<String> lrsBootstrapSecret() {
    return lrsBootstrapSecret.filter(s -> !s.isBlank());
  }

  public String bootstrapMunicipality() {
    return bootstrapMunicipality;
  }

  public String bootstrapMunicipalityName() {
    return bootstrapMunicipalityName;
  }

  /** A folder of xAPI Profiles to read the course catalogue from instead of the packaged ones. */
  public Optional<String> xapiProfilesDir() {
    return xapiProfilesDir.filter(d -> !d.isBlank());
  }

  /**
   * The address people reach ABC Tracker at (e.g. {@code https://abc.kommune.no/}), for links that
   * leave the application, such as the verification link on certificates; empty: the address of the
   * request.
   */
  public Optional<String> publicUrl() {
    return publicUrl.filter(u -> !u.isBlank()).map(String::strip);
  }

  /**
   * The proxies whose {@code X-Forwarded-*} headers are believed: addresses and CIDR blocks,
   * comma-separated (checked at start); empty: none.
   */
  public Optional<String> trustedProxies() {
    return trustedProxies.filter(p -> !p.isBlank());
  }

  /** How long a session's check-in code is valid, in minutes (a whole number, checked at start). */
  public String checkInMinutes() {
    return checkInMinutes.strip();
  }

  /**
   * The smallest group a coverage report shows figures for unless the request says otherwise (a
   * whole number, checked at start; 0 = show every group).
   */
  public String reportMinCell() {
    return reportMinCell.strip();
  }

  /** The largest request body accepted, in bytes ({@code ABC_MAX_BODY_MB}, checked at start). */
  public long maxBodyBytes() {
    return maxBodyBytes(maxBodyMb());
  }

  /** {@code ABC_MAX_BODY_MB} as set (checked at start). */
  public String maxBodyMb() {
    return maxBodyMb;
  }

  /** {@code ABC_MAX_BODY_MB} in bytes: whole megabytes from 1 to 1024. */
  static long maxBodyBytes(String value) {
    String mb = value.strip();
    if (!mb.matches("\\d{1,4}") || Integer.parseInt(mb) < 1 || Integer.parseInt(mb) > 1024) {
      throw new InvalidSetting(
          "ABC_MAX_BODY_MB must be a whole number of megabytes from 1 to 1024 (got '"
              + value
              + "')");
    }
    return Long.parseLong(mb) * 1024 * 1024;
  }

  /**
   * Years after a person's last employment ended before the retention job erases them, where a
   * municipality sets none ({@code ABC_RETENTION_YEARS}, 1 to 100).
   */
  public int retentionYears() {
    return whole("ABC_RETENTION_YEARS", retentionYears, 1, 100);
  }

  /**
   * Days after which statements of actors who are nobody on the roster are deleted, where a
   * municipality sets none ({@code ABC_UNKNOWN_ACTOR_RETENTION_DAYS}, 0 to 36500).
   */
  public int unknownActorRetentionDays() {
    return whole("ABC_UNKNOWN_ACTOR_RETENTION_DAYS", unknownActorRetentionDays, 0, 36500);
  }

  static int whole(String name, String value, int min, int max) {
    String text = value.strip();
    if (!text.matches("\\d{1,6}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
      throw new InvalidSetting(
          name + " must be a whole number from " + min + " to " + max + " (got '" + value + "')");
    }
    return Integer.parseInt(text);
  }
}
