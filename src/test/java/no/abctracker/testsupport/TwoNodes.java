package no.abctracker.testsupport;

import java.io.File;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two application nodes of the runnable bundle forming one Payara Micro cluster on loopback (TCP/IP
 * discovery, each node's data grid on its own port, no host-aware partitioning: both are on one
 * host, and the grid must keep a backup of every entry on the other node), on one database, behind
 * a HAProxy ({@link Balancer}). Node 1 starts first, so that it alone migrates a fresh database.
 */
public final class TwoNodes implements AutoCloseable {

  /** Where each part listens: the balancer, the nodes' HTTP ports and their data grid ports. */
  public record Ports(int balancer, int node1, int node2, int grid1, int grid2) {

    public static Ports free() {
      return new Ports(
          BundleNode.freePort(),
          BundleNode.freePort(),
          BundleNode.freePort(),
          BundleNode.freePort(),
          BundleNode.freePort());
    }
  }

  private final List<BundleNode> nodes;
  private final Balancer balancer;

  private TwoNodes(List<BundleNode> nodes, Balancer balancer) {
    this.nodes = nodes;
    this.balancer = balancer;
  }

  /**
   * Starts both nodes with {@code settings} (their environment: ABC_DB_URL, …) and the balancer;
   * logs go to {@code logs}.
   */
  public static TwoNodes start(
      Ports ports, Map<String, String> settings, String clusterName, String heap, File logs)
      throws InterruptedException {
    logs.mkdirs();
    File bundle = BundleNode.bundle();
    String members = "tcpip:127.0.0.1:" + ports.grid1() + ",127.0.0.1:" + ports.grid2();
    List<BundleNode> nodes = new ArrayList<>();
    int[] http = {ports.node1(), ports.node2()};
    int[] grid = {ports.grid1(), ports.grid2()};
    for (int i = 0; i < 2; i++) {
      nodes.add(
          BundleNode.of(
              bundle,
              http[i],
              settings,
              List.of(
                  "--clustermode",
                  members,
                  "--startport",
                  String.valueOf(grid[i]),
                  "--interfaces",
                  "127.0.0.1",
                  "--nohostaware",
                  "--clustername",
                  clusterName),
              heap,
              new File(logs, "node" + (i + 1) + ".log")));
    }
    try {
      for (BundleNode node : nodes) {
        node.start();
      }
      Balancer balancer =
          Balancer.start(
              ports.balancer(), ports.node1(), ports.node2(), new File(logs, "haproxy.log"));
      return new TwoNodes(nodes, balancer);
    } catch (RuntimeException | InterruptedException e) {
      for (BundleNode node : nodes) {
        node.close();
      }
      throw e;
    }
  }

  /** Node 1 or 2. */
  public BundleNode node(int number) {
    return nodes.get(number - 1);
  }

  /** The balancer's address, where clients and browsers go. */
  public URL url() {
    return balancer.url();
  }

  @Override
  public void close() throws InterruptedException {
    balancer.close();
    for (BundleNode node : nodes) {
      node.close();
    }
  }
}
