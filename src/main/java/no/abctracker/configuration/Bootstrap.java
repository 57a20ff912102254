package no.abctracker.configuration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import no.abctracker.access.control.UserAccounts;
import no.abctracker.municipalities.control.Municipalities;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.xapi.credentials.control.LrsClients;

/**
 * After migration: the system administrator, the bootstrap municipality and the bootstrap LRS
 * client from the settings exist.
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

  @PostConstruct
  void ensure() {
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
