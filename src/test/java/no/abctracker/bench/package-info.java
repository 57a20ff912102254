/**
 * Load programs for the LRS, run by hand with {@code bench/*.sh} against a running server (see
 * {@code docs/performance.md}); not tests. {@link no.abctracker.bench.IngestBenchmark} posts
 * generated statements and compares with a raw JDBC insert of the same rows; {@link
 * no.abctracker.bench.QueryBenchmark} loads statements and times agent/verb queries.
 */
package no.abctracker.bench;
