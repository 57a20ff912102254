package no.abctracker.municipalities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.problems.BadRequest;
import no.abctracker.problems.Conflict;
import no.abctracker.problems.NotFound;
import no.abctracker.xapi.model.validation.Iris;

/** The municipalities known to this installation. */
@ApplicationScoped
public class Municipalities {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<AccountHomePageChanged> homePageChanged;

  public Optional<Municipality> find(String code) {
    return em.createNamedQuery(Municipality.BY_CODE, Municipality.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public Municipality get(String code) {
    return find(code).orElseThrow(() -> new NotFound("No municipality with code " + code));
  }

  public List<Municipality> all() {
    return em.createNamedQuery(Municipality.ALL, Municipality.class).getResultList();
  }

  @Transactional
  public Municipality create(String code, String name, String accountHomePage) {
    requireValid(code, name);
    if (accountHomePage != null) {
      requireWebAddress(accountHomePage);
    }
    if (find(code).isPresent()) {
      throw new Conflict("Municipality " + code + " exists already");
    }
    Municipality municipality =
        new Municipality(code, name.strip(), accountHomePage, clock.instant());
    em.persist(municipality);
    return municipality;
  }

  /**
   * Moves the accounts of the municipality's own staff to another homePage. Statements sent under
   * the earlier one keep counting (each person keeps that account identity); observers of {@link
   * AccountHomePageChanged} give every person the new one in this transaction.
   */
  @Transactional
  public Municipality moveAccountsTo(String code, String accountHomePage) {
    requireWebAddress(accountHomePage);
    Municipality municipality = get(code);
    if (!municipality.accountHomePage().equals(accountHomePage)) {
      municipality.moveAccountsTo(accountHomePage);
      em.flush();
      homePageChanged.fire(new AccountHomePageChanged(municipality.id(), accountHomePage));
    }
    return municipality;
  }

  /**
   * Sets the retention periods (null: the global setting): years after the last employment ended (1
   * to 100), days for statements of unknown actors (0 to 36500).
   */
  @Transactional
  public Municipality changeRetention(String code, Integer years, Integer unknownActorDays) {
    if (years != null && (years < 1 || years > 100)) {
      throw new BadRequest("retentionYears: a whole number of years from 1 to 100, or null");
    }
    if (unknownActorDays != null && (unknownActorDays < 0 || unknownActorDays > 36500)) {
      throw new BadRequest(
          "unknownActorRetentionDays: a whole number of days from 0 to 36500, or null");
    }
    Municipality municipality = get(code);
    municipality.changeRetention(years, unknownActorDays);
    return municipality;
  }

  @Transactional
  public Municipality ensure(String code, String name) {
    return find(code).orElseGet(() -> create(code, name, null));
  }

  private static void requireWebAddress(String accountHomePage) {
    if (accountHomePage == null
        || accountHomePage.length() > Municipality.MAX_ACCOUNT_HOME_PAGE_LENGTH
        || !Iris.isWebAddress(accountHomePage)) {
      throw new BadRequest(
          "accountHomePage: must be an absolute http(s) address of at most "
              + Municipality.MAX_ACCOUNT_HOME_PAGE_LENGTH
              + " characters, e.g. https://abc-tracker.no/kommune/0301");
    }
  }

  private static void requireValid(String code, String name) {
    if (code == null || !code.matches("\\d{4}")) {
      throw new BadRequest("code: must be the 4-digit municipality number (kommunenummer)");
    }
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new BadRequest("name: must be 1-200 characters");
    }
  }
}
