package no.abctracker.progress;

import java.io.IOException;
import java.net.URL;
import java.util.Map;
import no.abctracker.testsupport.AppDeployment;
import no.abctracker.testsupport.JarNode;

/**
 * A second application node for the tests that need two: the runnable bundle started as operators
 * start it ({@link JarNode}), against the same IT database as the Arquillian node. Stopped (and
 * waited for) on {@link #close()}.
 */
final class SecondNode implements AutoCloseable {

  private final JarNode node;

  private SecondNode(JarNode node) {
    this.node = node;
  }

  static SecondNode start() throws IOException, InterruptedException {
    return new SecondNode(
        JarNode.start(
            "second-node",
            Map.of(
                "ABC_DB_URL", System.getProperty("abc.it.db.url"),
                "ABC_ADMIN_USER", AppDeployment.ADMIN_USER,
                "ABC_ADMIN_PASSWORD", AppDeployment.ADMIN_PASSWORD)));
  }

  URL url() {
    return node.url();
  }

  @Override
  public void close() throws InterruptedException {
    node.close();
  }
}
