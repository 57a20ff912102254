package no.abctracker.training.organisation.control;

import java.util.Set;

/**
 * Fired (inside the import's transaction) when persons got new actor identities, so that a
 * projection can count the statements that arrived before they were known; observe with {@code
 * during = TransactionPhase.AFTER_SUCCESS}.
 */
public record StaffIdentified(long municipalityId, Set<Long> personIds) {}
