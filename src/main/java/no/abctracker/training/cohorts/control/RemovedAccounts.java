package no.abctracker.training.cohorts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.abctracker.access.control.AccountRemoved;
import no.abctracker.training.cohorts.entity.CheckInAttempt;
import no.abctracker.training.cohorts.entity.Cohort;

/**
 * A deleted user account leaves the cohorts it facilitated and its wrong check-in codes are
 * forgotten, in the deleting transaction; the attendance it recorded stays (as statements).
 */
@ApplicationScoped
public class RemovedAccounts {

  @PersistenceContext EntityManager em;

  void removed(@Observes AccountRemoved removed) {
    em.createNamedQuery(Cohort.ANY_FACILITATED_BY, Cohort.class)
        .setParameter("userId", removed.accountId())
        .getResultList()
        .forEach(c -> c.dropFacilitator(removed.accountId()));
    em.createNamedQuery(CheckInAttempt.DELETE_OF_USER_ID)
        .setParameter("userId", removed.accountId())
        .executeUpdate();
    em.flush();
  }
}
