package no.abctracker.progress;

import java.io.File;
import java.net.URL;
import java.util.List;
import java.util.Map;
import no.abctracker.testsupport.AppDeployment;
import no.abctracker.testsupport.BundleNode;

/**
 * A second application node for the tests that need two: the runnable bundle that {@code package}
 * built, started as operators start it, on a free port, against the same IT database as the
 * Arquillian node. Stopped (and waited for) on {@link #close()}.
 */
final class SecondNode implements AutoCloseable {

  private final BundleNode node;

  private SecondNode(BundleNode node) {
    this.node = node;
  }

  static SecondNode start() throws InterruptedException {
    File jar = BundleNode.bundle();
    int port = BundleNode.freePort();
    return new SecondNode(
        BundleNode.of(
                jar,
                port,
                Map.of(
                    "ABC_DB_URL", System.getProperty("abc.it.db.url"),
                    "ABC_ADMIN_USER", AppDeployment.ADMIN_USER,
                    "ABC_ADMIN_PASSWORD", AppDeployment.ADMIN_PASSWORD),
                List.of("--nocluster"),
                "512m",
                new File(jar.getParentFile(), "second-node-" + port + ".log"))
            .start());
  }

  URL url() {
    return node.url();
  }

  @Override
  public void close() throws InterruptedException {
    node.close();
  }
}
