package no.abctracker.training.cohorts.control;

import java.util.Objects;
import java.util.Set;
import no.abctracker.training.cohorts.entity.CohortTerms;

/** A cohort as a coordinator sends it: its terms and its facilitators' user names. */
public record CohortDraft(CohortTerms terms, Set<String> facilitators) {

  public CohortDraft {
    Objects.requireNonNull(terms, "terms");
    facilitators = Set.copyOf(facilitators);
  }
}
