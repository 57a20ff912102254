/**
 * Coverage reports: who of a municipality's active staff has completed a course as of a date,
 * headcount and FTE-weighted, grouped by unit (rolled up through the hierarchy), shift pattern,
 * employment band, position code or employment kind; the same figures at each month end (trend);
 * the persons behind the figures (gap list); and their exports as CSV, XLSX and PDF.
 *
 * <p>Owns the contract's "Coverage" clause. Reads only the roster ({@code employment}, {@code
 * org_unit}) and the completions the progress projection keeps ({@code course_completion}, {@code
 * module_completion}); never statements. One query loads the employments in scope with their
 * person's completion time, and the pure {@code CoverageCalculator} counts them, so a report, each
 * point of a trend and the people list apply the same rules.
 *
 * <p>Out of scope: how completions are made ({@code progress}), the super-user coverage matrix
 * ({@code training.superusers}), the pages ({@code web}).
 */
package no.abctracker.reporting;
