package no.abctracker.access.control;

/**
 * A user account is being deleted, in the deleting transaction: components that keep rows naming
 * the account (cohort facilitators, check-in attempts) remove theirs.
 */
public record AccountRemoved(long accountId) {}
