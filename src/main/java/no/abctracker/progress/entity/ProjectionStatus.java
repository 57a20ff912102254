package no.abctracker.progress.entity;

import java.time.Instant;
import java.util.Optional;

/**
 * How far a municipality's projection is behind: queued work not yet applied, when the oldest of it
 * was queued, and when a projector last applied any.
 */
public record ProjectionStatus(
    long pending, Optional<Instant> oldestPendingStored, Optional<Instant> lastProjectedAt) {}
