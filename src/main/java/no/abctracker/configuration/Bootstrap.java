package no.abctracker.configuration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import no.abctracker.access.control.UserAccounts;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.xapi.credentials.control.LrsClients;

/**
 * After migration: the system administrator, the bootstrap municipality and the bootstrap LRS
 * client from the settings exist, however many nodes start at once.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class Bootstrap {

  private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

  @Inject Settings settings;
  @Inject Municipalities municipalities;
  @Inject UserAccounts userAccounts;
  @Inject LrsClients lrsClients;

  /**
   * Nodes started together on an empty database insert the same rows at once: the later insert
   * fails on the unique key, and its next attempt finds the row and leaves it as it is.
   */
  private static final int ATTEMPTS = 5;

  /**
   * A system property set once the start-up is complete, read by the bundle's main class: Payara
   * Micro lists an application whose start-up bean failed among the deployed ones.
   */
  public static final String STARTED = "abc-tracker.started";

  @PostConstruct
  void start() {
    for (int attempt = 1; ; attempt++) {
      try {
        ensure();
        System.setProperty(STARTED, "true");
        return;
      } catch (RuntimeException e) {
        if (attempt == ATTEMPTS) {
          throw FailedStart.because("the start-up rows could not be written", e);
        }
        LOG.info(
            "Start-up rows not written (another node may be writing them now), attempt "
                + attempt
                + " of "
                + ATTEMPTS
                + ": "
                + FailedStart.reasons(e));
        pause(attempt);
      }
    }
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(200L * attempt + ThreadLocalRandom.current().nextInt(200));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while starting", e);
    }
  }

  private void ensure() {
    userAccounts.ensureSystemAdmin(settings.adminUser(), settings.adminPassword());
    Municipality municipality =
        municipalities.ensure(
            settings.bootstrapMunicipality(), settings.bootstrapMunicipalityName());
    if (settings.lrsBootstrapKey().isPresent()) {
      lrsClients.ensureBootstrap(
          municipality, settings.lrsBootstrapKey().get(), settings.lrsBootstrapSecret().get());
      LOG.info(
          () ->
              "LRS bootstrap client '"
                  + settings.lrsBootstrapKey().get()
                  + "' ready for municipality "
                  + municipality.code());
    }
  }
}
