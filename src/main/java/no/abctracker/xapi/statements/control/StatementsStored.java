package no.abctracker.xapi.statements.control;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Fired synchronously by {@link StatementStore} inside the storing transaction, after the
 * statements, their keys and the voiding updates are written: observers (the progress projection)
 * add their own rows in the same transaction, so nothing acknowledged to the client is missing from
 * them and nothing rolled back is in them. Observers must be quick (they add to every store) and
 * must not fail on a valid statement.
 *
 * @param municipalityId the municipality the statements belong to
 * @param stored when they were stored
 * @param statements the statements newly stored, as stored (repeats of stored ones are not here)
 * @param seqs the {@code xapi_statement.seq} of each, in the same order
 * @param voidedOnArrival ids of those that a voiding statement already voids: stored earlier,
 *     committed while this store waited for it, or in this batch; a voiding statement stored after
 *     this transaction finds their evidence committed and marks it voided itself
 */
public record StatementsStored(
    long municipalityId,
    Instant stored,
    List<JsonObject> statements,
    long[] seqs,
    Set<String> voidedOnArrival) {

  public StatementsStored {
    statements = List.copyOf(statements);
    seqs = seqs.clone();
    voidedOnArrival = Set.copyOf(voidedOnArrival);
    if (seqs.length != statements.size()) {
      throw new IllegalArgumentException("one seq per statement");
    }
  }

  @Override
  public long[] seqs() {
    return seqs.clone();
  }

  /** The seq of the {@code i}-th statement. */
  public long seq(int i) {
    return seqs[i];
  }
}
