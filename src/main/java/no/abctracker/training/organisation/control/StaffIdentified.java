package no.abctracker.training.organisation.control;

import java.util.Set;

/**
 * Fired inside the import's transaction when persons got new actor identities, or lost one that
 * moved to another person, so that a projection can count the statements that arrived before they
 * were known (and stop counting the ones that are no longer theirs). Observe it synchronously
 * ({@code @Observes}) to write durable follow-up work in the same transaction.
 */
public record StaffIdentified(long municipalityId, Set<Long> personIds) {}
