package no.abctracker.progress.entity;

import java.time.Instant;

/**
 * A queued piece of projector work that failed every time it was applied alone and waits for an
 * administrator to retry it: what it was ({@code kind}, {@code ref}: an evidence sequence number, a
 * person, a cohort or an activity mapping), how often it failed and the last error.
 */
public record ParkedWork(
    long id,
    String kind,
    long ref,
    int attempts,
    String error,
    Instant enqueuedAt,
    Instant parkedAt) {}
