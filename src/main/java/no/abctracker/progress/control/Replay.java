package no.abctracker.progress.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import no.abctracker.municipalities.entity.Municipality;
import no.abctracker.progress.entity.ReplayOutcome;

/**
 * Rebuilds a municipality's projection from its stored statements (after a catalogue change, or to
 * check the incremental path): re-extracts the evidence of every statement in seq order with the
 * rule used at ingest, making the evidence rows equal to it page by page, then queues every person
 * of the municipality, whom the projector recomputes from that evidence.
 *
 * <p>It does not empty the tables first: a statement stored while the replay runs has its evidence
 * and queue row written by its own transaction, which a delete-and-rebuild could remove after the
 * replay read past it; and reports would see no completions until the recompute ended. Writing only
 * the difference gives the same rows as a rebuild from scratch (the evidence rule and the
 * completion function are pure; a voided flag is only ever set, as voiding is permanent in xAPI).
 */
@ApplicationScoped
public class Replay {

  private static final Logger LOG = Logger.getLogger(Replay.class.getName());

  @Inject EvidenceReplay steps;
  @Inject Event<ProgressQueued> queued;

  public ReplayOutcome replay(Municipality municipality) {
    long started = System.nanoTime();
    ReplayOutcome total = new ReplayOutcome(0, 0, 0, 0, 0, 0, 0);
    long after = 0;
    while (true) {
      EvidenceReplay.Page page = steps.page(municipality.id(), after);
      if (page.outcome().statements() == 0) {
        break;
      }
      total = total.plus(page.outcome());
      after = page.lastSeq();
    }
    long persons = steps.queueEveryone(municipality.id());
    queued.fire(new ProgressQueued(municipality.id()));
    ReplayOutcome outcome = total.plus(new ReplayOutcome(0, 0, 0, 0, 0, 0, persons));
    long millis = (System.nanoTime() - started) / 1_000_000;
    LOG.info(
        () -> "Replayed municipality " + municipality.code() + " in " + millis + " ms: " + outcome);
    return outcome;
  }
}
