package no.abctracker.training.cohorts.control;

import no.abctracker.training.cohorts.entity.Cohort;

/** A cohort looked up for a user, with what that user may do with it. */
public record CohortInHand(Cohort cohort, CohortAccess access) {

  public String name() {
    return cohort.name();
  }
}
