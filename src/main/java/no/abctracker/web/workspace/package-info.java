/**
 * The coordinator workspace under {@code /app/}: overview, units tree and units import, roster
 * import with its preview, staff list, person page (sign-in links, completions with their evidence,
 * manual registrations, super-user roles, certificates), users, LRS clients, cohorts (sessions,
 * enrolment, check-in code with QR, attendance, members' progress) and super-users (appointments,
 * prerequisites, the coverage matrix include {@code WEB-INF/includes/ coverage-matrix.xhtml} with
 * {@link no.abctracker.web.workspace.boundary.CoverageView}). Each page bean reads and writes
 * through the controls (and request readers) the REST API uses, in the municipality and with the
 * visibility of the signed-in user.
 *
 * <p>Out of scope: the rules behind the data (organisation, access, xAPI credentials, cohorts,
 * progress, super-users); coverage dashboards and reports come with their components.
 */
package no.abctracker.web.workspace;
