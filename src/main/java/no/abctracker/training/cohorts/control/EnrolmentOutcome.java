package no.abctracker.training.cohorts.control;

import java.util.List;

/**
 * What an enrolment did: how many persons it named or its rule matched, how many it added, how many
 * were enrolled already, and whom a rule left out and why (they completed the course).
 */
public record EnrolmentOutcome(int matched, int added, int alreadyEnrolled, List<LeftOut> leftOut) {

  public EnrolmentOutcome {
    leftOut = List.copyOf(leftOut);
  }

  /** Why a person a rule matched was not enrolled. */
  public enum Reason {
    /** The person has completed the cohort's course already. */
    COMPLETED
  }

  /** A person a rule matched but did not enrol. */
  public record LeftOut(String employeeId, String fullName, Reason reason) {}
}
