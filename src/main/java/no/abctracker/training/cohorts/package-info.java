/**
 * Cohorts of the group-based courses: a cohort runs one course version for a set of staff, with
 * facilitators ("veileder"/"fasilitator") and an ABC contact; it has numbered group sessions
 * ("samlinger", joint or local, covering some of the course's modules); coordinators enrol staff by
 * hand or by a rule (unit subtree, shift pattern, position code); attendance at each session is
 * recorded by a facilitator or by the staff member checking in with a short-lived code (typed, or
 * scanned as a QR code), and every attendance is also an xAPI "attended" statement in the
 * municipality's LRS, written in the same transaction as its row, so completions have their
 * evidence in one place. Removing an attendance voids its statement.
 *
 * <p>Who may do what: system administrators and the municipality's coordinators everything; a
 * cohort's facilitators read it, record its attendance and open check-in; unit leaders read the
 * cohorts with members from their units, and only those members; staff check in and read their own
 * cohorts and sessions. Guessing check-in codes is limited per user in the database, so the limit
 * holds across nodes.
 *
 * <p>Out of scope: completions and the attendance rule of a course version ({@code progress} turns
 * the attended statements into completions), certificates, the check-in page itself ({@code web}).
 */
package no.abctracker.training.cohorts;
