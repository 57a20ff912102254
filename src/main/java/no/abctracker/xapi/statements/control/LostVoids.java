package no.abctracker.xapi.statements.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;

/**
 * Marks voided the stored statements that a stored voiding statement targets but that were not
 * marked (the race that lost voids before voiding links existed): a replay finds them from the
 * voiding statements and repairs them here, in its transaction.
 */
@ApplicationScoped
public class LostVoids {

  private static final int IDS_PER_UPDATE = 1000;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** Marks these statements ({@code seq}s of the municipality) voided. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void repair(long municipalityId, Collection<Long> seqs) {
    List<Long> all = new ArrayList<>(seqs);
    try (Connection db = dataSource.getConnection()) {
      for (int from = 0; from < all.size(); from += IDS_PER_UPDATE) {
        List<Long> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_UPDATE));
        try (PreparedStatement update =
            db.prepareStatement(
                "UPDATE xapi_statement SET voided = TRUE WHERE municipality_id = ?"
                    + " AND voids_statement IS NULL AND seq IN ("
                    + StatementStore.placeholders(chunk.size())
                    + ")")) {
          update.setLong(1, municipalityId);
          for (int i = 0; i < chunk.size(); i++) {
            update.setLong(i + 2, chunk.get(i));
          }
          update.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Repairing voided statements failed: " + e.getMessage(), e);
    }
  }
}
