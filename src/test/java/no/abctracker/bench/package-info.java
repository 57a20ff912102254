/**
 * Load programs for the LRS, run by hand with {@code bench/*.sh} against a running server (see
 * {@code docs/performance.md}); not tests. {@link no.abctracker.bench.IngestBenchmark} posts
 * generated statements and compares with a raw JDBC insert of the same rows; {@link
 * no.abctracker.bench.QueryBenchmark} loads statements and times agent/verb queries; {@link
 * no.abctracker.bench.ProjectionLag} (with {@code --lag=true}) samples how far the progress
 * projector is behind; {@link no.abctracker.bench.ReplayBenchmark} checks replay against the
 * incremental projection of a generated municipality and times both; {@link
 * no.abctracker.bench.ReportsBenchmark} generates a municipality the size of Oslo ({@link
 * no.abctracker.bench.LargeMunicipality}) and times the coverage reports on it.
 */
package no.abctracker.bench;
