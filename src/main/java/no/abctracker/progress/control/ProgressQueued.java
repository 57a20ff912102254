package no.abctracker.progress.control;

/**
 * Fired inside a transaction that queued projector work; after it commits, the local projector is
 * woken so the work is applied within milliseconds rather than at the next poll.
 */
public record ProgressQueued(long municipalityId) {}
