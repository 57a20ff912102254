package no.abctracker.progress.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/** Starts this node's projector once the schema is migrated, and stops it at undeployment. */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class ProjectorStart {

  @Inject ProjectorRuns runs;

  @PostConstruct
  void start() {
    runs.start();
  }

  @PreDestroy
  void stop() {
    runs.stop();
  }
}
