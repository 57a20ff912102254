package no.abctracker.training.organisation.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import no.abctracker.configuration.Database;
import no.abctracker.configuration.MultiRowInsert;
import no.abctracker.municipalities.control.AccountHomePageChanged;
import no.abctracker.training.organisation.entity.IdentityKind;

/**
 * Gives every person of a municipality whose account homePage moved an account identity under the
 * new homePage, in the transaction that moved it, and queues them (as the roster import does for
 * new identities), so statements already stored under the new homePage count. The identity under
 * the earlier homePage stays: what was sent under it is still theirs.
 */
@ApplicationScoped
public class StaffAccounts {

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject Event<StaffIdentified> identified;

  void onHomePageChanged(@Observes AccountHomePageChanged changed) {
    long m = changed.municipalityId();
    List<Object[]> rows = new ArrayList<>();
    Set<Long> persons = new HashSet<>();
    try (Connection db = dataSource.getConnection()) {
      try (PreparedStatement select =
          db.prepareStatement("SELECT id, employee_id FROM person WHERE municipality_id = ?")) {
        select.setLong(1, m);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            persons.add(rs.getLong(1));
            rows.add(
                new Object[] {
                  m,
                  rs.getLong(1),
                  IdentityKind.ACCOUNT.name(),
                  ActorIdentities.account(changed.accountHomePage(), rs.getString(2))
                });
          }
        }
      }
      MultiRowInsert.insertAll(
          db,
          "person_identity",
          List.of("municipality_id", "person_id", "kind", "value"),
          rows,
          " ON DUPLICATE KEY UPDATE person_id = person_id");
    } catch (SQLException e) {
      throw new IllegalStateException("Moving the staff's accounts failed: " + e.getMessage(), e);
    }
    if (!persons.isEmpty()) {
      identified.fire(new StaffIdentified(m, Set.copyOf(persons)));
    }
  }
}
