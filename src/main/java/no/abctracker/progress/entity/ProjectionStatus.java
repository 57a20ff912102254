package no.abctracker.progress.entity;

import java.time.Instant;
import java.util.Optional;

/**
 * How far a municipality's projection is behind: queued work not yet applied, when the oldest of it
 * was queued, when a projector last applied any, and how much work is parked because it failed
 * every time it was applied ({@link ParkedWork}); parked work is not counted as pending.
 */
public record ProjectionStatus(
    long pending,
    Optional<Instant> oldestPendingStored,
    Optional<Instant> lastProjectedAt,
    long parked) {}
