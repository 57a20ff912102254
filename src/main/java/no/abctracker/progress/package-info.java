/**
 * The progress projection: who has completed which module and course, kept up to date from the xAPI
 * statements as they are stored, never recomputed on request.
 *
 * <p>Owns the contract's "Completion" clause. At ingest, in the statement's own transaction, the
 * statements that count are kept as evidence ({@code progress_evidence}: a completion verb of the
 * profile on a module's or a course's activity, or an attended statement on a cohort session, with
 * the actor keyed as {@code person_identity} keys identities) and a queue row is written ({@code
 * progress_pending}); voiding marks evidence voided and queues it again; a roster import that gives
 * persons new identities queues those persons; scheduling or cancelling a cohort session queues the
 * cohort. A projector on each node drains the queue per municipality under a lock row taken with
 * {@code SKIP LOCKED} (one writer per municipality, however many nodes), recomputes the affected
 * persons from all their non-voided evidence and the cohorts' sessions with the pure {@code
 * CompletionRules} (modules, attendance, registered) and writes only the difference to {@code
 * module_completion} and {@code course_completion}, the tables reports read. Also: manual
 * registrations by coordinators (a statement with the coordinator as authority plus an audit row,
 * withdrawn by voiding), the replay of a municipality from its stored statements, the person
 * progress read API and the projection status. Connecting a real LMS: activity mappings (an LMS's
 * activity id as a module or a course, applied to stored statements through the statement key index
 * by the projector) and the unmatched inbox (actors and activities counted at ingest, read as
 * unmatched when no identity or mapping names them); the identity rules and links are {@code
 * training.organisation}'s.
 *
 * <p>Out of scope: the LRS itself and its voiding rule ({@code xapi.statements}), the course
 * catalogue ({@code training.courses}), persons and identities ({@code training.organisation}),
 * cohorts, sessions and attendance recording ({@code training.cohorts}), certificates, coverage
 * reports ({@code reporting}).
 */
package no.abctracker.progress;
