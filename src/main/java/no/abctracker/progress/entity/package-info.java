/**
 * Immutable values of the projection: evidence (a statement that counts, keyed by its actor), and
 * module and course completions. Rows are written with JDBC, not JPA: the projection is set-wise
 * SQL on a hot path.
 */
package no.abctracker.progress.entity;
