package no.abctracker.progress.control;

import jakarta.ejb.ApplicationException;

/**
 * The projector was called without a database transaction around its connection (autocommit on, or
 * no JTA transaction active): the municipality's lock row would be released by the very statement
 * that takes it, and another node could apply the same work at the same time. It refuses to write
 * anything.
 */
@ApplicationException(rollback = true)
public class UnprotectedProjection extends IllegalStateException {

  UnprotectedProjection(long municipalityId, String why) {
    super(
        "Refusing to project municipality "
            + municipalityId
            + ": "
            + why
            + "; the municipality's lock would not hold (docs/progress.md, How it runs)");
  }
}
