package no.abctracker.cluster.control;

import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Payara Micro's data grid, which every node of a cluster joins (a single node has a grid of its
 * own): named maps whose entries every node sees at once, with atomic {@code putIfAbsent}, {@code
 * replace} and {@code merge}. Values must be plain JDK types, so that no node needs the
 * application's classes to compare them. Without a grid (Payara started with {@code --nohazelcast})
 * the maps are this node's own.
 */
@ApplicationScoped
public class DataGrid {

  static final String JNDI_NAME = "payara/Hazelcast";
  private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

  private final Map<String, ConcurrentMap<?, ?>> local = new ConcurrentHashMap<>();
  private HazelcastInstance grid;

  @PostConstruct
  void connect() {
    try {
      grid = (HazelcastInstance) new InitialContext().lookup(JNDI_NAME);
      LOG.info(() -> "Data grid '" + grid.getConfig().getClusterName() + "': " + describe());
    } catch (NamingException | ClassCastException e) {
      LOG.warning(
          "No data grid at "
              + JNDI_NAME
              + " ("
              + e
              + "): cluster-wide maps are this node's own, so run a single node only");
    }
  }

  /** The cluster-wide map of this name. */
  @SuppressWarnings("unchecked")
  public <K, V> ConcurrentMap<K, V> map(String name) {
    if (grid == null) {
      return (ConcurrentMap<K, V>) local.computeIfAbsent(name, n -> new ConcurrentHashMap<>());
    }
    return grid.getMap(name);
  }

  /** The members of the cluster as the grid sees them now, e.g. for the start-up log. */
  public String describe() {
    if (grid == null) {
      return "none (this node alone)";
    }
    var members = grid.getCluster().getMembers();
    return members.size() + (members.size() == 1 ? " member " : " members ") + members;
  }
}
