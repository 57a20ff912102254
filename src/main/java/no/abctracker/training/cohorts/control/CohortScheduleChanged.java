package no.abctracker.training.cohorts.control;

/**
 * Fired inside the transaction that schedules or cancels a session of a cohort: the number of its
 * sessions, and with it the attendance its course version requires, changed. Observers that keep
 * rows derived from it (the progress projection) add their own in the same transaction.
 */
public record CohortScheduleChanged(long municipalityId, long cohortId) {}
