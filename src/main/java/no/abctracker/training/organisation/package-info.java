/**
 * The organisation of a municipality: units in a hierarchy (unit types such as home care,
 * institution, housing, response centre), staff and their employments (position code and title,
 * employment percent, shift pattern, employment kind, start and end) imported from HR exports as
 * CSV, and the xAPI actor identities (mbox, mbox_sha1sum, account) that map statements to a person.
 *
 * <p>Owns the contract's "HR import" and "Actor → staff" clauses: a units file and a staff roster
 * are all-or-nothing imports that report every bad line; a roster is a full snapshot, so staff
 * absent from it are end-dated, never deleted. Who may see which staff (unit leaders their
 * subtrees, staff themselves) is decided here from the caller's {@code access} snapshot.
 *
 * <p>Out of scope: courses and modules ({@code training.courses}), completions ({@code progress}),
 * coverage numbers ({@code reporting}).
 */
package no.abctracker.training.organisation;
