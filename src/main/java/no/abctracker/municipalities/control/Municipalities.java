package no.abctracker.municipalities.control;

import jakarta.enterprise.context.ApplicationScoped;
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

/** The municipalities known to this installation. */
@ApplicationScoped
public class Municipalities {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

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
    if (find(code).isPresent()) {
      throw new Conflict("Municipality " + code + " exists already");
    }
    Municipality municipality =
        new Municipality(code, name.strip(), accountHomePage, clock.instant());
    em.persist(municipality);
    return municipality;
  }

  @Transactional
  public Municipality ensure(String code, String name) {
    return find(code).orElseGet(() -> create(code, name, null));
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
