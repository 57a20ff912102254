package no.abctracker.progress.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;

/**
 * The account homePage of each municipality (under which {@code account.name} is an employee id),
 * read once per municipality: it is set when the municipality is created and never changes, and the
 * statement store must not pay a query per batch for it.
 */
@ApplicationScoped
public class AccountHomePages {

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  private final Map<Long, String> byMunicipality = new ConcurrentHashMap<>();

  public String of(long municipalityId) {
    String known = byMunicipality.get(municipalityId);
    if (known != null) {
      return known;
    }
    String read = read(municipalityId);
    byMunicipality.put(municipalityId, read);
    return read;
  }

  private String read(long municipalityId) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement select =
            db.prepareStatement("SELECT account_home_page FROM municipality WHERE id = ?")) {
      select.setLong(1, municipalityId);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("No municipality with id " + municipalityId);
        }
        return rs.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the account homePage failed: " + e.getMessage(), e);
    }
  }
}
