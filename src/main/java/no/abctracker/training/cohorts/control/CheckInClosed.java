package no.abctracker.training.cohorts.control;

import no.abctracker.problems.Problem;

/** A check-in code that was right but has expired or been closed: 410, nothing recorded. */
public class CheckInClosed extends Problem {

  public CheckInClosed(String detail) {
    super(410, "Gone", detail);
  }
}
