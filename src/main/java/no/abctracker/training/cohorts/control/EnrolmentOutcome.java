package no.abctracker.training.cohorts.control;

/**
 * What an enrolment did: how many persons it named or its rule matched, how many it added and how
 * many were enrolled already.
 */
public record EnrolmentOutcome(int matched, int added, int alreadyEnrolled) {}
