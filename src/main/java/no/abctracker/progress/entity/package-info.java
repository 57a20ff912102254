/**
 * Values of the projection: evidence (a statement that counts, keyed by its actor), scheduled
 * sessions as the attendance rule sees them, module and course completions, and the manual
 * registration, the one JPA entity (an audit row written once per request). Evidence and
 * completions are written with JDBC, not JPA: the projection is set-wise SQL on a hot path.
 */
package no.abctracker.progress.entity;
