/**
 * The coverage pages of the workspace: the dashboard on the overview ({@code /app/}), the reports
 * page with its filters ({@code /app/reports.xhtml}) and the people behind every figure ({@code
 * /app/people.xhtml}). Every figure comes from {@code reporting.control.CoverageReports}, called
 * with the signed-in user's municipality and visibility exactly as the REST API calls it; the pages
 * only lay the figures out (tables, Chart.js charts) and link them to the people list.
 *
 * <p>Out of scope: the counting rules and the export files (reporting renders them; the reports
 * page only hands them out with the page session), the super-user matrix (training pages).
 */
package no.abctracker.web.reports;
