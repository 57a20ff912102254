package no.abctracker.configuration;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The one datasource of the application, declared in the application so that operators only set
 * {@code ABC_DB_URL}, {@code ABC_DB_USER} and {@code ABC_DB_PASSWORD} (read by {@link
 * ConfiguredDataSource}).
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "no.abctracker.configuration.ConfiguredDataSource",
    minPoolSize = 2,
    maxPoolSize = 48,
    initialPoolSize = 2,
    maxIdleTime = 300,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=0",
      "fish.payara.fail-all-connections=true",
      // A database out of reach answers 503 at once instead of holding the request (see
      // problems.DatabaseUnavailable): no creation retries, and a bounded wait for a free
      // connection.
      "fish.payara.connection-creation-retry-attempts=0",
      "fish.payara.max-wait-time-in-millis=" + Database.MAX_WAIT_MILLIS
    })
public final class Database {

  public static final String JNDI_NAME = "java:app/jdbc/abc";

  /** How long a request waits for a free pooled connection before it is answered 503. */
  static final int MAX_WAIT_MILLIS = 5000;

  private Database() {}
}
