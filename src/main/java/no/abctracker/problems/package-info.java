/**
 * Typed failures and the one place that turns them into RFC 9457 problem+json responses. Every
 * domain failure extends {@link no.abctracker.problems.Problem} and carries its HTTP status.
 */
package no.abctracker.problems;
