package no.abctracker.xapi.statements.control;

import java.time.Instant;
import java.util.Set;

/**
 * Fired synchronously by {@link VoidingRepair} inside its transaction, after it marked voided
 * statements whose voiding statement was stored on another database node at the same moment:
 * observers (the progress projection) void what they derived from them in the same transaction.
 *
 * @param municipalityId the municipality the statements belong to
 * @param statementIds the ids of the statements now voided
 * @param at when the repair ran
 */
public record StatementsVoidedLate(long municipalityId, Set<String> statementIds, Instant at) {

  public StatementsVoidedLate {
    statementIds = Set.copyOf(statementIds);
  }
}
