package no.abctracker.progress.control;

import jakarta.ejb.ApplicationException;

/**
 * A projector transaction found a completion row it writes changed since its snapshot: another
 * writer applied newer evidence meanwhile, so this transaction's view is stale. It rolls back and
 * its queue rows are applied again, from a fresh snapshot. With the municipality's lock holding,
 * this never happens; it is what keeps two writers from moving a completion later if it does not.
 */
@ApplicationException(rollback = true)
public class ConcurrentProjection extends IllegalStateException {

  ConcurrentProjection(long personId, String row) {
    super(
        "Completion "
            + row
            + " of person "
            + personId
            + " changed since this projector transaction read it; it rolls back and is applied"
            + " again");
  }
}
