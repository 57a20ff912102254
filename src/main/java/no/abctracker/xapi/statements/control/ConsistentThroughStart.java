package no.abctracker.xapi.statements.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Publishes this node's Consistent-Through watermark once before the node takes requests, then
 * every {@link ConsistentThrough#PUBLISH_EVERY} on a thread of its own: a busy shared executor (the
 * projector draining a backlog) must not delay it, or this node would refuse stores.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class ConsistentThroughStart {

  @Inject ConsistentThrough consistentThrough;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  private ScheduledExecutorService publisher;

  @PostConstruct
  void start() {
    consistentThrough.publish();
    publisher = Executors.newSingleThreadScheduledExecutor(threads);
    long every = ConsistentThrough.PUBLISH_EVERY.toMillis();
    publisher.scheduleWithFixedDelay(
        consistentThrough::publish, every, every, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    publisher.shutdownNow();
  }
}
