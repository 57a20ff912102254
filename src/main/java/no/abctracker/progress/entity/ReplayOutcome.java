package no.abctracker.progress.entity;

/**
 * What a replay did to a municipality's evidence: statements read, how many of them are evidence,
 * evidence rows added, changed and removed to match, statements found voided by a stored voiding
 * statement without being marked so (a void lost before voiding was made exact; now set), and
 * persons queued for recompute.
 */
public record ReplayOutcome(
    long statements,
    long evidence,
    long added,
    long changed,
    long removed,
    long voidsRepaired,
    long personsQueued) {

  public ReplayOutcome plus(ReplayOutcome page) {
    return new ReplayOutcome(
        statements + page.statements,
        evidence + page.evidence,
        added + page.added,
        changed + page.changed,
        removed + page.removed,
        voidsRepaired + page.voidsRepaired,
        personsQueued + page.personsQueued);
  }
}
