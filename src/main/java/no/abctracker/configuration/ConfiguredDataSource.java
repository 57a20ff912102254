package no.abctracker.configuration;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The physical datasource behind the container's pool. Payara resolves {@code ${MPCONFIG=…}} in a
 * {@code @DataSourceDefinition} before the application's own defaults are visible and cannot pass
 * an empty password, so this class reads {@code ABC_DB_URL}, {@code ABC_DB_USER} and {@code
 * ABC_DB_PASSWORD} itself, with the application's config, when the pool first needs a connection.
 * On that first connection it also creates the database if it is missing, and waits for a server
 * that is not up yet ({@code ABC_DB_START_WAIT_SECONDS}) before the start fails, and on a Galera
 * cluster makes reads causal ({@link #withCausalReads}).
 */
public class ConfiguredDataSource implements DataSource {

  private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());
  private static final Duration RETRY_EVERY = Duration.ofSeconds(3);

  private volatile MariaDbDataSource delegate;
  private int loginTimeout;

  @Override
  public Connection getConnection() throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return delegate().getConnection(username, password);
  }

  private MariaDbDataSource delegate() throws SQLException {
    MariaDbDataSource current = delegate;
    if (current == null) {
      synchronized (this) {
        if (delegate == null) {
          delegate = connectFirstTime();
        }
        current = delegate;
      }
    }
    return current;
  }

  private static MariaDbDataSource connectFirstTime() throws SQLException {
    Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
    Duration waitForServer =
        Duration.ofSeconds(
            Settings.startWaitSeconds(config.getValue("ABC_DB_START_WAIT_SECONDS", String.class)));
    Optional<EmbeddedMariaDb.Started> embedded = EmbeddedMariaDb.startIfNeeded(waitForServer);
    String url =
        DatabaseUrl.withTimeouts(
            embedded
                .map(EmbeddedMariaDb.Started::url)
                .orElseGet(() -> config.getValue("ABC_DB_URL", String.class)));
    String user =
        embedded
            .map(EmbeddedMariaDb.Started::user)
            .orElseGet(() -> config.getValue("ABC_DB_USER", String.class));
    String password =
        embedded
            .map(EmbeddedMariaDb.Started::password)
            .orElseGet(() -> config.getOptionalValue("ABC_DB_PASSWORD", String.class).orElse(""));
    String database =
        DatabaseUrl.databaseName(url)
            .orElseThrow(
                () ->
                    new SQLException(
                        "ABC_DB_URL must name a database, e.g. jdbc:mariadb://host:3306/abc_tracker"));
    MariaDbDataSource server =
        credentials(new MariaDbDataSource(DatabaseUrl.serverUrl(url)), user, password);
    long deadline = System.nanoTime() + waitForServer.toNanos();
    while (true) {
      try (Connection connection = server.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute(
            "CREATE DATABASE IF NOT EXISTS `"
                + database.replace("`", "``")
                + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        return credentials(
            new MariaDbDataSource(isGalera(statement) ? withCausalReads(url) : url),
            user,
            password);
      } catch (SQLException e) {
        if (System.nanoTime() > deadline || e.getErrorCode() == 1045) {
          SQLException unreachable =
              new SQLException(
                  "Cannot reach the database in ABC_DB_URL ("
                      + url
                      + ") as ABC_DB_USER '"
                      + user
                      + "' within ABC_DB_START_WAIT_SECONDS: "
                      + e.getMessage(),
                  e);
          FailedStart.because("no database", unreachable);
          throw unreachable;
        }
        LOG.warning(
            () ->
                "Waiting for the database server in ABC_DB_URL ("
                    + url
                    + "): "
                    + e.getMessage()
                    + "; retrying in "
                    + RETRY_EVERY.toSeconds()
                    + " s");
        sleep();
      }
    }
  }

  /** Whether the server is a node of a Galera cluster. */
  private static boolean isGalera(Statement statement) throws SQLException {
    try (ResultSet wsrep = statement.executeQuery("SHOW VARIABLES LIKE 'wsrep_on'")) {
      return wsrep.next() && "ON".equalsIgnoreCase(wsrep.getString(2));
    }
  }

  /**
   * On a Galera cluster a node may not yet have applied what another node committed a moment ago:
   * reads, updates and deletes wait for it ({@code wsrep_sync_wait=3}), so a request on any node
   * sees every write acknowledged before it — a rotated secret, the statement a voiding statement
   * names — unless the URL already chooses.
   */
  static String withCausalReads(String url) {
    if (url.contains("wsrep_sync_wait")) {
      return url;
    }
    LOG.info(
        "The database is a Galera cluster: reads and updates wait for the writes committed on"
            + " other nodes"
            + " (wsrep_sync_wait=3, see docs/operations.md)");
    if (url.contains("sessionVariables=")) {
      return url.replace("sessionVariables=", "sessionVariables=wsrep_sync_wait=3,");
    }
    return url + (url.contains("?") ? "&" : "?") + "sessionVariables=wsrep_sync_wait=3";
  }

  private static MariaDbDataSource credentials(
      MariaDbDataSource source, String user, String password) throws SQLException {
    source.setUser(user);
    source.setPassword(password);
    return source;
  }

  private static void sleep() throws SQLException {
    try {
      Thread.sleep(RETRY_EVERY.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("Interrupted while waiting for the database", e);
    }
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // The MariaDB driver logs through its own logger.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("Logs through java.util.logging per class");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return delegate().unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || delegate().isWrapperFor(type);
  }
}
