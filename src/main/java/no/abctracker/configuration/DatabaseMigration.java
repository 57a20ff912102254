package no.abctracker.configuration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Start-up, before anything else touches the database: validate the settings, then migrate the
 * schema with Flyway (the first connection creates the database if needed, see {@link
 * ConfiguredDataSource}).
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Inject Settings settings;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @PostConstruct
  void start() {
    List<String> problems = SettingsCheck.problems(settings);
    if (!problems.isEmpty()) {
      throw FailedStart.because("bad settings", new InvalidSetting(String.join("; ", problems)));
    }
    try {
      migrate();
    } catch (RuntimeException e) {
      throw FailedStart.because("the database could not be reached or migrated", e);
    }
  }

  /**
   * Flyway holds a named lock on the database while it migrates, so nodes started together migrate
   * one after the other and the later ones find the schema current.
   */
  private void migrate() {
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
